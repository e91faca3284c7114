#include "ssbtekclient.h"

#include "replyclassifier.h"
#include "requestbuilder.h"

#include <KDSoapClient/KDSoapClientInterface.h>
#include <KDSoapClient/KDSoapPendingCallWatcher.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include "core/clock.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "ssbtek.client", QtWarningMsg)

namespace ssbtek {

struct SsbtekClient::Call
{
    Operation operation = Operation::Fetch;
    std::unique_ptr<KDSoapClientInterface> soap;
    KDSoapPendingCallWatcher *watcher = nullptr;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer;
    QElapsedTimer elapsed;
    ReplyObservation observed;
    bool replyFinished = false;
    QSslCertificate serverCertificate;
    QString tlsProtocol;
    BuiltRequest request;
};

SsbtekClient::SsbtekClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<ssbtek::RawAnswer>();
    qRegisterMetaType<ssbtek::TestAnswer>();
    qRegisterMetaType<ssbtek::ClientFailure>();
}

SsbtekClient::~SsbtekClient()
{
    if (m_call && m_call->reply)
        m_call->reply->abort();
}

std::optional<ClientFailure> SsbtekClient::checkSettings(const ClientSettings &settings)
{
    ClientFailure f;
    const QUrl &url = settings.endpoint;
    if (!url.isValid() || url.host().isEmpty()) {
        f.kind = ClientFailure::Kind::Configuration;
        f.detail = QCoreApplication::translate("SsbtekClient", "the endpoint address is not a valid URL");
        return f;
    }
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        const bool loopback = address.isLoopback() || url.host() == u"localhost";
        if (!loopback) {
            f.kind = ClientFailure::Kind::InsecureUrl;
            return f;
        }
    } else if (url.scheme() != u"https") {
        f.kind = ClientFailure::Kind::Configuration;
        f.detail = QCoreApplication::translate("SsbtekClient", "the address must start with https://");
        return f;
    }
    if (url.scheme() == u"https") {
        const auto ssl = settings.tls.toSslConfiguration();
        if (!ssl) {
            f.kind = ClientFailure::Kind::Configuration;
            f.detail = ssl.error().message;
            return f;
        }
    }
    return std::nullopt;
}

void SsbtekClient::failLater(const ClientFailure &failure)
{
    QMetaObject::invokeMethod(
        this, [this, failure] { Q_EMIT failed(failure); }, Qt::QueuedConnection);
}

bool SsbtekClient::fetch(const Query &query)
{
    if (isBusy())
        return false;
    QStringList disabled;
    for (Agency a : query.agencies.toList()) {
        if (!m_settings.enabledAgencies.contains(a))
            disabled << agencyName(a);
    }
    if (!disabled.isEmpty()) {
        ClientFailure f;
        f.kind = ClientFailure::Kind::InvalidRequest;
        f.detail = QCoreApplication::translate("SsbtekClient", "%1 may not be asked by this organisation (system-wide configuration).")
                           .arg(disabled.join(u", "_s));
        failLater(f);
        return true;
    }
    auto built = RequestBuilder::build(query, m_settings.version);
    if (!built) {
        ClientFailure f;
        f.kind = ClientFailure::Kind::InvalidRequest;
        QStringList messages;
        for (const auto &p : built.error())
            messages << p.message;
        f.detail = messages.join(u' ');
        failLater(f);
        return true;
    }
    const KDSoapMessage message = built->message;
    if (!start(Operation::Fetch, u"hamtaBastjanstInformation"_s, message))
        return true;
    m_call->request = std::move(built.value());
    return true;
}

bool SsbtekClient::test()
{
    if (isBusy())
        return false;
    start(Operation::Test, u"testaBastjanstInformation"_s, RequestBuilder::buildTest(m_settings.version));
    return true;
}

void SsbtekClient::cancel()
{
    if (!m_call)
        return;
    m_call->observed.cancelled = true;
    if (m_call->reply)
        m_call->reply->abort();
}

