// ssbtek-cli against ssbtek-sim as separate processes, over mutual TLS; and against the
// embedded simulator when nothing is configured.

#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
namespace test = ssbtek::test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pingPrintsARowPerAgencyOverMutualTls();
    void queryPrintsJsonWithAgencyStates();
    void soapFaultGivesItsOwnExitCode();
    void embeddedSimulatorAnswersWhenNothingIsConfigured();
    void anAmountThatCannotBeReadIsKeptAndTheExitCodeSaysSo();
    void rejectsABadPersonnummerBeforeSending();
    void parsePrintsASavedAnswer();
    void parseReadsASavedTestAnswerAndAFault();
    void eachFaultIsObservable_data();
    void eachFaultIsObservable();
    void everyQueryIsAuditedAndTheChainVerifies();
    void pingShowsTheFailingAgencyAndConfigCheckExplains();
    void aReviewIsRecordedInTheChain();
    void theAccessRulesAreKept();
    void diffShowsWhatChangedSinceTheSavedAnswer();
    void aHouseholdIsAskedPersonByPerson();
    void auditRetentionHasItsOwnSettingAndIsAudited();
    void aLookupKilledMidCallIsMarkedInterruptedAtTheNextStart();
    void aStoreFailingBeforeTheOutcomeLeavesNothingPrintedOrSaved();
    void lockedKeysCannotBeOverriddenFromTheCommandLine();
    void aProtectedPersonsAddressIsShownOnlyOnRecord();
    void filesWithPersonalDataAreTheUsersAlone();
    void noDebugSettingDumpsAPayload();

private:
    QUrl startSimulator(const QStringList &extra);
    int runCli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr);
    QStringList tlsArgs() const;

    QTemporaryDir m_dir;
    QString m_config; // an empty settings file: no endpoint, nothing from the user's settings
    std::unique_ptr<QProcess> m_sim;
};

void TestCli::initTestCase()
{
    test::fixClock(); // ssbtek-cli and ssbtek-sim inherit SSBTEK_NOW
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    m_config = m_dir.filePath(u"empty.ini"_s);
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Nothing but the access rule, which has a test of its own (theAccessRulesAreKept), and the
    // municipality's legal basis (needed for ssbtek-sim, which is a real endpoint to the CLI):
    // here the case id may be generated and no confirmation is asked for.
    f.write("[access]\nrequireCase=false\n[query]\nlegalBasis=Testkommunens grund (2025:400)\n");
}

void TestCli::cleanup()
{
    if (m_sim) {
        m_sim->terminate();
        m_sim->waitForFinished(5000);
        m_sim.reset();
    }
}

QUrl TestCli::startSimulator(const QStringList &extra)
{
    m_sim = std::make_unique<QProcess>();
    m_sim->start(QStringLiteral(SSBTEK_SIM),
        QStringList { u"--tls-cert"_s, test::cert(u"server.pem"_s), u"--tls-key"_s, test::cert(u"server.key"_s),
            u"--client-ca"_s, test::cert(u"ca.pem"_s) }
            + extra);
    if (!m_sim->waitForStarted(5000))
        return {};
    while (!m_sim->canReadLine()) {
        if (!m_sim->waitForReadyRead(5000))
            return {};
    }
    return QUrl(QString::fromUtf8(m_sim->readLine().trimmed()));
}

QStringList TestCli::tlsArgs() const
{
    return { u"--config"_s, m_config, u"--pkcs12"_s, test::cert(u"client.p12"_s), u"--passphrase-file"_s,
        test::cert(u"passphrase.txt"_s), u"--ca"_s, test::cert(u"ca.pem"_s), u"--org-number"_s, u"555000-0003"_s,
        u"--org-name"_s, u"Testkommunen"_s, u"--lefi-actor"_s, u"000-00"_s };
}

int TestCli::runCli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess cli;
    // The CLI's own settings and audit log live in this test's folder, not the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SSBTEK_CLI), args);
    if (!cli.waitForFinished(60000))
        return -1;
    *out = cli.readAllStandardOutput();
    if (err)
        *err = cli.readAllStandardError();
    return cli.exitCode();
}

void TestCli::pingPrintsARowPerAgencyOverMutualTls()
{
    const QUrl url = startSimulator({});
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"https"_s);
    QByteArray out;
    QCOMPARE(
        runCli(QStringList { u"ping"_s, u"--endpoint"_s, url.toString(), u"--format"_s, u"text"_s } + tlsArgs(), &out),
        0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    const QByteArrayList codes { "AF", "CSN", "FK", "SKV", "SO", "TNS", "MIV" };
    for (int i = 0; i < 7; ++i) {
        QVERIFY2(lines[i].startsWith(codes[i]), lines[i].constData());
        QVERIFY2(lines[i].endsWith("called"), lines[i].constData());
    }
}

void TestCli::queryPrintsJsonWithAgencyStates()
{
    const QUrl url = startSimulator({});
    QByteArray out;
    const int code
        = runCli(QStringList { u"query"_s, u"--endpoint"_s, url.toString(), u"--person"_s, u"19920930-9849"_s,
                     u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s, u"--agencies"_s, u"AF,MIV"_s }
                + tlsArgs(),
            &out);
    QCOMPARE(code, 5); // AF answers with an error: a partial answer
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QJsonObject agencies = doc.value(u"agencies").toObject();
    QCOMPARE(agencies.value(u"AF").toObject().value(u"status").toString(), u"error"_s);
    QCOMPARE(agencies.value(u"AF").toObject().value(u"error").toObject().value(u"source").toString(), u"BT"_s);
    QCOMPARE(agencies.value(u"MIV").toObject().value(u"status").toString(), u"data"_s);
    QCOMPARE(agencies.value(u"TNS").toObject().value(u"status").toString(), u"not_asked"_s);
    QCOMPARE(doc.value(u"simulated").toBool(), false);
    QCOMPARE(doc.value(u"caseId").toString().size(), 31);
}

