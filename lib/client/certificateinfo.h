#pragma once
// A certificate as IT staff need to see it: who it is for, who issued it, its serial, its
// validity and days left, and whether it is time to renew (from 30 days before expiry).

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include "core/clock.h"
#include <optional>

namespace ssbtek {

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QString serial;
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; // whole days until notAfter (negative: expired)

    static constexpr int WarnDays = 30;
    static CertificateInfo of(const QSslCertificate &certificate, const QDateTime &now = clock::now());
    bool isNull() const { return !notAfter.isValid(); }
    bool expired() const { return daysLeft < 0; }
    bool renewSoon() const { return daysLeft <= WarnDays; }
    // A sentence for the window's banner, or nullopt when nothing needs saying.
    std::optional<QString> warning(const QString &which) const;
};

} // namespace ssbtek
