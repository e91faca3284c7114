#include "clock.h"

#include <atomic>
#include <limits>
#include <mutex>

namespace ssbtek::clock {

namespace {

// Milliseconds since the epoch of the fixed instant; Unfixed for the system clock.
constexpr qint64 Unfixed = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_fixed { Unfixed };
std::once_flag g_environment;

void readEnvironment()
{
    std::call_once(g_environment, [] {
        if (!qEnvironmentVariableIsSet("SSBTEK_NOW"))
            return;
        if (const auto at = parseInstant(qEnvironmentVariable("SSBTEK_NOW")))
            g_fixed.store(at->toMSecsSinceEpoch());
        else
            qWarning("SSBTEK_NOW is neither an ISO date nor an ISO date and time; the system clock is used.");
    });
}

} // namespace

std::optional<QDateTime> parseInstant(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.size() == 10) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid())
            return QDateTime(day, QTime(12, 0)); // noon: clear of any clock change
        return std::nullopt;
    }
    const QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

QDateTime now()
{
    readEnvironment();
    const qint64 fixed = g_fixed.load();
    if (fixed != Unfixed)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
    return systemNow();
}

QDate today()
{
    return now().toLocalTime().date();
}

void fixAt(const QDateTime &at)
{
    readEnvironment(); // so that a later first question does not undo this
    g_fixed.store(at.isValid() ? at.toMSecsSinceEpoch() : Unfixed);
}

bool isFixed()
{
    readEnvironment();
    return g_fixed.load() != Unfixed;
}

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc(); // the one place the program reads the system clock
}

} // namespace ssbtek::clock
