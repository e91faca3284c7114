#include "postgresfixture.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ssbtek::test {

std::optional<store::StoreSettings> postgresAdmin(QString *why)
{
    QFile env(QStringLiteral(SSBTEK_PG_DIR) + u"/connection.env"_s);
    if (!env.open(QIODevice::ReadOnly)) {
        QFile unavailable(QStringLiteral(SSBTEK_PG_DIR) + u"/unavailable"_s);
        *why = unavailable.open(QIODevice::ReadOnly) ? QString::fromUtf8(unavailable.readAll()).trimmed()
                                                     : u"the postgres_start fixture did not run"_s;
        return std::nullopt;
    }
    store::StoreSettings pg;
    pg.backend = store::StoreSettings::Backend::Postgres;
    for (const QByteArray &line : env.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        const QString key = l.section(u'=', 0, 0), value = l.section(u'=', 1);
        if (key == u"host")
            pg.host = value;
        else if (key == u"port")
            pg.port = value.toInt();
        else if (key == u"user")
            pg.user = value;
        else if (key == u"password")
            pg.password = value;
        else if (key == u"database")
            pg.database = value;
    }
    return pg;
}

static bool postgresScript(const QString &command)
{
    QProcess p;
    p.start(u"bash"_s, { QStringLiteral(SSBTEK_PG_SCRIPT), command, QStringLiteral(SSBTEK_PG_DIR) });
    return p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool postgresPause()
{
    return postgresScript(u"pause"_s);
}

bool postgresResume()
{
    return postgresScript(u"resume"_s);
}

} // namespace ssbtek::test
