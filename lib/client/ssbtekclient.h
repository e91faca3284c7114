#pragma once
// The SSBTEK SOAP client: one asynchronous call at a time, document/literal SOAP 1.1 with
// SOAPAction "", over mutual TLS. KDSoap builds and writes the message; the HTTP exchange is
// ours (one QNetworkAccessManager for the client's life, its connections kept alive), so that
// each lookup is sent at most once, no redirect is followed, and the reply's exact bytes are
// kept for our own parser (off the GUI thread) and for saving as received.

#include "clientfailure.h"
#include "domain/protocolversion.h"
#include "domain/query.h"
#include "testanswer.h"
#include "tlssettings.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class KDSoapMessage;
class QNetworkAccessManager;

namespace ssbtek {

struct ClientSettings
{
    QUrl endpoint;
    ProtocolVersion version = ProtocolVersion::latest();
    TlsSettings tls;
    int connectTimeoutMs = 10'000; // until the request has been sent (TCP + TLS)
    int answerTimeoutMs = 120'000; // the whole exchange; SSBTEK's fan-out is slow
    qint64 maxAnswerBytes = 64 * 1024 * 1024;
    // The agencies this organisation may ask (Transportstyrelsen, say, only where a
    // medgivande exists). A query naming another is refused before anything is sent.
    AgencySet enabledAgencies = AgencySet::all();
};

// What came back for hamtaBastjanstInformation, untouched.
struct RawAnswer
{
    QByteArray soap;
    int httpStatus = 0;
    ProtocolVersion version;
    QUrl endpoint;
    QString caseId;
    QString correlationId;
    QDateTime askedAt;
    QDateTime receivedAt;
    qint64 elapsedMs = 0;
    QSslCertificate serverCertificate;
};

// What came back for a forwarded request (ssbtek-gateway): the HTTP answer as received,
// whatever it says, and how the desktop would judge it (for the audit record).
struct ForwardedAnswer
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    qint64 elapsedMs = 0;
    std::optional<ClientFailure> failure; // a SOAP fault, HTTP error or not SOAP; empty: an answer
};

class SsbtekClient : public QObject
{
    Q_OBJECT
public:
    explicit SsbtekClient(ClientSettings settings, QObject *parent = nullptr);
    ~SsbtekClient() override;

    const ClientSettings &settings() const { return m_settings; }
    // Why these settings cannot be used, before anything is sent: URL form, plain http
    // only to loopback, certificates readable.
    static std::optional<ClientFailure> checkSettings(const ClientSettings &settings);
    // The SOAP 1.1 document that carries `message` (KDSoap writes the element).
    static QByteArray envelope(const KDSoapMessage &message, const ProtocolVersion &version);

    // Start a call; false (and nothing emitted) while another call runs.
    bool fetch(const Query &query);
    bool test();
    // Sends a request someone else wrote, byte for byte (ssbtek-gateway), with the same
    // guarantees: sent at most once, no redirect followed, the size limit and timeouts kept.
    // `expected`: the answer element it should bring. forwarded() when an HTTP answer came,
    // failed() when none did.
    bool forward(const QByteArray &envelope, const QString &expected);
    void cancel();
    bool isBusy() const { return m_call != nullptr; }

Q_SIGNALS:
    void fetched(const ssbtek::RawAnswer &answer);
    void tested(const ssbtek::TestAnswer &answer);
    void forwarded(const ssbtek::ForwardedAnswer &answer);
    void failed(const ssbtek::ClientFailure &failure);
    void receiving(qint64 bytesReceived, qint64 bytesTotal);

private:
    struct Call;
    enum class Operation { Fetch, Test, Forward };
    bool start(Operation operation, const QByteArray &body);
    void finish();
    void failLater(const ClientFailure &failure);

    ClientSettings m_settings;
    std::optional<QSslConfiguration> m_ssl; // from m_settings.tls, once the settings were found usable
    QNetworkAccessManager *m_nam = nullptr; // this client's, for its life: connections are reused
    std::unique_ptr<Call> m_call;
};

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::RawAnswer)
Q_DECLARE_METATYPE(ssbtek::ForwardedAnswer)
