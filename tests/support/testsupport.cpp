#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ssbtek::test {

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
        = u"%1/v%2/se/forsakringskassan/schema/integration/ssbt/_%2/sammansatt_bastjanst_v%2.xsd"_s.arg(dir)
              .arg(version);
    return QFileInfo::exists(path) ? path : QString();
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
