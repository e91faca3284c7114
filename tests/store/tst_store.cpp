// The store on SQLite and on a real PostgreSQL server: migrations, the hash-chained audit
// log, saved results, retention, row-level security, and a writer killed mid-way.

#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace ssbtek::store;
namespace test = ssbtek::test;
using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migratesFromEmptyAndFromEachEarlierSchema_data() { backends(); }
    void migratesFromEmptyAndFromEachEarlierSchema();
    void auditChainAppendsAndVerifies_data() { backends(); }
    void auditChainAppendsAndVerifies();
    void tamperingIsDetected_data() { backends(); }
    void tamperingIsDetected();
    void savedResultsReopenExactly_data() { backends(); }
    void savedResultsReopenExactly();
    void filtersFindWhatASupervisorAsksFor_data() { backends(); }
    void filtersFindWhatASupervisorAsksFor();
    void retentionDeletesOldAnswersKeepsAuditAndAuditsItself_data() { backends(); }
    void retentionDeletesOldAnswersKeepsAuditAndAuditsItself();
    void auditRetentionIsAuditedAndTheChainStillVerifies_data() { backends(); }
    void auditRetentionIsAuditedAndTheChainStillVerifies();
    void rowLevelSecurityDecidesWhoSeesWhat();
    void auditIsInsertOnlyForCaseworkersAndSupervisors();
    void aWriterKilledMidwayLeavesNoHalfWrittenRecord();

private:
    void backends();
    // A fresh, empty store of the row's backend (a new SQLite file or a new PG database).
    StoreSettings fresh();
    StoreSettings asLogin(StoreSettings s, const QString &login) const;
    void adminExec(const StoreSettings &s, const QString &sql);
    static AuditRecord record(const QString &caseworker, const QString &person, const QString &outcome);

    QTemporaryDir m_dir;
    std::optional<StoreSettings> m_pg;
    QString m_pgUnavailable;
};

void TestStore::initTestCase()
{
    test::fixClock();
    QFile env(QStringLiteral(PG_DIR) + u"/connection.env"_s);
    if (env.open(QIODevice::ReadOnly)) {
        StoreSettings pg;
        pg.backend = StoreSettings::Backend::Postgres;
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line);
            const QString key = l.section(u'=', 0, 0), value = l.section(u'=', 1);
            if (key == u"host") pg.host = value;
            else if (key == u"port") pg.port = value.toInt();
            else if (key == u"user") pg.user = value;
            else if (key == u"password") pg.password = value;
            else if (key == u"database") pg.database = value;
        }
        m_pg = pg;
    } else {
        QFile why(QStringLiteral(PG_DIR) + u"/unavailable"_s);
        m_pgUnavailable = why.open(QIODevice::ReadOnly) ? QString::fromUtf8(why.readAll()).trimmed()
                                                         : u"the postgres_start fixture did not run"_s;
        qWarning("PostgreSQL tests will be skipped: %s", qPrintable(m_pgUnavailable));
    }
}

void TestStore::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

StoreSettings TestStore::fresh()
{
    QFETCH(bool, postgres);
    if (!postgres) {
        StoreSettings s;
        s.sqlitePath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s);
        return s;
    }
    if (!m_pg)
        return {};
    StoreSettings s = *m_pg;
    s.database = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
    StoreSettings admin = *m_pg;
    adminExec(admin, u"CREATE DATABASE "_s + s.database);
    return s;
}

StoreSettings TestStore::asLogin(StoreSettings s, const QString &login) const
{
    s.user = login;
    s.password = u"pw-"_s + login;
    return s;
}

