// The store on SQLite and on a real PostgreSQL server: migrations, the hash-chained audit
// log, saved results, retention, row-level security, and a writer killed mid-way.

#include "core/clock.h"
#include "postgresfixture.h"
#include "store/store.h"
#include "store/storethread.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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
    void aSupervisorsTemporaryTableDoesNotOpenAnotherUnit();
    void aFunctionPlantedInPublicIsNeverRun();
    void theServerDecidesTimeKindAndAnchors();
    void oneWrongTimeCannotWidenRetention();
    void theSqliteLogIsAppendOnlyForTheProgramsOwnStatements();
    void theGatewayWritesForEnabledStaffOnlyAndOnlyItsKinds_data() { backends(); }
    void theGatewayWritesForEnabledStaffOnlyAndOnlyItsKinds();
    void aCaseworkerCannotWriteAsTheGateway();
    void theStoreThreadWritesOffTheCallersThreadAndFinishesWhatIsQueued_data() { backends(); }
    void theStoreThreadWritesOffTheCallersThreadAndFinishesWhatIsQueued();

private:
    void backends();
    // A fresh, empty store of the row's backend (a new SQLite file or a new PG database).
    StoreSettings fresh();
    StoreSettings asLogin(StoreSettings s, const QString &login) const;
    void adminExec(const StoreSettings &s, const QString &sql);
    // Runs `sql` as the owner; its first value, or the error text in `error`.
    static QVariant adminQuery(const StoreSettings &s, const QString &sql, QString *error = nullptr);
    // Now, by the clock that decides: the server's for PostgreSQL, the fixed one for SQLite.
    QDateTime nowFor(bool postgres) const;
    // Unit A: caseworkers anna, bertil and supervisor sara; unit B: caseworker cecilia.
    StoreSettings unitDatabase(const QString &prefix);
    static AuditRecord record(const QString &caseworker, const QString &person, const QString &outcome);

    QTemporaryDir m_dir;
    std::optional<StoreSettings> m_pg;
    QString m_pgUnavailable;
};

void TestStore::initTestCase()
{
    test::fixClock();
    m_pg = test::postgresAdmin(&m_pgUnavailable);
    if (!m_pg)
        qWarning("PostgreSQL tests will be skipped: %s", qPrintable(m_pgUnavailable));
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
    QString error;
    adminQuery(s, sql, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u": "_s + sql));
}

