#pragma once
// A value or the reason there is none: how the library reports failures (no exceptions).

#include <utility>
#include <variant>

namespace ssbtek {

template <typename E> struct Unexpected
{
    E error;
};

template <typename E> Unexpected<E> unexpected(E error)
{
    return Unexpected<E> { std::move(error) };
}

template <typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Unexpected<E> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    {
    }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // From a temporary, by value: `for (x : *f())` then keeps what it iterates alive.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const E &error() const { return std::get<1>(m_state); }
    // The error, or `fallback` when there is a value: for a message built either way (a test's).
    E errorOr(E fallback = E()) const { return hasValue() ? std::move(fallback) : error(); }

private:
    std::variant<T, E> m_state;
};

} // namespace ssbtek