void TestCli::soapFaultGivesItsOwnExitCode()
{
    const QUrl url = startSimulator({ u"--fault"_s, u"soap-fault"_s });
    QByteArray out, err;
    const int code = runCli(QStringList { u"query"_s, u"--endpoint"_s, url.toString(), u"--person"_s, u"8504129829"_s,
                                u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s }
            + tlsArgs(),
        &out, &err);
    QCOMPARE(code, 4);
    QVERIFY2(err.contains("soap_fault"), err.constData());
}

void TestCli::embeddedSimulatorAnswersWhenNothingIsConfigured()
{
    QByteArray out, err;
    const int code = runCli({ u"query"_s, u"--config"_s, m_config, u"--person"_s, u"198504129829"_s, u"--from"_s,
                                u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s },
        &out, &err);
    QCOMPARE(code, 0);
    QVERIFY(err.contains("fiktiva uppgifter"));
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value(u"simulated").toBool(), true);
    for (const QString &agency : { u"AF"_s, u"CSN"_s, u"FK"_s, u"SKV"_s, u"SO"_s, u"TNS"_s, u"MIV"_s })
        QCOMPARE(doc.value(u"agencies").toObject().value(agency).toObject().value(u"status").toString(), u"data"_s);
    // Skatteverket's parts (v11) say whom they are about; v10's document does too, with the name.
    for (const QJsonValue &part :
        doc.value(u"agencies").toObject().value(u"SKV").toObject().value(u"parts").toArray()) {
        if (const QString name = part.toObject().value(u"name").toString();
            name == u"skatteuppgifter" || name == u"skattekonto")
            QCOMPARE(part.toObject().value(u"identity").toString(), u"198504129829"_s);
    }
    QCOMPARE(runCli({ u"query"_s, u"--config"_s, m_config, u"--person"_s, u"198504129829"_s, u"--ssbtek-version"_s,
                        u"10"_s, u"--agencies"_s, u"SKV"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s },
                 &out, &err),
        0);
    const QJsonObject v10
        = QJsonDocument::fromJson(out).object().value(u"agencies").toObject().value(u"SKV").toObject();
    QCOMPARE(v10.value(u"person").toObject().value(u"personnummer").toString(), u"198504129829"_s);
    QCOMPARE(v10.value(u"person").toObject().value(u"firstName").toString(), u"Tolva"_s);
}

void TestCli::anAmountThatCannotBeReadIsKeptAndTheExitCodeSaysSo()
{
    // "Oläslig": the a-kassa's NettoEfterSkatt is 8420.505 — valid for the schema, not öre.
    const QDate thisMonth(test::today().year(), test::today().month(), 1);
    const QStringList lookUp { u"query"_s, u"--config"_s, m_config, u"--person"_s, u"199311309828"_s, u"--from"_s,
        thisMonth.addMonths(-3).toString(Qt::ISODate), u"--to"_s,
        thisMonth.addMonths(1).addDays(-1).toString(Qt::ISODate) };
    const QString raw = m_dir.filePath(u"unreadable.xml"_s);
    QByteArray out, err;
    QCOMPARE(runCli(lookUp + QStringList { u"--format"_s, u"json"_s, u"--save-raw"_s, raw }, &out, &err), 5);
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value(u"complete"_s).toBool(), true); // every agency answered …
    QCOMPARE(doc.value(u"fullyReadable"_s).toBool(), false); // … but not every amount could be read
    const QJsonObject so = doc.value(u"agencies"_s).toObject().value(u"SO"_s).toObject();
    QCOMPARE(so.value(u"unreadableAmounts"_s).toInt(), 2);
    const QJsonArray payments = so.value(u"payments"_s).toArray();
    QCOMPARE(payments.size(), 2);
    for (const QJsonValue &p : payments) {
        QCOMPARE(p.toObject().value(u"netAfterTax"_s).toObject().value(u"unreadable"_s).toString(),
            u"8420.505"_s); // not null
        QCOMPARE(p.toObject().value(u"netAfterDeductions"_s).toString(), u"8000.25"_s);
    }
    QCOMPARE(doc.value(u"agencies"_s).toObject().value(u"FK"_s).toObject().value(u"unreadableAmounts"_s).toInt(), 0);
    // The same saved answer read again, and as text for people.
    QCOMPARE(runCli({ u"parse"_s, raw, u"--config"_s, m_config, u"--format"_s, u"json"_s }, &out, &err), 5);
    QCOMPARE(QJsonDocument::fromJson(out)
                 .object()
                 .value(u"agencies"_s)
                 .toObject()
                 .value(u"SO"_s)
                 .toObject()
                 .value(u"unreadableAmounts"_s)
                 .toInt(),
        2);
    QCOMPARE(runCli(lookUp + QStringList { u"--format"_s, u"text"_s }, &out, &err), 5);
    // As text, the window's words: flagged in the overview, and the a-kassa's column has no sum.
    QVERIFY2(out.contains("⚠ Unemployment funds (a-kassor): 2 amounts could not be read"), out.constData());
    QVERIFY2(out.contains("could not be read: “8420.505”"), out.constData());
    QVERIFY2(QString::fromUtf8(out).contains(QRegularExpression(u"\n  Sum +unknown: 2 amounts could not be read"_s)),
        out.constData());
}

void TestCli::rejectsABadPersonnummerBeforeSending()
{
    QByteArray out, err;
    const int code = runCli({ u"query"_s, u"--config"_s, m_config, u"--person"_s, u"850412-9828"_s, u"--from"_s,
                                u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s },
        &out, &err);
    QCOMPARE(code, 2);
    QVERIFY(err.contains("check digit"));
    QVERIFY(!err.contains("fiktiva")); // refused before anything started
}

