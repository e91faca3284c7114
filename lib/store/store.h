#pragma once
// The store: audit log and saved results through Qt SQL, on SQLite or PostgreSQL, with
// numbered migrations. Every write is one transaction. One Store per thread.

#include "core/expected.h"
#include "records.h"
#include "storesettings.h"

#include <QList>

#include <QSqlDatabase>
#include <optional>

class QSqlQuery;
#include <QStringList>

namespace ssbtek::store {

// What went wrong in the store, as a kind the front ends can act on, and one whole sentence
// for people per kind (message()). No personal data: `detail` is the database's own words or
// what an inner step said, `number` a schema version, an id or a count of days.
struct StoreError
{
    enum class Kind {
        NoDriver, // detail: "SQLite" | "PostgreSQL"
        NotOpen, // the store could not be opened (or is not open here)
        Migration, // number: the schema version
        WriteAudit,
        ReadAudit,
        VerifyChain,
        ReadStaff,
        WriteStaff,
        RecordKindRefused, // the gateway's store writes only lookup records
        NotStaff, // not an enabled member of staff
        SaveResult,
        ReadResult,
        ListResults,
        DeleteResults,
        DeleteAudit,
        NoSuchResult, // number: the id
        RetentionTooShort, // number: the minimum days
        UnknownVersion, // number: the saved answer's SSBTEK version
        UnreadableAnswer, // detail: what the parser said
        OpenNotAudited, // detail: the audit write's message
    };
    Kind kind = Kind::NotOpen;
    QString detail;
    qint64 number = 0;

    QString message() const;
};

// A member of staff as the gateway knows them: the login its client certificate names.
struct StaffMember
{
    QString login;
    QString unit;
    QString role; // caseworker | supervisor | contact-centre
    bool enabled = true;
};

struct ChainStatus
{
    bool intact = true;
    qint64 records = 0;
    qint64 firstBrokenId = 0; // 0 when intact
    qint64 startsAfter = 0; // audit retention deleted the records through this id (0: none)
    QDateTime newestAt; // the newest record's time: a log cut short at its end shows here
    QString problem;
};

class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (and creates) the store and migrates it to the latest schema.
    static Expected<std::unique_ptr<Store>, StoreError> open(const StoreSettings &settings);
    // Migrates only up to `version`: for tests of migrations from each earlier schema.
    static Expected<std::unique_ptr<Store>, StoreError> openAtVersion(const StoreSettings &settings, int version);

    // Another connection to the same store, for another thread (a Qt SQL connection belongs to
    // the thread that opened it): open it there, use it there, and let it go there. The review
    // reads through one; the store's thread (StoreThread) reads and writes through one.
    Expected<std::unique_ptr<Store>, StoreError> openAnother() const;

    static int latestVersion();
    int schemaVersion() const;
    bool isPostgres() const { return m_postgres; }

    // Appends an audit record (id, prevHash, hash are set here); returns its id.
    Expected<qint64, StoreError> appendAudit(AuditRecord record);

    // ssbtek-gateway: records are written for the caseworker each one names (the login its
    // client certificate gave), with that member's unit; only for enabled staff, except a
    // refusal. On PostgreSQL the server enforces this for the gateway's role.
    void setWritesForCaseworkers(bool on) { m_forCaseworkers = on; }
    bool writesForCaseworkers() const { return m_forCaseworkers; }
    // Who `login` is; empty when not in the staff table.
    Expected<std::optional<StaffMember>, StoreError> staffMember(const QString &login) const;
    // Adds or changes a member (IT: the owner of the database, or the SQLite file's).
    Expected<bool, StoreError> setStaffMember(const StaffMember &member);
    Expected<QList<AuditRecord>, StoreError> audit(const AuditFilter &filter = {}) const;
    // Walks the whole chain (what this login may read) and reports the first broken link.
    Expected<ChainStatus, StoreError> verifyAudit() const;

    Expected<qint64, StoreError> saveResult(const SavedResult &result);
    Expected<SavedResult, StoreError> loadResult(qint64 id) const;
    // Saved results without their raw answer, newest first.
    Expected<QList<SavedResult>, StoreError> savedResults(const AuditFilter &filter = {}) const;
    // Deletes saved answers older than `days` days and audits the deletion. Returns how many.
    Expected<int, StoreError> applyRetention(int days, const QString &caseworker);
    // Audit retention, its own setting: deletes the oldest audit records, up to the first
    // one younger than `days` (at least MinimumAuditRetentionDays), after appending one that
    // says so and names the last one deleted and its hash, so the chain still verifies from
    // there. Age is measured from the earlier of now and the newest record, so a clock set
    // ahead deletes nothing extra. The number deleted. (PostgreSQL: as the database's owner,
    // by the server's clock.)
    Expected<qint64, StoreError> applyAuditRetention(int days, const QString &caseworker);

    QSqlDatabase database() const;

private:
    // Appends `r` to the chain (SQLite), inside the caller's transaction.
    Expected<qint64, StoreError> insertChained(AuditRecord r);
    Store() = default;
    Expected<bool, StoreError> migrate(int target);
    // The kind, with the database's own words from `query` (or the connection) as detail.
    StoreError error(StoreError::Kind kind, const QSqlQuery *query = nullptr, qint64 number = 0) const;

    QString m_connection;
    StoreSettings m_settings; // as opened, for openAnother()
    int m_target = 0;
    bool m_postgres = false;
    bool m_forCaseworkers = false;
};

} // namespace ssbtek::store
