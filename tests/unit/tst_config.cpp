// Configuration as IT staff deploy it: system-wide values and locks over the user's own,
// every value's source visible, invalid values refused with a message, certificates of each
// format checked, and the renewal warning from 30 days before expiry.

#include "client/certificateinfo.h"
#include "config/settings.h"
#include "core/clock.h"
#include "runtime/simulatedsettings.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemValuesAndLocksWinOverTheUsers();
    void wildcardLocksAGroup();
    void invalidValuesAreRefusedWithAMessage_data();
    void invalidValuesAreRefusedWithAMessage();
    void certificatesOfEachFormat_data();
    void certificatesOfEachFormat();
    void renewalWarningFrom30DaysBeforeExpiry();
    void alternativeEndpointsAndDataProcessor();
    void enabledAgenciesAndFollowUpThresholds();
    void noLegalBasisIsShippedAndNoneIsSentWithoutOne();
    void legalBasisPresetsFollowTheLawInForce();
    void settingsThatDoNotParseRefuseEveryLookup();
    void theContactCentreCannotTypeItsWayOut();
    void theFixedSystemFileIsReadWhateverTheEnvironmentSays();
    void aSharedStoreIsReachedOverVerifiedTls();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // as a secret file must be
        return path;
    }
    QTemporaryDir m_dir;
};

void TestConfig::systemValuesAndLocksWinOverTheUsers()
{
    const QString system = write(u"system.conf"_s,
        "[endpoint]\nurl=https://ssbtek.example/ssbtek\nversion=11\n"
        "[organisation]\nnumber=555000-0003\nname=Exempels kommun\n"
        "[locks]\nkeys=organisation/number, endpoint/version\n");
    const QString user = write(u"user.conf"_s,
        "[endpoint]\nurl=https://other.example/\nversion=10\n[organisation]\nnumber=212000-9994\n"
        "[caseworker]\nid=anna\n");
    ConfigLayers layers(system, user);
    // Not locked: the user's value, and it says so.
    QCOMPARE(layers.value(u"endpoint/url"_s).value.toString(), u"https://other.example/"_s);
    QCOMPARE(layers.value(u"endpoint/url"_s).source, ConfigLayers::Source::User);
    // Locked: IT's value, whatever the user's file says.
    QCOMPARE(layers.value(u"organisation/number"_s).value.toString(), u"555000-0003"_s);
    QCOMPARE(layers.value(u"organisation/number"_s).source, ConfigLayers::Source::System);
    QVERIFY(layers.value(u"organisation/number"_s).locked);
    QCOMPARE(layers.value(u"endpoint/version"_s).value.toString(), u"11"_s);
    // Only the system file has it: system; nobody has it: default.
    QCOMPARE(layers.value(u"organisation/name"_s).source, ConfigLayers::Source::System);
    QCOMPARE(layers.value(u"timeouts/answerSeconds"_s, 120).source, ConfigLayers::Source::Default);
    QCOMPARE(layers.value(u"timeouts/answerSeconds"_s, 120).value.toInt(), 120);
    // A locked key cannot be written by the user.
    QVERIFY(!layers.setUserValue(u"organisation/number"_s, u"212000-9994"_s));
    QVERIFY(layers.setUserValue(u"caseworker/id"_s, u"bertil"_s));
    QCOMPARE(layers.value(u"caseworker/id"_s).value.toString(), u"bertil"_s);
    const AppSettings settings = AppSettings::load(layers);
    QCOMPARE(settings.version.number, 11);
    QCOMPARE(settings.organisationNumber, u"555000-0003"_s);
    QCOMPARE(settings.endpoint.host(), u"other.example"_s);
}

void TestConfig::wildcardLocksAGroup()
{
    ConfigLayers layers(write(u"s2.conf"_s, "[tls]\nca=/etc/ssl/kommun-ca.pem\n[locks]\nkeys=tls/*\n"),
        write(u"u2.conf"_s, "[tls]\nca=/home/anna/other.pem\n"));
    QVERIFY(layers.isLocked(u"tls/pkcs12"_s));
    QVERIFY(!layers.isLocked(u"endpoint/url"_s));
    QCOMPARE(layers.value(u"tls/ca"_s).value.toString(), u"/etc/ssl/kommun-ca.pem"_s);
    ConfigLayers all(write(u"s3.conf"_s, "[locks]\nkeys=*\n"), write(u"u3.conf"_s, ""));
    QVERIFY(all.isLocked(u"caseworker/id"_s));
}