bool SsbtekClient::start(Operation operation, const QString &method, const KDSoapMessage &message)
{
    if (!m_ssl) { // read and checked once: files, PEM and the key's match cost a few ms each time
        if (const auto problem = checkSettings(m_settings)) {
            failLater(*problem);
            return false;
        }
        if (m_settings.endpoint.scheme() == u"https")
            m_ssl = *m_settings.tls.toSslConfiguration();
    }
    m_call = std::make_unique<Call>();
    Call &call = *m_call;
    call.operation = operation;
    call.elapsed.start();
    call.observed.https = m_settings.endpoint.scheme() == u"https";
    call.observed.sizeLimit = m_settings.maxAnswerBytes;

    call.soap = std::make_unique<KDSoapClientInterface>(
        m_settings.endpoint.toString(), m_settings.version.namespaceUri);
    call.soap->setSoapVersion(KDSoapClientInterface::SOAP1_1);
    call.soap->setStyle(KDSoapClientInterface::DocumentStyle);
    call.soap->setTimeout(m_settings.answerTimeoutMs);
    if (call.observed.https)
        call.soap->setSslConfiguration(*m_ssl);

    // KDSoap offers no access to the reply; its QNAM is the parent of the default cookie
    // jar (a Qt implementation detail, pinned by tst_client). peek(), never readAll():
    // KDSoap must still see the body.
    auto *nam = qobject_cast<QNetworkAccessManager *>(call.soap->cookieJar()->parent());
    Q_ASSERT(nam);
    connect(nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *, const QList<QSslError> &errors) {
            if (!m_call)
                return;
            for (const QSslError &e : errors)
                m_call->observed.sslErrors.append(e.error());
        });
    connect(nam, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (!m_call || reply != m_call->reply)
            return;
        ReplyObservation &o = m_call->observed;
        o.networkError = reply->error();
        o.networkErrorText = reply->errorString();
        o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        o.timedOut = reply->property("kdsoap_reply_timed_out").toBool();
        if (!o.tooLarge && !o.cancelled && reply->isOpen())
            o.body = reply->peek(reply->bytesAvailable());
        m_call->serverCertificate = reply->sslConfiguration().peerCertificate();
        switch (reply->sslConfiguration().sessionProtocol()) {
        case QSsl::TlsV1_3: m_call->tlsProtocol = u"TLS 1.3"_s; break;
        case QSsl::TlsV1_2: m_call->tlsProtocol = u"TLS 1.2"_s; break;
        default: break;
        }
        m_call->replyFinished = true;
    });

    // The empty, non-null SOAPAction makes KDSoap send `SOAPAction: ""`, as SSBTEK expects.
    const KDSoapPendingCall pending = call.soap->asyncCall(method, message, QString(QLatin1String("")));
    const auto replies = nam->findChildren<QNetworkReply *>();
    call.reply = replies.isEmpty() ? nullptr : replies.constLast();
    if (call.reply) {
        QNetworkReply *reply = call.reply;
        connect(reply, &QNetworkReply::requestSent, this, [this] {
            if (m_call)
                m_call->connectTimer.stop();
        });
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (m_call && length > m_call->observed.sizeLimit) {
                m_call->observed.tooLarge = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
            if (!m_call)
                return;
            if (received > m_call->observed.sizeLimit) {
                m_call->observed.tooLarge = true;
                reply->abort();
                return;
            }
            Q_EMIT receiving(received, total);
        });
    }
    call.connectTimer.setSingleShot(true);
    call.connectTimer.setInterval(m_settings.connectTimeoutMs);
    connect(&call.connectTimer, &QTimer::timeout, this, [this] {
        if (!m_call)
            return;
        m_call->observed.connectTimedOut = true;
        if (m_call->reply)
            m_call->reply->abort();
    });
    call.connectTimer.start();

    call.watcher = new KDSoapPendingCallWatcher(pending, this);
    connect(call.watcher, &KDSoapPendingCallWatcher::finished, this, &SsbtekClient::finish);
    return true;
}

void SsbtekClient::finish()
{
    std::unique_ptr<Call> call = std::move(m_call);
    call->connectTimer.stop();
    call->watcher->deleteLater();
    // The interface owns the QNAM whose signal may still be on the stack: delete it later.
    KDSoapClientInterface *soap = call->soap.release();
    QTimer::singleShot(0, [soap] { delete soap; });

    if (!call->replyFinished && !call->observed.cancelled) {
        call->observed.networkError = QNetworkReply::UnknownNetworkError;
        call->observed.networkErrorText = call->watcher->returnMessage().faultAsString();
    }
    const bool isFetch = call->operation == Operation::Fetch;
    const QString expected
        = isFetch ? u"hamtaBastjanstInformationResponse"_s : u"testaBastjanstInformationResponse"_s;
    if (const auto failure = classifyReply(call->observed, m_settings.version, expected)) {
        qCInfo(lcClient) << "call failed:" << failure->key() << "http" << failure->httpStatus << "network"
                         << failure->networkError;
        Q_EMIT failed(*failure);
        return;
    }
    if (!isFetch) {
        const auto answer = TestAnswer::parse(call->observed.body, m_settings.version);
        if (!answer) {
            ClientFailure f;
            f.kind = ClientFailure::Kind::NotSoap;
            f.detail = answer.error();
            Q_EMIT failed(f);
            return;
        }
        TestAnswer result = *answer;
        result.serverCertificate = call->serverCertificate;
        result.tlsProtocol = call->tlsProtocol;
        Q_EMIT tested(result);
        return;
    }
    RawAnswer raw;
    raw.soap = std::move(call->observed.body);
    raw.httpStatus = call->observed.httpStatus;
    raw.version = m_settings.version;
    raw.endpoint = m_settings.endpoint;
    raw.caseId = call->request.caseId;
    raw.correlationId = call->request.correlationId;
    raw.askedAt = call->request.askedAt;
    raw.receivedAt = clock::now().toLocalTime();
    raw.elapsedMs = call->elapsed.elapsed();
    raw.serverCertificate = call->serverCertificate;
    qCInfo(lcClient) << "answer received:" << raw.soap.size() << "bytes in" << raw.elapsedMs << "ms";
    Q_EMIT fetched(raw);
}

} // namespace ssbtek
