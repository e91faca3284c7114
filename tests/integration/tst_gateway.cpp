// ssbtek-gateway end to end, over real TLS on 127.0.0.1: the simulator as SSBTEK (it requires
// the organisation's certificate), the gateway as its own process, and ssbtek-cli with a
// caseworker's certificate. Who asks is the certificate; the rules and the record are the
// gateway's; the answer is SSBTEK's, byte for byte.

#include "postgresfixture.h"
#include "simulator/simulatorserver.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aLookupIsTheSimulatorsAnswerByteForByteInTheCertificatesName();
    void theTestOperationIsForwardedAndNotAudited();
    void certificatesThatDoNotCountAreRefusedAndAudited_data();
    void certificatesThatDoNotCountAreRefusedAndAudited();
    void theRulesAreKeptOnTheServer();
    void aStoppedInstanceFinishesAndRecordsTheLookupInFlight();
    void anInstanceKilledMidLookupLeavesItMarkedInterrupted();
    void healthAndMetricsSayHowItIsWithoutPersonalData();
    void twoInstancesOnOnePostgresKeepOneChain();
    void aStoppedDatabaseRefusesLookupsUntilItIsBack();
    void checkNamesEachProblemOfABadFile();

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    // SSBTEK: only the organisation's certificate (issued by ca.pem) gets in.
    bool startSimulator(int delayMs = 0, sim::Fault fault = sim::Fault::None);
    QString writeConfig(const QString &extra = QString(), const QString &store = QString());
    // A fresh unit database on the suite's PostgreSQL server, with a gateway login and anna
    // as enabled staff; the [store] group that reaches it as the gateway. Empty without a server.
    QString postgresStore();
    std::unique_ptr<QProcess> startAnotherGateway(const QString &config, QUrl *url);
    QUrl startGateway(const QString &config);
    std::unique_ptr<QProcess> startCli(const QStringList &args);
    Run finish(QProcess &process, int timeoutMs = 60000);
    Run runCli(const QStringList &args) { return finish(*startCli(args)); }
    QStringList lookup(const QString &certificate, const QString &agencies = u"AF,CSN"_s) const;
    std::unique_ptr<store::Store> gatewayStore() const;
    store::StoreSettings storeSettings() const
    {
        store::StoreSettings s;
        s.sqlitePath = m_dir.filePath(u"gw-%1.sqlite"_s.arg(m_store));
        return s;
    }
    QList<store::AuditRecord> records(const QString &kind) const;

    QTemporaryDir m_dir;
    QString m_cliConfig;
    QString m_serverKey; // the gateway's key, readable by its owner alone
    std::optional<store::StoreSettings> m_pgUnit; // as its owner
    std::unique_ptr<sim::SimulatorServer> m_sim;
    std::unique_ptr<QProcess> m_gateway;
    QUrl m_gatewayUrl;
    int m_store = 0; // a fresh gateway store per test
};

void TestGateway::initTestCase()
{
    test::fixClock(); // the gateway and the CLI inherit SSBTEK_NOW
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    m_cliConfig = m_dir.filePath(u"cli.ini"_s);
    QFile cli(m_cliConfig);
    QVERIFY(cli.open(QIODevice::WriteOnly));
    // The desktop as IT sets it up for a gateway: the endpoint is one, the certificate the caseworker's.
    cli.write(
        "[endpoint]\ngateway=true\n[access]\nrequireCase=false\n[query]\nlegalBasis=Testkommunens grund (2025:400)\n");
    cli.close();
    m_serverKey = m_dir.filePath(u"server.key"_s);
    QVERIFY(QFile::copy(test::cert(u"server.key"_s), m_serverKey));
    QVERIFY(QFile::setPermissions(m_serverKey, QFile::ReadOwner | QFile::WriteOwner));
}