void TestStore::adminExec(const StoreSettings &s, const QString &sql)
{
    const QString name = u"admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(s.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

AuditRecord TestStore::record(const QString &caseworker, const QString &person, const QString &outcome)
{
    AuditRecord r;
    r.kind = u"query"_s;
    r.caseworker = caseworker;
    r.person = person;
    r.purpose = u"Beslut om ekonomiskt bistånd"_s;
    r.legalBasis = u"11 kap. 11 a § SoL"_s;
    r.version = u"v11"_s;
    r.agencies = u"AF,CSN,FK,SKV,SO,TNS,MIV"_s;
    r.outcome = outcome;
    r.caseId = u"case-1"_s;
    r.endpoint = u"https://ssbtek.example/"_s;
    return r;
}

#define SKIP_WITHOUT_PG()                                                                                              \
    do {                                                                                                               \
        QFETCH(bool, postgres);                                                                                        \
        if (postgres && !m_pg)                                                                                         \
            SSBTEK_REQUIRE(false, u"PostgreSQL could not start here: "_s + m_pgUnavailable);                           \
    } while (false)

void TestStore::migratesFromEmptyAndFromEachEarlierSchema()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    const int latest = Store::latestVersion() + (postgres ? 1 : 0);
    for (int from = 0; from < latest; ++from) {
        const StoreSettings s = fresh();
        {
            auto old = Store::openAtVersion(s, from);
            QVERIFY2(old.hasValue(), old ? "" : qPrintable(old.error().message));
            QCOMPARE((*old)->schemaVersion(), from);
            if (from >= 1 && !postgres) {
                // Data written under the old schema, as the old program wrote it, survives.
                AuditRecord r = record(u"anna"_s, u"198504129829"_s, u"AF=data"_s);
                r.at = test::now();
                r.hash = AuditRecord::hashOf(r.canonical());
                QSqlQuery q((*old)->database());
                q.prepare(u"INSERT INTO audit_log (at, kind, caseworker, person, purpose, legal_basis, version, agencies, "
                          "outcome, case_id, endpoint, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?)"_s);
                for (const QString &v : { r.at.toString(Qt::ISODateWithMs), r.kind, r.caseworker, r.person, r.purpose,
                                          r.legalBasis, r.version, r.agencies, r.outcome, r.caseId, r.endpoint, r.hash })
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto store = Store::open(s);
        QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), latest);
        QVERIFY((*store)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
        const auto chain = (*store)->verifyAudit();
        QVERIFY(chain.hasValue() && chain->intact);
        QCOMPARE(chain->records, qint64(from >= 1 && !postgres ? 2 : 1));
    }
}

void TestStore::auditChainAppendsAndVerifies()
{
    SKIP_WITHOUT_PG();
    auto store = Store::open(fresh());
    QVERIFY(store.hasValue());
    for (int i = 0; i < 20; ++i)
        QVERIFY((*store)->appendAudit(record(u"anna"_s, u"19850412982%1"_s.arg(i % 10), u"AF=data CSN=error"_s)).hasValue());
    const auto chain = (*store)->verifyAudit();
    QVERIFY(chain.hasValue());
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    QCOMPARE(chain->records, qint64(20));
    const auto records = (*store)->audit();
    QCOMPARE(records->size(), 20);
    const AuditRecord &newest = records->first();
    QCOMPARE(newest.legalBasis, u"11 kap. 11 a § SoL"_s);
    QCOMPARE(newest.prevHash, records->at(1).hash); // each record carries the hash of the one before
    QCOMPARE(newest.hash.size(), 64);
    // The hash the database computed (PostgreSQL) is the one the program computes.
    AuditRecord check = newest;
    QCOMPARE(AuditRecord::hashOf(check.canonical()), newest.hash);
}

void TestStore::tamperingIsDetected()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    const StoreSettings s = fresh();
    auto store = Store::open(s);
    QVERIFY(store.hasValue());
    for (int i = 0; i < 5; ++i)
        QVERIFY((*store)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
    const qint64 victim = (*store)->audit()->at(2).id; // the third newest
    // Someone with access to the database itself changes a purpose after the fact.
    if (postgres) {
        adminExec(s, u"ALTER TABLE audit_log DISABLE TRIGGER audit_immutable"_s);
        adminExec(s, u"UPDATE audit_log SET purpose = 'changed' WHERE id = %1"_s.arg(victim));
    } else {
        QSqlQuery q((*store)->database());
        QVERIFY(!q.exec(u"UPDATE audit_log SET purpose = 'changed' WHERE id = %1"_s.arg(victim))); // refused
        QVERIFY(q.exec(u"DROP TRIGGER audit_no_update"_s));
        QVERIFY(q.exec(u"UPDATE audit_log SET purpose = 'changed' WHERE id = %1"_s.arg(victim)));
    }
    const auto chain = (*store)->verifyAudit();
    QVERIFY(chain.hasValue());
    QVERIFY(!chain->intact);
    QCOMPARE(chain->firstBrokenId, victim);
    QVERIFY(chain->problem.contains(QString::number(victim)));
}

void TestStore::savedResultsReopenExactly()
{
    SKIP_WITHOUT_PG();
    auto store = Store::open(fresh());
    QVERIFY(store.hasValue());
    SavedResult r;
    r.caseworker = (m_pg && qstrcmp(QTest::currentDataTag(), "PostgreSQL") == 0) ? m_pg->user : u"anna"_s;
    r.person = u"198504129829"_s;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 3, 31);
    r.version = 11;
    r.caseId = u"case-7"_s;
    r.agencies = u"AF,TNS"_s;
    r.note = u"Månadsansökan februari — åäö"_s;
    r.rawAnswer = QByteArray("<soap>\x00\x01 binary-safe åäö</soap>", 32);
    const auto id = (*store)->saveResult(r);
    QVERIFY2(id.hasValue(), id ? "" : qPrintable(id.error().message));
    const auto loaded = (*store)->loadResult(*id);
    QVERIFY(loaded.hasValue());
    QCOMPARE(loaded->rawAnswer, r.rawAnswer);
    QCOMPARE(loaded->note, r.note);
    QCOMPARE(loaded->from, r.from);
    QCOMPARE(loaded->version, 11);
    const auto list = (*store)->savedResults();
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().rawAnswer.isEmpty()); // lists never carry the answers
    QVERIFY(!(*store)->loadResult(*id + 100).hasValue());
}