void TestCli::parsePrintsASavedAnswer()
{
    const QString saved = m_dir.filePath(u"saved.xml"_s);
    QFile f(saved);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::fixture(QStringLiteral(FIXTURES), u"answer-v11-mixed.xml"_s));
    f.close();
    QByteArray out;
    QCOMPARE(runCli({ u"parse"_s, saved, u"--config"_s, m_config }, &out), 5); // AF and CSN failed
    const QJsonObject agencies = QJsonDocument::fromJson(out).object().value(u"agencies").toObject();
    QCOMPARE(agencies.value(u"AF").toObject().value(u"status").toString(), u"error"_s);
    QCOMPARE(agencies.value(u"TNS").toObject().value(u"result").toObject().value(u"code").toString(), u"FEL"_s);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"version").toString(), u"v11"_s);
    QCOMPARE(
        runCli({ u"parse"_s, saved, u"--config"_s, m_config, u"--agencies"_s, u"SKV,FK"_s, u"--format"_s, u"text"_s },
            &out),
        5); // AF and CSN answered with errors though not asked: never hidden
    QVERIFY(out.contains("individuppgifter"));
    QVERIFY(out.contains("-1005"));
    QCOMPARE(runCli({ u"parse"_s, m_dir.filePath(u"missing.xml"_s) }, &out), 2);
}

void TestCli::parseReadsASavedTestAnswerAndAFault()
{
    // The service's test operation answers per agency: called or not, and an error.
    QByteArray out, err;
    const QString answer = QStringLiteral(FIXTURES) + u"/test-answer-v11.xml"_s;
    QCOMPARE(runCli({ u"parse"_s, answer, u"--config"_s, m_config, u"--format"_s, u"json"_s }, &out, &err),
        5); // CSN's test failed
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    QCOMPARE(doc.value(u"version"_s).toString(), u"v11"_s);
    const QJsonObject agencies = doc.value(u"agencies"_s).toObject();
    QCOMPARE(agencies.value(u"AF"_s).toObject().value(u"status"_s).toString(), u"called"_s);
    QCOMPARE(agencies.value(u"FK"_s).toObject().value(u"status"_s).toString(), u"not_called"_s);
    QCOMPARE(agencies.value(u"SKV"_s).toObject().value(u"status"_s).toString(), u"called"_s);
    QCOMPARE(agencies.value(u"MIV"_s).toObject().value(u"status"_s).toString(),
        u"not_tested"_s); // absent: not tested, not failed
    const QJsonObject csn = agencies.value(u"CSN"_s).toObject();
    QCOMPARE(csn.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(csn.value(u"error"_s).toObject().value(u"source"_s).toString(), u"SSBT"_s);
    QCOMPARE(csn.value(u"error"_s).toObject().value(u"code"_s).toString(), u"CSN-TIMEOUT"_s);
    QCOMPARE(csn.value(u"error"_s).toObject().value(u"messages"_s).toArray().size(), 2);
    QCOMPARE(runCli({ u"parse"_s, answer, u"--config"_s, m_config, u"--format"_s, u"text"_s }, &out, &err), 5);
    QVERIFY2(out.contains("CSN  error  SSBT CSN-TIMEOUT: Inget svar"), out.constData());
    QVERIFY(out.contains("AF   called"));
    // A saved SOAP fault: said as the live call says it, with its exit code.
    QCOMPARE(
        runCli({ u"parse"_s, QStringLiteral(FIXTURES) + u"/fault-v10.xml"_s, u"--config"_s, m_config }, &out, &err), 4);
    QVERIFY2(err.contains("soap_fault") && err.contains("SSBT-1"), err.constData());
    // Something that is not SOAP at all.
    QCOMPARE(
        runCli({ u"parse"_s, QStringLiteral(FIXTURES) + u"/not-json.txt"_s, u"--config"_s, m_config }, &out, &err), 4);
    QVERIFY(err.contains("not a SOAP answer"));
}

void TestCli::eachFaultIsObservable_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said"); // on standard error, or in the JSON
    QTest::newRow("SOAP fault") << "199712129841" << QStringList() << 4 << "soap_fault";
    QTest::newRow("HTTP 500 with HTML") << "198902029886" << QStringList() << 4 << "http_status";
    QTest::newRow("truncated answer") << "198401019842" << QStringList() << 4 << "could not be read";
    QTest::newRow("closed mid-answer") << "199808089826" << QStringList() << 3 << "connection_closed";
    QTest::newRow("agency answers after 3 s, timeout 1 s")
        << "199606069822" << QStringList { u"--timeout"_s, u"1"_s } << 3 << "timeout";
    QTest::newRow("SSBTEK's own error, three messages")
        << "199404049869" << QStringList() << 5 << "\"source\": \"SSBT\"";
    QTest::newRow("agency error, two messages")
        << "199209309849" << QStringList() << 5 << "F\u00f6rs\u00f6k igen senare";
    QTest::newRow("LEFI provider unavailable") << "199303039847" << QStringList() << 0 << "OTILLGANGLIG";
    QTest::newRow("LEFI deviation") << "199303039847" << QStringList() << 0 << "OBEHORIG";
}

void TestCli::eachFaultIsObservable()
{
    QFETCH(QString, person);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QByteArray out, err;
    const int code
        = runCli(QStringList { u"query"_s, u"--config"_s, m_config, u"--person"_s, person, u"--from"_s,
                     test::today().addMonths(-3).toString(Qt::ISODate), u"--to"_s, test::today().toString(Qt::ISODate) }
                + extra,
            &out, &err);
    QCOMPARE(code, exitCode);
    const QString seen = QString::fromUtf8(out + err);
    QVERIFY2(seen.contains(said), qPrintable(seen.left(600)));
}