QVariant TestStore::adminQuery(const StoreSettings &s, const QString &sql, QString *error)
{
    const QString name = u"admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(s.database);
        QSqlQuery q(db);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
        } else if (q.next()) {
            value = q.value(0);
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QDateTime TestStore::nowFor(bool postgres) const
{
    if (!postgres)
        return test::now();
    const QString now = adminQuery(*m_pg,
        u"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s)
                            .toString();
    return QDateTime::fromString(now, Qt::ISODateWithMs);
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
            QVERIFY2(old.hasValue(), old ? "" : qPrintable(old.error().message()));
            QCOMPARE((*old)->schemaVersion(), from);
            if (from >= 1 && !postgres) {
                // Data written under the old schema, as the old program wrote it, survives.
                AuditRecord r = record(u"anna"_s, u"198504129829"_s, u"AF=data"_s);
                r.at = test::now();
                r.hash = r.computeHash(1); // the first version of the hash
                QCOMPARE(AuditRecord::hashVersion(r.hash), 1);
                QSqlQuery q((*old)->database());
                q.prepare(
                    u"INSERT INTO audit_log (at, kind, caseworker, person, purpose, legal_basis, version, agencies, "
                    "outcome, case_id, endpoint, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?)"_s);
                for (const QString &v : { r.at.toString(Qt::ISODateWithMs), r.kind, r.caseworker, r.person, r.purpose,
                         r.legalBasis, r.version, r.agencies, r.outcome, r.caseId, r.endpoint, r.hash })
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            if (from >= 3 && postgres) // the server's functions of that schema wrote it
                QVERIFY((*old)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
        }
        auto store = Store::open(s);
        QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message()));
        QCOMPARE((*store)->schemaVersion(), latest);
        QVERIFY((*store)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
        const auto chain = (*store)->verifyAudit();
        QVERIFY(chain.hasValue() && chain->intact);
        QVERIFY2(chain->intact, qPrintable(QString::number(from)));
        // an old chain goes on with version-2 hashes and still verifies
        QCOMPARE(chain->records, qint64((from >= 1 && !postgres) || (from >= 3 && postgres) ? 2 : 1));
        QCOMPARE(AuditRecord::hashVersion((*store)->audit()->first().hash), 2);
    }
}

void TestStore::auditChainAppendsAndVerifies()
{
    SKIP_WITHOUT_PG();
    auto store = Store::open(fresh());
    QVERIFY(store.hasValue());
    for (int i = 0; i < 20; ++i)
        QVERIFY((*store)
                    ->appendAudit(record(u"anna"_s, u"19850412982%1"_s.arg(i % 10), u"AF=data CSN=error"_s))
                    .hasValue());
    const auto chain = (*store)->verifyAudit();
    QVERIFY(chain.hasValue());
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    QCOMPARE(chain->records, qint64(20));
    const auto records = (*store)->audit();
    QCOMPARE(records->size(), 20);
    const AuditRecord &newest = records->first();
    QCOMPARE(newest.legalBasis, u"11 kap. 11 a § SoL"_s);
    QCOMPARE(newest.prevHash, records->at(1).hash); // each record carries the hash of the one before
    QCOMPARE(newest.hash.size(), 3 + 64);
    QVERIFY(newest.hash.startsWith(u"v2:"));
    // The hash the database computed (PostgreSQL) is the one the program computes.
    QCOMPARE(newest.computeHash(), newest.hash);
    // Lengths, not separators, mark where a field ends: moving text across a boundary
    // (here with the old separator inside a field) changes the version-2 hash.
    AuditRecord a = newest, b = newest;
    a.purpose = u"x"_s + QChar(0x1F) + u"y"_s;
    a.legalBasis = u"z"_s;
    b.purpose = u"x"_s;
    b.legalBasis = u"y"_s + QChar(0x1F) + u"z"_s;
    QCOMPARE(a.computeHash(1), b.computeHash(1)); // what version 1 could not tell apart
    QVERIFY(a.computeHash() != b.computeHash());
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
    QVERIFY2(id.hasValue(), id ? "" : qPrintable(id.error().message()));
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
    QVERIFY2(deleted.hasValue(), deleted ? "" : qPrintable(deleted.error().message()));
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
    const QDateTime now = nowFor(postgres); // retention on PostgreSQL goes by the server's clock
    for (int daysAgo : { 400, 380, 200, 10, 1 }) {
        AuditRecord r = record(who, u"198504129829"_s, u"AF=data"_s);
        r.at = now.addDays(-daysAgo); // as the owner may, importing an older log
        ids << *(*store)->appendAudit(r);
    }
    QVERIFY((*store)->verifyAudit()->intact);
    // Its own setting, separate from saved answers: a year here.
    const auto deleted = (*store)->applyAuditRetention(365, u"it-admin"_s);
    QVERIFY2(deleted.hasValue(), deleted ? "" : qPrintable(deleted.error().message()));
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
    QVERIFY(!(*store)->applyAuditRetention(MinimumAuditRetentionDays - 1, u"it-admin"_s)); // nor the last year
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

StoreSettings TestStore::unitDatabase(const QString &prefix)
{
    StoreSettings s = *m_pg;
    s.database = prefix + QUuid::createUuid().toString(QUuid::Id128);
    adminExec(*m_pg, u"CREATE DATABASE "_s + s.database);
    [&] { QVERIFY(Store::open(s).hasValue()); }(); // the admin migrates, creating the group roles
    const std::tuple<const char *, const char *, const char *> staff[] = { { "anna", "A", "caseworker" },
        { "bertil", "A", "caseworker" }, { "cecilia", "B", "caseworker" }, { "sara", "A", "supervisor" } };
    for (const auto &[login, unit, role] : staff) {
        adminExec(s,
            u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
            "CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'; END IF; END $$"_s.arg(QLatin1String(login)));
        adminExec(s, u"GRANT ssbtek_%1 TO %2"_s.arg(QLatin1String(role), QLatin1String(login)));
        adminExec(s, u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(s.database, QLatin1String(login)));
        adminExec(s,
            u"INSERT INTO ssbtek_staff VALUES ('%1', '%2', '%3')"_s.arg(
                QLatin1String(login), QLatin1String(unit), QLatin1String(role)));
    }
    return s;
}

void TestStore::rowLevelSecurityDecidesWhoSeesWhat()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    QTest::addColumn<bool>("postgres");
    const StoreSettings s = unitDatabase(u"t_rls_"_s);
    auto save = [&](const QString &login) {
        auto store = Store::open(asLogin(s, login));
        QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message()));
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
    QVERIFY(
        !q.exec(u"INSERT INTO saved_result (saved_at, caseworker, unit, person, period_from, period_to, version, "
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
        adminExec(s,
            u"INSERT INTO ssbtek_staff VALUES ('%1', 'A', '%2')"_s.arg(
                QLatin1String(login), QLatin1String(login) == u"anna" ? u"caseworker"_s : u"supervisor"_s));
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
        const auto retention = (*store)->applyAuditRetention(MinimumAuditRetentionDays, QLatin1String(login));
        QVERIFY(!retention);
        QVERIFY2(retention.error().message().contains(u"permission denied"), qPrintable(retention.error().message()));
    }
}

// The attacks a review ran against the functions of schema 4, each as the person at the
// desktop would: every one must fail against today's functions.
void TestStore::aSupervisorsTemporaryTableDoesNotOpenAnotherUnit()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    const StoreSettings s = unitDatabase(u"t_tmp_"_s);
    for (const QString &login : { u"anna"_s, u"cecilia"_s }) {
        auto store = Store::open(asLogin(s, login));
        QVERIFY((*store)->appendAudit(record(login, u"198504129829"_s, u"AF=data"_s)).hasValue());
    }
    // Sara (unit A) says, in a temporary table, that she belongs to unit B. Either she may
    // not make one, or the functions never look at it.
    auto sara = Store::open(asLogin(s, u"sara"_s));
    QSqlQuery q((*sara)->database());
    if (q.exec(u"CREATE TEMPORARY TABLE ssbtek_staff (login text, unit text, role text)"_s))
        QVERIFY(q.exec(u"INSERT INTO ssbtek_staff VALUES ('sara', 'B', 'supervisor')"_s));
    const auto seen = (*sara)->audit();
    QVERIFY(seen.hasValue());
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().unit, u"A"_s);
    QVERIFY(!q.exec(u"CREATE TEMPORARY TABLE t (x int)"_s)); // and the migration took TEMP away
}

