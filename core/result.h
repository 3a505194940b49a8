// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

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

/// A failure a person can read: one line, naming the file, line or field at fault.
struct Error
{
    ErrorCode code = ErrorCode::BadInput;
    QString message;

    static Error badInput(QString m) { return {ErrorCode::BadInput, std::move(m)}; }
    static Error refused(QString m) { return {ErrorCode::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorCode::NotFound, std::move(m)}; }
    static Error badFile(QString m) { return {ErrorCode::BadFile, std::move(m)}; }
    static Error io(QString m) { return {ErrorCode::Io, std::move(m)}; }
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