void TestStore::filtersFindWhatASupervisorAsksFor()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    auto store = Store::open(fresh());
    QVERIFY(store.hasValue());
    const QString me = postgres ? m_pg->user : u"anna"_s;
    (*store)->appendAudit(record(me, u"198504129829"_s, u"AF=data FK=error"_s));
    (*store)->appendAudit(record(me, u"199209309849"_s, u"failed:timeout"_s));
    AuditRecord old = record(me, u"198504129829"_s, u"AF=data"_s);
    old.at = QDateTime(QDate(2025, 1, 10), QTime(3, 0), Qt::UTC);
    old.purpose = u"Förbereder ansökan"_s;
    (*store)->appendAudit(old);
    AuditFilter byPerson;
    byPerson.person = u"198504129829"_s;
    QCOMPARE((*store)->audit(byPerson)->size(), 2);
    AuditFilter failures;
    failures.outcome = u"failed"_s;
    QCOMPARE((*store)->audit(failures)->size(), 1);
    AuditFilter january;
    january.from = QDate(2025, 1, 1);
    january.to = QDate(2025, 1, 31);
    QCOMPARE((*store)->audit(january)->size(), 1);
    AuditFilter purpose;
    purpose.purpose = u"Förbereder"_s;
    QCOMPARE((*store)->audit(purpose)->size(), 1);
    AuditFilter someoneElse;
    someoneElse.caseworker = u"nobody"_s;
    QCOMPARE((*store)->audit(someoneElse)->size(), 0);
}