void TestStore::aFunctionPlantedInPublicIsNeverRun()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    const StoreSettings s = unitDatabase(u"t_fn_"_s);
    // As on PostgreSQL 13 and 14, where anyone may create in public.
    adminExec(s, u"GRANT CREATE ON SCHEMA public TO anna"_s);
    auto anna = Store::open(asLogin(s, u"anna"_s));
    QSqlQuery q((*anna)->database());
    for (const QString &f :
        { u"pg_advisory_xact_lock(integer) RETURNS void"_s, u"concat_ws(text, VARIADIC text[]) RETURNS text"_s,
            u"octet_length(text) RETURNS integer"_s, u"to_char(timestamp, text) RETURNS text"_s })
        QVERIFY2(
            q.exec(u"CREATE FUNCTION public.%1 LANGUAGE plpgsql AS $$ BEGIN "
                   "CREATE TABLE IF NOT EXISTS public.hijacked (x int); RAISE EXCEPTION 'hijacked'; END $$"_s.arg(f)),
            qPrintable(q.lastError().text()));
    QVERIFY((*anna)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
    auto sara = Store::open(asLogin(s, u"sara"_s));
    QVERIFY((*sara)->verifyAudit()->intact);
    QVERIFY(adminQuery(s, u"SELECT to_regclass('public.hijacked') IS NULL"_s).toBool());
}

