#pragma once

#include "util/sourceerror.h"

#include <utility>
#include <variant>

namespace Postwright {

// The value of an operation a user can make fail (bad input, disk, network), or the error that
// says why. Errors are values in the core; the UI decides how to show them.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(SourceError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const SourceError &error() const { return std::get<SourceError>(m_data); }

private:
    std::variant<T, SourceError> m_data;
};

// Success carries nothing.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(SourceError error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const SourceError &error() const { return m_error; }

private:
    SourceError m_error;
    bool m_failed = false;
};

} // namespace Postwright
