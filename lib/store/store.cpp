#include "store.h"

#include "migrations.h"

#include "core/clock.h"
#include "core/privatefiles.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "ssbtek.store", QtWarningMsg)

namespace ssbtek::store {

QString AuditRecord::computeHash(int hashVersion) const
{
    const QStringList fields { at.toUTC().toString(Qt::ISODateWithMs), kind, caseworker, unit, person, purpose,
        legalBasis, version, agencies, outcome, caseId, endpoint, detail, prevHash };
    if (hashVersion == 1)
        return QString::fromLatin1(
            QCryptographicHash::hash(fields.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex());
    QByteArray input("v2");
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        input += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return u"v2:"_s + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

QString StoreSettings::defaultSqlitePath()
{
    // One store per user for the window and the CLI alike, whatever the program's name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ssbtek-client/ssbtek.sqlite"_s;
}

namespace {

// A transaction that rolls back unless committed.
class Transaction
{
public:
    Transaction(QSqlDatabase db, bool postgres)
        : m_db(db)
    {
        // SQLite: take the write lock at once, so two writers never read the same last hash.
        m_ok = postgres ? m_db.transaction() : QSqlQuery(m_db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = true;
        return QSqlQuery(m_db).exec(u"COMMIT"_s);
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_done = false;
};

AuditRecord readAudit(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(u"id"_s).toLongLong();
    r.at = QDateTime::fromString(q.value(u"at"_s).toString(), Qt::ISODateWithMs);
    r.kind = q.value(u"kind"_s).toString();
    r.caseworker = q.value(u"caseworker"_s).toString();
    r.unit = q.value(u"unit"_s).toString();
    r.person = q.value(u"person"_s).toString();
    r.purpose = q.value(u"purpose"_s).toString();
    r.legalBasis = q.value(u"legal_basis"_s).toString();
    r.version = q.value(u"version"_s).toString();
    r.agencies = q.value(u"agencies"_s).toString();
    r.outcome = q.value(u"outcome"_s).toString();
    r.caseId = q.value(u"case_id"_s).toString();
    r.endpoint = q.value(u"endpoint"_s).toString();
    r.detail = q.value(u"detail"_s).toString();
    r.prevHash = q.value(u"prev_hash"_s).toString();
    r.hash = q.value(u"hash"_s).toString();
    return r;
}

// A saved result's columns; raw_answer only where the query selected it.
SavedResult readSaved(const QSqlQuery &q)
{
    SavedResult s;
    s.id = q.value(u"id"_s).toLongLong();
    s.savedAt = QDateTime::fromString(q.value(u"saved_at"_s).toString(), Qt::ISODateWithMs);
    s.caseworker = q.value(u"caseworker"_s).toString();
    s.unit = q.value(u"unit"_s).toString();
    s.person = q.value(u"person"_s).toString();
    s.from = QDate::fromString(q.value(u"period_from"_s).toString(), Qt::ISODate);
    s.to = QDate::fromString(q.value(u"period_to"_s).toString(), Qt::ISODate);
    s.version = q.value(u"version"_s).toInt();
    s.caseId = q.value(u"case_id"_s).toString();
    s.agencies = q.value(u"agencies"_s).toString();
    s.note = q.value(u"note"_s).toString();
    if (q.record().indexOf(u"raw_answer"_s) >= 0)
        s.rawAnswer = q.value(u"raw_answer"_s).toByteArray();
    return s;
}

// WHERE clause and bound values for a filter, on columns both tables share or their own.
QString whereFor(const AuditFilter &f, const QString &timeColumn, QVariantList &values, bool audit)
{
    QStringList where;
    if (!f.caseworker.isEmpty()) {
        where << u"caseworker = ?"_s;
        values << f.caseworker;
    }
    if (!f.person.isEmpty()) {
        where << u"person = ?"_s;
        values << f.person;
    }
    if (f.from.isValid()) {
        where << timeColumn + u" >= ?"_s;
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << timeColumn + u" < ?"_s;
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (audit && !f.purpose.isEmpty()) {
        where << u"purpose LIKE ?"_s;
        values << u"%"_s + f.purpose + u"%"_s;
    }
    if (audit && !f.outcome.isEmpty()) {
        where << u"outcome LIKE ?"_s;
        values << u"%"_s + f.outcome + u"%"_s;
    }
    if (!f.caseId.isEmpty()) {
        where << u"case_id = ?"_s;
        values << f.caseId;
    }
    if (audit && !f.kind.isEmpty()) {
        where << u"kind = ?"_s;
        values << f.kind;
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

// A null QString binds as SQL NULL; every text column here is NOT NULL with '' for none.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Store::latestVersion()
{
    return int(migrations::sqlite().size());
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

StoreError Store::error(StoreError::Kind kind, const QSqlQuery *query, qint64 number) const
{
    const QSqlError e = query && query->lastError().isValid() ? query->lastError() : database().lastError();
    qCWarning(lcStore) << "store error" << int(kind) << e.nativeErrorCode();
    return { kind, e.text(), number };
}

QString StoreError::message() const
{
    using K = Kind;
    const QString why = detail.isEmpty() ? QCoreApplication::translate("Store", "no reason given") : detail;
    switch (kind) {
    case K::NoDriver:
        return QCoreApplication::translate("Store", "The Qt SQL driver for %1 is not installed.").arg(detail);
    case K::NotOpen:
        return QCoreApplication::translate("Store", "The database could not be opened (%1).").arg(why);
    case K::Migration:
        return QCoreApplication::translate("Store", "The database could not be brought to schema %1 (%2).")
            .arg(number)
            .arg(why);
    case K::WriteAudit:
        return QCoreApplication::translate("Store", "The audit record could not be written (%1).").arg(why);
    case K::ReadAudit:
        return QCoreApplication::translate("Store", "The audit log could not be read (%1).").arg(why);
    case K::VerifyChain:
        return QCoreApplication::translate("Store", "The audit log's chain could not be verified (%1).").arg(why);
    case K::ReadStaff:
        return QCoreApplication::translate("Store", "The staff table could not be read (%1).").arg(why);
    case K::WriteStaff:
        return QCoreApplication::translate("Store", "The staff table could not be written (%1).").arg(why);
    case K::RecordKindRefused:
        return QCoreApplication::translate("Store", "The gateway does not write this kind of record.");
    case K::NotStaff:
        return QCoreApplication::translate("Store", "Not an enabled member of staff.");
    case K::SaveResult:
        return QCoreApplication::translate("Store", "The result could not be saved (%1).").arg(why);
    case K::ReadResult:
        return QCoreApplication::translate("Store", "The saved result could not be read (%1).").arg(why);
    case K::ListResults:
        return QCoreApplication::translate("Store", "The saved results could not be listed (%1).").arg(why);
    case K::DeleteResults:
        return QCoreApplication::translate("Store", "Old saved results could not be deleted (%1).").arg(why);
    case K::DeleteAudit:
        return QCoreApplication::translate("Store", "Old audit records could not be deleted (%1).").arg(why);
    case K::NoSuchResult:
        return QCoreApplication::translate("Store", "There is no saved result %1 that you may read.").arg(number);
    case K::RetentionTooShort:
        return QCoreApplication::translate("Store", "Audit retention keeps at least %1 days.").arg(number);
    case K::UnknownVersion:
        return QCoreApplication::translate("Store", "The saved answer is in an unknown SSBTEK version (%1).")
            .arg(number);
    case K::UnreadableAnswer:
        return QCoreApplication::translate("Store", "The saved answer could not be read: %1").arg(detail);
    case K::OpenNotAudited:
        return QCoreApplication::translate(
            "Store", "The saved answer is not opened: its audit record could not be written. %1")
            .arg(detail);
    }
    return why;
}

Expected<std::unique_ptr<Store>, StoreError> Store::open(const StoreSettings &settings)
{
    return openAtVersion(settings, latestVersion() + (settings.backend == StoreSettings::Backend::Postgres ? 1 : 0));
}

Expected<std::unique_ptr<Store>, StoreError> Store::openAnother() const
{
    auto reader = openAtVersion(m_settings, m_target); // migrated already: no migration here
    if (reader)
        (*reader)->m_forCaseworkers = m_forCaseworkers;
    return reader;
}

Expected<std::unique_ptr<Store>, StoreError> Store::openAtVersion(const StoreSettings &settings, int version)
{
    std::unique_ptr<Store> store(new Store);
    store->m_connection = u"ssbtek-store-"_s + QUuid::createUuid().toString(QUuid::Id128);
    store->m_settings = settings;
    store->m_target = version;
    store->m_postgres = settings.backend == StoreSettings::Backend::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(store->m_postgres ? u"QPSQL"_s : u"QSQLITE"_s, store->m_connection);
    if (!db.isValid())
        return unexpected(
            StoreError { StoreError::Kind::NoDriver, store->m_postgres ? u"PostgreSQL"_s : u"SQLite"_s, 0 });
    if (store->m_postgres) {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(settings.options);
    } else {
        const QString path = settings.sqlitePath.isEmpty() ? StoreSettings::defaultSqlitePath() : settings.sqlitePath;
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo::exists(folder)) // a folder we make is the user's alone; one IT chose is left as it is
            privatefiles::makePrivateDir(folder);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open())
        return unexpected(store->error(StoreError::Kind::NotOpen));
    if (!store->m_postgres) {
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=FULL"_s); // a saved answer is on disk when the save returns
    }
    const auto migrated = store->migrate(version);
    if (!migrated)
        return unexpected(migrated.error());
    return store;
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT max(version) FROM schema_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Expected<bool, StoreError> Store::migrate(int target)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!db.tables().contains(u"schema_version"_s)
        && !q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)"_s)) {
        // Another process may have made it meanwhile; only a real failure counts.
        if (!database().tables().contains(u"schema_version"_s))
            return unexpected(error(StoreError::Kind::NotOpen));
    }
    const QList<QStringList> steps = m_postgres ? migrations::postgres() : migrations::sqlite();
    for (int version = schemaVersion() + 1; version <= std::min<int>(target, int(steps.size())); ++version) {
        Transaction t(db, m_postgres);
        if (!t.ok())
            return unexpected(error(StoreError::Kind::Migration));
        if (schemaVersion() >= version)
            continue; // another process migrated while we waited for the lock
        for (const QString &statement : steps.at(version - 1)) {
            if (!q.exec(statement))
                return unexpected(error(StoreError::Kind::Migration, &q, version));
        }
        q.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s);
        q.addBindValue(version);
        q.addBindValue(clock::now().toString(Qt::ISODateWithMs));
        if (!q.exec() || !t.commit())
            return unexpected(error(StoreError::Kind::Migration, &q, version));
    }
    return true;
}

Expected<qint64, StoreError> Store::appendAudit(AuditRecord r)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (m_postgres) {
        // The server stamps time, caseworker and unit and chains the record; a time given
        // here counts only for the database's owner (importing an older log).
        const QString at = r.at.isValid() ? r.at.toUTC().toString(Qt::ISODateWithMs) : QString();
        if (m_forCaseworkers) {
            q.prepare(u"SELECT ssbtek_gateway_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            q.addBindValue(text(r.caseworker));
        } else {
            q.prepare(u"SELECT ssbtek_audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        }
        for (const QString &v : { at, r.kind, r.person, r.purpose, r.legalBasis, r.version, r.agencies, r.outcome,
                 r.caseId, r.endpoint, r.detail })
            q.addBindValue(text(v));
        if (!q.exec() || !q.next())
            return unexpected(error(StoreError::Kind::WriteAudit, &q));
        return q.value(0).toLongLong();
    }
    r.at = (r.at.isValid() ? r.at : clock::now()).toUTC();
    Transaction t(db, false);
    if (!t.ok())
        return unexpected(error(StoreError::Kind::WriteAudit, &q));
    if (m_forCaseworkers) { // the rules the PostgreSQL function keeps, for a single gateway
        static const QStringList kinds { u"asked"_s, u"query"_s, u"interrupted"_s, u"refused"_s };
        if (!kinds.contains(r.kind))
            return unexpected(StoreError { StoreError::Kind::RecordKindRefused, {}, 0 });
        const auto member = staffMember(r.caseworker);
        if (!member)
            return unexpected(member.error());
        if ((r.kind == u"asked" && !(*member && (*member)->enabled)) || (r.kind != u"refused" && !*member))
            return unexpected(StoreError { StoreError::Kind::NotStaff, {}, 0 });
        r.unit = *member ? (*member)->unit : QString();
    }
    const auto id = insertChained(r);
    if (!id)
        return id;
    if (!t.commit())
        return unexpected(error(StoreError::Kind::WriteAudit, &q));
    return id;
}

Expected<std::optional<StaffMember>, StoreError> Store::staffMember(const QString &login) const
{
    QSqlQuery q(database());
    q.prepare(m_postgres ? u"SELECT unit, role, enabled FROM ssbtek_gateway_staff(?)"_s
                         : u"SELECT unit, role, enabled FROM ssbtek_staff WHERE login = ?"_s);
    q.addBindValue(text(login));
    if (!q.exec())
        return unexpected(error(StoreError::Kind::ReadStaff, &q));
    if (!q.next() || q.value(0).isNull())
        return std::optional<StaffMember>();
    return std::optional(StaffMember { login, q.value(0).toString(), q.value(1).toString(), q.value(2).toBool() });
}

Expected<bool, StoreError> Store::setStaffMember(const StaffMember &m)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO ssbtek_staff (login, unit, role, enabled) VALUES (?, ?, ?, ?) ON CONFLICT (login) "
              "DO UPDATE SET unit = excluded.unit, role = excluded.role, enabled = excluded.enabled"_s);
    q.addBindValue(text(m.login));
    q.addBindValue(text(m.unit));
    q.addBindValue(text(m.role));
    q.addBindValue(m.enabled);
    if (!q.exec())
        return unexpected(error(StoreError::Kind::WriteStaff, &q));
    return true;
}

Expected<qint64, StoreError> Store::insertChained(AuditRecord r)
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s))
        return unexpected(error(StoreError::Kind::WriteAudit, &q));
    r.prevHash = q.next() ? q.value(0).toString() : QString();
    r.hash = r.computeHash();
    q.prepare(
        u"INSERT INTO audit_log (at, kind, caseworker, unit, person, purpose, legal_basis, version, agencies, "
        "outcome, case_id, endpoint, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QString &v : { r.at.toString(Qt::ISODateWithMs), r.kind, r.caseworker, r.unit, r.person, r.purpose,
             r.legalBasis, r.version, r.agencies, r.outcome, r.caseId, r.endpoint, r.detail, r.prevHash, r.hash })
        q.addBindValue(text(v));
    if (!q.exec())
        return unexpected(error(StoreError::Kind::WriteAudit, &q));
    return q.lastInsertId().toLongLong();
}

Expected<QList<AuditRecord>, StoreError> Store::audit(const AuditFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM audit_log"_s + whereFor(filter, u"at"_s, values, true)
        + u" ORDER BY id DESC LIMIT %1"_s.arg(filter.limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(StoreError::Kind::ReadAudit, &q));
    QList<AuditRecord> records;
    while (q.next())
        records.append(readAudit(q));
    return records;
}

Expected<ChainStatus, StoreError> Store::verifyAudit() const
{
    ChainStatus status;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (m_postgres) {
        if (!q.exec(u"SELECT records, first_broken, starts_after, newest_at FROM ssbtek_audit_verify()"_s) || !q.next())
            return unexpected(error(StoreError::Kind::VerifyChain, &q));
        status.records = q.value(0).toLongLong();
        status.firstBrokenId = q.value(1).toLongLong();
        status.startsAfter = q.value(2).toLongLong();
        status.newestAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    } else {
        // Where audit retention deleted the oldest records, the chain starts from the hash its
        // record names: the newest such anchor before the first record left.
        QString prev;
        if (!q.exec(u"SELECT min(id) FROM audit_log"_s) || !q.next())
            return unexpected(error(StoreError::Kind::VerifyChain, &q));
        const qint64 firstId = q.value(0).toLongLong();
        if (!q.exec(u"SELECT detail FROM audit_log WHERE kind = 'audit-retention'"_s)) // a detail not JSON is no anchor
            return unexpected(error(StoreError::Kind::VerifyChain, &q));
        while (q.next()) {
            const QJsonObject anchor = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const qint64 through = anchor.value(u"throughId"_s).toInteger();
            if (through < firstId && through > status.startsAfter) {
                status.startsAfter = through;
                prev = anchor.value(u"throughHash"_s).toString();
            }
        }
        if (!q.exec(u"SELECT * FROM audit_log ORDER BY id"_s))
            return unexpected(error(StoreError::Kind::VerifyChain, &q));
        bool v2 = false; // once the chain has a version-2 record, every later one must be one
        while (q.next()) {
            const AuditRecord r = readAudit(q);
            ++status.records;
            status.newestAt = r.at;
            AuditRecord expected = r;
            expected.prevHash = prev;
            const int version = AuditRecord::hashVersion(r.hash);
            v2 = v2 || version == 2;
            if (!status.firstBrokenId
                && (r.prevHash != prev || (v2 && version != 2) || r.hash != expected.computeHash(version)))
                status.firstBrokenId = r.id;
            prev = r.hash;
        }
    }
    status.intact = status.firstBrokenId == 0;
    if (!status.intact)
        status.problem = QCoreApplication::translate("Store",
            "Audit record %1 does not match the chain: it, or the "
            "one before it, has been changed.")
                             .arg(status.firstBrokenId);
    return status;
}

Expected<qint64, StoreError> Store::saveResult(const SavedResult &s)
{
    QSqlDatabase db = database();
    Transaction t(db, m_postgres);
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO saved_result (saved_at, caseworker, unit, person, period_from, period_to, version, case_id, "
        "agencies, note, raw_answer) VALUES (?, %1, %2, ?, ?, ?, ?, ?, ?, ?, ?)%3"_s.arg(
            m_postgres ? u"session_user"_s : u"?"_s, m_postgres ? u"coalesce(ssbtek_my_unit(), '')"_s : u"?"_s,
            m_postgres ? u" RETURNING id"_s : QString()));
    q.addBindValue((s.savedAt.isValid() ? s.savedAt : clock::now()).toUTC().toString(Qt::ISODateWithMs));
    if (!m_postgres) {
        q.addBindValue(text(s.caseworker));
        q.addBindValue(text(s.unit));
    }
    q.addBindValue(text(s.person));
    q.addBindValue(text(s.from.toString(Qt::ISODate)));
    q.addBindValue(text(s.to.toString(Qt::ISODate)));
    q.addBindValue(s.version);
    q.addBindValue(text(s.caseId));
    q.addBindValue(text(s.agencies));
    q.addBindValue(text(s.note));
    q.addBindValue(s.rawAnswer.isNull() ? QByteArray("") : s.rawAnswer);
    if (!t.ok() || !q.exec())
        return unexpected(error(StoreError::Kind::SaveResult, &q));
    const qint64 id = m_postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    if (!t.commit())
        return unexpected(error(StoreError::Kind::SaveResult, &q));
    return id;
}

Expected<SavedResult, StoreError> Store::loadResult(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT * FROM saved_result WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return unexpected(error(StoreError::Kind::ReadResult, &q));
    if (!q.next())
        return unexpected(StoreError { StoreError::Kind::NoSuchResult, {}, id });
    return readSaved(q);
}

Expected<QList<SavedResult>, StoreError> Store::savedResults(const AuditFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, saved_at, caseworker, unit, person, period_from, period_to, version, case_id, agencies, note "
        "FROM saved_result"_s
        + whereFor(filter, u"saved_at"_s, values, false) + u" ORDER BY id DESC LIMIT %1"_s.arg(filter.limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(StoreError::Kind::ListResults, &q));
    QList<SavedResult> list;
    while (q.next()) {
        list.append(readSaved(q));
    }
    return list;
}

Expected<int, StoreError> Store::applyRetention(int days, const QString &caseworker)
{
    const QString cutoff = clock::now().addDays(-days).toString(Qt::ISODateWithMs);
    int deleted = 0;
    {
        QSqlDatabase db = database();
        Transaction t(db, m_postgres);
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM saved_result WHERE saved_at < ?"_s);
        q.addBindValue(cutoff);
        if (!t.ok() || !q.exec())
            return unexpected(error(StoreError::Kind::DeleteResults, &q));
        deleted = q.numRowsAffected();
        if (!t.commit())
            return unexpected(error(StoreError::Kind::DeleteResults, &q));
    }
    AuditRecord r;
    r.kind = u"retention"_s;
    r.caseworker = caseworker;
    r.detail = u"deleted %1 saved answer(s) older than %2 days"_s.arg(deleted).arg(days);
    const auto audited = appendAudit(r);
    if (!audited)
        return unexpected(audited.error());
    return deleted;
}

Expected<qint64, StoreError> Store::applyAuditRetention(int days, const QString &caseworker)
{
    const auto failed = StoreError::Kind::DeleteAudit;
    if (days < MinimumAuditRetentionDays)
        return unexpected(StoreError { StoreError::Kind::RetentionTooShort, {}, MinimumAuditRetentionDays });
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (m_postgres) {
        Transaction t(db, true);
        q.prepare(u"SELECT deleted FROM ssbtek_audit_retention(?)"_s);
        q.addBindValue(days);
        if (!t.ok() || !q.exec() || !q.next())
            return unexpected(error(failed, &q));
        const qint64 deleted = q.value(0).toLongLong();
        if (!t.commit())
            return unexpected(error(failed, &q));
        return deleted;
    }
    Transaction t(db, false);
    if (!t.ok())
        return unexpected(error(failed, &q));
    // Measured from the newest record when the clock is ahead of it: a workstation whose
    // clock is years ahead deletes nothing the log's own times would keep.
    if (!q.exec(u"SELECT at FROM audit_log ORDER BY id DESC LIMIT 1"_s))
        return unexpected(error(failed, &q));
    const QDateTime newest = q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
    const QDateTime now = newest.isValid() ? std::min(clock::now(), newest) : clock::now();
    const QString cutoff = now.addDays(-days).toString(Qt::ISODateWithMs);
    // Only the oldest records, up to the first one young enough: a record with a wrong time
    // in the middle cannot take newer ones along.
    q.prepare(
        u"SELECT coalesce((SELECT min(id) - 1 FROM audit_log WHERE at >= ?), (SELECT max(id) FROM audit_log), 0)"_s);
    q.addBindValue(cutoff);
    if (!q.exec() || !q.next())
        return unexpected(error(failed, &q));
    const qint64 through = q.value(0).toLongLong();
    q.prepare(u"SELECT hash FROM audit_log WHERE id = ?"_s);
    q.addBindValue(through);
    if (!q.exec())
        return unexpected(error(failed, &q));
    const QString throughHash = q.next() ? q.value(0).toString() : QString();
    q.prepare(u"SELECT count(*) FROM audit_log WHERE id <= ?"_s);
    q.addBindValue(through);
    if (!q.exec() || !q.next())
        return unexpected(error(failed, &q));
    const qint64 deleted = q.value(0).toLongLong();
    // First the record that says what goes, chained like any other …
    AuditRecord r;
    r.at = clock::now();
    r.kind = u"audit-retention"_s;
    r.caseworker = caseworker;
    r.outcome = u"deleted"_s;
    r.detail = QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"days"_s, days }, { u"before"_s, cutoff }, { u"deleted"_s, deleted },
                          { u"throughId"_s, through }, { u"throughHash"_s, throughHash } })
            .toJson(QJsonDocument::Compact));
    if (const auto appended = insertChained(r); !appended)
        return unexpected(appended.error());
    // … then the records themselves, past the guard that refuses any other deletion; all in
    // one transaction, so the guard is never down for anyone else.
    const QString guard = u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, "
                          "'audit records cannot be deleted'); END"_s;
    q.prepare(u"DELETE FROM audit_log WHERE id <= ?"_s);
    q.addBindValue(through);
    if (!QSqlQuery(db).exec(u"DROP TRIGGER audit_no_delete"_s) || !q.exec() || !QSqlQuery(db).exec(guard))
        return unexpected(error(failed, &q));
    if (!t.commit())
        return unexpected(error(failed, &q));
    return deleted;
}

} // namespace ssbtek::store
