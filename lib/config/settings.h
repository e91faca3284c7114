#pragma once
// The application's settings as one value: endpoint and version, organisation, caseworker,
// LEFI, certificates, timeouts, query presets. Read from an INI file or QSettings; with no
// endpoint the built-in simulator is used. (System-wide layering and locking come with the
// configuration issue.)

#include "access.h"
#include "client/ssbtekclient.h"
#include "configlayers.h"
#include "store/followup.h"
#include "store/storesettings.h"

#include "core/clock.h"
#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace ssbtek {

struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    QUrl endpoint; // empty: the built-in simulator
    // The endpoint is the municipality's ssbtek-gateway: the client certificate is then the
    // caseworker's own (the gateway knows the caseworker by it and alone holds the
    // organisation's certificate), and the gateway enforces the rules and keeps the audit log.
    bool viaGateway = false;
    QString viaGatewayText; // endpoint/gateway as written, to report what is neither true nor false
    ProtocolVersion version = ProtocolVersion::latest();
    // Further endpoints, one per version (e.g. v10 and v11 side by side while Försäkringskassan
    // moves from one to the other): endpoints/alternatives = "10=https://…, 11=https://…".
    QList<QPair<ProtocolVersion, QUrl>> alternatives;
    // The settings with the endpoint of `version` as the one in use (itself when it is).
    AppSettings withVersion(int version) const;
    QList<ProtocolVersion> configuredVersions() const;
    QString dataProcessorNumber; // personuppgiftsbiträde (optional)
    QString dataProcessorName;
    int dataProcessorOrder = 0;
    QString organisationNumber;
    QString organisationName;
    QString caseworker; // empty: the login name
    QString lefiActorId;
    QString lefiVersion = QStringLiteral("v9");
    TlsSettings tls;
    QString pkcs12PassphraseFile; // read at use; never stored in the settings themselves
    int connectTimeoutSeconds = 10;
    int answerTimeoutSeconds = 120;
    int maxAnswerMegabytes = 64;
    QString purpose;
    QString legalBasis; // the default wording; empty: not configured (no lookup is sent)
    QStringList purposePresets; // offered in the window; `purpose` is the default
    // The legal bases offered are access.legalBases, with their days (query/legalBasisPresets).
    store::StoreSettings store;
    QString storePasswordFile; // PostgreSQL: read at use, never stored in the settings
    int householdMaxConcurrent = 3; // a household's calls running at once
    int retentionDays = 0; // saved answers older than this are deleted; 0: kept
    int auditRetentionDays = 0; // audit records older than this are deleted (audited); 0: kept
    QString language; // "sv", "en"; empty: the system's
    QString exportFolder; // files/exportFolder: where save dialogs start; empty: the user's documents
    bool jsonBesidePdf = false; // files/jsonBesidePdf: the answer's JSON (the CLI's) beside each saved PDF
    // The folder save dialogs start in: the setting (e.g. the case system's import folder), else
    // the user's documents folder.
    QString exportDirectory() const;
    store::FollowUpSettings followUp; // thresholds of the log follow-up's patterns
    AccessPolicy access; // case and confirmation; the contact-centre purpose
    AgencySet enabledAgencies = AgencySet::all(); // agencies/enabled: what the organisation may ask
    QString enabledAgenciesText; // as configured, to report an unknown code
    QString contactCentreAgenciesText; // the same for access/contactCentreAgencies
    QString requireCaseText; // access/requireCase as written

    bool usesSimulator() const { return endpoint.isEmpty(); }

    QString versionText; // as configured, to report an unknown version

    // One entry per setting, for `config show` and the settings page.
    // Every key with what the settings page needs to show it to people: its group, a label in
    // words, the kind of value and, for numbers, their limits and unit. `config show` lists the
    // keys with their descriptions.
    struct Key
    {
        enum class Group { Connection, Certificate, Organisation, Lookups, Rules, Store, FollowUp };
        enum class Kind {
            Text,
            Address, // a URL
            YesNo, // true/false
            Number, // an integer between minimum and maximum, in `unit`
            Choice, // one of `choices`
            File, // a path
            List, // comma-separated
        };
        struct Choice
        {
            QString value; // as written in the file; empty: not set
            const char *label; // English; choiceText() translates it
        };
        QString key;
        Group group = Group::Connection;
        const char *label = nullptr; // English, in words; labelText() translates it
        const char *text = nullptr; // English description; description() translates it
        Kind kind = Kind::Text;
        int minimum = 0;
        int maximum = 0;
        int defaultNumber = 0;
        const char *unit = nullptr; // English, e.g. "s"; unitText() translates it
        const char *zeroText = nullptr; // a number's 0 in words ("keep"); zeroWords() translates it
        QList<Choice> choices;

        QString labelText() const { return label ? tr(label) : key; }
        QString description() const { return tr(text); }
        QString unitText() const { return unit ? tr(unit) : QString(); }
        QString zeroWords() const { return zeroText ? tr(zeroText) : QString(); }
        static QString choiceText(const Choice &c) { return c.label ? tr(c.label) : c.value; }
        static QString groupText(Group group);
    };
    static const QList<Key> &keys();
    static const Key *key(QStringView name); // nullptr: no such key
    static QString labelOf(const QString &name); // the key's label in words; the key itself if unknown

    static AppSettings load(QSettings &settings);
    // The effective settings from the system-wide file (which may lock keys) and the user's.
    static AppSettings load(const ConfigLayers &layers);
    // From values as a form holds them (strings; a list comma-separated); empty: not set.
    static AppSettings load(const QVariantMap &values);
    void save(QSettings &settings) const;

    // The caseworker identity to send: the setting, else the login name.
    QString effectiveCaseworker() const;
    // Client settings for `endpoint`; a passphrase file is read here.
    ClientSettings clientSettings(const QUrl &endpointOverride = QUrl()) const;
    // Store settings with the password file read.
    store::StoreSettings storeSettings() const;
    // A query pre-filled from these settings (organisation, caseworker, presets, LEFI).
    Query baseQuery() const;
    // The legal bases to offer on `day`: the default first, then the other presets in force.
    QStringList legalBasisChoices(QDate day) const;

    struct Problem
    {
        QString key;
        QString message;
        bool warning = false; // works, but needs attention (a certificate expiring soon)
    };
    // What is wrong with these settings: URL form, version, certificate readable and not
    // expired, organisation number, limits.
    QList<Problem> check(const QDateTime &now = clock::now()) const;
    // The rules every lookup is checked against: `access` with the enabled agencies, and
    // check()'s errors, which refuse every lookup while they last.
    AccessPolicy lookupPolicy(const QDateTime &now = clock::now()) const;
    // The same with the errors of `problems` (another program's check of these settings).
    AccessPolicy policyWith(const QList<Problem> &problems) const;
    // The longest a lookup can take: after this, one without an outcome was interrupted.
    int longestCallSeconds() const { return connectTimeoutSeconds + answerTimeoutSeconds + 60; }

    static QString defaultPurpose();
    // Whose certificate tls/… names, for the settings page: the caseworker's own (through a
    // gateway) or the organisation's (straight to SSBTEK).
    QString clientCertificateRole() const;
};

} // namespace ssbtek
