#include "gatewaysettings.h"

#include "core/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace ssbtek::gateway {

namespace {

const QByteArrayList LoginFields { "CN", "emailAddress", "serialNumber", "UID", "OU" };

} // namespace

Expected<GatewaySettings, QString> GatewaySettings::load(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return unexpected(tr("The configuration file %1 cannot be read.").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return unexpected(tr("The configuration file %1 is not a valid INI file.").arg(path));
    return load(settings);
}

GatewaySettings GatewaySettings::load(QSettings &settings)
{
    GatewaySettings g;
    g.service = AppSettings::load(settings);
    settings.beginGroup(u"gateway"_s);
    g.listenText = settings.value(u"listen"_s, u"127.0.0.1"_s).toString().trimmed();
    g.listen = QHostAddress(g.listenText);
    g.portText = settings.value(u"port"_s, u"8443"_s).toString().trimmed();
    g.port = quint16(g.portText.toUInt());
    g.certificatePath = settings.value(u"certificate"_s).toString();
    g.keyPath = settings.value(u"key"_s).toString();
    g.caseworkerCaPath = settings.value(u"caseworkerCa"_s).toString();
    g.loginField = settings.value(u"loginField"_s, u"CN"_s).toString().trimmed().toLatin1();
    g.threadsText = settings.value(u"threads"_s, u"4"_s).toString().trimmed();
    g.threads = g.threadsText.toInt();
    g.healthCacheSeconds = qMax(1, settings.value(u"healthCacheSeconds"_s, 60).toInt());
    settings.endGroup();
    return g;
}

QList<QSslCertificate> GatewaySettings::caseworkerCas() const
{
    return QSslCertificate::fromPath(caseworkerCaPath, QSsl::Pem);
}

QList<AppSettings::Problem> GatewaySettings::check(const QDateTime &now) const
{
    QList<AppSettings::Problem> problems;
    for (const AppSettings::Problem &p : service.check(now)) {
        if (p.key != u"lefi/actorId"_s) // the desktop writes the LEFI query; the gateway passes it on
            problems << p;
    }
    if (service.usesSimulator())
        problems.append(
            { u"endpoint/url"_s, tr("The gateway needs SSBTEK's endpoint: it has no built-in simulator.") });
    if (listen.isNull())
        problems.append({ u"gateway/listen"_s, tr("\"%1\" is not an IP address.").arg(listenText) });
    bool portOk = false;
    if (portText.toUInt(&portOk) > 65535 || !portOk)
        problems.append({ u"gateway/port"_s, tr("\"%1\" is not a port (1–65535; 0: any free one).").arg(portText) });
    if (threads < 1 || threads > 64)
        problems.append({ u"gateway/threads"_s, tr("Threads must be between 1 and 64, not \"%1\".").arg(threadsText) });
    if (!LoginFields.contains(loginField))
        problems.append({ u"gateway/loginField"_s,
            tr("Unknown login field \"%1\"; known: %2.")
                .arg(QString::fromLatin1(loginField), QString::fromLatin1(LoginFields.join(", "))) });
    const auto certificates = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (certificatePath.isEmpty() || certificates.isEmpty()) {
        problems.append({ u"gateway/certificate"_s,
            tr("The gateway's server certificate is missing or not PEM: %1").arg(certificatePath) });
    } else if (certificates.first().expiryDate() < now) {
        problems.append({ u"gateway/certificate"_s,
            tr("The gateway's server certificate expired on %1.")
                .arg(certificates.first().expiryDate().date().toString(Qt::ISODate)) });
    }
    QFile keyFile(keyPath);
    if (keyPath.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        problems.append({ u"gateway/key"_s, tr("The gateway's server key cannot be read: %1").arg(keyPath) });
    } else {
        const QByteArray pem = keyFile.readAll();
        if (QSslKey(pem, QSsl::Rsa).isNull() && QSslKey(pem, QSsl::Ec).isNull())
            problems.append({ u"gateway/key"_s, tr("The gateway's server key is not a PEM key without passphrase.") });
        if (const QString secret = privatefiles::secretFileProblem(keyPath); !secret.isEmpty())
            problems.append({ u"gateway/key"_s, secret });
    }
    if (caseworkerCaPath.isEmpty() || caseworkerCas().isEmpty())
        problems.append(
            { u"gateway/caseworkerCa"_s, tr("No CA for caseworkers' certificates: %1").arg(caseworkerCaPath) });
    if (service.store.backend == store::StoreSettings::Backend::Sqlite && service.store.sqlitePath.isEmpty())
        problems.append({ u"store/path"_s, tr("Name the gateway's SQLite file (store/path), or use PostgreSQL.") });
    return problems;
}

} // namespace ssbtek::gateway