void TestStore::retentionDeletesOldAnswersKeepsAuditAndAuditsItself()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    auto store = Store::open(fresh());
    QVERIFY(store.hasValue());
    SavedResult old;
    old.caseworker = postgres ? m_pg->user : u"anna"_s;
    old.savedAt = test::now().addDays(-100);
    old.rawAnswer = "old";
    SavedResult recent = old;
    recent.savedAt = test::now().addDays(-5);
    recent.rawAnswer = "recent";
    QVERIFY((*store)->saveResult(old).hasValue());
    QVERIFY((*store)->saveResult(recent).hasValue());
    QVERIFY((*store)->appendAudit(record(old.caseworker, u"198504129829"_s, u"AF=data"_s)).hasValue());
    const auto deleted = (*store)->applyRetention(30, u"it-admin"_s);
    QVERIFY2(deleted.hasValue(), deleted ? "" : qPrintable(deleted.error().message));
    QCOMPARE(*deleted, 1);
    QCOMPARE((*store)->savedResults()->size(), 1);
    AuditFilter retention;
    retention.kind = u"retention"_s;
    const auto audited = (*store)->audit(retention);
    QCOMPARE(audited->size(), 1);
    QVERIFY(audited->first().detail.contains(u"deleted 1"));
    QCOMPARE((*store)->audit()->size(), 2); // audit records stay
    QVERIFY((*store)->verifyAudit()->intact);
}

void TestStore::auditRetentionIsAuditedAndTheChainStillVerifies()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    const StoreSettings s = fresh();
    auto store = Store::open(s);
    QVERIFY(store.hasValue());
    const QString who = postgres ? m_pg->user : u"anna"_s;
    QList<qint64> ids;
    for (int daysAgo : { 400, 380, 200, 10, 1 }) {
        AuditRecord r = record(who, u"198504129829"_s, u"AF=data"_s);
        r.at = test::now().addDays(-daysAgo);
        ids << *(*store)->appendAudit(r);
    }
    QVERIFY((*store)->verifyAudit()->intact);
    // Its own setting, separate from saved answers: a year here.
    const auto deleted = (*store)->applyAuditRetention(365, u"it-admin"_s);
    QVERIFY2(deleted.hasValue(), deleted ? "" : qPrintable(deleted.error().message));
    QCOMPARE(*deleted, 2);
    const auto left = (*store)->audit();
    QCOMPARE(left->size(), 4); // three records younger than a year, and the record of the deletion
    QCOMPARE(left->last().id, ids.at(2));
    const AuditRecord &deletion = left->first();
    QCOMPARE(deletion.kind, u"audit-retention"_s);
    const QJsonObject detail = QJsonDocument::fromJson(deletion.detail.toUtf8()).object();
    QCOMPARE(detail.value(u"deleted"_s).toInteger(), 2);
    QCOMPARE(detail.value(u"throughId"_s).toInteger(), ids.at(1));
    QCOMPARE(detail.value(u"days"_s).toInt(), 365);
    auto chain = (*store)->verifyAudit();
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    QCOMPARE(chain->records, qint64(4));
    QCOMPARE(chain->startsAfter, ids.at(1));
    // Once more: nothing that old is left, and that run is audited too.
    QCOMPARE(*(*store)->applyAuditRetention(365, u"it-admin"_s), 0);
    QVERIFY((*store)->verifyAudit()->intact);
    QCOMPARE((*store)->audit()->size(), 5);
    QVERIFY(!(*store)->applyAuditRetention(0, u"it-admin"_s)); // no "delete everything"
    // Anyone deleting the oldest record left without the program is found out: no anchor
    // names the record before it.
    if (postgres) {
        adminExec(s, u"ALTER TABLE audit_log DISABLE TRIGGER audit_immutable"_s);
        adminExec(s, u"DELETE FROM audit_log WHERE id = %1"_s.arg(ids.at(2)));
    } else {
        QSqlQuery q((*store)->database());
        QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE id = %1"_s.arg(ids.at(2)))); // refused
        QVERIFY(q.exec(u"DROP TRIGGER audit_no_delete"_s));
        QVERIFY(q.exec(u"DELETE FROM audit_log WHERE id = %1"_s.arg(ids.at(2))));
    }
    chain = (*store)->verifyAudit();
    QVERIFY(!chain->intact);
    QCOMPARE(chain->firstBrokenId, ids.at(3));
}