void TestConfig::invalidValuesAreRefusedWithAMessage_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("key");
    const QByteArray base = "[organisation]\nnumber=555000-0003\nname=K\n[lefi]\nactorId=000-00\n";
    QTest::newRow("not a URL") << QByteArray("[endpoint]\nurl=ftp://x/\n") + base << "endpoint/url";
    QTest::newRow("plain http beyond loopback")
        << QByteArray("[endpoint]\nurl=http://ssbtek.example/\n") + base << "endpoint/url";
    QTest::newRow("unknown version") << QByteArray("[endpoint]\nurl=http://127.0.0.1:9/\nversion=12\n") + base
                                     << "endpoint/version";
    QTest::newRow("bad organisation number") << QByteArray(
        "[endpoint]\nurl=http://127.0.0.1:9/\n[organisation]\nnumber=555000-0004\nname=K\n[lefi]\nactorId=a\n")
                                             << "organisation/number";
    QTest::newRow("no actor id") << QByteArray(
        "[endpoint]\nurl=http://127.0.0.1:9/\n[organisation]\nnumber=555000-0003\nname=K\n")
                                 << "lefi/actorId";
    QTest::newRow("https without a client certificate")
        << QByteArray("[endpoint]\nurl=https://ssbtek.example/\n") + base << "tls/pkcs12";
    QTest::newRow("a gateway without a personal certificate")
        << QByteArray("[endpoint]\nurl=https://gateway.example/\ngateway=true\n") + base << "tls/pkcs12";
    QTest::newRow("a gateway without an address") << QByteArray("[endpoint]\ngateway=true\n") << "endpoint/gateway";
    QTest::newRow("a gateway switch neither true nor false")
        << QByteArray("[endpoint]\nurl=http://127.0.0.1:9/\ngateway=ja\n") + base << "endpoint/gateway";
    QTest::newRow("answer limit") << QByteArray("[limits]\nmaxAnswerMegabytes=0\n") << "limits/maxAnswerMegabytes";
    QTest::newRow("negative retention") << QByteArray("[store]\nretentionDays=-1\n") << "store/retentionDays";
    QTest::newRow("unreadable CA") << QByteArray("[tls]\nca=/nonexistent/ca.pem\n") << "tls/ca";
    QTest::newRow("unknown agency enabled") << QByteArray("[agencies]\nenabled=AF,XYZ\n") << "agencies/enabled";
    QTest::newRow("follow-up threshold") << QByteArray("[followUp]\nmanyCaseworkers=1\n") << "followUp/manyPersons";
}

void TestConfig::invalidValuesAreRefusedWithAMessage()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, key);
    const AppSettings settings
        = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"bad.conf"_s, config)));
    const auto problems = settings.check();
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                 [&](const AppSettings::Problem &p) { return p.key == key && !p.message.isEmpty() && !p.warning; }),
        qPrintable(key));
    // A complete, valid configuration has no problems at all.
    const AppSettings good = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s),
        write(u"good.conf"_s,
            "[endpoint]\nurl=http://127.0.0.1:9/\nversion=11\n"
            "[organisation]\nnumber=555000-0003\nname=K\n[lefi]\nactorId=000-00\n"
            "[query]\nlegalBasis=Kommunens grund (2025:400)\n")));
    QVERIFY(good.check().isEmpty());
}

void TestConfig::certificatesOfEachFormat_data()
{
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("expectedProblem"); // empty: none
    QTest::newRow("PEM certificate and key") << "certificate=@client.pem@\nkey=@client.key@\nca=@ca.pem@"
                                             << "";
    QTest::newRow("PKCS#12 with passphrase")
        << "pkcs12=@client.p12@\npkcs12PassphraseFile=@passphrase.txt@\nca=@ca.pem@"
        << "";
    QTest::newRow("PKCS#12, wrong passphrase") << "pkcs12=@client.p12@\npkcs12PassphraseFile=@wrong.txt@"
                                               << "passphrase is wrong";
    QTest::newRow("passphrase file others may read") << "pkcs12=@client.p12@\npkcs12PassphraseFile=@open.txt@"
                                                     << "chmod 600";
    QTest::newRow("legacy PKCS#12") << "pkcs12=@client-legacy.p12@\npkcs12PassphraseFile=@passphrase.txt@"
                                    << "legacy";
    QTest::newRow("key of another certificate") << "certificate=@client.pem@\nkey=@other-client.key@"
                                                << "does not belong";
}

