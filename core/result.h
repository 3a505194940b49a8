// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace imdp::core {

/// Why an operation failed. Each code maps to one CLI exit status (see docs/cli.md).
enum class ErrorCode {
    BadInput,   ///< malformed or invalid input from a person or a file: exit 2
    Refused,    ///< a rule of the fund refuses the operation: exit 1
    NotFound,   ///< a file, record or key that does not exist: exit 2
    BadFile,    ///< a file that is not an IMDP fund, or a newer/corrupt one: exit 2
    Io,         ///< the disk or SQLite failed (full, locked, I/O error): exit 2
};

/// A value a structured error carries, so that each layer words it in its language: an amount
/// as money, a date as a date, a stored key as a key (core/i18n/errors.h words them).
struct ErrorArg
{
    enum class Type { Text, Number, Date, Money, Label, Percent };
    Type type = Type::Text;
    QString text{};    ///< Text: as it is; Money: the ISO 4217 code; Label: the stored key
    qint64 number = 0; ///< Number; Money: the amount in minor units of `text`; Percent: bps
    QDate date{};      ///< Date
    QString kind{};    ///< Label: the catalogue's kind ("state", see core/i18n/labels.h)

    static ErrorArg txt(QString t) { return {Type::Text, std::move(t), 0, {}, {}}; }
    static ErrorArg num(qint64 n) { return {Type::Number, {}, n, {}, {}}; }
    static ErrorArg day(QDate d) { return {Type::Date, {}, 0, d, {}}; }
    static ErrorArg money(qint64 minor, QString currency)
    {
        return {Type::Money, std::move(currency), minor, {}, {}};
    }
    static ErrorArg percent(qint64 bps) { return {Type::Percent, {}, bps, {}, {}}; }
    static ErrorArg label(QString kind, QString key)
    {
        return {Type::Label, std::move(key), 0, {}, std::move(kind)};
    }
};

/// A failure a person can read: one line, naming the file, line or field at fault.
///
/// `message` is the English line (what the CLI prints by default, what logs and tests read). A
/// converted error also carries the field at fault, a stable message key and its arguments as
/// values: core/i18n/errors.h words it in any language from those (`describe()`), so the
/// desktop shows it in the interface language and the CLI in the one asked for. An error not yet
/// converted has no key and is shown by its message.
struct Error
{
    ErrorCode code = ErrorCode::BadInput;
    QString message;
    QString field{};        ///< the field at fault ("amount", "rate"); empty when none
    QString key{};          ///< the message key ("money.decimals"); empty: not converted yet
    QList<ErrorArg> args{}; ///< the key's arguments, %1, %2, ... in its template

    static Error badInput(QString m) { return {ErrorCode::BadInput, std::move(m)}; }
    static Error refused(QString m) { return {ErrorCode::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorCode::NotFound, std::move(m)}; }
    static Error badFile(QString m) { return {ErrorCode::BadFile, std::move(m)}; }
    static Error io(QString m) { return {ErrorCode::Io, std::move(m)}; }

    /// The same error with its structure: field, key and arguments (the message is kept).
    Error keyed(QString fieldName, QString messageKey, QList<ErrorArg> arguments) const
    {
        Error e = *this;
        e.field = std::move(fieldName);
        e.key = std::move(messageKey);
        e.args = std::move(arguments);
        return e;
    }
};

/// Either a value or an Error. The one error style of the core: no exception crosses a layer.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {}       // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { Q_ASSERT(ok()); return *m_value; }
    T &value() & { Q_ASSERT(ok()); return *m_value; }
    T &&value() && { Q_ASSERT(ok()); return std::move(*m_value); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { Q_ASSERT(!ok()); return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that returns nothing on success.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {} // NOLINT
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(m_failed); return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace imdp::core
