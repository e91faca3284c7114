#pragma once
// One window per user: a second start with a lookup from the case system hands it to the
// running window over a local socket instead of opening another. The socket lives in the user's
// runtime folder ($XDG_RUNTIME_DIR, only the user's) or, without one, is made readable by the
// user only; a message is one line of JSON, at most 64 KiB.

#include "core/expected.h"

#include <QJsonObject>
#include <QObject>

class QLocalServer;

namespace ssbtek::ui {

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QString name = defaultName(), QObject *parent = nullptr);

    static QString defaultName();
    static constexpr qint64 MaxMessageBytes = 64 * 1024;

    // Hands `message` to the window listening on `name`: true when it took it.
    static bool handOver(const QJsonObject &message, const QString &name = defaultName(), int timeoutMs = 3000);
    // Listens for later starts: the name listened on, or why not (another window already does).
    Expected<QString, QString> listen();
    QString name() const { return m_name; }

Q_SIGNALS:
    void received(const QJsonObject &message);

private:
    void accept();

    QString m_name;
    QLocalServer *m_server;
};

} // namespace ssbtek::ui