void TestConfig::certificatesOfEachFormat()
{
    QFETCH(QString, tls);
    QFETCH(QString, expectedProblem);
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    write(u"wrong.txt"_s, "not-the-passphrase\n");
    QFile::setPermissions(
        write(u"open.txt"_s, "test-only\n"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QString resolved = tls;
    for (const QString &file : { u"client.pem"_s, u"client.key"_s, u"ca.pem"_s, u"client.p12"_s, u"client-legacy.p12"_s,
             u"passphrase.txt"_s, u"other-client.key"_s })
        resolved.replace(u'@' + file + u'@', test::cert(file));
    resolved.replace(u"@wrong.txt@"_s, m_dir.filePath(u"wrong.txt"_s));
    resolved.replace(u"@open.txt@"_s, m_dir.filePath(u"open.txt"_s));
    const AppSettings s = AppSettings::load(
        ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"tls.conf"_s, "[tls]\n" + resolved.toUtf8() + '\n')));
    const auto problems = s.check();
    if (expectedProblem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
        QVERIFY(!s.clientSettings().tls.toSslConfiguration()->localCertificate().isNull());
    } else {
        QVERIFY(!problems.isEmpty());
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                     [&](const auto &p) { return p.message.contains(expectedProblem); }),
            qPrintable(problems.first().message));
    }
}

void TestConfig::renewalWarningFrom30DaysBeforeExpiry()
{
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    const QSslCertificate cert = QSslCertificate::fromPath(test::cert(u"client.pem"_s)).first();
    const QDateTime expiry = cert.expiryDate();
    const CertificateInfo in29 = CertificateInfo::of(cert, expiry.addDays(-29).addSecs(-60));
    QCOMPARE(in29.daysLeft, qint64(29));
    QVERIFY(in29.warning(u"client certificate"_s).has_value());
    QVERIFY(in29.warning(u"client certificate"_s)->contains(u"29 days"));
    const CertificateInfo in31 = CertificateInfo::of(cert, expiry.addDays(-31).addSecs(-60));
    QCOMPARE(in31.daysLeft, qint64(31));
    QVERIFY(!in31.warning(u"client certificate"_s).has_value());
    const CertificateInfo after = CertificateInfo::of(cert, expiry.addDays(1));
    QVERIFY(after.expired());
    QVERIFY(after.warning(u"client certificate"_s)->contains(u"expired"));
    QVERIFY(in31.subject.contains(u"CN=client"));
    QVERIFY(in31.issuer.contains(u"TEST-ONLY CA"));
    QVERIFY(!in31.serial.isEmpty());
}

void TestConfig::alternativeEndpointsAndDataProcessor()
{
    const AppSettings s = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s),
        write(u"alt.conf"_s,
            "[endpoint]\nurl=https://v11.example/ssbtek\nversion=11\n"
            "[endpoints]\nalternatives=\"10=https://v10.example/ssbtek\"\n"
            "[dataProcessor]\nnumber=555000-0003\nname=Biträdet AB\norder=3\n")));
    QCOMPARE(s.configuredVersions().size(), 2);
    const AppSettings v10 = s.withVersion(10);
    QCOMPARE(v10.version.number, 10);
    QCOMPARE(v10.endpoint.host(), u"v10.example"_s);
    QCOMPARE(s.withVersion(11).endpoint.host(), u"v11.example"_s);
    const Query q = s.baseQuery();
    QCOMPARE(q.dataProcessors.size(), 1);
    QCOMPARE(q.dataProcessors.first().order, std::optional<int>(3));
    QCOMPARE(q.dataProcessors.first().name, u"Biträdet AB"_s);
}