void TestStore::theServerDecidesTimeKindAndAnchors()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    const StoreSettings s = unitDatabase(u"t_kind_"_s);
    auto anna = Store::open(asLogin(s, u"anna"_s));
    // A backdated record gets the server's time.
    AuditRecord backdated = record(u"anna"_s, u"198504129829"_s, u"AF=data"_s);
    backdated.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY((*anna)->appendAudit(backdated).hasValue());
    const QDateTime serverNow = nowFor(true);
    QVERIFY(qAbs((*anna)->audit()->first().at.secsTo(serverNow)) < 3600);
    // Kinds that are not hers: an anchor that would end the chain, a review that would
    // silence the reminder, a retention record.
    for (const QString &kind : { u"audit-retention"_s, u"review"_s, u"retention"_s }) {
        AuditRecord fake = record(u"anna"_s, QString(), QString());
        fake.kind = kind;
        fake.detail = u"not JSON"_s;
        const auto refused = (*anna)->appendAudit(fake);
        QVERIFY2(!refused.hasValue(), qPrintable(kind));
    }
    auto sara = Store::open(asLogin(s, u"sara"_s));
    AuditRecord fakeAnchor = record(u"sara"_s, QString(), QString());
    fakeAnchor.kind = u"audit-retention"_s;
    fakeAnchor.detail = u"{"_s;
    QVERIFY(!(*sara)->appendAudit(fakeAnchor).hasValue()); // not even a supervisor
    AuditRecord review = record(u"sara"_s, QString(), QString());
    review.kind = u"review"_s;
    QVERIFY((*sara)->appendAudit(review).hasValue()); // her role's kind
    const auto chain = (*sara)->verifyAudit();
    QVERIFY(chain->intact);
    QCOMPARE(chain->records, qint64(2));
    QVERIFY(qAbs(chain->newestAt.secsTo(serverNow)) < 3600);
}

void TestStore::oneWrongTimeCannotWidenRetention()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    const StoreSettings s = unitDatabase(u"t_ret_"_s);
    auto owner = Store::open(s);
    // Last week's lookups, then one record with a time far in the past (an old import, or
    // a schema-4 caseworker's backdating), then today's.
    QList<qint64> ids;
    for (int daysAgo : { 7, 5 })
        ids << *(*owner)->appendAudit([&] {
            AuditRecord r = record(u"x"_s, u"198504129829"_s, u"AF=data"_s);
            r.at = nowFor(true).addDays(-daysAgo);
            return r;
        }());
    AuditRecord old = record(u"x"_s, u"198504129829"_s, u"AF=data"_s);
    old.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    ids << *(*owner)->appendAudit(old);
    ids << *(*owner)->appendAudit(record(u"x"_s, u"198504129829"_s, u"AF=data"_s));
    QCOMPARE(*(*owner)->applyAuditRetention(730, u"it"_s), 0);
    AuditFilter queries;
    queries.kind = u"query"_s;
    QCOMPARE((*owner)->audit(queries)->size(), 4); // last week's lookups are all there
    QVERIFY((*owner)->verifyAudit()->intact);
    // The server refuses a short retention whoever asks, and its purge switch is not a
    // setting: the owner setting one, or truncating, deletes nothing.
    QString error;
    adminQuery(s, u"SELECT * FROM ssbtek_audit_retention(1)"_s, &error);
    QVERIFY2(error.contains(u"at least"), qPrintable(error));
    error.clear();
    adminQuery(s,
        u"DO $$ BEGIN PERFORM set_config('ssbtek.purge_through', '999999', true); DELETE FROM audit_log; END $$"_s,
        &error);
    QVERIFY2(error.contains(u"cannot be changed or deleted"), qPrintable(error));
    error.clear();
    adminQuery(s, u"TRUNCATE audit_log"_s, &error);
    QVERIFY2(error.contains(u"cannot be truncated"), qPrintable(error));
    QCOMPARE((*owner)->audit()->size(), 5);
}

