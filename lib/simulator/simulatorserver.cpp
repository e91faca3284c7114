#include "simulatorserver.h"

#include "simulatorservice.h"

#include <KDSoapServer/KDSoapThreadPool.h>

#include "core/clock.h"
#include <QFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

namespace {
const std::pair<const char16_t *, Fault> FaultNames[] = {
    { u"none", Fault::None },
    { u"silent", Fault::Silent },
    { u"soap-fault", Fault::SoapFault },
    { u"http-500-html", Fault::Http500Html },
    { u"truncated", Fault::Truncated },
    { u"close-mid-answer", Fault::CloseMidAnswer },
    { u"empty-body", Fault::EmptyBody },
    { u"close-after-request", Fault::CloseAfterRequest },
    { u"redirect", Fault::Redirect },
};
} // namespace

std::optional<Fault> faultFromName(QStringView name)
{
    for (const auto &[text, fault] : FaultNames) {
        if (name == QStringView(text))
            return fault;
    }
    return std::nullopt;
}

QStringList faultNames()
{
    QStringList names;
    for (const auto &entry : FaultNames)
        names << QString::fromUtf16(entry.first);
    return names;
}

Expected<QSslConfiguration, QString> SimulatorOptions::serverSsl(
    const QString &certificatePath, const QString &keyPath, const QString &clientCaPath)
{
    auto read = [](const QString &path) -> Expected<QByteArray, QString> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return unexpected(u"cannot read %1"_s.arg(path));
        return f.readAll();
    };
    const auto cert = read(certificatePath);
    if (!cert)
        return unexpected(cert.error());
    const auto key = read(keyPath);
    if (!key)
        return unexpected(key.error());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(QSslCertificate::fromData(*cert, QSsl::Pem));
    QSslKey privateKey(*key, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (privateKey.isNull())
        privateKey = QSslKey(*key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (ssl.localCertificateChain().isEmpty() || privateKey.isNull())
        return unexpected(u"the server certificate or key is not PEM"_s);
    ssl.setPrivateKey(privateKey);
    if (!clientCaPath.isEmpty()) {
        const auto ca = read(clientCaPath);
        if (!ca)
            return unexpected(ca.error());
        ssl.setCaCertificates(QSslCertificate::fromData(*ca, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // a client certificate is required
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return ssl;
}

SimulatorServer::SimulatorServer(SimulatorOptions options, PersonCatalogue catalogue, QObject *parent)
    : KDSoapServer(parent)
    , m_options(std::move(options))
    , m_catalogue(std::move(catalogue))
{
    if (m_options.tls) {
        // Both are needed: without the feature KDSoapServer silently speaks plain HTTP.
        setFeatures(KDSoapServer::Ssl);
        setSslConfiguration(m_options.ssl);
    }
    setLogLevel(KDSoapServer::LogNothing);
    if (m_options.threads > 0) { // answers made at once, as SSBTEK's many front ends do
        auto *pool = new KDSoapThreadPool(this);
        pool->setMaxThreadCount(m_options.threads);
        setThreadPool(pool);
    }
    if (!m_options.contractDir.isEmpty()) {
        for (const ProtocolVersion &v : m_options.versions) {
            auto validator
                = std::make_shared<XsdValidator>(XsdValidator::wrapperSchemaPath(m_options.contractDir, v.number));
            if (validator->isLoaded())
                m_validators.insert(v.number, validator);
        }
    }
}

QStringList SimulatorServer::schemaProblems(const QByteArray &soap, const ProtocolVersion &version) const
{
    const auto validator = m_validators.value(version.number);
    return validator ? validator->validate(soap, true) : QStringList();
}

QDate SimulatorServer::today() const
{
    return m_options.today.isValid() ? m_options.today : clock::today();
}

SimulatorServer::~SimulatorServer() = default;

Expected<QUrl, QString> SimulatorServer::start(quint16 port)
{
    if (!listen(QHostAddress::LocalHost, port))
        return unexpected(errorString());
    return url();
}

QUrl SimulatorServer::url() const
{
    QUrl u;
    u.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(serverPort());
    u.setPath(u"/ssbtek"_s);
    return u;
}

SimRequest SimulatorServer::lastRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

QByteArray SimulatorServer::lastAnswer() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastAnswer;
}

void SimulatorServer::recordAnswer(const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_lastAnswer = body;
}

int SimulatorServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

int SimulatorServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void SimulatorServer::incomingConnection(qintptr socketDescriptor)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_connections;
    }
    KDSoapServer::incomingConnection(socketDescriptor);
}

void SimulatorServer::record(const SimRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_last = request;
    ++m_count;
}

int SimulatorServer::countFetch(const QString &personnummer)
{
    QMutexLocker lock(&m_mutex);
    return ++m_fetches[personnummer];
}

QObject *SimulatorServer::createServerObject()
{
    return new SimulatorService(this);
}

} // namespace ssbtek::sim