void TestGateway::init()
{
    QVERIFY(startSimulator());
    ++m_store;
    auto owner = store::Store::open(storeSettings());
    QVERIFY(owner.hasValue());
    QVERIFY((*owner)->setStaffMember({ u"anna"_s, u"Enhet A"_s, u"caseworker"_s, true }).hasValue());
    QVERIFY((*owner)->setStaffMember({ u"dora"_s, u"Enhet A"_s, u"caseworker"_s, false }).hasValue());
}

bool TestGateway::startSimulator(int delayMs, sim::Fault fault)
{
    m_sim.reset();
    sim::SimulatorOptions options;
    options.tls = true;
    options.ssl = *sim::SimulatorOptions::serverSsl(
        test::cert(u"server.pem"_s), test::cert(u"server.key"_s), test::cert(u"ca.pem"_s));
    options.today = test::today();
    options.delayMs = delayMs;
    options.fault = fault;
    m_sim = std::make_unique<sim::SimulatorServer>(options, *sim::PersonCatalogue::load());
    return m_sim->start().hasValue();
}

void TestGateway::cleanup()
{
    if (m_gateway) {
        m_gateway->kill();
        m_gateway->waitForFinished(5000);
        m_gateway.reset();
    }
    m_sim.reset();
}

QString TestGateway::writeConfig(const QString &extra, const QString &store)
{
    const QString path = m_dir.filePath(u"gateway-%1.conf"_s.arg(m_store));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QString text
        = uR"([endpoint]
url=%1
version=11
[organisation]
number=555000-0003
name=Testkommunen
[tls]
certificate=%2
key=%3
ca=%4
%5
[query]
legalBasis=Testkommunens grund (2025:400)
[gateway]
listen=127.0.0.1
port=0
certificate=%6
key=%7
caseworkerCa=%8
loginField=CN
threads=2
)"_s.arg(m_sim->url().toString(), test::cert(u"client.pem"_s), test::cert(u"client.key"_s), test::cert(u"ca.pem"_s),
              store.isEmpty() ? u"[store]\nbackend=sqlite\npath="_s + m_dir.filePath(u"gw-%1.sqlite"_s.arg(m_store))
                              : store,
              test::cert(u"server.pem"_s), m_serverKey, test::cert(u"caseworker-ca.pem"_s))
        + extra;
    f.write(text.toUtf8());
    return path;
}

QUrl TestGateway::startGateway(const QString &config)
{
    m_gateway = startAnotherGateway(config, &m_gatewayUrl);
    return m_gatewayUrl;
}

std::unique_ptr<QProcess> TestGateway::startAnotherGateway(const QString &config, QUrl *url)
{
    *url = QUrl();
    auto gateway = std::make_unique<QProcess>();
    gateway->start(QStringLiteral(SSBTEK_GATEWAY), { u"--config"_s, config });
    QSignalSpy ready(gateway.get(), &QProcess::readyReadStandardOutput);
    if (!gateway->waitForStarted(5000))
        return gateway;
    while (!gateway->canReadLine()) {
        if (gateway->state() != QProcess::Running || !ready.wait(10000)) {
            qWarning() << "gateway did not start:" << gateway->readAllStandardError();
            return gateway;
        }
    }
    *url = QUrl(QString::fromUtf8(gateway->readLine().trimmed()));
    return gateway;
}

QString TestGateway::postgresStore()
{
    QString why;
    const auto admin = test::postgresAdmin(&why);
    if (!admin) {
        qWarning("no PostgreSQL: %s", qPrintable(why));
        return {};
    }
    store::StoreSettings unit = *admin;
    unit.database = u"gw_"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        auto server = store::Store::open(*admin);
        if (!server || !QSqlQuery((*server)->database()).exec(u"CREATE DATABASE "_s + unit.database))
            return {};
    }
    auto owner = store::Store::open(unit); // migrates: the roles, the functions
    if (!owner)
        return {};
    QSqlQuery q((*owner)->database());
    for (const QString &sql : { u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gwtest') THEN "
                                "CREATE ROLE gwtest LOGIN PASSWORD 'pw-gwtest'; END IF; END $$"_s,
             u"GRANT ssbtek_gateway TO gwtest"_s, u"GRANT CONNECT ON DATABASE %1 TO gwtest"_s.arg(unit.database) }) {
        if (!q.exec(sql))
            return {};
    }
    if (!(*owner)->setStaffMember({ u"anna"_s, u"Enhet A"_s, u"caseworker"_s, true }))
        return {};
    m_pgUnit = unit;
    const QString password = m_dir.filePath(u"pg-password"_s);
    QFile f(password);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("pw-gwtest\n");
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return u"[store]\nbackend=postgres\nhost=%1\nport=%2\ndatabase=%3\nuser=gwtest\npasswordFile=%4\n"_s.arg(
        unit.host, QString::number(unit.port), unit.database, password);
}