void TestConfig::enabledAgenciesAndFollowUpThresholds()
{
    const AppSettings s
        = AppSettings::load(ConfigLayers(write(u"sys-agencies.conf"_s,
                                             "[agencies]\nenabled=\"AF, CSN,fk\"\n[followUp]\nofficeHours=08:00-17:00\n"
                                             "manyPersons=30\n[locks]\nkeys=agencies/*\n"),
            write(u"user-agencies.conf"_s, "[agencies]\nenabled=AF,CSN,FK,TNS\n")));
    QCOMPARE(s.enabledAgencies.toString(), u"AF,CSN,FK"_s); // locked by IT: the user's TNS is ignored
    QCOMPARE(s.baseQuery().agencies.toString(), u"AF,CSN,FK"_s);
    QCOMPARE(s.clientSettings().enabledAgencies.toString(), u"AF,CSN,FK"_s);
    QCOMPARE(s.followUp.officeStart, QTime(8, 0));
    QCOMPARE(s.followUp.officeEnd, QTime(17, 0));
    QCOMPARE(s.followUp.manyPersons, 30);
    QCOMPARE(s.followUp.manyCaseworkers, 3); // the default where nothing is set
    const AppSettings none
        = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s), m_dir.filePath(u"none2.conf"_s)));
    QCOMPARE(none.enabledAgencies.toString(), AgencySet::all().toString());
}

void TestConfig::noLegalBasisIsShippedAndNoneIsSentWithoutOne()
{
    const QDate day(2026, 12, 4);
    clock::fixAt(QDateTime(day, QTime(12, 0)));
    const AppSettings none = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s),
        write(u"real.conf"_s,
            "[endpoint]\nurl=http://127.0.0.1:9/"
            "\n[organisation]\nnumber=555000-0003\nname=K\n[lefi]\nactorId=000-00\n")));
    QVERIFY(none.legalBasis.isEmpty());
    QVERIFY(none.legalBasisChoices(day).isEmpty());
    const auto problems = none.check(QDateTime(day, QTime(12, 0)));
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
        [](const AppSettings::Problem &p) { return p.key == u"query/legalBasis" && !p.warning; }));
    // The rule is in the library, whatever the front end: no wording, no lookup.
    Query q = none.baseQuery();
    q.caseId = u"SOC-1"_s;
    QVERIFY(none.access.problems(q, true).join(u' ').contains(u"not configured"));
    // The simulator's test wording: fine in the test environment, refused for a real endpoint.
    q.legalBasis = simulatorLegalBasis().text;
    QVERIFY(none.access.problems(q, true).join(u' ').contains(u"test wording"));
    AccessPolicy test = none.access;
    test.testEnvironment = true;
    QVERIFY(test.problems(q, true).isEmpty());
    const AppSettings simulated = runtime::simulated(none, QUrl(u"http://127.0.0.1:9/"_s));
    QCOMPARE(simulated.legalBasisChoices(day), QStringList { simulatorLegalBasis().text });
    QVERIFY(simulated.access.problems(simulated.baseQuery(), true).size() == 1); // only the case id is missing
    test::fixClock();
}