void TestCli::everyQueryIsAuditedAndTheChainVerifies()
{
    const QString store = m_dir.filePath(u"audit.sqlite"_s);
    const QStringList common { u"--config"_s, m_config, u"--store"_s, store };
    QByteArray out, err;
    // One answered, one failed: both audited.
    runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
               u"2026-03-31"_s, u"--purpose"_s, u"Månadsansökan"_s }
            + common,
        &out);
    runCli(QStringList { u"query"_s, u"--person"_s, u"199712129841"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
               u"2026-03-31"_s }
            + common,
        &out);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    const QJsonArray all = QJsonDocument::fromJson(out).array();
    QCOMPARE(all.size(), 4); // each lookup: "asked" before it was sent, then its outcome
    QJsonArray records;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(u"kind"_s).toString() == u"query")
            records.append(v);
        else
            QCOMPARE(v.toObject().value(u"kind"_s).toString(), u"asked"_s);
    }
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(u"outcome").toString(), u"failed:soap_fault"_s);
    QVERIFY(records.at(1).toObject().value(u"outcome").toString().contains(u"TNS=data"));
    QCOMPARE(records.at(1).toObject().value(u"purpose").toString(), u"Månadsansökan"_s);
    QCOMPARE(records.at(1).toObject().value(u"caseId").toString().size(), 31);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--person"_s, u"19850412-9829"_s } + common, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2); // asked, answered
    // Follow-up: both lookups have a generated case id of their own; a third with one of
    // theirs makes that one ordinary.
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--pattern"_s, u"lone-case-id"_s } + common, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2);
    runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
               u"2026-03-31"_s, u"--case-id"_s, records.at(1).toObject().value(u"caseId").toString() }
            + common,
        &out);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--pattern"_s, u"lone-case-id"_s } + common, &out), 0);
    const QJsonArray lone = QJsonDocument::fromJson(out).array();
    QCOMPARE(lone.size(), 1);
    QCOMPARE(lone.at(0).toObject().value(u"person").toString(), u"199712129841"_s);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--pattern"_s, u"lone-case-id"_s, u"--person"_s,
                        u"19850412-9829"_s }
                     + common,
                 &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 0);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--pattern"_s, u"nonsense"_s } + common, &out, &err), 1);
    QVERIFY(err.contains("lone-case-id"));
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 0);
    QVERIFY(out.contains("intact: 6 records"));
    QVERIFY(out.contains("Newest record: 20")); // a log cut short at its end shows here
    // Someone edits the file's audit table behind the program's back.
    {
        const QString name = u"tamper"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER audit_no_update"_s));
        QVERIFY(q.exec(u"UPDATE audit_log SET person = '199209309849' WHERE id = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 6);
    QVERIFY(out.contains("BROKEN"));
    QVERIFY(out.contains("record 1"));
    // A store that cannot be written: the query is not sent.
    QCOMPARE(runCli({ u"query"_s, u"--config"_s, m_config, u"--store"_s, u"/proc/nope/audit.sqlite"_s, u"--person"_s,
                        u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s },
                 &out, &err),
        7);
    QVERIFY(err.contains("not sent"));
}

void TestCli::pingShowsTheFailingAgencyAndConfigCheckExplains()
{
    const QUrl url = startSimulator({ u"--ping-error"_s, u"FK"_s });
    QByteArray out;
    QCOMPARE(
        runCli(QStringList { u"ping"_s, u"--endpoint"_s, url.toString(), u"--format"_s, u"text"_s } + tlsArgs(), &out),
        5);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[2].startsWith("FK") && lines[2].contains("error") && lines[2].contains("SIM-PING"));
    QVERIFY(lines[0].endsWith("called"));
    // config check: a locked, valid system file and an invalid user value.
    const QString xdg = m_dir.filePath(u"xdg"_s);
    QDir().mkpath(xdg + u"/ssbtek-client"_s);
    QFile system(xdg + u"/ssbtek-client/ssbtek-client.conf"_s);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("[organisation]\nnumber=555000-0003\nname=Kommunen\n[locks]\nkeys=organisation/number\n");
    system.close();
    QFile user(m_dir.filePath(u"check.ini"_s));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[endpoint]\nurl=http://ssbtek.example/\n[organisation]\nnumber=212000-9994\n");
    user.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_DIRS"_s, xdg);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SSBTEK_CLI), { u"config"_s, u"check"_s, u"--config"_s, user.fileName() });
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 2);
    const QByteArray checked = cli.readAllStandardOutput();
    QVERIFY2(checked.contains("endpoint/url"), checked.constData());
    QVERIFY(!checked.contains("organisation/number")); // the locked system value is the valid one
    cli.start(QStringLiteral(SSBTEK_CLI), { u"config"_s, u"show"_s, u"--config"_s, user.fileName() });
    QVERIFY(cli.waitForFinished(20000));
    const QByteArray shown = cli.readAllStandardOutput();
    QVERIFY(shown.contains("555000-0003"));
    QVERIFY(shown.contains("[system, locked]"));
    QVERIFY(shown.contains("[user]"));
}

void TestCli::aReviewIsRecordedInTheChain()
{
    const QString store = m_dir.filePath(u"reviews.sqlite"_s);
    const QStringList common { u"--config"_s, m_config, u"--store"_s, store };
    QByteArray out, err;
    runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
               u"2026-03-31"_s }
            + common,
        &out);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"review"_s, u"--from"_s, u"2026-10-01"_s } + common, &out, &err), 2);
    QVERIFY(err.contains("--findings"));
    QCOMPARE(runCli(QStringList { u"audit"_s, u"review"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s,
                        u"--findings"_s, u"Två slagningar utan ärende; följs upp."_s, u"--follow-up"_s,
                        u"Samtal med handläggaren 2026-11-05."_s, u"--filters"_s, u"pattern: lone-case-id"_s }
                     + common,
                 &out),
        0);
    QVERIFY(out.contains("audit record 3")); // after the lookup's "asked" and outcome records
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    const QJsonObject review = QJsonDocument::fromJson(out).array().at(0).toObject();
    QCOMPARE(review.value(u"kind").toString(), u"review"_s);
    const QJsonObject detail = QJsonDocument::fromJson(review.value(u"detail").toString().toUtf8()).object();
    QCOMPARE(detail.value(u"findings").toString(), u"Två slagningar utan ärende; följs upp."_s);
    QCOMPARE(detail.value(u"from").toString(), u"2026-10-01"_s);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 0);
    QVERIFY(out.contains("intact: 3 records"));
    {
        // The findings softened afterwards, behind the program's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper-review"_s);
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER audit_no_update"_s));
        QVERIFY(q.exec(
            u"UPDATE audit_log SET detail = replace(detail, 'följs upp', 'inget att anmärka') WHERE kind = 'review'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper-review"_s);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 6);
    QVERIFY(out.contains("record 3"));
}