std::unique_ptr<QProcess> TestGateway::startCli(const QStringList &args)
{
    auto cli = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    cli->setProcessEnvironment(env);
    cli->start(QStringLiteral(SSBTEK_CLI), args);
    return cli;
}

TestGateway::Run TestGateway::finish(QProcess &process, int timeoutMs)
{
    // Waits with the event loop running: the simulator in this process must go on serving.
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy done(&process, &QProcess::finished);
        if (!done.wait(timeoutMs))
            return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QStringList TestGateway::lookup(const QString &certificate, const QString &agencies) const
{
    // The caseworker's own certificate only: the desktop holds no organisation certificate.
    return { u"query"_s, u"--config"_s, m_cliConfig, u"--endpoint"_s, m_gatewayUrl.toString(), u"--cert"_s,
        test::cert(certificate + u".pem"_s), u"--key"_s, test::cert(certificate + u".key"_s), u"--ca"_s,
        test::cert(u"ca.pem"_s), u"--org-number"_s, u"555000-0003"_s, u"--org-name"_s, u"Testkommunen"_s,
        u"--lefi-actor"_s, u"000-00"_s, u"--caseworker"_s, u"someone-else"_s, u"--person"_s, u"198504129829"_s,
        u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s, u"--agencies"_s, agencies, u"--format"_s, u"json"_s };
}

std::unique_ptr<store::Store> TestGateway::gatewayStore() const
{
    auto opened = store::Store::open(storeSettings());
    return opened ? std::move(opened).value() : nullptr;
}

QList<store::AuditRecord> TestGateway::records(const QString &kind) const
{
    QList<store::AuditRecord> found;
    const auto store = gatewayStore();
    if (!store)
        return found;
    const auto all = store->audit();
    for (const store::AuditRecord &r : *all) {
        if (r.kind == kind)
            found.prepend(r); // oldest first
    }
    return found;
}

void TestGateway::aLookupIsTheSimulatorsAnswerByteForByteInTheCertificatesName()
{
    QVERIFY(startGateway(writeConfig()).isValid());
    const QString raw = m_dir.filePath(u"raw.xml"_s);
    const Run run = runCli(lookup(u"anna"_s) + QStringList { u"--save-raw"_s, raw });
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData());
    QCOMPARE(m_sim->requestCount(), 1);
    QCOMPARE(test::readFile(raw), m_sim->lastAnswer()); // byte for byte
    QVERIFY(!m_sim->lastAnswer().isEmpty());
    // SSBTEK was told the certificate's login, not what the request claimed.
    QCOMPARE(m_sim->lastRequest().caseworker, u"anna"_s);
    const QList<store::AuditRecord> asked = records(u"asked"_s);
    const QList<store::AuditRecord> outcomes = records(u"query"_s);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(asked.first().caseworker, u"anna"_s);
    QCOMPARE(asked.first().unit, u"Enhet A"_s);
    QCOMPARE(asked.first().person, u"198504129829"_s);
    QVERIFY(asked.first().id < outcomes.first().id);
    QCOMPARE(QJsonDocument::fromJson(outcomes.first().detail.toUtf8()).object().value(u"asked").toInteger(),
        asked.first().id);
    QVERIFY2(outcomes.first().outcome.contains(u"AF="), qPrintable(outcomes.first().outcome));
    QVERIFY(gatewayStore()->verifyAudit()->intact);

    // The same desktop straight to SSBTEK: its certificate does not get in there.
    QStringList direct = lookup(u"anna"_s);
    direct[direct.indexOf(u"--endpoint"_s) + 1] = m_sim->url().toString();
    QCOMPARE(runCli(direct).code, 3);
    QCOMPARE(m_sim->requestCount(), 1);
}

