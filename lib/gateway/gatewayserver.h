#pragma once
// ssbtek-gateway: SSBTEK's contract on both sides. Caseworkers' desktops (and any SSBTEK
// tool) connect over TLS with their own certificate; the gateway applies the rules, writes
// the "asked" record, forwards the request with the organisation's certificate, writes the
// outcome record and passes SSBTEK's answer back byte for byte. It keeps no state of its
// own: any number of instances share one PostgreSQL store.

#include "clientidentity.h"
#include "gatewaysettings.h"
#include "metrics.h"

#include "config/access.h"
#include "store/store.h"

#include <KDSoapServer/KDSoapServer.h>

#include <QDateTime>
#include <QMutex>
#include <QUrl>

namespace ssbtek::gateway {

struct UpstreamHealth
{
    QDateTime checkedAt; // invalid: never checked
    bool reachable = false;
    QString problem; // failure key, no personal data
};

class GatewayServer : public KDSoapServer
{
    Q_OBJECT
public:
    explicit GatewayServer(GatewaySettings settings, QObject *parent = nullptr);
    ~GatewayServer() override;

    // Listens with TLS that asks every caller for a certificate (judged per request, so a
    // refusal can be answered and audited). Where it listens, or why it cannot.
    Expected<QUrl, QString> start();
    QUrl url() const;
    // Stops taking connections; lookups already read are finished and recorded.
    void stopAccepting();

    const GatewaySettings &settings() const { return m_settings; }
    Metrics &metrics() { return m_metrics; }
    const CaseworkerCertificates &caseworkers() const { return m_caseworkers; }
    // The rules for a member of staff in `role` (contact-centre: its limits, whatever is typed).
    AccessPolicy policyFor(const QString &role) const;
    QDateTime upstreamCertificateExpiry() const { return m_upstreamExpiry; }

    UpstreamHealth upstreamHealth() const;
    void setUpstreamHealth(const UpstreamHealth &health);

    QObject *createServerObject() override;

private:
    GatewaySettings m_settings;
    AccessPolicy m_policy;
    QList<QSslCertificate> m_cas; // named to callers in the handshake
    CaseworkerCertificates m_caseworkers; // and judged with, once per request
    QDateTime m_upstreamExpiry;
    Metrics m_metrics;
    mutable QMutex m_healthMutex;
    UpstreamHealth m_health;
};

} // namespace ssbtek::gateway