void TestConfig::legalBasisPresetsFollowTheLawInForce()
{
    const QDate today(2026, 12, 4);
    clock::fixAt(QDateTime(today, QTime(12, 0)));
    const QString config = write(u"bases.conf"_s,
        "[endpoint]\nurl=http://127.0.0.1:9/\n[organisation]\nnumber=555000-0003\nname=K\n[lefi]\nactorId=000-00\n"
        "[query]\nlegalBasis=Ny grund (2025:400)\n"
        "legalBasisPresets=\"Ny grund (2025:400) | from=2025-07-01\", "
        "\"Gammal grund, 11 kap. 11 a § socialtjänstlagen (2001:453)\", "
        "\"Tillfällig grund (2025:400) | to=2026-12-03\", "
        "\"Giltig i dag (2025:400) | to=2026-12-04\", \"Framtida grund | from=2027-01-01\"\n");
    const AppSettings s = AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s), config));
    QCOMPARE(s.access.legalBases.size(), 5);
    QCOMPARE(s.access.legalBases.at(1).laws, QStringList { u"2001:453"_s });
    QCOMPARE(s.access.legalBases.at(1).lastDay(), QDate(2025, 6, 30)); // the day before the new socialtjänstlag
    // Offered: the default first, then what is in force today; never the repealed law's, the
    // one that ended yesterday, or the one that starts next year.
    QCOMPARE(s.legalBasisChoices(today), QStringList({ u"Ny grund (2025:400)"_s, u"Giltig i dag (2025:400)"_s }));
    // config check: a warning for the preset that expired yesterday and for the repealed law's;
    // none for the one valid today.
    const auto problems = s.check(QDateTime(today, QTime(12, 0)));
    QStringList warned;
    for (const AppSettings::Problem &p : problems) {
        QVERIFY(p.warning);
        warned << p.message;
    }
    QCOMPARE(warned.size(), 3);
    QVERIFY(warned.join(u'\n').contains(u"could be cited until 2026-12-03"));
    QVERIFY(warned.join(u'\n').contains(u"replaced by socialtjänstlagen (2025:400) on 2025-07-01"));
    QVERIFY(warned.join(u'\n').contains(u"may be cited from 2027-01-01"));
    QVERIFY(!warned.join(u'\n').contains(u"Giltig i dag"));
    // A lookup citing the repealed law, or the expired preset, is refused; in force, it is not.
    Query q = s.baseQuery();
    q.caseId = u"SOC-1"_s;
    QVERIFY(s.access.problems(q, true).isEmpty());
    q.legalBasis = u"11 kap. 11 a § socialtjänstlagen (2001:453), 5 § förordning (2008:975)"_s; // the old default
    QVERIFY(s.access.problems(q, true).join(u' ').contains(u"2025:400"));
    q.legalBasis = u"Tillfällig grund (2025:400)"_s;
    QVERIFY(s.access.problems(q, true).join(u' ').contains(u"until 2026-12-03"));
    // The day after, the one valid "today" is no longer offered either.
    QCOMPARE(s.legalBasisChoices(today.addDays(1)), QStringList { u"Ny grund (2025:400)"_s });
    // Written back, the presets keep their days.
    QCOMPARE(LegalBasisPreset::parse(s.access.legalBases.at(2).entry()).validTo, QDate(2026, 12, 3));
    test::fixClock();
}

namespace {
// A query the rules below would let through, but for what each test changes.
Query allowedQuery(const AppSettings &s)
{
    Query q = s.baseQuery();
    q.person = *Personnummer::parse(u"198504129829"_s, test::today());
    q.period = Period::parse(u"2026-01-01"_s, u"2026-02-28"_s);
    q.caseId = u"SOC-1"_s;
    q.legalBasis = u"Testkommunens grund (2025:400)"_s;
    return q;
}
const QByteArray Basis = "[query]\nlegalBasis=Testkommunens grund (2025:400)\n";
} // namespace

void TestConfig::settingsThatDoNotParseRefuseEveryLookup()
{
    test::fixClock();
    // An agency list with a typo once enabled every agency: Transportstyrelsen too.
    const AppSettings typo = AppSettings::load(
        ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"typo.conf"_s, Basis + "[agencies]\nenabled=AF,CSM,FK\n")));
    QVERIFY(typo.enabledAgencies.isEmpty());
    Query q = allowedQuery(typo);
    q.agencies = { Agency::TNS };
    const QStringList refused = typo.lookupPolicy().problems(q, true);
    QVERIFY2(refused.join(u' ').contains(u"agencies/enabled"), qPrintable(refused.join(u' ')));
    // A rule switch that is not true or false keeps the rule, and refuses until it is fixed.
    const AppSettings garbled = AppSettings::load(
        ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"garbled.conf"_s, Basis + "[access]\nrequireCase=nej\n")));
    QVERIFY(garbled.access.requireCase);
    QVERIFY(garbled.lookupPolicy().problems(allowedQuery(garbled), true).join(u' ').contains(u"access/requireCase"));
    // So does a gateway switch that says neither: which certificate is meant is unclear.
    const AppSettings unclear = AppSettings::load(
        ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"unclear.conf"_s, Basis + "[endpoint]\ngateway=kanske\n")));
    QVERIFY(!unclear.viaGateway);
    QVERIFY(unclear.lookupPolicy().problems(allowedQuery(unclear), true).join(u' ').contains(u"endpoint/gateway"));
    // The same settings, valid: nothing refused.
    const AppSettings good = AppSettings::load(
        ConfigLayers(m_dir.filePath(u"none.conf"_s), write(u"good.conf"_s, Basis + "[agencies]\nenabled=AF,CSN,FK\n")));
    QCOMPARE(good.lookupPolicy().problems(allowedQuery(good), true), QStringList());
}

