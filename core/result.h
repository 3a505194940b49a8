// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace imdp::core {

struct Error;

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
    /// Nested: another error, worded in the same language (a file's line, a column's value);
    /// NestedBare: the same without its field's name, for a wrapper that names the field itself.
    /// Decimal: a fixed-point number (`number` with `decimals` digits after the sign: megabytes,
    /// a mean score), written with the language's decimal sign.
    enum class Type { Text, Number, Date, Money, Label, Percent, Nested, NestedBare, Decimal };
    Type type = Type::Text;
    QString text{}; ///< Text: as it is; Money: the ISO 4217 code; Label: the stored key (or keys,
                    ///< comma-separated, worded as a list)
    qint64 number = 0; ///< Number; Money: the amount in minor units of `text`; Percent: bps
    QDate date{};      ///< Date
    QString kind{};    ///< Label: the catalogue's kind ("state", see core/i18n/labels.h)
    std::shared_ptr<const Error> error{}; ///< Nested, NestedBare
    int decimals = 0;                     ///< Decimal

    static ErrorArg txt(QString t) { return {Type::Text, std::move(t), 0, {}, {}, {}}; }
    static ErrorArg num(qint64 n) { return {Type::Number, {}, n, {}, {}, {}}; }
    static ErrorArg day(QDate d) { return {Type::Date, {}, 0, d, {}, {}}; }
    static ErrorArg money(qint64 minor, QString currency)
    {
        return {Type::Money, std::move(currency), minor, {}, {}, {}};
    }
    static ErrorArg percent(qint64 bps) { return {Type::Percent, {}, bps, {}, {}, {}}; }
    static ErrorArg decimal(qint64 value, int decimals)
    {
        return {Type::Decimal, {}, value, {}, {}, {}, decimals};
    }
    static ErrorArg label(QString kind, QString key)
    {
        return {Type::Label, std::move(key), 0, {}, std::move(kind), {}};
    }
    static ErrorArg nested(const Error &e, bool withField = true);
};

/// A failure a person can read: one line, naming the file, line or field at fault.
///
/// `message` is the English line (what the CLI prints by default, what logs and tests read). Every
/// error the core raises also carries the field at fault, a stable message key and its arguments
/// as values: core/i18n/errors.h words it in any language from those (`describe()`), so the
/// desktop shows it in the interface language and the CLI in the one asked for. The core raises
/// only through the three-argument makers (`Error::refused(field, key, args)`), which make the
/// English line from the key's template; tests/core/test_i18n.cpp fails on any other.
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

    /// The error with its structure: the field at fault, the message key and its arguments; the
    /// English message made from the key's template. Defined in core/i18n/errors.cpp, where the
    /// templates are, so every module raises the same way and English has one source.
    static Error badInput(QString field, QString key, QList<ErrorArg> args);
    static Error refused(QString field, QString key, QList<ErrorArg> args);
    static Error notFound(QString field, QString key, QList<ErrorArg> args);
    static Error badFile(QString field, QString key, QList<ErrorArg> args);
    static Error io(QString field, QString key, QList<ErrorArg> args);

    /// `inner` under a place (a file's line, a column, a proposal): "<where>: <inner>", the same
    /// code and field, the inner error worded in the same language.
    static Error within(const QString &where, const Error &inner);
    /// The same under another code (a bad value found while a file is applied is a refusal).
    static Error within(ErrorCode code, const QString &where, const Error &inner);
    /// The same with the inner error worded without its field's name ("usd_rate: '1,5'
    /// contains…" rather than "usd_rate: rate '1,5' contains…").
    static Error withinBare(const QString &where, const Error &inner);

    /// The same error under the name a person typed ("fiscal_year_start: …" reads
    /// "fiscal-year-start: …"; an empty `from` puts `to` before the line): the English line is
    /// renamed, the key and arguments kept, so the other languages word it as before.
    Error named(const QString &from, const QString &to) const
    {
        Error e = *this;
        if (from.isEmpty())
            e.message.prepend(to);
        else
            e.message.replace(from + u':', to + u':');
        return e;
    }

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

inline ErrorArg ErrorArg::nested(const Error &e, bool withField)
{
    return {withField ? Type::Nested : Type::NestedBare,
            {},
            0,
            {},
            {},
            std::make_shared<const Error>(e)};
}

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