void TestCli::theAccessRulesAreKept()
{
    const QString config = m_dir.filePath(u"access.ini"_s);
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[access]\ncontactCentrePurpose=Förbereder "
                "ansökan\ncontactCentreAgencies=AF,CSN\ncontactCentreMaxMonths=3\n"
                "[query]\nlegalBasis=Testkommunens grund (2025:400)\n");
    }
    const QStringList common { u"--config"_s, config, u"--store"_s, m_dir.filePath(u"access.sqlite"_s), u"--person"_s,
        u"198504129829"_s };
    QByteArray out, err;
    const QStringList jan { u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s };
    // The default: a case id and a confirmation, every time.
    QCOMPARE(runCli(QStringList { u"query"_s } + common + jan, &out, &err), 2);
    QVERIFY(err.contains("case id"));
    QVERIFY(err.contains("current case"));
    QCOMPARE(runCli(QStringList { u"query"_s, u"--case-id"_s, u"SOC-1"_s } + common + jan, &out, &err), 2);
    QCOMPARE(
        runCli(QStringList { u"query"_s, u"--case-id"_s, u"SOC-1"_s, u"--current-case"_s } + common + jan, &out, &err),
        0);
    // The contact centre: its agencies only, three months at most.
    const QStringList cc { u"--case-id"_s, u"SOC-1"_s, u"--current-case"_s, u"--purpose"_s, u"Förbereder ansökan"_s };
    QCOMPARE(runCli(QStringList { u"query"_s } + cc + common + jan, &out, &err), 2);
    QVERIFY(err.contains("Transportstyrelsen"));
    QCOMPARE(runCli(QStringList { u"query"_s, u"--agencies"_s, u"AF,CSN"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                        u"2026-06-30"_s }
                     + cc + common,
                 &out, &err),
        2);
    QVERIFY(err.contains("3 months"));
    QCOMPARE(runCli(QStringList { u"query"_s, u"--agencies"_s, u"AF,CSN"_s } + cc + common + jan, &out, &err), 0);
    // Only the lookups that were sent are in the log: each asked, then answered.
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s, u"--config"_s, config, u"--store"_s,
                        m_dir.filePath(u"access.sqlite"_s) },
                 &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 4);
}

void TestCli::diffShowsWhatChangedSinceTheSavedAnswer()
{
    // "Ändrad" changes between the first lookup and the next, as if a month had passed.
    const QUrl url = startSimulator({});
    QVERIFY(url.isValid());
    const QStringList common = QStringList { u"--store"_s, m_dir.filePath(u"diff.sqlite"_s) } + tlsArgs();
    const QDate thisMonth(test::today().year(), test::today().month(), 1); // the catalogue's dates are relative
    const QStringList lookUp = QStringList { u"query"_s, u"--endpoint"_s, url.toString(), u"--person"_s,
        u"198706069823"_s, u"--from"_s, thisMonth.addYears(-1).toString(Qt::ISODate), u"--to"_s,
        thisMonth.addMonths(1).addDays(-1).toString(Qt::ISODate), u"--save"_s, u"--format"_s, u"json"_s }
        + common;
    QByteArray out, err;
    QCOMPARE(runCli(lookUp, &out, &err), 0);
    const qint64 earlier = QJsonDocument::fromJson(out).object().value(u"savedId"_s).toInteger();
    QCOMPARE(runCli(lookUp, &out, &err), 0);
    const qint64 later = QJsonDocument::fromJson(out).object().value(u"savedId"_s).toInteger();
    QVERIFY2(earlier > 0 && later > earlier, err.constData());

    QCOMPARE(
        runCli(QStringList { u"diff"_s, QString::number(earlier), QString::number(later) } + common, &out, &err), 0);
    const QJsonObject diff = QJsonDocument::fromJson(out).object();
    QCOMPARE(diff.value(u"person"_s).toString(), u"198706069823"_s);
    QCOMPARE(diff.value(u"earlier"_s).toObject().value(u"id"_s).toInteger(), earlier);
    QCOMPARE(diff.value(u"later"_s).toObject().value(u"id"_s).toInteger(), later);
    {
        // Reading the saved answers again is on record, like the lookups were.
        QByteArray audit;
        QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &audit), 0);
        QList<qint64> opened;
        for (const QJsonValue &v : QJsonDocument::fromJson(audit).array()) {
            if (v.toObject().value(u"kind"_s).toString() == u"opened"
                && v.toObject().value(u"outcome"_s).toString() == u"opened:diff")
                opened << QJsonDocument::fromJson(v.toObject().value(u"detail"_s).toString().toUtf8())
                              .object()
                              .value(u"saved"_s)
                              .toInteger();
        }
        std::sort(opened.begin(), opened.end());
        QCOMPARE(opened, QList<qint64>({ earlier, later }));
    }
    // Each change as values under English names: what a program reads, whatever the language.
    const auto changesOf = [](const QJsonObject &d) {
        QStringList seen;
        const auto compact = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        };
        for (const QJsonValue &v : d.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            seen << c.value(u"agency"_s).toString() + u' ' + c.value(u"change"_s).toString() + u' '
                    + c.value(u"section"_s).toString() + u' ' + compact(c.value(u"row"_s)) + u' '
                    + compact(c.value(u"before"_s)) + u" → "_s + compact(c.value(u"after"_s));
        }
        seen.sort();
        return seen;
    };
    const QStringList seen = changesOf(diff);
    const QString all = seen.join(u'\n');
    // Exactly these, and nothing from Försäkringskassan, Migrationsverket, CSN or Skatteverket.
    // (Dates follow the day the test runs at, so those lines are pinned around them.)
    const QList<std::pair<QString, QString>> expected {
        { u"AF changed Information {} {\"Activity report\":\"200, latest report "_s,
            u"\"} → {\"Activity report\":\"501\"}"_s },
        { u"SO changed Payments {\"A-kassa\":\"Testkassan\",\"Date\":"_s, u"\"Days\":\"20\",\"From\":"_s },
        { u"SO new Payments {\"A-kassa\":\"Provkassan\",\"Date\":"_s,
            u"\"Net after deductions\":\"1000.00\",\"Net after tax\":\"1200.00\",\"To\":"_s },
        { u"TNS changed Vehicles {\"Kind\":\"PERSONBIL\",\"Make\":\"SAAB\",\"Model\":\"9-3\",\"Registration\":"
          u"\"TST404\"} {\"Vehicle year\":\"1999\"} → {\"Vehicle year\":\"2001\"}"_s,
            {} },
        { u"TNS new Vehicles {\"Kind\":\"PERSONBIL\",\"Make\":\"TOYOTA\",\"Model\":\"YARIS\",\"Registration\":"
          u"\"TST505\",\"Vehicle year\":\"2018\"} {} → {}"_s,
            {} },
        { u"TNS removed Vehicles {\"Kind\":\"PERSONBIL\",\"Make\":\"VOLVO\",\"Model\":\"V50\",\"Registration\":"
          u"\"TST303\",\"Vehicle year\":\"2012\"} {} → {}"_s,
            {} },
    };
    QVERIFY2(seen.size() == expected.size(), qPrintable(all));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(seen.at(i).startsWith(expected.at(i).first), qPrintable(all));
        QVERIFY2(seen.at(i).contains(expected.at(i).second), qPrintable(all));
    }
    // The a-kassa payment whose amount changed: the amount as money, before and after.
    QVERIFY2(
        seen.at(1).endsWith(u"{\"Net after tax\":\"9100.00\"} → {\"Net after tax\":\"9250.00\"}"_s), qPrintable(all));
    // In Swedish the same names and values: the JSON does not follow the language.
    QCOMPARE(runCli(QStringList { u"diff"_s, QString::number(earlier), QString::number(later), u"--lang"_s, u"sv"_s }
                     + common,
                 &out, &err),
        0);
    QCOMPARE(changesOf(QJsonDocument::fromJson(out).object()), seen);

    // Two persons' answers are not compared; unknown ids and a wrong command line are said so.
    QStringList another = lookUp;
    another[another.indexOf(u"198706069823"_s)] = u"198504129829"_s;
    QCOMPARE(runCli(another, &out, &err), 0);
    const qint64 other = QJsonDocument::fromJson(out).object().value(u"savedId"_s).toInteger();
    QCOMPARE(
        runCli(QStringList { u"diff"_s, QString::number(earlier), QString::number(other) } + common, &out, &err), 2);
    QVERIFY(err.contains("different persons"));
    // An id that is not there is a wrong input (2), not an unusable store (7; it was, until 2026-12-06).
    QCOMPARE(runCli(QStringList { u"diff"_s, QString::number(earlier), u"999"_s } + common, &out, &err), 2);
    QVERIFY2(err.contains("There is no saved result 999 that you may read."), err.constData());
    QCOMPARE(runCli(QStringList { u"diff"_s, u"x"_s } + common, &out, &err), 1);
}

