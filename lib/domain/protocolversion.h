#pragma once
// What one SSBTEK version is on the wire. Försäkringskassan routes on the namespace, so
// the namespace is the version switch; a new version is one more entry in all().

#include <QList>
#include <QString>

#include <optional>

namespace ssbtek {

struct ProtocolVersion
{
    int number = 0;
    QString namespaceUri;
    // v11: Skatteverket's request carries a `fraga` (years + parts), which the service
    // requires in practice, and its answer comes per part as base64 JSON.
    bool skvQueryInRequest = false;
    bool skvAnswerPerPart = false;

    QString label() const { return QStringLiteral("v%1").arg(number); }

    static const QList<ProtocolVersion> &all();
    static std::optional<ProtocolVersion> byNumber(int number);
    static std::optional<ProtocolVersion> byNamespace(QStringView namespaceUri);
    // "11", "v11", "V11"
    static std::optional<ProtocolVersion> parse(QStringView text);
    static const ProtocolVersion &latest();

    bool operator==(const ProtocolVersion &other) const { return number == other.number; }
    bool operator!=(const ProtocolVersion &other) const { return number != other.number; }
};

} // namespace ssbtek
