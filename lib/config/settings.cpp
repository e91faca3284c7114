#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>

#include "client/certificateinfo.h"
#include "core/privatefiles.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

using Group = AppSettings::Key::Group;
using Kind = AppSettings::Key::Kind;

AppSettings::Key entry(const QString &key, Group group, const char *label, const char *text, Kind kind = Kind::Text)
{
    AppSettings::Key k;
    k.key = key;
    k.group = group;
    k.label = label;
    k.text = text;
    k.kind = kind;
    return k;
}

AppSettings::Key number(const QString &key, Group group, const char *label, const char *text, int minimum, int maximum,
    int defaultNumber, const char *unit)
{
    AppSettings::Key k = entry(key, group, label, text, Kind::Number);
    k.minimum = minimum;
    k.maximum = maximum;
    k.defaultNumber = defaultNumber;
    k.unit = unit;
    return k;
}

AppSettings::Key withZero(AppSettings::Key k, const char *zeroText)
{
    k.zeroText = zeroText;
    return k;
}

AppSettings::Key switchedOn(AppSettings::Key k) // a switch that is on unless set off
{
    k.defaultNumber = 1;
    return k;
}

AppSettings::Key choice(
    const QString &key, Group group, const char *label, const char *text, QList<AppSettings::Key::Choice> choices)
{
    AppSettings::Key k = entry(key, group, label, text, Kind::Choice);
    k.choices = std::move(choices);
    return k;
}

QList<AppSettings::Key::Choice> versionChoices()
{
    QList<AppSettings::Key::Choice> list { { QString(), QT_TRANSLATE_NOOP("AppSettings", "the latest") } };
    for (const ProtocolVersion &v : ProtocolVersion::all())
        list.append({ QString::number(v.number), nullptr });
    return list;
}

} // namespace

QString AppSettings::Key::groupText(Group group)
{
    switch (group) {
    case Group::Connection:
        return tr("Connection");
    case Group::Certificate:
        return tr("Certificate");
    case Group::Organisation:
        return tr("Organisation");
    case Group::Lookups:
        return tr("Lookups");
    case Group::Rules:
        return tr("Access rules");
    case Group::Store:
        return tr("Database");
    case Group::FollowUp:
        return tr("Log follow-up");
    }
    return QString();
}

const AppSettings::Key *AppSettings::key(QStringView name)
{
    for (const Key &k : keys()) {
        if (k.key == name)
            return &k;
    }
    return nullptr;
}

QString AppSettings::labelOf(const QString &name)
{
    const Key *k = key(name);
    return k ? k->labelText() : name;
}

