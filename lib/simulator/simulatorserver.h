#pragma once
// The SSBTEK simulator: a KDSoapServer on loopback that answers from the person catalogue
// like the real service (strict namespace check, only the asked agencies), over plain HTTP
// or TLS that requires a client certificate, and misbehaves on request for tests.

#include "core/expected.h"
#include "domain/protocolversion.h"
#include "personcatalogue.h"
#include "simrequest.h"
#include "xsd/xsdvalidator.h"

#include <memory>

#include <KDSoapServer/KDSoapServer.h>

#include <QDate>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMutex>
#include <QSslConfiguration>
#include <QUrl>

namespace ssbtek::sim {

enum class Fault {
    None,
    Silent, // accept the request, never answer
    SoapFault, // a BastjanstInformationFault
    Http500Html, // HTTP 500 with an HTML page, as a broken proxy sends
    Truncated, // a complete HTTP answer whose XML stops half-way
    CloseMidAnswer, // close the connection half-way through the body
    EmptyBody, // HTTP 200 with nothing in it
    CloseAfterRequest, // read the whole request, then close without a word (Qt would send it again)
    Redirect, // HTTP 302 to SimulatorOptions::redirectTo
};
std::optional<Fault> faultFromName(QStringView name); // "silent", "soap-fault", …
QStringList faultNames();

struct SimulatorOptions
{
    QList<ProtocolVersion> versions { ProtocolVersion::latest() };
    bool tls = false;
    QSslConfiguration ssl; // server certificate, key and the CAs client certificates must chain to
    Fault fault = Fault::None;
    int delayMs = 0;
    QDate today; // resolves the catalogue's relative dates; invalid: the real today
    QString contractDir; // with the official contract here, requests are also XSD-validated
    QJsonObject pingErrors; // per agency code: the error its test operation reports
    QUrl redirectTo; // where Fault::Redirect sends the client
    int threads = 0; // 0: every connection in the server's thread; n: a pool of n serving at once

    // Server TLS from PEM files; with a CA file, clients must present a certificate from it.
    static Expected<QSslConfiguration, QString> serverSsl(
        const QString &certificatePath, const QString &keyPath, const QString &clientCaPath);
};

class SimulatorServer : public KDSoapServer
{
    Q_OBJECT
public:
    SimulatorServer(SimulatorOptions options, PersonCatalogue catalogue, QObject *parent = nullptr);
    ~SimulatorServer() override;

    Expected<QUrl, QString> start(quint16 port = 0); // listens on 127.0.0.1; where it answers
    QUrl url() const;
    const SimulatorOptions &options() const { return m_options; }
    const PersonCatalogue &catalogue() const { return m_catalogue; }

    // What clients sent (thread-safe): for tests that assert on the request.
    SimRequest lastRequest() const;
    QByteArray lastAnswer() const; // the body of the last answer written, as written
    int requestCount() const;
    int connectionCount() const; // TCP connections accepted: a client that reuses one opens one
    void record(const SimRequest &request);
    void recordAnswer(const QByteArray &body);
    // Counts a fetch about the person: 1 for the first in this run, 2 for the next, …
    int countFetch(const QString &personnummer);

    QObject *createServerObject() override;

    // Problems the schemas find in a request of `version` (empty without a contract).
    QStringList schemaProblems(const QByteArray &soap, const ProtocolVersion &version) const;
    QDate today() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    SimulatorOptions m_options;
    PersonCatalogue m_catalogue;
    mutable QMutex m_mutex;
    SimRequest m_last;
    QByteArray m_lastAnswer;
    QMap<int, std::shared_ptr<XsdValidator>> m_validators; // by version; read-only once made
    int m_count = 0;
    int m_connections = 0;
    QHash<QString, int> m_fetches; // per personnummer
};

} // namespace ssbtek::sim