void TestStore::rowLevelSecurityDecidesWhoSeesWhat()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    QTest::addColumn<bool>("postgres");
    StoreSettings s = *m_pg;
    s.database = u"t_rls_"_s + QUuid::createUuid().toString(QUuid::Id128);
    adminExec(*m_pg, u"CREATE DATABASE "_s + s.database);
    QVERIFY(Store::open(s).hasValue()); // the admin migrates, creating the group roles
    // Two caseworkers and a supervisor in unit A, one caseworker in unit B.
    const std::tuple<const char *, const char *, const char *> staff[] = {
        { "anna", "A", "caseworker" }, { "bertil", "A", "caseworker" }, { "cecilia", "B", "caseworker" }, { "sara", "A", "supervisor" } };
    for (const auto &[login, unit, role] : staff) {
        adminExec(s, u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                     "CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'; END IF; END $$"_s.arg(QLatin1String(login)));
        adminExec(s, u"GRANT ssbtek_%1 TO %2"_s.arg(QLatin1String(role), QLatin1String(login)));
        adminExec(s, u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(s.database, QLatin1String(login)));
        adminExec(s, u"INSERT INTO ssbtek_staff VALUES ('%1', '%2', '%3')"_s.arg(QLatin1String(login), QLatin1String(unit), QLatin1String(role)));
    }
    auto save = [&](const QString &login) {
        auto store = Store::open(asLogin(s, login));
        QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message));
        SavedResult r;
        r.person = u"198504129829"_s;
        r.note = login;
        r.rawAnswer = login.toUtf8();
        QVERIFY2((*store)->saveResult(r).hasValue(), "save");
        QVERIFY((*store)->appendAudit(record(login, u"198504129829"_s, u"AF=data"_s)).hasValue());
    };
    save(u"anna"_s);
    save(u"bertil"_s);
    save(u"cecilia"_s);
    auto notesSeenBy = [&](const QString &login) {
        auto store = Store::open(asLogin(s, login));
        QStringList notes;
        const auto saved = (*store)->savedResults(); // kept alive for the loop
        for (const SavedResult &r : *saved)
            notes << r.note;
        notes.sort();
        return notes;
    };
    QCOMPARE(notesSeenBy(u"anna"_s), QStringList({ u"anna"_s }));
    QCOMPARE(notesSeenBy(u"bertil"_s), QStringList({ u"bertil"_s }));
    QCOMPARE(notesSeenBy(u"cecilia"_s), QStringList({ u"cecilia"_s }));
    QCOMPARE(notesSeenBy(u"sara"_s), QStringList({ u"anna"_s, u"bertil"_s })); // the unit's, not unit B's
    // Audit: a caseworker sees their own records, the supervisor the unit's; the records
    // carry the login and unit the server stamped, whatever the client claimed.
    auto anna = Store::open(asLogin(s, u"anna"_s));
    QCOMPARE((*anna)->audit()->size(), 1);
    QCOMPARE((*anna)->audit()->first().unit, u"A"_s);
    auto sara = Store::open(asLogin(s, u"sara"_s));
    QCOMPARE((*sara)->audit()->size(), 2);
    // The supervisor verifies the whole chain (three caseworkers' records) without reading it.
    const auto chain = (*sara)->verifyAudit();
    QVERIFY(chain.hasValue() && chain->intact);
    QCOMPARE(chain->records, qint64(3));
    // A caseworker may not save in someone else's name, nor read another's saved result by id.
    QSqlQuery q((*anna)->database());
    QVERIFY(!q.exec(u"INSERT INTO saved_result (saved_at, caseworker, unit, person, period_from, period_to, version, "
                    "case_id, agencies, note, raw_answer) VALUES ('x', 'bertil', 'A', '', '', '', 11, '', '', '', '')"_s));
    auto bertilsId = (*Store::open(asLogin(s, u"bertil"_s)))->savedResults()->first().id;
    QVERIFY(!(*anna)->loadResult(bertilsId).hasValue());
}

