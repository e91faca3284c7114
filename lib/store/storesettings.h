#pragma once
// Where the store lives: an SQLite file (the default, in the user's data directory) or a
// shared PostgreSQL database for a whole unit.

#include <QString>

namespace ssbtek::store {

// Audit retention never deletes records younger than this, whatever the setting says.
inline constexpr int MinimumAuditRetentionDays = 365;

struct StoreSettings
{
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // empty: <user data dir>/ssbtek.sqlite
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("ssbtek");
    QString user; // on PostgreSQL the login decides what may be read (row-level security)
    QString password; // never stored in the settings; read from a file or asked for
    QString options; // QPSQL connect options, e.g. "sslmode=require"

    static QString defaultSqlitePath();
};

} // namespace ssbtek::store