void TestCli::aHouseholdIsAskedPersonByPerson()
{
    const QStringList common { u"--config"_s, m_config, u"--store"_s, m_dir.filePath(u"household.sqlite"_s) };
    const QDate thisMonth(test::today().year(), test::today().month(), 1);
    QByteArray out, err;
    // A bad member is refused before anything is sent.
    QCOMPARE(runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--child"_s, u"20150101-1235"_s,
                        u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s }
                     + common,
                 &out, &err),
        2);
    QVERIFY(err.contains("Child"));
    QCOMPARE(runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--co-applicant"_s, u"19850412-9829"_s,
                        u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s }
                     + common,
                 &out, &err),
        2);
    QVERIFY(err.contains("twice"));

    // The applicant, a co-applicant and a child whose lookup SSBTEK refuses.
    const int code
        = runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--co-applicant"_s, u"199109099862"_s,
                     u"--child"_s, u"199712129841"_s, u"--from"_s, thisMonth.addMonths(-5).toString(Qt::ISODate),
                     u"--to"_s, thisMonth.addMonths(1).addDays(-1).toString(Qt::ISODate), u"--format"_s, u"json"_s }
                + common,
            &out, &err);
    QCOMPARE(code, 5); // an answer with a gap
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QString caseId = doc.value(u"caseId"_s).toString();
    QCOMPARE(caseId.size(), 31);
    const QJsonArray household = doc.value(u"household"_s).toArray();
    QCOMPARE(household.size(), 3);
    QCOMPARE(household.at(0).toObject().value(u"role"_s).toString(), u"applicant"_s);
    QCOMPARE(household.at(1).toObject().value(u"role"_s).toString(), u"co-applicant"_s);
    QCOMPARE(household.at(2).toObject().value(u"role"_s).toString(), u"child"_s);
    QVERIFY(household.at(0).toObject().value(u"agencies"_s).toObject().contains(u"TNS"_s));
    QCOMPARE(household.at(2).toObject().value(u"failure"_s).toObject().value(u"kind"_s).toString(), u"soap_fault"_s);

    const QJsonObject overview = doc.value(u"overview"_s).toObject();
    QCOMPARE(overview.value(u"months"_s).toArray().size(), 6);
    QCOMPARE(overview.value(u"complete"_s).toBool(), false);
    const QJsonArray persons = overview.value(u"persons"_s).toArray();
    QVERIFY(persons.at(0).toObject().value(u"complete"_s).toBool());
    QVERIFY(persons.at(2).toObject().value(u"amounts"_s).isNull()); // could not be read: not zero
    const QJsonArray total = overview.value(u"total"_s).toArray();
    double sumOfTotals = 0;
    for (qsizetype m = 0; m < total.size(); ++m) {
        const double a = persons.at(0).toObject().value(u"amounts"_s).toArray().at(m).toString().toDouble();
        const double b = persons.at(1).toObject().value(u"amounts"_s).toArray().at(m).toString().toDouble();
        QCOMPARE(total.at(m).toString().toDouble(), a + b);
        sumOfTotals += a + b;
    }
    QVERIFY(sumOfTotals > 0);
    QVERIFY(overview.value(u"gaps"_s).toArray().at(0).toString().contains(u"19971212-9841"_s));

    // Three audit records, one per person, all with the household's case id.
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    QStringList audited;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array()) {
        if (v.toObject().value(u"caseId"_s).toString() == caseId
            && v.toObject().value(u"kind"_s).toString() == u"query")
            audited << v.toObject().value(u"person"_s).toString();
    }
    audited.sort();
    QCOMPARE(audited, QStringList({ u"198504129829"_s, u"199109099862"_s, u"199712129841"_s }));

    // The same as text, with the failure said where the child's money would be.
    QCOMPARE(runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--co-applicant"_s, u"199109099862"_s,
                        u"--child"_s, u"199712129841"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-28"_s,
                        u"--format"_s, u"text"_s }
                     + common,
                 &out, &err),
        5);
    QVERIFY(out.contains("== Co-applicant 19910909-9862 =="));
    QVERIFY(out.contains("could not be read"));
    QVERIFY(out.contains("Total (incomplete)"));
}

