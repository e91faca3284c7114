#include "gatewayserver.h"

#include "gatewayservice.h"

#include "simulator/simulatorserver.h"

#include <KDSoapServer/KDSoapThreadPool.h>

using namespace Qt::StringLiterals;

namespace ssbtek::gateway {

GatewayServer::GatewayServer(GatewaySettings settings, QObject *parent)
    : KDSoapServer(parent)
    , m_settings(std::move(settings))
    // Judged by the gateway's own check: what the desktop needs (a LEFI actor id, say) the
    // gateway may not, and what it needs (its certificates) the desktop does not.
    , m_policy(m_settings.service.policyWith(m_settings.check()))
    , m_cas(m_settings.caseworkerCas())
    , m_caseworkers(m_cas, m_settings.loginField)
{
    if (const auto ssl = m_settings.service.clientSettings().tls.toSslConfiguration();
        ssl && !ssl->localCertificate().isNull())
        m_upstreamExpiry = ssl->localCertificate().expiryDate();
    auto *pool = new KDSoapThreadPool(this);
    pool->setMaxThreadCount(qBound(1, m_settings.threads, 64));
    setThreadPool(pool);
}

GatewayServer::~GatewayServer() = default;

Expected<QUrl, QString> GatewayServer::start()
{
    auto ssl = sim::SimulatorOptions::serverSsl(m_settings.certificatePath, m_settings.keyPath, QString());
    if (!ssl)
        return unexpected(ssl.error());
    ssl.value().setCaCertificates(m_cas); // named to the caller as the CAs whose certificates count
    ssl.value().setPeerVerifyMode(QSslSocket::QueryPeer); // judged per request: see ClientIdentity
    setFeatures(KDSoapServer::Ssl);
    setSslConfiguration(*ssl);
    if (!listen(m_settings.listen, m_settings.port))
        return unexpected(errorString());
    return url();
}

QUrl GatewayServer::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    url.setPath(u"/"_s);
    return url;
}

void GatewayServer::stopAccepting()
{
    close();
}

AccessPolicy GatewayServer::policyFor(const QString &role) const
{
    AccessPolicy policy = m_policy;
    if (role == u"contact-centre")
        policy.contactCentreStaff = true;
    return policy;
}

UpstreamHealth GatewayServer::upstreamHealth() const
{
    QMutexLocker lock(&m_healthMutex);
    return m_health;
}

void GatewayServer::setUpstreamHealth(const UpstreamHealth &health)
{
    QMutexLocker lock(&m_healthMutex);
    m_health = health;
}

QObject *GatewayServer::createServerObject()
{
    return new GatewayService(this);
}

} // namespace ssbtek::gateway
