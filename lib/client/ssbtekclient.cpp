#include "ssbtekclient.h"

#include "replyclassifier.h"
#include "requestbuilder.h"

#include <KDSoapClient/KDSoapMessage.h>

#include "core/clock.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "ssbtek.client", QtWarningMsg)

namespace ssbtek {

namespace {

// The request body, readable once: Qt re-sends a POST whose connection closed before any
// answer came (a server that read the lookup and then went away), and it can only do that by
// reading the body again. This body refuses, so Qt reports ContentReSendError instead, and
// SSBTEK receives each lookup at most once: one request per audit record.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_bytes.size(); }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_bytes.size() - m_read);
        std::memcpy(out, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace

struct SsbtekClient::Call
{
    Operation operation = Operation::Fetch;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer; // until the request is sent (TCP and TLS)
    QTimer answerTimer; // the whole exchange
    QElapsedTimer elapsed;
    ReplyObservation observed;
    int sends = 0; // requestSent: once, or never
    QSslCertificate serverCertificate;
    QString tlsProtocol;
    BuiltRequest request;
    QString expected; // Forward: the answer element
    QByteArray contentType;
};

SsbtekClient::SsbtekClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<ssbtek::RawAnswer>();
    qRegisterMetaType<ssbtek::ForwardedAnswer>();
    qRegisterMetaType<ssbtek::TestAnswer>();
    qRegisterMetaType<ssbtek::ClientFailure>();
}

SsbtekClient::~SsbtekClient()
{
    if (m_call && m_call->reply)
        m_call->reply->abort();
}

QByteArray SsbtekClient::envelope(const KDSoapMessage &message, const ProtocolVersion &version)
{
    // KDSoap builds and writes the element; the envelope around it is SOAP 1.1's.
    QByteArray body = message.toXml(KDSoapValue::LiteralUse, version.namespaceUri);
    if (body.startsWith("<?xml")) // the element's own declaration: the document has one
        body.remove(0, body.indexOf("?>") + 2);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soap:Envelope "
           "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
           "<soap:Body>"
        + body.trimmed() + "</soap:Body></soap:Envelope>";
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
        f.detail = QCoreApplication::translate(
            "SsbtekClient", "%1 may not be asked by this organisation (system-wide configuration).")
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
    if (!start(Operation::Fetch, envelope(built->message, m_settings.version)))
        return true;
    m_call->request = std::move(built.value());
    return true;
}

bool SsbtekClient::test()
{
    if (isBusy())
        return false;
    start(Operation::Test, envelope(RequestBuilder::buildTest(m_settings.version), m_settings.version));
    return true;
}

bool SsbtekClient::forward(const QByteArray &body, const QString &expected)
{
    if (isBusy())
        return false;
    if (start(Operation::Forward, body))
        m_call->expected = expected;
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

bool SsbtekClient::start(Operation operation, const QByteArray &body)
{
    if (!m_ssl) { // read and checked once: files, PEM and the key's match cost a few ms each time
        if (const auto problem = checkSettings(m_settings)) {
            failLater(*problem);
            return false;
        }
        if (m_settings.endpoint.scheme() == u"https")
            m_ssl = *m_settings.tls.toSslConfiguration();
    }
    if (!m_nam) {
        // One manager for this client's life: its connections (and TLS sessions) to the
        // endpoint are kept alive and reused by the next call.
        m_nam = new QNetworkAccessManager(this);
        connect(m_nam, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                if (!m_call || reply != m_call->reply)
                    return;
                for (const QSslError &e : errors)
                    m_call->observed.sslErrors.append(e.error());
            });
    }
    m_call = std::make_unique<Call>();
    Call &call = *m_call;
    call.operation = operation;
    call.elapsed.start();
    call.observed.https = m_settings.endpoint.scheme() == u"https";
    call.observed.sizeLimit = m_settings.maxAnswerBytes;

    QNetworkRequest request(m_settings.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setRawHeader("SOAPAction", "\"\""); // empty, as SSBTEK expects
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true); // with OneShotBody: never re-sent
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy); // never followed
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (call.observed.https)
        request.setSslConfiguration(*m_ssl);
    auto *device = new OneShotBody(body);
    call.reply = m_nam->post(request, device);
    device->setParent(call.reply);
    QNetworkReply *reply = call.reply;
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_call)
            return;
        ++m_call->sends;
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
    connect(reply, &QNetworkReply::finished, this, &SsbtekClient::finish);

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
    call.answerTimer.setSingleShot(true);
    call.answerTimer.setInterval(m_settings.answerTimeoutMs);
    connect(&call.answerTimer, &QTimer::timeout, this, [this] {
        if (!m_call)
            return;
        m_call->observed.timedOut = true;
        if (m_call->reply)
            m_call->reply->abort();
    });
    call.answerTimer.start();
    return true;
}

void SsbtekClient::finish()
{
    std::unique_ptr<Call> call = std::move(m_call);
    if (!call)
        return;
    call->connectTimer.stop();
    call->answerTimer.stop();
    QNetworkReply *reply = call->reply;
    ReplyObservation &o = call->observed;
    if (reply) {
        o.networkError = reply->error();
        o.networkErrorText = reply->errorString();
        o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        call->contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!o.tooLarge && !o.cancelled)
            o.body = reply->readAll(); // exactly as received
        call->serverCertificate = reply->sslConfiguration().peerCertificate();
        switch (reply->sslConfiguration().sessionProtocol()) {
        case QSsl::TlsV1_3:
            call->tlsProtocol = u"TLS 1.3"_s;
            break;
        case QSsl::TlsV1_2:
            call->tlsProtocol = u"TLS 1.2"_s;
            break;
        default:
            break;
        }
        reply->deleteLater();
    }
    o.sentOnce = call->sends > 0 || o.networkError == QNetworkReply::ContentReSendError;
    const bool isFetch = call->operation == Operation::Fetch;
    const QString expected = call->operation == Operation::Forward ? call->expected
        : isFetch                                                  ? u"hamtaBastjanstInformationResponse"_s
                                                                   : u"testaBastjanstInformationResponse"_s;
    if (call->operation == Operation::Forward) {
        auto failure = classifyReply(call->observed, m_settings.version, expected);
        // A whole HTTP answer (errors below 200 are the connection's: closed, timed out, …).
        const bool answerCame = o.httpStatus > 0 && !o.tooLarge && !o.cancelled && !o.timedOut && !o.connectTimedOut
            && (o.networkError == QNetworkReply::NoError || o.networkError >= QNetworkReply::ContentAccessDenied)
            && o.networkError != QNetworkReply::ContentReSendError;
        if (!answerCame) {
            Q_EMIT failed(failure.value_or(ClientFailure {}));
            return;
        }
        ForwardedAnswer result;
        result.httpStatus = o.httpStatus;
        result.contentType = call->contentType;
        result.body = std::move(o.body);
        result.elapsedMs = call->elapsed.elapsed();
        result.failure = std::move(failure);
        Q_EMIT forwarded(result);
        return;
    }
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
