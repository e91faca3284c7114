#pragma once
// ssbtek-gateway's configuration: one INI file. The upstream side (SSBTEK's endpoint and
// version, the organisation, its certificate, the store, the rules) uses the keys of the
// desktop's settings; the [gateway] group is the caseworkers' side.

#include "config/settings.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace ssbtek::gateway {

struct GatewaySettings
{
    Q_DECLARE_TR_FUNCTIONS(GatewaySettings)

public:
    QHostAddress listen = QHostAddress::LocalHost; // gateway/listen
    quint16 port = 8443; // gateway/port; 0: any free one (tests)
    QString certificatePath; // gateway/certificate: the server's (PEM)
    QString keyPath; // gateway/key
    QString caseworkerCaPath; // gateway/caseworkerCa: who issues caseworkers' certificates
    QByteArray loginField = "CN"; // gateway/loginField: the subject attribute that is the login
    int threads = 4; // gateway/threads
    int healthCacheSeconds = 60; // gateway/healthCacheSeconds: how long the upstream check holds
    AppSettings service; // endpoint, organisation, tls, store, access, agencies

    // The file's settings; why not when it cannot be read or is not an INI file.
    static Expected<GatewaySettings, QString> load(const QString &path);
    static GatewaySettings load(QSettings &settings);

    // Every problem, each naming its key: what --check prints, and what stops the start.
    QList<AppSettings::Problem> check(const QDateTime &now = clock::now()) const;
    QList<QSslCertificate> caseworkerCas() const;

private:
    QString portText, threadsText, listenText; // as written, for check()
};

} // namespace ssbtek::gateway
