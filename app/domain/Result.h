#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace counterpoint {

// What went wrong, in words a user can act on. The message names the file or item and the cause.
struct Error
{
    enum class Code {
        Invalid,      // bad input from the user or a file
        NotFound,     // no such file, article, annotation, …
        Ambiguous,    // a name or quote matches more than one thing
        Duplicate,    // already there
        NotADatabase, // not an SQLite file at all
        NotAProject,  // an SQLite file of some other program
        Corrupt,      // a damaged project file
        TooNew,       // written by a newer Counterpoint
        ReadOnly,     // the project can only be read
        Locked,       // another program holds the project
        Io,           // the disk said no
        Database,     // anything else the database reported
        Cancelled,
        Denied,         // the server refused this role the change (team mode)
        Unreachable,    // the project's server cannot be reached, or the connection dropped
        PasswordNeeded, // the server wants a password that libpq found nowhere
        Conflict,       // the row changed since it was read: another analyst's change comes first
    };

    Code code = Code::Invalid;
    QString message;
};

// A value or the Error that kept it from being made. Errors are values: nothing in the core throws.
template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    // By value, so that `for (x : *project.actors())` keeps the list alive for the loop.
    T value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<1>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// For calls that give nothing back but can fail.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace counterpoint
