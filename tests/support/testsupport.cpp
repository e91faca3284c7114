#include "testsupport.h"

#include "core/clock.h"
#include "xsd/xsdvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ssbtek::test {

QDateTime now()
{
    static const QDateTime at = [] {
        if (const auto fixed = clock::parseInstant(qEnvironmentVariable("SSBTEK_NOW")))
            return *fixed;
        return QDateTime(QDate(2026, 6, 15), QTime(10, 0)); // a weekday, mid-month, mid-year
    }();
    return at;
}

void fixClock()
{
    clock::fixAt(now());
    qputenv("SSBTEK_NOW", now().toUTC().toString(Qt::ISODateWithMs).toUtf8());
}

bool inCi()
{
    return qEnvironmentVariable("CI") == u"true" || qEnvironmentVariable("CI") == u"1";
}

QString contractDir()
{
    QString dir = qEnvironmentVariable("SSBTEK_CONTRACT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SSBTEK_SOURCE_DIR) + u"/../shared/ssbtek-contract"_s;
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString wrapperXsd(int version)
{
    const QString dir = contractDir();
    if (dir.isEmpty())
        return {};
    const QString path
        = u"%1/v%2/se/forsakringskassan/schema/integration/ssbt/_%2/sammansatt_bastjanst_v%2.xsd"_s.arg(dir).arg(
            version);
    return QFileInfo::exists(path) ? path : QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray fixture(const QString &dir, const QString &name)
{
    QByteArray text = readFile(dir + u'/' + name);
    static const QRegularExpression placeholder(u"@BASE64(WRAP)?:([^@]+)@"_s);
    for (;;) {
        const auto m = placeholder.match(QString::fromUtf8(text));
        if (!m.hasMatch())
            return text;
        QByteArray encoded = readFile(dir + u'/' + m.captured(2)).toBase64();
        if (!m.captured(1).isEmpty()) {
            for (qsizetype i = 76; i < encoded.size(); i += 77)
                encoded.insert(i, '\n');
        }
        text.replace(m.captured(0).toUtf8(), encoded);
    }
}

QString certificates()
{
    static QTemporaryDir dir;
    static const bool made = [] {
        QProcess p;
        p.start(u"bash"_s, { QStringLiteral(SSBTEK_CERT_SCRIPT), dir.path() });
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }();
    return made ? dir.path() : QString();
}

} // namespace ssbtek::test
