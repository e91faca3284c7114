#include "instancechannel.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
}

QString InstanceChannel::defaultName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(u"ssbtek-client.socket"_s);
    return u"ssbtek-client-%1"_s.arg(::getuid()); // in the temporary folder, the user's only
}

bool InstanceChannel::handOver(const QJsonObject &message, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

Expected<QString, QString> InstanceChannel::listen()
{
    if (m_server->listen(m_name))
        return m_name;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Left by a window that ended without closing it, unless one answers there.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return unexpected(tr("Another window of this user is open."));
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return m_name;
    }
    return unexpected(m_server->errorString());
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessageBytes) {
                socket->write("refused: too long\n");
                socket->disconnectFromServer();
                return;
            }
            if (!socket->canReadLine())
                return;
            QJsonParseError parsed;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine(MaxMessageBytes), &parsed);
            if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
                socket->write("refused: not JSON\n");
            } else {
                Q_EMIT received(doc.object());
                socket->write("ok\n");
            }
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace ssbtek::ui