void TestStore::theSqliteLogIsAppendOnlyForTheProgramsOwnStatements()
{
    StoreSettings st;
    st.sqlitePath = m_dir.filePath(u"replace.sqlite"_s);
    auto store = Store::open(st);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << *(*store)->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s));
    QSqlQuery q((*store)->database());
    // INSERT OR REPLACE deletes the row it replaces without the delete trigger.
    QVERIFY(
        !q.exec(u"INSERT OR REPLACE INTO audit_log (id, at, kind, caseworker, person, purpose, legal_basis, version, "
                "agencies, outcome, case_id, endpoint, detail, prev_hash, hash) "
                "SELECT id, at, kind, caseworker, person, 'other', legal_basis, version, agencies, outcome, case_id, "
                "endpoint, detail, prev_hash, hash FROM audit_log WHERE id = %1"_s.arg(ids.at(1))));
    QVERIFY(
        !q.exec(u"REPLACE INTO audit_log (id, at, kind, caseworker, person, purpose, legal_basis, version, agencies, "
                "outcome, case_id, endpoint, detail, prev_hash, hash) VALUES (%1, '', '', '', '', '', '', '', '', '', "
                "'', '', '', '', '')"_s.arg(ids.at(2))));
    QCOMPARE((*store)->audit()->at(1).purpose, record({}, {}, {}).purpose);
    // Retention never takes the last year, and measures from the newest record when the
    // clock is ahead of it (a workstation set to 2040 at start-up).
    QVERIFY(!(*store)->applyAuditRetention(1, u"anna"_s).hasValue());
    ssbtek::clock::fixAt(QDateTime(QDate(2040, 1, 1), QTime(8, 0), Qt::UTC));
    const auto deleted = (*store)->applyAuditRetention(MinimumAuditRetentionDays, u"anna"_s);
    test::fixClock();
    QVERIFY(deleted.hasValue());
    QCOMPARE(*deleted, 0);
    // A log cut short at its end still verifies, but says how many and how new: the
    // supervisor compares with what she knows.
    QVERIFY(q.exec(u"DROP TRIGGER audit_no_delete"_s));
    QVERIFY(q.exec(u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s));
    const auto chain = (*store)->verifyAudit();
    QVERIFY(chain->intact); // what the owner of a personal file can always do; the guides say so
    QCOMPARE(chain->records, qint64(3));
    QVERIFY(chain->newestAt.isValid());
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
    QVERIFY2(store.hasValue(), store ? "" : qPrintable(store.error().message()));
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    const auto saved = (*store)->savedResults(AuditFilter { {}, {}, {}, {}, {}, {}, {}, 100000, {} });
    QVERIFY(saved->size() >= committed.size()); // everything reported committed is there
    QVERIFY(saved->size() < 1000); // and it really was killed mid-way
    for (const SavedResult &listed : *saved) {
        const auto r = (*store)->loadResult(listed.id);
        QVERIFY(r.hasValue());
        const int i = r->caseId.toInt();
        QCOMPARE(r->note, u"save %1"_s.arg(i));
        QCOMPARE(r->rawAnswer, QByteArray(20000 + i, char('a' + i % 26))); // whole, never half
    }
}