void TestGateway::theTestOperationIsForwardedAndNotAudited()
{
    QVERIFY(startGateway(writeConfig()).isValid());
    const Run run = runCli({ u"ping"_s, u"--config"_s, m_cliConfig, u"--endpoint"_s, m_gatewayUrl.toString(),
        u"--cert"_s, test::cert(u"anna.pem"_s), u"--key"_s, test::cert(u"anna.key"_s), u"--ca"_s,
        test::cert(u"ca.pem"_s), u"--format"_s, u"json"_s });
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(m_sim->lastRequest().operation, u"testaBastjanstInformation"_s);
    QCOMPARE(gatewayStore()->audit()->size(), 0);
}

void TestGateway::certificatesThatDoNotCountAreRefusedAndAudited_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("caseworker");
    QTest::addColumn<QString>("message");
    QTest::newRow("another CA") << u"other-client"_s << u"refused:untrusted-certificate"_s << QString()
                                << u"not accepted"_s;
    QTest::newRow("unknown login") << u"okand"_s << u"refused:unknown-login"_s << u"okand"_s
                                   << u"not in the staff table"_s;
    QTest::newRow("disabled login") << u"dora"_s << u"refused:disabled-login"_s << u"dora"_s << u"disabled"_s;
}

void TestGateway::certificatesThatDoNotCountAreRefusedAndAudited()
{
    QFETCH(QString, certificate);
    QFETCH(QString, outcome);
    QFETCH(QString, caseworker);
    QFETCH(QString, message);
    QVERIFY(startGateway(writeConfig()).isValid());
    const Run run = runCli(lookup(certificate));
    QCOMPARE(run.code, 4); // a SOAP fault
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(m_sim->requestCount(), 0); // nothing forwarded
    const QList<store::AuditRecord> refused = records(u"refused"_s);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().outcome, outcome);
    QCOMPARE(refused.first().caseworker, caseworker);
    QCOMPARE(refused.first().person, u"198504129829"_s); // whom it was about
    QVERIFY(records(u"asked"_s).isEmpty());
}

void TestGateway::theRulesAreKeptOnTheServer()
{
    // The organisation may ask AF, CSN and FK; the desktop's own settings allow everything.
    QVERIFY(startGateway(writeConfig(u"[agencies]\nenabled=AF,CSN,FK\n"_s)).isValid());
    Run run = runCli(lookup(u"anna"_s, u"AF,MIV"_s));
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains("not sent"), run.err.constData());
    QCOMPARE(m_sim->requestCount(), 0);
    QCOMPARE(records(u"refused"_s).size(), 1);
    QCOMPARE(records(u"refused"_s).first().outcome, u"refused:policy"_s);
    QCOMPARE(records(u"refused"_s).first().caseworker, u"anna"_s);
    run = runCli(lookup(u"anna"_s));
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData()); // allowed agencies: sent
    QCOMPARE(m_sim->requestCount(), 1);
}

void TestGateway::aStoppedInstanceFinishesAndRecordsTheLookupInFlight()
{
    QVERIFY(startSimulator(1500)); // long enough to stop the gateway mid-call
    QVERIFY(startGateway(writeConfig()).isValid());
    auto cli = startCli(lookup(u"anna"_s));
    QTRY_COMPARE_WITH_TIMEOUT(records(u"asked"_s).size(), 1, 20000);
    ::kill(pid_t(m_gateway->processId()), SIGTERM);
    const Run run = finish(*cli);
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData()); // the answer came all the same
    const Run gateway = finish(*m_gateway);
    QCOMPARE(gateway.code, 0);
    QCOMPARE(records(u"query"_s).size(), 1);
    // It took no new connection once told to stop.
    m_gateway.reset();
    QCOMPARE(runCli(lookup(u"anna"_s)).code, 3);
}