void TestConfig::theContactCentreCannotTypeItsWayOut()
{
    test::fixClock();
    const AppSettings cc
        = AppSettings::load(ConfigLayers(write(u"cc-system.conf"_s,
                                             Basis
                                                 + "[access]\ncontactCentre=true\ncontactCentrePurpose=Förbereder "
                                                   "ansökan\ncontactCentreAgencies=AF,CSN\n"
                                                   "contactCentreMaxMonths=3\n[locks]\nkeys=access/*\n"),
            write(u"cc-user.conf"_s, "[access]\ncontactCentre=false\n")));
    QVERIFY(cc.access.contactCentreStaff); // locked: the user's file cannot switch it off
    const AccessPolicy policy = cc.lookupPolicy();
    Query q = allowedQuery(cc);
    q.agencies = { Agency::AF, Agency::SKV };
    for (const QString &typed :
        { u"Beslut om ekonomiskt bistånd"_s, u"förbereder  ANSÖKAN"_s, u"Förbereder ansökan."_s }) {
        q.purpose = typed;
        const QString refused = policy.problems(q, true).join(u' ');
        QVERIFY2(refused.contains(u"Skatteverket"), qPrintable(typed)); // the limits hold whatever is typed
    }
    q.purpose = u"Förbereder ansökan"_s;
    q.agencies = { Agency::AF, Agency::CSN };
    QCOMPARE(policy.problems(q, true), QStringList());
    q.purpose = u"Beslut om ekonomiskt bistånd"_s; // only the contact centre's purpose
    QVERIFY(!policy.problems(q, true).isEmpty());
}

void TestConfig::aSharedStoreIsReachedOverVerifiedTls()
{
    int n = 0; // a file of its own each time: QSettings caches what it read of a file
    auto options = [this, &n](const QByteArray &store) {
        return AppSettings::load(ConfigLayers(m_dir.filePath(u"none.conf"_s),
                                     write(u"pg%1.conf"_s.arg(++n), "[store]\nbackend=postgres\n" + store)))
            .storeSettings()
            .options;
    };
    QCOMPARE(options("host=db.kommun.example\ndatabase=ssbtek\n"), u"sslmode=verify-full"_s);
    QCOMPARE(
        options("host=db.kommun.example\noptions=connect_timeout=5\n"), u"connect_timeout=5;sslmode=verify-full"_s);
    QCOMPARE(options("host=db.kommun.example\noptions=sslmode=verify-ca\n"), u"sslmode=verify-ca"_s); // IT's choice
    QCOMPARE(options("host=127.0.0.1\n"), QString()); // never leaves the machine
    QCOMPARE(options("host=/run/postgresql\n"), QString());
}

void TestConfig::theFixedSystemFileIsReadWhateverTheEnvironmentSays()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", m_dir.filePath(u"elsewhere"_s).toUtf8());
    const QStringList files = ConfigLayers::systemFilePaths();
    qputenv("XDG_CONFIG_DIRS", saved);
    QCOMPARE(files.first(), u"/etc/xdg/ssbtek-client/ssbtek-client.conf"_s);
    QCOMPARE(files.size(), 2);
    // Locks from any system file hold; the fixed file's value wins over the other's.
    const ConfigLayers layers(
        { write(u"fixed.conf"_s, "[endpoint]\nurl=https://ssbtek.example/\n[locks]\nkeys=endpoint/url\n"),
            write(u"xdg.conf"_s,
                "[endpoint]\nurl=https://elsewhere.example/\n[store]\npath=/x\n[locks]\nkeys=store/*\n") },
        write(u"mine.conf"_s, "[endpoint]\nurl=http://127.0.0.1:1/\n[store]\npath=/mine\n"));
    QCOMPARE(layers.value(u"endpoint/url"_s).value.toString(), u"https://ssbtek.example/"_s);
    QCOMPARE(layers.value(u"store/path"_s).value.toString(), u"/x"_s);
    QCOMPARE(layers.lockedBy(u"store/path"_s), m_dir.filePath(u"xdg.conf"_s));
    ConfigLayers cli = layers;
    QVERIFY(!cli.setCommandLineValue(u"endpoint/url"_s, u"http://127.0.0.1:2/"_s));
    QVERIFY(cli.setCommandLineValue(u"timeouts/answerSeconds"_s, 5));
    QCOMPARE(cli.value(u"timeouts/answerSeconds"_s).value.toInt(), 5);
    QCOMPARE(cli.value(u"endpoint/url"_s).value.toString(), u"https://ssbtek.example/"_s);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