const QList<AppSettings::Key> &AppSettings::keys()
{
    static const QList<Key> list {
        // Connection
        entry(u"endpoint/url"_s, Group::Connection, QT_TRANSLATE_NOOP("AppSettings", "Address"),
            QT_TRANSLATE_NOOP("AppSettings", "SSBTEK endpoint (https://…); empty: the built-in simulator"),
            Kind::Address),
        entry(u"endpoint/gateway"_s, Group::Connection,
            QT_TRANSLATE_NOOP("AppSettings", "The address is the municipality's gateway"),
            QT_TRANSLATE_NOOP("AppSettings",
                "the endpoint is the municipality's ssbtek-gateway: the client certificate is the caseworker's own "
                "(true/false)"),
            Kind::YesNo),
        choice(u"endpoint/version"_s, Group::Connection, QT_TRANSLATE_NOOP("AppSettings", "SSBTEK version"),
            QT_TRANSLATE_NOOP("AppSettings", "SSBTEK version: 10 or 11"), versionChoices()),
        entry(u"endpoints/alternatives"_s, Group::Connection,
            QT_TRANSLATE_NOOP("AppSettings", "Addresses of other versions"),
            QT_TRANSLATE_NOOP("AppSettings", "further endpoints, one per version: 10=https://…, 11=https://…"),
            Kind::List),
        number(u"timeouts/connectSeconds"_s, Group::Connection, QT_TRANSLATE_NOOP("AppSettings", "Connect timeout"),
            QT_TRANSLATE_NOOP("AppSettings", "connect timeout"), 1, 300, 10, QT_TRANSLATE_NOOP("AppSettings", "s")),
        number(u"timeouts/answerSeconds"_s, Group::Connection, QT_TRANSLATE_NOOP("AppSettings", "Answer timeout"),
            QT_TRANSLATE_NOOP("AppSettings", "answer timeout"), 1, 3600, 120, QT_TRANSLATE_NOOP("AppSettings", "s")),
        number(u"limits/maxAnswerMegabytes"_s, Group::Connection, QT_TRANSLATE_NOOP("AppSettings", "Largest answer"),
            QT_TRANSLATE_NOOP("AppSettings", "larger answers are refused"), 1, 1024, 64,
            QT_TRANSLATE_NOOP("AppSettings", "MB")),
        number(u"household/maxConcurrent"_s, Group::Connection,
            QT_TRANSLATE_NOOP("AppSettings", "A household's calls at once"),
            QT_TRANSLATE_NOOP("AppSettings", "a household lookup's calls to SSBTEK running at once (1–10)"), 1, 10, 3,
            nullptr),
        // Certificate
        entry(u"tls/pkcs12"_s, Group::Certificate, QT_TRANSLATE_NOOP("AppSettings", "Certificate and key (PKCS#12)"),
            QT_TRANSLATE_NOOP("AppSettings", "client certificate and key (PKCS#12)"), Kind::File),
        entry(u"tls/pkcs12PassphraseFile"_s, Group::Certificate,
            QT_TRANSLATE_NOOP("AppSettings", "Passphrase file (PKCS#12)"),
            QT_TRANSLATE_NOOP("AppSettings", "file with the PKCS#12 passphrase (else asked for, never stored)"),
            Kind::File),
        entry(u"tls/certificate"_s, Group::Certificate, QT_TRANSLATE_NOOP("AppSettings", "Certificate (PEM)"),
            QT_TRANSLATE_NOOP("AppSettings", "client certificate (PEM)"), Kind::File),
        entry(u"tls/key"_s, Group::Certificate, QT_TRANSLATE_NOOP("AppSettings", "Private key (PEM)"),
            QT_TRANSLATE_NOOP("AppSettings", "client private key (PEM)"), Kind::File),
        entry(u"tls/ca"_s, Group::Certificate, QT_TRANSLATE_NOOP("AppSettings", "Trusted CA certificates"),
            QT_TRANSLATE_NOOP("AppSettings", "CA certificates to trust (PEM); empty: the system's trust store"),
            Kind::File),
        // Organisation
        entry(u"organisation/number"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "Organisation number"),
            QT_TRANSLATE_NOOP("AppSettings", "the asking organisation's number (NNNNNN-NNNN)")),
        entry(u"organisation/name"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "Organisation name"),
            QT_TRANSLATE_NOOP("AppSettings", "the asking organisation's name")),
        entry(u"caseworker/id"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "Caseworker identity"),
            QT_TRANSLATE_NOOP("AppSettings", "caseworker identity sent with each query; empty: the login name")),
        entry(u"lefi/actorId"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "LEFI actor id"),
            QT_TRANSLATE_NOOP("AppSettings", "the municipality's LEFI actor id (aktörsid)")),
        entry(u"lefi/version"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "LEFI version"),
            QT_TRANSLATE_NOOP("AppSettings", "LEFI API version, e.g. v9")),
        entry(u"dataProcessor/number"_s, Group::Organisation,
            QT_TRANSLATE_NOOP("AppSettings", "Data processor's organisation number"),
            QT_TRANSLATE_NOOP("AppSettings", "personuppgiftsbiträde: organisation number (optional)")),
        entry(u"dataProcessor/name"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "Data processor's name"),
            QT_TRANSLATE_NOOP("AppSettings", "personuppgiftsbiträde: name")),
        withZero(number(u"dataProcessor/order"_s, Group::Organisation,
                     QT_TRANSLATE_NOOP("AppSettings", "Data processor's order number"),
                     QT_TRANSLATE_NOOP("AppSettings", "personuppgiftsbiträde: ordningsnummer (0: not sent)"), 0, 999999,
                     0, nullptr),
            QT_TRANSLATE_NOOP("AppSettings", "not sent")),
        choice(u"ui/language"_s, Group::Organisation, QT_TRANSLATE_NOOP("AppSettings", "Language"),
            QT_TRANSLATE_NOOP("AppSettings", "language of the window and messages: sv or en; empty: the system's"),
            { { QString(), QT_TRANSLATE_NOOP("AppSettings", "the system's") },
                { u"sv"_s, QT_TRANSLATE_NOOP("AppSettings", "Swedish") },
                { u"en"_s, QT_TRANSLATE_NOOP("AppSettings", "English") } }),
        // Lookups
        entry(u"query/purpose"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Default purpose"),
            QT_TRANSLATE_NOOP("AppSettings", "default purpose")),
        entry(u"query/purposePresets"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Purposes offered"),
            QT_TRANSLATE_NOOP("AppSettings", "purposes offered in the window"), Kind::List),
        entry(u"query/legalBasis"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Default legal basis"),
            QT_TRANSLATE_NOOP("AppSettings", "default legal basis")),
        entry(u"query/legalBasisPresets"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Legal bases offered"),
            QT_TRANSLATE_NOOP("AppSettings", "legal bases offered in the window"), Kind::List),
        entry(u"agencies/enabled"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Agencies that may be asked"),
            QT_TRANSLATE_NOOP(
                "AppSettings", "agencies the organisation may ask, e.g. AF,CSN,FK,SKV,SO,MIV; empty: all"),
            Kind::List),
        // Access rules
        switchedOn(entry(u"access/requireCase"_s, Group::Rules,
            QT_TRANSLATE_NOOP("AppSettings", "Every lookup needs a case id and a confirmation"),
            QT_TRANSLATE_NOOP(
                "AppSettings", "every lookup needs a case id and the caseworker's confirmation (true/false)"),
            Kind::YesNo)),
        entry(u"access/contactCentre"_s, Group::Rules,
            QT_TRANSLATE_NOOP("AppSettings", "This desktop is the contact centre's"),
            QT_TRANSLATE_NOOP(
                "AppSettings", "this desktop is the contact centre's: its limits hold for every lookup (true/false)"),
            Kind::YesNo),
        entry(u"access/contactCentrePurpose"_s, Group::Rules,
            QT_TRANSLATE_NOOP("AppSettings", "Contact centre's purpose"),
            QT_TRANSLATE_NOOP("AppSettings", "the contact centre's purpose, e.g. \"Förbereder ansökan\"; empty: none")),
        entry(u"access/contactCentreAgencies"_s, Group::Rules,
            QT_TRANSLATE_NOOP("AppSettings", "Contact centre's agencies"),
            QT_TRANSLATE_NOOP("AppSettings", "agencies the contact centre may ask, e.g. AF,CSN,FK"), Kind::List),
        number(u"access/contactCentreMaxMonths"_s, Group::Rules,
            QT_TRANSLATE_NOOP("AppSettings", "Contact centre's longest period"),
            QT_TRANSLATE_NOOP("AppSettings", "the contact centre's longest period, in months"), 1, 120, 3,
            QT_TRANSLATE_NOOP("AppSettings", "months")),
        entry(u"files/exportFolder"_s, Group::Lookups, QT_TRANSLATE_NOOP("AppSettings", "Folder for saved files"),
            QT_TRANSLATE_NOOP("AppSettings",
                "where Save as PDF and exports start, e.g. the case system's import folder; empty: Documents"),
            Kind::File),
        entry(u"files/jsonBesidePdf"_s, Group::Lookups,
            QT_TRANSLATE_NOOP("AppSettings", "Also save the answer as JSON beside its PDF"),
            QT_TRANSLATE_NOOP("AppSettings",
                "for case systems that import data: ssbtek-cli's documented JSON, same name, .json (true/false)"),
            Kind::YesNo),
        // Database
        choice(u"store/backend"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "Database"),
            QT_TRANSLATE_NOOP("AppSettings", "sqlite or postgres"),
            { { u"sqlite"_s, QT_TRANSLATE_NOOP("AppSettings", "SQLite file (this computer)") },
                { u"postgres"_s, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL server (shared)") } }),
        entry(u"store/path"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "SQLite file"),
            QT_TRANSLATE_NOOP("AppSettings", "SQLite file; empty: the user's data directory"), Kind::File),
        entry(u"store/host"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL host"),
            QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL host")),
        number(u"store/port"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL port"),
            QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL port"), 1, 65535, 5432, nullptr),
        entry(u"store/database"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL database"),
            QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL database")),
        entry(u"store/user"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL login"),
            QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL login; empty: the caseworker identity")),
        entry(u"store/passwordFile"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "PostgreSQL password file"),
            QT_TRANSLATE_NOOP("AppSettings", "file with the PostgreSQL password (read when used)"), Kind::File),
        withZero(number(u"store/retentionDays"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "Keep saved answers"),
                     QT_TRANSLATE_NOOP("AppSettings", "delete saved answers older than this; 0: keep"), 0, 36500, 0,
                     QT_TRANSLATE_NOOP("AppSettings", "days")),
            QT_TRANSLATE_NOOP("AppSettings", "for ever")),
        withZero(
            number(u"store/auditRetentionDays"_s, Group::Store, QT_TRANSLATE_NOOP("AppSettings", "Keep audit records"),
                QT_TRANSLATE_NOOP(
                    "AppSettings", "delete audit records older than this (the deletion is audited); 0: keep"),
                0, 36500, 0, QT_TRANSLATE_NOOP("AppSettings", "days")),
            QT_TRANSLATE_NOOP("AppSettings", "for ever")),
        // Log follow-up
        entry(u"followUp/officeHours"_s, Group::FollowUp, QT_TRANSLATE_NOOP("AppSettings", "Office hours"),
            QT_TRANSLATE_NOOP("AppSettings", "log follow-up: office hours, e.g. 07:00-18:00 (weekends are outside)")),
        number(u"followUp/manyPersons"_s, Group::FollowUp, QT_TRANSLATE_NOOP("AppSettings", "Many persons"),
            QT_TRANSLATE_NOOP("AppSettings", "log follow-up: this many distinct persons by one caseworker …"), 2,
            100000, 20, QT_TRANSLATE_NOOP("AppSettings", "persons")),
        number(u"followUp/manyPersonsMinutes"_s, Group::FollowUp, QT_TRANSLATE_NOOP("AppSettings", "… within"),
            QT_TRANSLATE_NOOP("AppSettings", "… within this many minutes"), 1, 100000, 60,
            QT_TRANSLATE_NOOP("AppSettings", "min")),
        number(u"followUp/manyCaseworkers"_s, Group::FollowUp,
            QT_TRANSLATE_NOOP("AppSettings", "One person, many caseworkers"),
            QT_TRANSLATE_NOOP("AppSettings", "log follow-up: a person looked up by this many caseworkers"), 2, 1000, 3,
            QT_TRANSLATE_NOOP("AppSettings", "caseworkers")),
        number(u"followUp/repeatedLookups"_s, Group::FollowUp,
            QT_TRANSLATE_NOOP("AppSettings", "Repeated lookups, nothing saved"),
            QT_TRANSLATE_NOOP("AppSettings", "log follow-up: this many lookups of one person with nothing saved"), 2,
            1000, 3, QT_TRANSLATE_NOOP("AppSettings", "lookups")),
        number(u"followUp/reviewIntervalDays"_s, Group::FollowUp, QT_TRANSLATE_NOOP("AppSettings", "Review reminder"),
            QT_TRANSLATE_NOOP("AppSettings", "log follow-up: remind when no review was recorded for this many days"), 1,
            3650, 30, QT_TRANSLATE_NOOP("AppSettings", "days")),
    };
    return list;
}

QList<AppSettings::Problem> AppSettings::check(const QDateTime &now) const
{
    QList<Problem> problems;
    if (!versionText.isEmpty() && !ProtocolVersion::parse(versionText))
        problems.append(
            { u"endpoint/version"_s, tr("Unknown SSBTEK version \"%1\"; known: 10, 11.").arg(versionText) });
    if (!endpoint.isEmpty()) {
        ClientSettings c = clientSettings();
        c.tls = TlsSettings(); // the URL alone here; certificates below
        if (const auto f = SsbtekClient::checkSettings(c))
            problems.append({ u"endpoint/url"_s, f->message() });
        const auto org = Organisationsnummer::parse(organisationNumber);
        if (!org)
            problems.append({ u"organisation/number"_s, Organisationsnummer::errorText(org.error()) });
        if (organisationName.trimmed().isEmpty())
            problems.append({ u"organisation/name"_s, tr("The organisation name is missing.") });
        if (lefiActorId.trimmed().isEmpty())
            problems.append(
                { u"lefi/actorId"_s, tr("The LEFI actor id is missing: Försäkringskassan cannot be asked.") });
        if (endpoint.scheme() == u"https" && !tls.hasClientCertificate())
            problems.append({ u"tls/pkcs12"_s,
                viaGateway ? tr("No client certificate is configured: the gateway knows you by your "
                                "personal certificate (tls/certificate and tls/key, or tls/pkcs12).")
                           : tr("No client certificate is configured: SSBTEK requires one.") });
    } else if (!organisationNumber.isEmpty() && !Organisationsnummer::parse(organisationNumber)) {
        problems.append({ u"organisation/number"_s,
            Organisationsnummer::errorText(Organisationsnummer::parse(organisationNumber).error()) });
    }
    if (viaGateway && endpoint.isEmpty())
        problems.append(
            { u"endpoint/gateway"_s, tr("A gateway needs its address: set endpoint/url to the gateway's.") });
    if (tls.hasClientCertificate() || !tls.caPath.isEmpty()) {
        const auto ssl = clientSettings().tls.toSslConfiguration();
        const QString key = !tls.pkcs12Path.isEmpty() ? u"tls/pkcs12"_s
            : !tls.certificatePath.isEmpty()          ? u"tls/certificate"_s
                                                      : u"tls/ca"_s;
        if (!ssl) {
            problems.append({ key, ssl.error().message });
        } else if (tls.hasClientCertificate()) {
            const CertificateInfo info = CertificateInfo::of(ssl->localCertificate(), now);
            if (const auto warning
                = info.warning(viaGateway ? tr("your personal certificate") : tr("client certificate")))
                problems.append({ key, *warning, !info.expired() });
        }
    }
    for (const auto &[v, url] : alternatives) {
        ClientSettings c;
        c.endpoint = url;
        if (const auto f = SsbtekClient::checkSettings(c))
            problems.append({ u"endpoints/alternatives"_s, v.label() + u": "_s + f->message() });
    }
    if (!dataProcessorNumber.isEmpty()
        && (!Organisationsnummer::parse(dataProcessorNumber) || dataProcessorName.trimmed().isEmpty()))
        problems.append(
            { u"dataProcessor/number"_s, tr("A personuppgiftsbiträde needs a valid organisation number and a name.") });
    if (connectTimeoutSeconds <= 0 || answerTimeoutSeconds <= 0)
        problems.append({ u"timeouts/answerSeconds"_s, tr("Timeouts must be at least one second.") });
    if (maxAnswerMegabytes < 1 || maxAnswerMegabytes > 1024)
        problems.append({ u"limits/maxAnswerMegabytes"_s, tr("The answer size limit must be between 1 and 1024 MB.") });
    if (store.backend == store::StoreSettings::Backend::Postgres && (store.host.isEmpty() || store.database.isEmpty()))
        problems.append({ u"store/host"_s, tr("A PostgreSQL store needs a host and a database.") });
    if (householdMaxConcurrent < 1 || householdMaxConcurrent > 10)
        problems.append(
            { u"household/maxConcurrent"_s, tr("A household's concurrent calls must be between 1 and 10.") });
    if (retentionDays < 0)
        problems.append({ u"store/retentionDays"_s, tr("Retention days cannot be negative.") });
    if (auditRetentionDays < 0)
        problems.append({ u"store/auditRetentionDays"_s, tr("Retention days cannot be negative.") });
    if (followUp.manyPersons < 2 || followUp.manyPersonsMinutes < 1 || followUp.manyCaseworkers < 2
        || followUp.repeatedLookups < 2)
        problems.append({ u"followUp/manyPersons"_s,
            tr("The log follow-up's thresholds must be at least 2 (minutes at least 1).") });
    if (QString unknown; !enabledAgenciesText.isEmpty() && !AgencySet::parse(enabledAgenciesText, &unknown))
        problems.append({ u"agencies/enabled"_s,
            tr("Unknown agency code \"%1\"; known: AF, CSN, FK, SKV, SO, TNS, MIV.").arg(unknown) });
    else if (enabledAgencies.isEmpty())
        problems.append({ u"agencies/enabled"_s, tr("At least one agency must be enabled.") });
    // Legal bases: one must be set to ask a real SSBTEK, and none may cite a law no longer in force.
    const QDate today = now.toLocalTime().date();
    if (!endpoint.isEmpty() && access.legalBasesInForce(today).isEmpty())
        problems.append({ u"query/legalBasis"_s,
            tr("No legal basis in force is configured, so no lookup is sent: set the "
               "municipality's wording (query/legalBasis, and query/legalBasisPresets for more).") });
    for (const LegalBasisPreset &p : access.legalBases) {
        if (p.testData)
            continue;
        const QString problem = p.problem(today);
        if (!problem.isEmpty())
            problems.append({ p.text == legalBasis ? u"query/legalBasis"_s : u"query/legalBasisPresets"_s,
                tr("%1 It is not offered; set the wording in force.").arg(problem), true });
    }
    // A secret others may read is not used (check() says why; nothing is sent without it).
    for (const auto &[key, file] : { std::pair { u"tls/pkcs12PassphraseFile"_s, pkcs12PassphraseFile },
             std::pair { u"store/passwordFile"_s, storePasswordFile } }) {
        if (const QString problem = file.isEmpty() ? QString() : privatefiles::secretFileProblem(file);
            !problem.isEmpty())
            problems.append({ key, problem });
    }
    for (const auto &[key, text] : { std::pair { u"access/requireCase"_s, requireCaseText },
             std::pair { u"endpoint/gateway"_s, viaGatewayText } }) {
        if (!text.isEmpty() && !QStringList { u"true"_s, u"false"_s, u"1"_s, u"0"_s }.contains(text))
            problems.append({ key, tr("%1 must be true or false.").arg(key) });
    }
    if (auditRetentionDays > 0 && auditRetentionDays < store::MinimumAuditRetentionDays)
        problems.append({ u"store/auditRetentionDays"_s,
            tr("Audit records are kept at least %1 days.").arg(store::MinimumAuditRetentionDays), true });
    if (access.contactCentreStaff && access.contactCentrePurpose.isEmpty())
        problems.append(
            { u"access/contactCentrePurpose"_s, tr("A contact-centre desktop needs the contact centre's purpose.") });
    if (access.contactCentreMaxMonths < 1)
        problems.append({ u"access/contactCentreMaxMonths"_s,
            tr("The contact centre's longest period must be at least one month.") });
    if (QString unknown; !contactCentreAgenciesText.isEmpty() && !AgencySet::parse(contactCentreAgenciesText, &unknown))
        problems.append({ u"access/contactCentreAgencies"_s,
            tr("Unknown agency code \"%1\"; known: AF, CSN, FK, SKV, SO, TNS, MIV.").arg(unknown) });
    if (!language.isEmpty() && language != u"sv" && language != u"en")
        problems.append({ u"ui/language"_s, tr("The language must be sv or en (or empty for the system's).") });
    return problems;
}

AccessPolicy AppSettings::lookupPolicy(const QDateTime &now) const
{
    return policyWith(check(now));
}

AccessPolicy AppSettings::policyWith(const QList<Problem> &problems) const
{
    AccessPolicy policy = access;
    policy.enabledAgencies = enabledAgencies;
    for (const Problem &p : problems) {
        if (!p.warning)
            policy.settingsProblems << p.key + u": "_s + p.message;
    }
    return policy;
}

QString AppSettings::exportDirectory() const
{
    if (!exportFolder.isEmpty())
        return exportFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString AppSettings::defaultPurpose()
{
    return QCoreApplication::translate("AppSettings", "Beslut om eller kontroll av ekonomiskt bistånd");
}

namespace {

template <typename Get> AppSettings loadWith(Get get)
{
    AppSettings a;
    a.versionText = get(u"endpoint/version"_s, QVariant()).toString();
    a.endpoint = QUrl(get(u"endpoint/url"_s, QVariant()).toString().trimmed());
    // Anything but true is no gateway; what is neither true nor false is an error (check()),
    // so no lookup leaves while the setting is unclear.
    a.viaGatewayText = get(u"endpoint/gateway"_s, QVariant()).toString().trimmed().toLower();
    a.viaGateway = a.viaGatewayText == u"true" || a.viaGatewayText == u"1";
    if (const auto v = ProtocolVersion::parse(get(u"endpoint/version"_s, QVariant()).toString()))
        a.version = *v;
    a.organisationNumber = get(u"organisation/number"_s, QVariant()).toString();
    a.organisationName = get(u"organisation/name"_s, QVariant()).toString();
    a.caseworker = get(u"caseworker/id"_s, QVariant()).toString();
    a.lefiActorId = get(u"lefi/actorId"_s, QVariant()).toString();
    a.lefiVersion = get(u"lefi/version"_s, a.lefiVersion).toString();
    a.tls.pkcs12Path = get(u"tls/pkcs12"_s, QVariant()).toString();
    a.pkcs12PassphraseFile = get(u"tls/pkcs12PassphraseFile"_s, QVariant()).toString();
    a.tls.certificatePath = get(u"tls/certificate"_s, QVariant()).toString();
    a.tls.keyPath = get(u"tls/key"_s, QVariant()).toString();
    a.tls.caPath = get(u"tls/ca"_s, QVariant()).toString();
    a.connectTimeoutSeconds = get(u"timeouts/connectSeconds"_s, a.connectTimeoutSeconds).toInt();
    a.answerTimeoutSeconds = get(u"timeouts/answerSeconds"_s, a.answerTimeoutSeconds).toInt();
    a.maxAnswerMegabytes = get(u"limits/maxAnswerMegabytes"_s, a.maxAnswerMegabytes).toInt();
    a.purpose = get(u"query/purpose"_s, AppSettings::defaultPurpose()).toString();
    // No legal basis is shipped: the law changes (socialtjänstlagen 2001:453 was replaced on
    // 2025-07-01), and the wording is the municipality's. IT sets it; until then none is sent.
    a.legalBasis = get(u"query/legalBasis"_s, QVariant()).toString().trimmed();
    a.purposePresets = get(u"query/purposePresets"_s, QVariant()).toStringList();
    for (const QString &entry : get(u"query/legalBasisPresets"_s, QVariant()).toStringList()) {
        if (!entry.trimmed().isEmpty())
            a.access.legalBases.append(LegalBasisPreset::parse(entry));
    }
    if (!a.purposePresets.contains(a.purpose))
        a.purposePresets.prepend(a.purpose);
    if (!a.legalBasis.isEmpty()
        && std::none_of(a.access.legalBases.cbegin(), a.access.legalBases.cend(),
            [&](const LegalBasisPreset &p) { return p.text == a.legalBasis; }))
        a.access.legalBases.prepend(LegalBasisPreset::ofText(a.legalBasis));
    a.store.backend = get(u"store/backend"_s, QVariant()).toString() == u"postgres"
        ? store::StoreSettings::Backend::Postgres
        : store::StoreSettings::Backend::Sqlite;
    a.store.sqlitePath = get(u"store/path"_s, QVariant()).toString();
    a.store.host = get(u"store/host"_s, a.store.host).toString();
    a.store.port = get(u"store/port"_s, a.store.port).toInt();
    a.store.database = get(u"store/database"_s, a.store.database).toString();
    a.store.user = get(u"store/user"_s, QVariant()).toString();
    a.store.options = get(u"store/options"_s, QVariant()).toString();
    a.storePasswordFile = get(u"store/passwordFile"_s, QVariant()).toString();
    a.retentionDays = get(u"store/retentionDays"_s, 0).toInt();
    a.auditRetentionDays = get(u"store/auditRetentionDays"_s, 0).toInt();
    a.householdMaxConcurrent = get(u"household/maxConcurrent"_s, a.householdMaxConcurrent).toInt();
    a.language = get(u"ui/language"_s, QVariant()).toString().trimmed();
    a.exportFolder = get(u"files/exportFolder"_s, QVariant()).toString().trimmed();
    a.jsonBesidePdf = get(u"files/jsonBesidePdf"_s, false).toString().trimmed().toLower() == u"true";
    // A switch that does not read as true or false keeps the stricter rule (check() says so).
    const QString requireCase = get(u"access/requireCase"_s, u"true"_s).toString().trimmed().toLower();
    a.requireCaseText = requireCase;
    a.access.requireCase = requireCase != u"false" && requireCase != u"0";
    a.access.contactCentrePurpose = get(u"access/contactCentrePurpose"_s, QVariant()).toString().trimmed();
    a.contactCentreAgenciesText
        = get(u"access/contactCentreAgencies"_s, QVariant()).toStringList().join(u',').trimmed();
    if (!a.contactCentreAgenciesText.isEmpty()) // one that does not parse allows none (check() says why)
        a.access.contactCentreAgencies = AgencySet::parse(a.contactCentreAgenciesText).value_or(AgencySet());
    a.access.contactCentreMaxMonths = get(u"access/contactCentreMaxMonths"_s, a.access.contactCentreMaxMonths).toInt();
    if (!a.access.contactCentrePurpose.isEmpty() && !a.purposePresets.contains(a.access.contactCentrePurpose))
        a.purposePresets.append(a.access.contactCentrePurpose);
    a.enabledAgenciesText = get(u"agencies/enabled"_s, QVariant()).toStringList().join(u',').trimmed();
    if (!a.enabledAgenciesText.isEmpty()) // a list that does not parse enables none (check() says why)
        a.enabledAgencies = AgencySet::parse(a.enabledAgenciesText).value_or(AgencySet());
    a.access.contactCentreStaff = get(u"access/contactCentre"_s, false).toBool();
    {
        store::FollowUpSettings &f = a.followUp;
        const QStringList hours = get(u"followUp/officeHours"_s, QVariant()).toString().split(u'-');
        if (hours.size() == 2) {
            const QTime start = QTime::fromString(hours[0].trimmed(), u"HH:mm"_s);
            const QTime end = QTime::fromString(hours[1].trimmed(), u"HH:mm"_s);
            if (start.isValid() && end.isValid() && start < end) {
                f.officeStart = start;
                f.officeEnd = end;
            }
        }
        f.manyPersons = get(u"followUp/manyPersons"_s, f.manyPersons).toInt();
        f.manyPersonsMinutes = get(u"followUp/manyPersonsMinutes"_s, f.manyPersonsMinutes).toInt();
        f.manyCaseworkers = get(u"followUp/manyCaseworkers"_s, f.manyCaseworkers).toInt();
        f.repeatedLookups = get(u"followUp/repeatedLookups"_s, f.repeatedLookups).toInt();
        f.reviewIntervalDays = get(u"followUp/reviewIntervalDays"_s, f.reviewIntervalDays).toInt();
    }
    for (const QString &entry :
        get(u"endpoints/alternatives"_s, QVariant()).toStringList().join(u',').split(u',', Qt::SkipEmptyParts)) {
        const auto version = ProtocolVersion::parse(entry.section(u'=', 0, 0));
        const QUrl url(entry.section(u'=', 1).trimmed());
        if (version && url.isValid() && !url.isEmpty())
            a.alternatives.append({ *version, url });
    }
    a.dataProcessorNumber = get(u"dataProcessor/number"_s, QVariant()).toString();
    a.dataProcessorName = get(u"dataProcessor/name"_s, QVariant()).toString();
    a.dataProcessorOrder = get(u"dataProcessor/order"_s, 0).toInt();
    return a;
}

} // namespace

AppSettings AppSettings::load(QSettings &s)
{
    return loadWith([&s](const QString &key, const QVariant &def) { return s.value(key, def); });
}

AppSettings AppSettings::load(const QVariantMap &values)
{
    return loadWith([&values](const QString &key, const QVariant &def) {
        const QVariant v = values.value(key);
        if (!v.isValid() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
            return def;
        const Key *k = AppSettings::key(key);
        if (k && k->kind == Key::Kind::List && v.typeId() == QMetaType::QString) { // as an INI file reads it
            QStringList list;
            for (const QString &item : v.toString().split(u',', Qt::SkipEmptyParts))
                list << item.trimmed();
            return QVariant(list);
        }
        return v;
    });
}

AppSettings AppSettings::load(const ConfigLayers &layers)
{
    return loadWith([&layers](const QString &key, const QVariant &def) { return layers.value(key, def).value; });
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(u"endpoint/url"_s, endpoint.toString());
    s.setValue(u"endpoint/version"_s, version.number);
    s.setValue(u"endpoint/gateway"_s, viaGateway);
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
    s.setValue(
        u"store/backend"_s, store.backend == store::StoreSettings::Backend::Postgres ? u"postgres"_s : u"sqlite"_s);
    s.setValue(u"store/path"_s, store.sqlitePath);
    s.setValue(u"store/retentionDays"_s, retentionDays);
    s.setValue(u"store/auditRetentionDays"_s, auditRetentionDays);
    s.setValue(u"household/maxConcurrent"_s, householdMaxConcurrent);
    s.setValue(u"ui/language"_s, language);
    s.setValue(u"files/exportFolder"_s, exportFolder);
    s.setValue(u"files/jsonBesidePdf"_s, jsonBesidePdf);
    s.setValue(u"agencies/enabled"_s, enabledAgenciesText);
    s.setValue(u"access/requireCase"_s, access.requireCase);
    s.setValue(u"access/contactCentre"_s, access.contactCentreStaff);
    s.setValue(u"access/contactCentrePurpose"_s, access.contactCentrePurpose);
    s.setValue(u"access/contactCentreAgencies"_s, access.contactCentreAgencies.toString());
    s.setValue(u"access/contactCentreMaxMonths"_s, access.contactCentreMaxMonths);
    s.setValue(u"followUp/officeHours"_s,
        followUp.officeStart.toString(u"HH:mm"_s) + u'-' + followUp.officeEnd.toString(u"HH:mm"_s));
    s.setValue(u"followUp/manyPersons"_s, followUp.manyPersons);
    s.setValue(u"followUp/manyPersonsMinutes"_s, followUp.manyPersonsMinutes);
    s.setValue(u"followUp/manyCaseworkers"_s, followUp.manyCaseworkers);
    s.setValue(u"followUp/repeatedLookups"_s, followUp.repeatedLookups);
    s.setValue(u"followUp/reviewIntervalDays"_s, followUp.reviewIntervalDays);
    QStringList legalBases;
    for (const LegalBasisPreset &p : access.legalBases) {
        if (!p.testData)
            legalBases << p.entry();
    }
    s.setValue(u"query/legalBasisPresets"_s, legalBases);
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
    if (!pkcs12PassphraseFile.isEmpty() && privatefiles::secretFileProblem(pkcs12PassphraseFile).isEmpty()) {
        QFile f(pkcs12PassphraseFile);
        if (f.open(QIODevice::ReadOnly))
            c.tls.pkcs12Passphrase = f.readAll().trimmed();
    }
    c.connectTimeoutMs = connectTimeoutSeconds * 1000;
    c.answerTimeoutMs = answerTimeoutSeconds * 1000;
    c.maxAnswerBytes = qint64(maxAnswerMegabytes) * 1024 * 1024;
    c.enabledAgencies = enabledAgencies;
    return c;
}

AppSettings AppSettings::withVersion(int number) const
{
    if (number == version.number)
        return *this;
    AppSettings s = *this;
    for (const auto &[v, url] : alternatives) {
        if (v.number == number) {
            s.endpoint = url;
            s.version = v;
        }
    }
    return s;
}

QList<ProtocolVersion> AppSettings::configuredVersions() const
{
    QList<ProtocolVersion> versions { version };
    for (const auto &[v, url] : alternatives) {
        if (!versions.contains(v))
            versions.append(v);
    }
    return versions;
}

store::StoreSettings AppSettings::storeSettings() const
{
    store::StoreSettings s = store;
    if (s.backend == store::StoreSettings::Backend::Postgres && s.user.isEmpty())
        s.user = effectiveCaseworker(); // the login is the caseworker
    // Over a network the audit log's server is checked like SSBTEK's: TLS, its certificate
    // and its name, unless IT says otherwise in store/options. (Loopback and a local socket
    // never leave the machine.)
    const bool local
        = s.host.isEmpty() || s.host.startsWith(u'/') || s.host == u"localhost" || QHostAddress(s.host).isLoopback();
    if (s.backend == store::StoreSettings::Backend::Postgres && !local && !s.options.contains(u"sslmode"))
        s.options = s.options.isEmpty() ? u"sslmode=verify-full"_s : s.options + u";sslmode=verify-full"_s;
    if (!storePasswordFile.isEmpty() && privatefiles::secretFileProblem(storePasswordFile).isEmpty()) {
        QFile f(storePasswordFile);
        if (f.open(QIODevice::ReadOnly))
            s.password = QString::fromUtf8(f.readAll().trimmed());
    }
    return s;
}

QStringList AppSettings::legalBasisChoices(QDate day) const
{
    QStringList choices = access.legalBasesInForce(day);
    if (choices.removeOne(legalBasis))
        choices.prepend(legalBasis);
    return choices;
}

QString AppSettings::clientCertificateRole() const
{
    if (usesSimulator())
        return tr("Not used: the built-in simulator asks for no certificate.");
    return viaGateway
        ? tr("Yours, personal: the gateway knows you by it and alone holds the organisation's certificate.")
        : tr("The organisation's: SSBTEK knows the municipality by it.");
}

Query AppSettings::baseQuery() const
{
    Query q;
    q.organisationNumber = organisationNumber;
    q.organisationName = organisationName;
    q.caseworker = effectiveCaseworker();
    q.purpose = purpose.isEmpty() ? defaultPurpose() : purpose;
    q.legalBasis = legalBasis;
    q.lefi = LefiQuery::standard(lefiActorId);
    if (!dataProcessorNumber.isEmpty())
        q.dataProcessors.append({ dataProcessorOrder > 0 ? std::optional<int>(dataProcessorOrder) : std::nullopt,
            dataProcessorNumber, dataProcessorName });
    q.lefi.apiVersion = lefiVersion;
    q.agencies = enabledAgencies;
    return q;
}

} // namespace ssbtek