void TestGateway::anInstanceKilledMidLookupLeavesItMarkedInterrupted()
{
    QVERIFY(startSimulator(0, sim::Fault::Silent)); // SSBTEK never answers
    const QString config = writeConfig();
    QVERIFY(startGateway(config).isValid());
    auto cli = startCli(lookup(u"anna"_s));
    QTRY_COMPARE_WITH_TIMEOUT(records(u"asked"_s).size(), 1, 20000);
    m_gateway->kill(); // SIGKILL: no chance to record anything
    finish(*m_gateway);
    QVERIFY(finish(*cli).code != 0);
    QVERIFY(records(u"interrupted"_s).isEmpty());
    // The next start on this machine finds the lookup whose process is gone.
    QVERIFY(startGateway(config).isValid());
    const QList<store::AuditRecord> interrupted = records(u"interrupted"_s);
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().caseworker, u"anna"_s);
    QCOMPARE(QJsonDocument::fromJson(interrupted.first().detail.toUtf8()).object().value(u"asked").toInteger(),
        records(u"asked"_s).first().id);
    QVERIFY(gatewayStore()->verifyAudit()->intact);
}

void TestGateway::healthAndMetricsSayHowItIsWithoutPersonalData()
{
    QVERIFY(startGateway(writeConfig()).isValid());
    QVERIFY(runCli(lookup(u"okand"_s)).code == 4);
    const Run run = runCli(lookup(u"anna"_s));
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData());

    QNetworkAccessManager nam;
    auto get = [&](const QString &path, int *status) {
        QUrl url = m_gatewayUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(test::cert(u"ca.pem"_s)));
        ssl.setLocalCertificate(QSslCertificate::fromPath(test::cert(u"anna.pem"_s)).first());
        QFile key(test::cert(u"anna.key"_s));
        key.open(QIODevice::ReadOnly);
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return reply->readAll();
    };
    int status = 0;
    const QJsonObject health = QJsonDocument::fromJson(get(u"/health"_s, &status)).object();
    QCOMPARE(status, 200);
    QCOMPARE(health.value(u"status").toString(), u"ok"_s);
    QVERIFY(health.value(u"store").toObject().value(u"writable").toBool());
    QVERIFY(health.value(u"upstream").toObject().value(u"reachable").toBool());
    QVERIFY(health.value(u"certificateDaysLeft").toInt() > 300);
    QCOMPARE(m_sim->lastRequest().operation, u"testaBastjanstInformation"_s); // never a lookup
    const int requests = m_sim->requestCount();
    get(u"/health"_s, &status); // cached
    QCOMPARE(m_sim->requestCount(), requests);

    const QByteArray metrics = get(u"/metrics"_s, &status);
    QCOMPARE(status, 200);
    QVERIFY2(metrics.contains("ssbtek_gateway_lookups_total 1\n"), metrics.constData());
    QVERIFY(metrics.contains("ssbtek_gateway_refusals_total{reason=\"unknown-login\"} 1\n"));
    QVERIFY(metrics.contains("ssbtek_gateway_lookup_seconds_count 1\n"));
    QVERIFY(metrics.contains("ssbtek_gateway_audit_write_seconds_count"));
    for (const QByteArray &personal : { QByteArray("198504129829"), QByteArray("anna"), QByteArray("okand") })
        QVERIFY2(!metrics.contains(personal), personal.constData());
    m_gateway->kill();
    const Run gateway = finish(*m_gateway);
    for (const QByteArray &personal : { QByteArray("198504129829"), QByteArray("anna"), QByteArray("okand") })
        QVERIFY2(!gateway.err.contains(personal), gateway.err.constData()); // nor in its log
}