void TestCli::auditRetentionHasItsOwnSettingAndIsAudited()
{
    const QString path = m_dir.filePath(u"audit-retention.sqlite"_s);
    {
        // Two lookups two years ago and one last week, written as the program writes them.
        ssbtek::store::StoreSettings settings;
        settings.sqlitePath = path;
        auto store = ssbtek::store::Store::open(settings);
        QVERIFY(store.hasValue());
        for (int daysAgo : { 730, 729, 7 }) {
            ssbtek::store::AuditRecord r;
            r.at = test::now().addDays(-daysAgo);
            r.kind = u"query"_s;
            r.caseworker = u"anna"_s;
            r.person = u"198504129829"_s;
            QVERIFY((*store)->appendAudit(r).hasValue());
        }
    }
    const QString config = m_dir.filePath(u"audit-retention.ini"_s);
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Saved answers for 90 days, the audit for a year: separate settings.
        f.write("[store]\nretentionDays=90\nauditRetentionDays=365\n");
    }
    const QStringList common { u"--config"_s, config, u"--store"_s, path };
    QByteArray out, err;
    QCOMPARE(runCli(QStringList { u"retention"_s } + common, &out, &err), 0); // saved answers only
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 4); // all three lookups are still there
    QCOMPARE(runCli(QStringList { u"audit"_s, u"retention"_s } + common, &out, &err), 0);
    QVERIFY2(out.contains("Deleted 2 audit record(s) older than 365 days"), out.constData());
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    const QJsonArray left = QJsonDocument::fromJson(out).array();
    QCOMPARE(left.size(), 3); // last week's lookup, the saved-answer retention, the audit retention
    QCOMPARE(left.at(0).toObject().value(u"kind"_s).toString(), u"audit-retention"_s);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 0);
    QVERIFY2(out.contains("intact: 3 records") && out.contains("through 2"), out.constData());
    QCOMPARE(runCli(QStringList { u"audit"_s, u"retention"_s, u"--days"_s, u"0"_s } + common, &out, &err), 2);
}

void TestCli::aLookupKilledMidCallIsMarkedInterruptedAtTheNextStart()
{
    const QString path = m_dir.filePath(u"killed.sqlite"_s);
    const QStringList common { u"--config"_s, m_config, u"--store"_s, path };
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    cli.setProcessEnvironment(env);
    // This test person's answer takes 3 s: the lookup is killed while SSBTEK "works".
    cli.start(QStringLiteral(SSBTEK_CLI),
        QStringList {
            u"query"_s, u"--person"_s, u"199606069822"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s }
            + common);
    QVERIFY(cli.waitForStarted());
    auto askedRecords = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        int n = -1;
        if (QFileInfo::exists(path) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM audit_log WHERE kind = 'asked'"_s) && q.next())
                n = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"peek"_s);
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(askedRecords(), 1, 20000); // on record before it was sent …
    ::kill(pid_t(cli.processId()), SIGKILL); // … then killed mid-call
    QVERIFY(cli.waitForFinished(5000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    QByteArray out, err;
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1); // asked, and nothing else yet
    // The next start (any lookup) finds it and marks it interrupted, in the chain.
    QCOMPARE(runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                        u"2026-03-31"_s }
                     + common,
                 &out, &err),
        0);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    const QJsonArray records = QJsonDocument::fromJson(out).array();
    const QJsonObject asked = records.last().toObject();
    QCOMPARE(asked.value(u"kind"_s).toString(), u"asked"_s);
    QJsonObject interrupted;
    for (const QJsonValue &v : records) {
        if (v.toObject().value(u"kind"_s).toString() == u"interrupted")
            interrupted = v.toObject();
    }
    QCOMPARE(interrupted.value(u"person"_s).toString(), u"199606069822"_s);
    QCOMPARE(QJsonDocument::fromJson(interrupted.value(u"detail"_s).toString().toUtf8())
                 .object()
                 .value(u"asked"_s)
                 .toInteger(),
        asked.value(u"id"_s).toInteger());
    QCOMPARE(runCli(QStringList { u"audit"_s, u"verify"_s } + common, &out), 0);
    // Only once: a further start marks nothing more.
    runCli(QStringList { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
               u"2026-03-31"_s }
            + common,
        &out, &err);
    QCOMPARE(runCli(QStringList { u"audit"_s, u"list"_s } + common, &out), 0);
    int marked = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
        marked += v.toObject().value(u"kind"_s).toString() == u"interrupted" ? 1 : 0;
    QCOMPARE(marked, 1);
}

void TestCli::aStoreFailingBeforeTheOutcomeLeavesNothingPrintedOrSaved()
{
    const QString path = m_dir.filePath(u"failing.sqlite"_s);
    {
        ssbtek::store::StoreSettings s;
        s.sqlitePath = path;
        auto store = ssbtek::store::Store::open(s);
        QVERIFY(store.hasValue());
        // The "asked" record goes in; the outcome's write fails, as on a full disk.
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"CREATE TRIGGER fail_outcome BEFORE INSERT ON audit_log WHEN NEW.kind = 'query' "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    }
    const QString raw = m_dir.filePath(u"failing-raw.xml"_s);
    QByteArray out, err;
    QCOMPARE(runCli({ u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                        u"2026-03-31"_s, u"--config"_s, m_config, u"--store"_s, path, u"--format"_s, u"json"_s,
                        u"--save"_s, u"--save-raw"_s, raw },
                 &out, &err),
        7);
    QVERIFY2(out.isEmpty(), out.left(200).constData()); // nothing printed
    QVERIFY(err.contains("audit record could not be written"));
    QVERIFY(!QFileInfo::exists(raw)); // nor written
    ssbtek::store::StoreSettings s;
    s.sqlitePath = path;
    auto store = ssbtek::store::Store::open(s);
    QCOMPARE((*store)->savedResults()->size(), 0); // nor saved
    QCOMPARE((*store)->audit()->size(), 1); // and the lookup is on record as asked
    QCOMPARE((*store)->audit()->first().kind, u"asked"_s);
}

