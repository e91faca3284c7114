#include "keychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ssbtek::secrets {

namespace {

const QStringList NoKeychainWords { u"Could not connect"_s, u"autolaunch"_s, u"D-Bus"_s, u"DBus"_s,
    u"org.freedesktop.secrets"_s, u"kwalletd"_s, u"ServiceUnknown"_s };

KeychainError errorOf(const QKeychain::Job &job)
{
    using K = KeychainError::Kind;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return { K::NotFound, job.errorString() };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { K::Unavailable, job.errorString() };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { K::Denied, job.errorString() };
    default:
        break;
    }
    // Without a session bus, or with no Secret Service on it, QtKeychain says OtherError in
    // GDBus's words: no keychain here.
    const QString text = job.errorString();
    const bool noBus = std::any_of(NoKeychainWords.cbegin(), NoKeychainWords.cend(),
        [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
    return { noBus ? K::Unavailable : K::Failed, text };
}

// Starts `job` and waits for it (or the timeout): true when it finished without error.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a secret in a plain settings file
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(Keychain::TimeoutMs);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{
}

Expected<QByteArray, KeychainError> Keychain::read(const QString &name) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    if (!run(job)) {
        if (job.error() == QKeychain::NoError) // still waiting
            return unexpected(KeychainError { KeychainError::Kind::Failed, tr("The keychain did not answer.") });
        return unexpected(errorOf(job));
    }
    return job.binaryData();
}

std::optional<KeychainError> Keychain::write(const QString &name, const QByteArray &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(secret);
    if (run(job))
        return std::nullopt;
    if (job.error() == QKeychain::NoError)
        return KeychainError { KeychainError::Kind::Failed, tr("The keychain did not answer.") };
    return errorOf(job);
}

std::optional<KeychainError> Keychain::remove(const QString &name) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    if (run(job))
        return std::nullopt;
    if (job.error() == QKeychain::NoError)
        return KeychainError { KeychainError::Kind::Failed, tr("The keychain did not answer.") };
    KeychainError e = errorOf(job);
    if (e.kind == KeychainError::Kind::NotFound)
        return std::nullopt;
    return e;
}

QString pkcs12PassphraseName(const QString &pkcs12Path)
{
    return u"pkcs12-passphrase:"_s + QFileInfo(pkcs12Path).absoluteFilePath();
}

QString describe(const KeychainError &error)
{
    switch (error.kind) {
    case KeychainError::Kind::NotFound:
        return Keychain::tr("Nothing is kept in the keychain for it.");
    case KeychainError::Kind::Unavailable:
        return Keychain::tr("This desktop has no keychain (Secret Service or KWallet): the passphrase is asked for "
                            "at each start instead. (%1)")
            .arg(error.message);
    case KeychainError::Kind::Denied:
        return Keychain::tr("The keychain refused or stayed locked. (%1)").arg(error.message);
    case KeychainError::Kind::Failed:
        break;
    }
    return Keychain::tr("The keychain failed: %1").arg(error.message);
}

} // namespace ssbtek::secrets