void TestGateway::twoInstancesOnOnePostgresKeepOneChain()
{
    const QString store = postgresStore();
    SSBTEK_REQUIRE(!store.isEmpty(), u"the suite's PostgreSQL server is not there"_s);
    const QString config = writeConfig(QString(), store);
    QVERIFY(startGateway(config).isValid());
    QUrl second;
    auto other = startAnotherGateway(config, &second);
    QVERIFY(second.isValid());
    QVERIFY(second != m_gatewayUrl);
    // Ten lookups at once, five through each instance.
    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < 10; ++i) {
        QStringList args = lookup(u"anna"_s);
        args[args.indexOf(u"--endpoint"_s) + 1] = (i % 2 ? second : m_gatewayUrl).toString();
        clis.push_back(startCli(args));
    }
    for (auto &cli : clis) {
        const Run run = finish(*cli);
        QVERIFY2(run.code == 0 || run.code == 5, run.err.constData());
    }
    other->kill();
    other->waitForFinished(5000);
    QCOMPARE(m_sim->requestCount(), 10);
    auto owner = store::Store::open(*m_pgUnit);
    const auto all = (*owner)->audit();
    QSet<qint64> asked, answered;
    for (const store::AuditRecord &r : *all) {
        QCOMPARE(r.caseworker, u"anna"_s);
        QCOMPARE(r.unit, u"Enhet A"_s);
        if (r.kind == u"asked")
            asked.insert(r.id);
        else if (r.kind == u"query")
            answered.insert(QJsonDocument::fromJson(r.detail.toUtf8()).object().value(u"asked").toInteger());
    }
    QCOMPARE(asked.size(), 10);
    QCOMPARE(answered, asked); // each lookup's outcome names its own asked record: none lost, none twice
    const auto chain = (*owner)->verifyAudit();
    QVERIFY(chain.hasValue() && chain->intact);
    QCOMPARE(chain->records, qint64(20));
}

void TestGateway::aStoppedDatabaseRefusesLookupsUntilItIsBack()
{
    const QString store = postgresStore();
    SSBTEK_REQUIRE(!store.isEmpty(), u"the suite's PostgreSQL server is not there"_s);
    QVERIFY(startGateway(writeConfig(QString(), store)).isValid());
    Run run = runCli(lookup(u"anna"_s));
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData());
    QVERIFY(test::postgresPause());
    run = runCli(lookup(u"anna"_s));
    const bool resumed = test::postgresResume();
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains("audit log cannot be reached"), run.err.constData());
    QVERIFY(resumed);
    QCOMPARE(m_sim->requestCount(), 1); // nothing forwarded while the log was gone
    run = runCli(lookup(u"anna"_s));
    QVERIFY2(run.code == 0 || run.code == 5, run.err.constData());
    QCOMPARE(m_sim->requestCount(), 2);
    auto owner = store::Store::open(*m_pgUnit);
    QVERIFY((*owner)->verifyAudit()->intact);
}

void TestGateway::checkNamesEachProblemOfABadFile()
{
    const QString good = writeConfig();
    QProcess check;
    check.start(QStringLiteral(SSBTEK_GATEWAY), { u"--config"_s, good, u"--check"_s });
    Run run = finish(check);
    QVERIFY2(run.code == 0, run.err.constData());

    const QString bad = m_dir.filePath(u"bad.conf"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[endpoint]\nurl=http://ssbtek.example/\n[gateway]\nport=70000\nloginField=shoeSize\n"
            "certificate=/nonexistent.pem\nkey=/nonexistent.key\nthreads=0\n");
    f.close();
    QProcess checkBad;
    checkBad.start(QStringLiteral(SSBTEK_GATEWAY), { u"--config"_s, bad, u"--check"_s });
    run = finish(checkBad);
    QCOMPARE(run.code, 1);
    for (const char *key : { "endpoint/url", "organisation/number", "gateway/port", "gateway/loginField",
             "gateway/certificate", "gateway/key", "gateway/caseworkerCa", "gateway/threads", "store/path" })
        QVERIFY2(run.err.contains(key), qPrintable(QString::fromUtf8(run.err) + u"\nmissing: "_s + QLatin1String(key)));
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
