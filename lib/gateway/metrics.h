#pragma once
// What /metrics reports, in Prometheus' text format: lookups, refusals by reason, failures
// by kind, the added latency and the audit write latency. Counters only: no personal data.

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>

#include <array>

namespace ssbtek::gateway {

class Metrics
{
public:
    void lookupForwarded() { add(m_lookups); }
    void testForwarded() { add(m_tests); }
    void refused(const QString &reason) { add(m_refusals, reason); }
    void failed(const QString &kind) { add(m_failures, kind); }
    void lookupSeconds(double seconds) { observe(m_lookupLatency, seconds); }
    void auditSeconds(double seconds) { observe(m_auditLatency, seconds); }
    void inFlight(int delta);
    int inFlightNow() const;

    QByteArray prometheus() const;

private:
    static constexpr std::array<double, 13> Bounds { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120 };
    struct Histogram
    {
        std::array<quint64, Bounds.size() + 1> counts {};
        double sum = 0;
        quint64 count = 0;
    };
    void add(quint64 &counter);
    void add(QMap<QString, quint64> &counters, const QString &key);
    void observe(Histogram &h, double value);
    static void header(QByteArray &out, const char *name, const char *help, const char *type);
    static void write(QByteArray &out, const char *name, const char *help, const Histogram &h);

    mutable QMutex m_mutex;
    quint64 m_lookups = 0;
    quint64 m_tests = 0;
    int m_inFlight = 0;
    QMap<QString, quint64> m_refusals;
    QMap<QString, quint64> m_failures;
    Histogram m_lookupLatency;
    Histogram m_auditLatency;
};

} // namespace ssbtek::gateway