void TestCli::lockedKeysCannotBeOverriddenFromTheCommandLine()
{
    // IT locks the store, the caseworker identity and the endpoint.
    const QString xdg = m_dir.filePath(u"xdg-locks"_s);
    QDir().mkpath(xdg + u"/ssbtek-client"_s);
    QFile system(xdg + u"/ssbtek-client/ssbtek-client.conf"_s);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("[store]\npath=" + m_dir.filePath(u"unit.sqlite"_s).toUtf8()
        + "\n[caseworker]\nid=anna\n[locks]\nkeys=store/*, caseworker/id, endpoint/url, tls/*\n");
    system.close();
    const QString elsewhere = m_dir.filePath(u"throwaway.sqlite"_s);
    const QStringList query { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-03-31"_s, u"--config"_s, m_config };
    const std::pair<QStringList, const char *> attempts[] = {
        { { u"--store"_s, elsewhere }, "store/path is locked by" },
        { { u"--caseworker"_s, u"bertil"_s }, "caseworker/id is locked by" },
        { { u"--endpoint"_s, u"http://127.0.0.1:9/"_s }, "endpoint/url is locked by" },
        { { u"--ca"_s, m_dir.filePath(u"my-ca.pem"_s) }, "tls/ca is locked by" },
    };
    for (const auto &[extra, said] : attempts) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_DIRS"_s, xdg);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SSBTEK_CLI), query + extra);
        QVERIFY(cli.waitForFinished(20000));
        const QByteArray e = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(e.contains(said) && e.contains(system.fileName().toUtf8()), e.constData());
        QVERIFY(cli.readAllStandardOutput().isEmpty());
    }
    QVERIFY(!QFileInfo::exists(elsewhere)); // no throw-away log was made
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"unit.sqlite"_s))); // and nothing was asked at all
}

void TestCli::aProtectedPersonsAddressIsShownOnlyOnRecord()
{
    const QString path = m_dir.filePath(u"protected.sqlite"_s);
    const QString raw = m_dir.filePath(u"protected-raw.xml"_s);
    const QStringList query { u"query"_s, u"--person"_s, u"198611119820"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-03-31"_s, u"--config"_s, m_config, u"--store"_s, path, u"--format"_s, u"text"_s };
    QByteArray out, err;
    QCOMPARE(runCli(query + QStringList { u"--save-raw"_s, raw }, &out, &err), 2);
    QVERIFY2(!out.contains("Fiktiva"), out.constData()); // held back …
    QVERIFY(out.contains("withheld")); // … and said so
    QVERIFY(err.contains("--show-protected"));
    QVERIFY(!QFileInfo::exists(raw)); // the raw answer holds the address too
    QCOMPARE(runCli(query + QStringList { u"--show-protected"_s, u"--save-raw"_s, raw }, &out, &err), 0);
    QVERIFY(out.contains("Fiktiva gränd 7"));
    QVERIFY(QFileInfo::exists(raw));
    QCOMPARE(runCli({ u"audit"_s, u"list"_s, u"--config"_s, m_config, u"--store"_s, path }, &out), 0);
    const QJsonArray records = QJsonDocument::fromJson(out).array();
    QCOMPARE(records.at(0).toObject().value(u"kind"_s).toString(), u"disclosed"_s); // on record before it was shown
    QCOMPARE(records.at(0).toObject().value(u"outcome"_s).toString(), u"protected-identity-shown:cli"_s);
    int disclosed = 0;
    for (const QJsonValue &v : records)
        disclosed += v.toObject().value(u"kind"_s).toString() == u"disclosed" ? 1 : 0;
    QCOMPARE(disclosed, 1);
}

void TestCli::filesWithPersonalDataAreTheUsersAlone()
{
    // The store's folder is made by the program: 0700; the store, its WAL and --save-raw: 0600.
    const QString folder = m_dir.filePath(u"private/ssbtek"_s);
    const QString path = folder + u"/audit.sqlite"_s;
    const QString raw = m_dir.filePath(u"answer.xml"_s);
    QByteArray out, err;
    QCOMPARE(runCli({ u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                        u"2026-03-31"_s, u"--config"_s, m_config, u"--store"_s, path, u"--save-raw"_s, raw },
                 &out, &err),
        0);
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(folder).permissions() & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
        QFileDevice::Permissions());
    for (const QString &file : QDir(folder).entryList(QDir::Files))
        QVERIFY2(
            (QFileInfo(folder + u'/' + file).permissions() & others) == QFileDevice::Permissions(), qPrintable(file));
    QCOMPARE(QFileInfo(raw).permissions() & others, QFileDevice::Permissions());
    // A secret file others may read is not used: nothing is sent.
    QFile open(m_dir.filePath(u"open-passphrase.txt"_s));
    QVERIFY(open.open(QIODevice::WriteOnly));
    open.write("test-only\n");
    open.close();
    QFile::setPermissions(open.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QFile config(m_dir.filePath(u"open-secret.ini"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[tls]\npkcs12PassphraseFile=" + open.fileName().toUtf8() + "\n");
    config.close();
    QCOMPARE(runCli({ u"config"_s, u"check"_s, u"--config"_s, config.fileName() }, &out, &err), 2);
    QVERIFY2(out.contains("chmod 600"), out.constData());
}

void TestCli::noDebugSettingDumpsAPayload()
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"KDSOAP_DEBUG"_s, u"1"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SSBTEK_CLI),
        { u"query"_s, u"--person"_s, u"198504129829"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s,
            u"--config"_s, m_config, u"--store"_s, m_dir.filePath(u"debug.sqlite"_s), u"--format"_s, u"json"_s });
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(!err.contains("Envelope") && !err.contains("198504129829") && !err.contains("hamtaBastjanst"),
        err.left(400).constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