void TestStore::theGatewayWritesForEnabledStaffOnlyAndOnlyItsKinds()
{
    SKIP_WITHOUT_PG();
    QFETCH(bool, postgres);
    StoreSettings s;
    if (postgres) {
        s = unitDatabase(u"t_gw_"_s);
        adminExec(s, u"UPDATE ssbtek_staff SET enabled = false WHERE login = 'bertil'"_s);
        adminExec(s,
            u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gw1') THEN "
            "CREATE ROLE gw1 LOGIN PASSWORD 'pw-gw1'; END IF; END $$"_s);
        adminExec(s, u"GRANT ssbtek_gateway TO gw1"_s);
        adminExec(s, u"GRANT CONNECT ON DATABASE %1 TO gw1"_s.arg(s.database));
        s = asLogin(s, u"gw1"_s);
    } else {
        s = fresh();
        auto owner = Store::open(s);
        for (const StaffMember &m : { StaffMember { u"anna"_s, u"A"_s, u"caseworker"_s, true },
                 StaffMember { u"bertil"_s, u"A"_s, u"caseworker"_s, false },
                 StaffMember { u"sara"_s, u"A"_s, u"supervisor"_s, true } })
            QVERIFY((*owner)->setStaffMember(m).hasValue());
    }
    auto opened = Store::open(s);
    QVERIFY2(opened.hasValue(), opened ? "" : qPrintable(opened.error().message()));
    std::unique_ptr<Store> gw = std::move(opened).value();
    gw->setWritesForCaseworkers(true);

    const auto anna = gw->staffMember(u"anna"_s);
    QVERIFY2(anna.hasValue(), anna ? "" : qPrintable(anna.error().message()));
    QVERIFY(anna->has_value());
    QCOMPARE((*anna)->unit, u"A"_s);
    QVERIFY((*anna)->enabled);
    QVERIFY(!gw->staffMember(u"bertil"_s)->value().enabled);
    QVERIFY(!gw->staffMember(u"nobody"_s)->has_value());

    auto write = [&](const QString &caseworker, const QString &kind) {
        AuditRecord r = record(caseworker, u"198504129829"_s, kind == u"asked" ? u"asked"_s : u"AF=data"_s);
        r.kind = kind;
        r.unit = u"Z"_s; // the store decides the unit, not the record
        return gw->appendAudit(r);
    };
    QVERIFY(write(u"anna"_s, u"asked"_s).hasValue());
    QVERIFY(write(u"anna"_s, u"query"_s).hasValue());
    QVERIFY2(!write(u"bertil"_s, u"asked"_s).hasValue(), "a disabled login asks nothing");
    QVERIFY2(write(u"bertil"_s, u"query"_s).hasValue(), "an outcome is recorded even after the login was disabled");
    QVERIFY2(!write(u"nobody"_s, u"asked"_s).hasValue(), "an unknown login asks nothing");
    QVERIFY2(!write(u"nobody"_s, u"query"_s).hasValue(), "nor has an outcome");
    QVERIFY(write(u"nobody"_s, u"refused"_s).hasValue());
    for (const QString &kind : { u"review"_s, u"audit-retention"_s, u"save"_s, u"disclosed"_s })
        QVERIFY2(!write(u"anna"_s, kind).hasValue(), qPrintable(kind));

    const auto records = gw->audit();
    QVERIFY(records.hasValue());
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(3).caseworker, u"anna"_s);
    QCOMPARE(records->at(3).unit, u"A"_s);
    QCOMPARE(records->at(0).caseworker, u"nobody"_s);
    QCOMPARE(records->at(0).unit, QString());
    auto verifier = postgres ? Store::open(asLogin(s, u"sara"_s)) : Store::open(s);
    const auto chain = (*verifier)->verifyAudit();
    QVERIFY(chain.hasValue() && chain->intact);
    QCOMPARE(chain->records, qint64(4));
}

