#include "protocolversion.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

const QList<ProtocolVersion> &ProtocolVersion::all()
{
    static const QList<ProtocolVersion> versions {
        { 10, u"http://schema.forsakringskassan.se/integration/ssbt/10"_s, false, false },
        { 11, u"http://schema.forsakringskassan.se/integration/ssbt/11"_s, true, true },
    };
    return versions;
}

std::optional<ProtocolVersion> ProtocolVersion::byNumber(int number)
{
    for (const auto &v : all()) {
        if (v.number == number)
            return v;
    }
    return std::nullopt;
}

std::optional<ProtocolVersion> ProtocolVersion::byNamespace(QStringView namespaceUri)
{
    for (const auto &v : all()) {
        if (v.namespaceUri == namespaceUri)
            return v;
    }
    return std::nullopt;
}

std::optional<ProtocolVersion> ProtocolVersion::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'v', Qt::CaseInsensitive))
        t = t.mid(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? byNumber(n) : std::nullopt;
}

const ProtocolVersion &ProtocolVersion::latest()
{
    return all().constLast();
}

} // namespace ssbtek
