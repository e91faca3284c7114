#include "certificateinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {
QString name(const QSslCertificate &c, bool issuer)
{
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        return (issuer ? c.issuerInfo(info) : c.subjectInfo(info)).join(u", "_s);
    };
    QStringList parts;
    for (const auto &[label, info] :
        { std::pair { u"CN"_s, QSslCertificate::CommonName }, std::pair { u"O"_s, QSslCertificate::Organization },
            std::pair { u"C"_s, QSslCertificate::CountryName } }) {
        const QString value = field(info);
        if (!value.isEmpty())
            parts << label + u'=' + value;
    }
    return parts.join(u", "_s);
}
} // namespace

CertificateInfo CertificateInfo::of(const QSslCertificate &c, const QDateTime &now)
{
    CertificateInfo i;
    if (c.isNull())
        return i;
    i.subject = name(c, false);
    i.issuer = name(c, true);
    i.serial = QString::fromLatin1(c.serialNumber());
    i.notBefore = c.effectiveDate();
    i.notAfter = c.expiryDate();
    i.daysLeft = now.secsTo(i.notAfter) / 86400 - (now > i.notAfter ? 1 : 0);
    return i;
}

std::optional<QString> CertificateInfo::warning(const QString &which) const
{
    if (isNull())
        return std::nullopt;
    if (expired())
        return QCoreApplication::translate(
            "CertificateInfo", "The %1 expired on %2. Connections will fail until it is renewed.")
            .arg(which, notAfter.toLocalTime().date().toString(Qt::ISODate));
    if (renewSoon())
        return QCoreApplication::translate("CertificateInfo", "The %1 expires in %2 days (%3): ask IT to renew it.")
            .arg(which)
            .arg(daysLeft)
            .arg(notAfter.toLocalTime().date().toString(Qt::ISODate));
    return std::nullopt;
}

} // namespace ssbtek
