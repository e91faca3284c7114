#pragma once
// Secrets in the desktop's keychain: the Secret Service (GNOME Keyring, KeePassXC) or KWallet,
// through QtKeychain, never a file of ours and never a fallback in plain text. Every call waits
// for its answer (a keychain answers in milliseconds, or shows its own unlock prompt) and says
// why when there is no keychain, so callers fall back to asking the person.

#include "core/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ssbtek::secrets {

struct KeychainError
{
    enum class Kind {
        NotFound, // the keychain works; nothing is kept under that name
        Unavailable, // no keychain on this desktop (no D-Bus session, no Secret Service)
        Denied, // the person refused, or the keychain stayed locked
        Failed, // anything else the keychain said
    };
    Kind kind;
    QString message; // the keychain's own words, for IT staff
};

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
public:
    // `service` names the program's entries in the keychain.
    explicit Keychain(QString service = QStringLiteral("se.ssbtek.Client"));

    Expected<QByteArray, KeychainError> read(const QString &name) const;
    std::optional<KeychainError> write(const QString &name, const QByteArray &secret) const; // replaces
    std::optional<KeychainError> remove(const QString &name) const; // nothing kept is no error

    // The longest a call waits (an unlock prompt the person ignores): then Failed.
    static constexpr int TimeoutMs = 120000;

private:
    QString m_service;
};

// The name a PKCS#12 file's passphrase is kept under: the file's absolute path, so a renewed
// certificate in another file gets its own.
QString pkcs12PassphraseName(const QString &pkcs12Path);

// Sentences for people.
QString describe(const KeychainError &error);

} // namespace ssbtek::secrets
