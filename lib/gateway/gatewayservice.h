#pragma once
// One per KDSoap pool thread, serving all its connections: reads each request raw, decides
// who asks (the certificate) and whether they may, writes the audit records around the
// forwarded call, and writes SSBTEK's answer back as it came. Nothing here blocks on the
// network: the upstream call is asynchronous, in this thread, on a kept-alive connection.

#include "clientidentity.h"

#include "client/requestsummary.h"
#include "client/ssbtekclient.h"
#include "store/store.h"

#include <KDSoapServer/KDSoapServerObjectInterface.h>
#include <KDSoapServer/KDSoapServerRawXMLInterface.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QAbstractSocket;

namespace ssbtek::gateway {

class GatewayServer;

class GatewayService : public QObject, public KDSoapServerObjectInterface, public KDSoapServerRawXMLInterface
{
    Q_OBJECT
    Q_INTERFACES(KDSoapServerObjectInterface KDSoapServerRawXMLInterface)
public:
    explicit GatewayService(GatewayServer *server);
    ~GatewayService() override;

    bool newRequest(const QByteArray &requestType, const QMap<QByteArray, QByteArray> &httpHeaders) override;
    void processXML(const QByteArray &xmlChunk) override;
    void endRequest() override;

private:
    struct Pending
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        bool tooLarge = false;
    };
    struct Call; // one forwarded request

    void serveSoap(QAbstractSocket *socket, const QByteArray &body);
    void serveHealth(QAbstractSocket *socket);
    // A refusal: audited (when it concerns a lookup), counted, and answered with a fault.
    void refuse(QAbstractSocket *socket, const ProtocolVersion &version, const QString &reason, const QString &message,
        const store::AuditRecord *record);
    void forward(QAbstractSocket *socket, std::unique_ptr<Call> call, const QByteArray &body);
    void finish(Call *call, const std::optional<ForwardedAnswer> &answer, const std::optional<ClientFailure> &failure);
    void settleInFlight(QPointer<QAbstractSocket> socket);
    // The store of this thread, opened when first needed and again after it failed.
    Expected<store::Store *, store::StoreError> store();
    SsbtekClient *takeClient(const ProtocolVersion &version);
    void giveBack(SsbtekClient *client);
    Expected<qint64, store::StoreError> append(const store::AuditRecord &record);

    static void writeHttp(QAbstractSocket *socket, int status, const QByteArray &contentType, const QByteArray &body);
    static void writeFault(QAbstractSocket *socket, const ProtocolVersion &version, const QString &operation,
        const QString &code, const QString &message);

    GatewayServer *m_server;
    std::unique_ptr<store::Store> m_store;
    QHash<QAbstractSocket *, Pending> m_pending;
    QList<SsbtekClient *> m_idle;
};

} // namespace ssbtek::gateway
