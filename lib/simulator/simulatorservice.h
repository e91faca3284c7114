#pragma once
// One per KDSoap pool thread: reads each request raw and writes the answer raw, so that
// the simulator controls every byte (faults, truncation, delays).

#include "simulatorserver.h"

#include <KDSoapServer/KDSoapServerObjectInterface.h>
#include <KDSoapServer/KDSoapServerRawXMLInterface.h>

#include <QHash>
#include <QObject>

namespace ssbtek::sim {

class SimulatorService : public QObject, public KDSoapServerObjectInterface, public KDSoapServerRawXMLInterface
{
    Q_OBJECT
    Q_INTERFACES(KDSoapServerObjectInterface KDSoapServerRawXMLInterface)
public:
    explicit SimulatorService(SimulatorServer *server);

    bool newRequest(const QByteArray &requestType, const QMap<QByteArray, QByteArray> &httpHeaders) override;
    void processXML(const QByteArray &xmlChunk) override;
    void endRequest() override;

private:
    struct Pending
    {
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    struct Reply
    {
        Fault fault = Fault::None;
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        QUrl redirectTo;
    };
    Reply answer(const SimRequest &request) const;
    static void send(QAbstractSocket *socket, const Reply &reply);

    SimulatorServer *m_server;
    // Keyed by socket: one service object serves every connection of its thread.
    QHash<QAbstractSocket *, Pending> m_pending;
};

} // namespace ssbtek::sim
