#include "metrics.h"

namespace ssbtek::gateway {

void Metrics::add(quint64 &counter)
{
    QMutexLocker lock(&m_mutex);
    ++counter;
}

void Metrics::add(QMap<QString, quint64> &counters, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    ++counters[key];
}

void Metrics::inFlight(int delta)
{
    QMutexLocker lock(&m_mutex);
    m_inFlight += delta;
}

int Metrics::inFlightNow() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

void Metrics::observe(Histogram &h, double value)
{
    QMutexLocker lock(&m_mutex);
    size_t i = 0;
    while (i < Bounds.size() && value > Bounds[i])
        ++i;
    ++h.counts[i];
    h.sum += value;
    ++h.count;
}

void Metrics::header(QByteArray &out, const char *name, const char *help, const char *type)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void Metrics::write(QByteArray &out, const char *name, const char *help, const Histogram &h)
{
    header(out, name, help, "histogram");
    quint64 cumulative = 0;
    for (size_t i = 0; i < Bounds.size(); ++i) {
        cumulative += h.counts[i];
        out += QByteArray(name) + "_bucket{le=\"" + QByteArray::number(Bounds[i]) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    out += QByteArray(name) + "_bucket{le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
    out += QByteArray(name) + "_sum " + QByteArray::number(h.sum, 'f', 6) + '\n';
    out += QByteArray(name) + "_count " + QByteArray::number(h.count) + '\n';
}

QByteArray Metrics::prometheus() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    auto single = [&out](const char *name, const char *help, const char *type, qint64 value) {
        header(out, name, help, type);
        out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
    };
    auto labelled
        = [&out](const char *name, const char *help, const char *label, const QMap<QString, quint64> &values) {
              header(out, name, help, "counter");
              for (auto it = values.begin(); it != values.end(); ++it)
                  out += QByteArray(name) + '{' + label + "=\"" + it.key().toLatin1() + "\"} "
                      + QByteArray::number(it.value()) + '\n';
          };
    single("ssbtek_gateway_lookups_total", "Lookups forwarded to SSBTEK after their asked record.", "counter",
        qint64(m_lookups));
    single("ssbtek_gateway_tests_total", "Test operations forwarded.", "counter", qint64(m_tests));
    labelled("ssbtek_gateway_refusals_total", "Requests refused, by reason (each refusal of a lookup is audited).",
        "reason", m_refusals);
    labelled("ssbtek_gateway_failures_total", "Lookups that failed, by kind.", "kind", m_failures);
    single("ssbtek_gateway_in_flight", "Lookups being forwarded now.", "gauge", m_inFlight);
    write(out, "ssbtek_gateway_lookup_seconds",
        "The gateway's part of each lookup: from the request read to the answer handed back, SSBTEK's time included.",
        m_lookupLatency);
    write(out, "ssbtek_gateway_audit_write_seconds", "Time to write one audit record.", m_auditLatency);
    return out;
}

} // namespace ssbtek::gateway
