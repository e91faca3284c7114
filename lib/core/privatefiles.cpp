#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace ssbtek::privatefiles {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

void restrictNewFiles()
{
    ::umask(077);
}

void noPayloadDumps()
{
    qunsetenv("KDSOAP_DEBUG");
}

QString write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never half a file under the real name
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Could not write %1: %2").arg(path, file.errorString());
    // The temporary file is the user's alone before a byte is written to it.
    ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("Could not write %1: %2").arg(path, file.errorString());
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

bool makePrivateDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir, OwnerOnly | QFileDevice::ExeOwner);
}

QString secretFileProblem(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Text::tr("%1 cannot be read.").arg(path);
    if (!S_ISREG(st.st_mode))
        return Text::tr("%1 is not a regular file.").arg(path);
    if (st.st_mode & (S_IRWXG | S_IRWXO))
        return Text::tr("%1 may be read by others than its owner: make it 0600 (chmod 600).").arg(path);
    return {};
}

} // namespace ssbtek::privatefiles
