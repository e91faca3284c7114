#include "settings.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString AppSettings::defaultPurpose()
{
    return QCoreApplication::translate("AppSettings", "Beslut om eller kontroll av ekonomiskt bistånd");
}

QString AppSettings::defaultLegalBasis()
{
    return QCoreApplication::translate(
        "AppSettings", "11 kap. 11 a § socialtjänstlagen (2001:453), 5 § förordning (2008:975)");
}

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    a.endpoint = QUrl(s.value(u"endpoint/url"_s).toString().trimmed());
    if (const auto v = ProtocolVersion::parse(s.value(u"endpoint/version"_s).toString()))
        a.version = *v;
    a.organisationNumber = s.value(u"organisation/number"_s).toString();
    a.organisationName = s.value(u"organisation/name"_s).toString();
    a.caseworker = s.value(u"caseworker/id"_s).toString();
    a.lefiActorId = s.value(u"lefi/actorId"_s).toString();
    a.lefiVersion = s.value(u"lefi/version"_s, a.lefiVersion).toString();
    a.tls.pkcs12Path = s.value(u"tls/pkcs12"_s).toString();
    a.pkcs12PassphraseFile = s.value(u"tls/pkcs12PassphraseFile"_s).toString();
    a.tls.certificatePath = s.value(u"tls/certificate"_s).toString();
    a.tls.keyPath = s.value(u"tls/key"_s).toString();
    a.tls.caPath = s.value(u"tls/ca"_s).toString();
    a.connectTimeoutSeconds = s.value(u"timeouts/connectSeconds"_s, a.connectTimeoutSeconds).toInt();
    a.answerTimeoutSeconds = s.value(u"timeouts/answerSeconds"_s, a.answerTimeoutSeconds).toInt();
    a.maxAnswerMegabytes = s.value(u"limits/maxAnswerMegabytes"_s, a.maxAnswerMegabytes).toInt();
    a.purpose = s.value(u"query/purpose"_s, defaultPurpose()).toString();
    a.legalBasis = s.value(u"query/legalBasis"_s, defaultLegalBasis()).toString();
    a.purposePresets = s.value(u"query/purposePresets"_s).toStringList();
    a.legalBasisPresets = s.value(u"query/legalBasisPresets"_s).toStringList();
    if (!a.purposePresets.contains(a.purpose))
        a.purposePresets.prepend(a.purpose);
    if (!a.legalBasisPresets.contains(a.legalBasis))
        a.legalBasisPresets.prepend(a.legalBasis);
    a.store.backend = s.value(u"store/backend"_s).toString() == u"postgres" ? store::StoreSettings::Backend::Postgres
                                                                           : store::StoreSettings::Backend::Sqlite;
    a.store.sqlitePath = s.value(u"store/path"_s).toString();
    a.store.host = s.value(u"store/host"_s, a.store.host).toString();
    a.store.port = s.value(u"store/port"_s, a.store.port).toInt();
    a.store.database = s.value(u"store/database"_s, a.store.database).toString();
    a.store.user = s.value(u"store/user"_s).toString();
    a.store.options = s.value(u"store/options"_s).toString();
    a.storePasswordFile = s.value(u"store/passwordFile"_s).toString();
    a.retentionDays = s.value(u"store/retentionDays"_s, 0).toInt();
    return a;
}

AppSettings AppSettings::loadFile(const QString &iniPath)
{
    QSettings s(iniPath, QSettings::IniFormat);
    return load(s);
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(u"endpoint/url"_s, endpoint.toString());
    s.setValue(u"endpoint/version"_s, version.number);
    s.setValue(u"organisation/number"_s, organisationNumber);
    s.setValue(u"organisation/name"_s, organisationName);
    s.setValue(u"caseworker/id"_s, caseworker);
    s.setValue(u"lefi/actorId"_s, lefiActorId);
    s.setValue(u"lefi/version"_s, lefiVersion);
    s.setValue(u"tls/pkcs12"_s, tls.pkcs12Path);
    s.setValue(u"tls/pkcs12PassphraseFile"_s, pkcs12PassphraseFile);
    s.setValue(u"tls/certificate"_s, tls.certificatePath);
    s.setValue(u"tls/key"_s, tls.keyPath);
    s.setValue(u"tls/ca"_s, tls.caPath);
    s.setValue(u"timeouts/connectSeconds"_s, connectTimeoutSeconds);
    s.setValue(u"timeouts/answerSeconds"_s, answerTimeoutSeconds);
    s.setValue(u"limits/maxAnswerMegabytes"_s, maxAnswerMegabytes);
    s.setValue(u"query/purpose"_s, purpose);
    s.setValue(u"query/legalBasis"_s, legalBasis);
    s.setValue(u"query/purposePresets"_s, purposePresets);
    s.setValue(u"store/backend"_s, store.backend == store::StoreSettings::Backend::Postgres ? u"postgres"_s : u"sqlite"_s);
    s.setValue(u"store/path"_s, store.sqlitePath);
    s.setValue(u"store/retentionDays"_s, retentionDays);
    s.setValue(u"query/legalBasisPresets"_s, legalBasisPresets);
}

QString AppSettings::effectiveCaseworker() const
{
    if (!caseworker.trimmed().isEmpty())
        return caseworker.trimmed();
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? u"okand"_s : login;
}

ClientSettings AppSettings::clientSettings(const QUrl &endpointOverride) const
{
    ClientSettings c;
    c.endpoint = endpointOverride.isEmpty() ? endpoint : endpointOverride;
    c.version = version;
    c.tls = tls;
    if (!pkcs12PassphraseFile.isEmpty()) {
        QFile f(pkcs12PassphraseFile);
        if (f.open(QIODevice::ReadOnly))
            c.tls.pkcs12Passphrase = f.readAll().trimmed();
    }
    c.connectTimeoutMs = connectTimeoutSeconds * 1000;
    c.answerTimeoutMs = answerTimeoutSeconds * 1000;
    c.maxAnswerBytes = qint64(maxAnswerMegabytes) * 1024 * 1024;
    return c;
}

store::StoreSettings AppSettings::storeSettings() const
{
    store::StoreSettings s = store;
    if (s.backend == store::StoreSettings::Backend::Postgres && s.user.isEmpty())
        s.user = effectiveCaseworker(); // the login is the caseworker
    if (!storePasswordFile.isEmpty()) {
        QFile f(storePasswordFile);
        if (f.open(QIODevice::ReadOnly))
            s.password = QString::fromUtf8(f.readAll().trimmed());
    }
    return s;
}

Query AppSettings::baseQuery() const
{
    Query q;
    q.organisationNumber = organisationNumber;
    q.organisationName = organisationName;
    q.caseworker = effectiveCaseworker();
    q.purpose = purpose.isEmpty() ? defaultPurpose() : purpose;
    q.legalBasis = legalBasis.isEmpty() ? defaultLegalBasis() : legalBasis;
    q.lefi = LefiQuery::standard(lefiActorId);
    q.lefi.apiVersion = lefiVersion;
    return q;
}

} // namespace ssbtek