// The person at a desktop with the unit's database password cannot stand in for the
// gateway: write in a colleague's name, read the staff table, or read others' records.
void TestStore::aCaseworkerCannotWriteAsTheGateway()
{
    SSBTEK_REQUIRE(m_pg.has_value(), u"PostgreSQL could not start here: "_s + m_pgUnavailable);
    const StoreSettings s = unitDatabase(u"t_gwx_"_s);
    auto opened = Store::open(asLogin(s, u"anna"_s));
    QVERIFY(opened.hasValue());
    std::unique_ptr<Store> anna = std::move(opened).value();
    anna->setWritesForCaseworkers(true); // what a changed copy of the program would do
    AuditRecord r = record(u"cecilia"_s, u"198504129829"_s, u"asked"_s);
    r.kind = u"asked"_s;
    const auto written = anna->appendAudit(r);
    QVERIFY(!written.hasValue());
    QVERIFY2(written.error().message().contains(u"permission denied"), qPrintable(written.error().message()));
    QVERIFY(!anna->staffMember(u"cecilia"_s).hasValue());
    QSqlQuery q(anna->database());
    QVERIFY(
        !q.exec(u"SELECT ssbtek_audit_chain_as('cecilia', 'B', '', 'asked', '', '', '', '', '', '', '', '', '')"_s));
    // Her own records only, as before.
    anna->setWritesForCaseworkers(false);
    QVERIFY(anna->appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)).hasValue());
    QCOMPARE(anna->audit()->size(), 1);
    QCOMPARE(anna->audit()->first().caseworker, u"anna"_s);
}

// The window's saves go through the store's own thread: the SQL runs there, in order, the
// results come back to the main thread, a receiver gone meanwhile gets nothing, and closing
// (destroying the thread) first finishes every save already asked for.
void TestStore::theStoreThreadWritesOffTheCallersThreadAndFinishesWhatIsQueued()
{
    SKIP_WITHOUT_PG();
    const StoreSettings settings = fresh();
    auto store = Store::open(settings);
    QVERIFY(store.hasValue());
    auto started = StoreThread::start(**store);
    QVERIFY(started.hasValue());
    std::unique_ptr<StoreThread> thread = std::move(started).value();

    QObject receiver;
    QThread *const main = QThread::currentThread();
    QList<qint64> ids;
    bool allOffMain = true;
    bool allBackOnMain = true;
    for (int i = 0; i < 5; ++i) {
        thread->post(
            &receiver,
            [i, main, &allOffMain](Store &s) {
                allOffMain = allOffMain && QThread::currentThread() != main;
                return s.appendAudit(record(u"anna"_s, u"19850412982%1"_s.arg(i), u"AF=data"_s));
            },
            [&](ssbtek::Expected<qint64, StoreError> id) {
                allBackOnMain = allBackOnMain && QThread::currentThread() == main;
                ids.append(id ? *id : -1);
            });
    }
    QTRY_COMPARE(ids.size(), 5);
    QVERIFY(allOffMain);
    QVERIFY(allBackOnMain);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend())); // in the order asked
    QVERIFY(ids.first() > 0);

    bool delivered = false;
    {
        QObject gone;
        thread->post(
            &gone, [](Store &s) { return s.appendAudit(record(u"anna"_s, u"198504129829"_s, u"AF=data"_s)); },
            [&delivered](ssbtek::Expected<qint64, StoreError>) { delivered = true; });
        // `gone` is destroyed before the result can come back: it is written, not delivered.
    }
    // Asked for, then closed at once: every one is written before the thread ends.
    for (int i = 0; i < 20; ++i)
        thread->post(
            &receiver, [](Store &s) { return s.appendAudit(record(u"anna"_s, u"199112249876"_s, u"AF=data"_s)); },
            [](ssbtek::Expected<qint64, StoreError>) {});
    thread.reset();
    AuditFilter closing;
    closing.person = u"199112249876"_s;
    QCOMPARE((*store)->audit(closing)->size(), 20);
    QCOMPARE((*store)->audit()->size(), 26);
    QVERIFY((*store)->verifyAudit()->intact);
    QCoreApplication::processEvents(); // what was queued for `gone` is dropped, not run
    QVERIFY(!delivered);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
