#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

// What went wrong at a domain boundary: a kind the caller can act on and a message a user can read.
struct Error final
{
    enum class Kind {
        InvalidInput,   // the caller's input is wrong: nothing was written
        NotFound,
        Conflict,       // changed by someone else, or a duplicate
        Forbidden,      // the user's role does not allow it
        Database,       // the database failed or went away
        NewerSchema,    // written by a newer LineDesk: refused, untouched
        NotLineDesk,    // not a LineDesk database, or corrupt
    };

    Error(Kind errorKind = Kind::InvalidInput, QString text = {}) : kind(errorKind), message(std::move(text)) {}

    Kind kind = Kind::InvalidInput;
    QString message;
    // A Conflict on an edited row says who saved it last, when, and the version now stored, so
    // that the user can reload or overwrite knowingly (issue 9). Empty when unknown.
    QString changedBy;
    QDateTime changedAt;
    int currentVersion = 0;
};

// A value or an Error. Errors are values at the domain boundary (STYLE.md); no exceptions cross it.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const Error &error() const { return m_error; }
    Error::Kind errorKind() const { return m_error.kind; }
    const QString &errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result for operations that return nothing but may fail.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    Error::Kind errorKind() const { return m_error.kind; }
    const QString &errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error invalidInput(QString message) { return {Error::Kind::InvalidInput, std::move(message)}; }
inline Error databaseError(QString message) { return {Error::Kind::Database, std::move(message)}; }