void TestStore::auditIsInsertOnlyForCaseworkersAndSupervisors()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    // Uses the roles the previous test made; each login is refused every change.
    StoreSettings s = *m_pg;
    s.database = u"t_ins_"_s + QUuid::createUuid().toString(QUuid::Id128);
    adminExec(*m_pg, u"CREATE DATABASE "_s + s.database);
    QVERIFY(Store::open(s).hasValue());
    for (const char *login : { "anna", "sara" }) {
        adminExec(s, u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(s.database, QLatin1String(login)));
        adminExec(s, u"INSERT INTO ssbtek_staff VALUES ('%1', 'A', '%2')"_s.arg(QLatin1String(login),
                                                                             QLatin1String(login) == u"anna" ? u"caseworker"_s : u"supervisor"_s));
    }
    for (const char *login : { "anna", "sara" }) {
        auto store = Store::open(asLogin(s, QLatin1String(login)));
        QVERIFY(store.hasValue());
        QVERIFY((*store)->appendAudit(record(QLatin1String(login), u"198504129829"_s, u"AF=data"_s)).hasValue());
        QSqlQuery q((*store)->database());
        for (const QString &sql : { u"UPDATE audit_log SET purpose = 'x'"_s, u"DELETE FROM audit_log"_s,
                                    u"INSERT INTO audit_log (at, kind, caseworker, person, purpose, legal_basis, version, "
                                    "agencies, outcome, case_id, endpoint, detail, prev_hash, hash) VALUES "
                                    "('', '', '', '', '', '', '', '', '', '', '', '', '', '')"_s }) {
            QVERIFY2(!q.exec(sql), qPrintable(QLatin1String(login) + u": "_s + sql));
            QVERIFY(q.lastError().text().contains(u"permission denied"));
        }
        // Audit retention is the database owner's (IT's), not theirs.
        const auto retention = (*store)->applyAuditRetention(1, QLatin1String(login));
        QVERIFY(!retention);
        QVERIFY2(retention.error().message.contains(u"permission denied"), qPrintable(retention.error().message));
    }
}

void TestStore::aWriterKilledMidwayLeavesNoHalfWrittenRecord()
{
    const QString path = m_dir.filePath(u"killed.sqlite"_s);
    QProcess writer;
    writer.start(QStringLiteral(STORE_WRITER), { path, u"1000"_s });
    QVERIFY(writer.waitForStarted());
    // Let it commit a good number of saves, then kill it without warning.
    QList<qint64> committed;
    while (committed.size() < 150 && writer.waitForReadyRead(20000)) {
        while (writer.canReadLine())
            committed << writer.readLine().trimmed().toLongLong();
    }
    QVERIFY(committed.size() >= 150);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    StoreSettings s;
    s.sqlitePath = path;
    auto store = Store::open(s);
    QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    const auto saved = (*store)->savedResults(AuditFilter { {}, {}, {}, {}, {}, {}, {}, 100000 });
    QVERIFY(saved->size() >= committed.size()); // everything reported committed is there
    QVERIFY(saved->size() < 1000);              // and it really was killed mid-way
    for (const SavedResult &listed : *saved) {
        const auto r = (*store)->loadResult(listed.id);
        QVERIFY(r.hasValue());
        const int i = r->caseId.toInt();
        QCOMPARE(r->note, u"save %1"_s.arg(i));
        QCOMPARE(r->rawAnswer, QByteArray(20000 + i, char('a' + i % 26))); // whole, never half
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
