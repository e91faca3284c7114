#pragma once
// Settings as managed desktops have them: system-wide files deployed by IT that may lock
// keys, then the user's own file, then the command line's options. The fixed file
// /etc/xdg/ssbtek-client/ssbtek-client.conf is always read first, whatever the user's
// environment says; the one in $XDG_CONFIG_DIRS's first folder (if another) after it. Locks
// from either hold against the user's file and the command line. For every key: the
// effective value and where it came from.
//
// Locking, in the system file:   [locks]  keys=endpoint/url, organisation/number   (or *)

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace ssbtek {

class ConfigLayers
{
public:
    enum class Source { Default, System, User, CommandLine };
    struct Value
    {
        QVariant value;
        Source source = Source::Default;
        bool locked = false;
    };

    // The standard places; `userFile` empty: the user's own settings file.
    static ConfigLayers standard(const QString &userFile = QString());
    ConfigLayers(const QString &systemFile, const QString &userFile);
    ConfigLayers(const QStringList &systemFiles, const QString &userFile); // the first wins a value

    static QString fixedSystemFile(); // /etc/xdg/ssbtek-client/ssbtek-client.conf
    static QStringList systemFilePaths(); // the fixed file, then $XDG_CONFIG_DIRS's first if another
    QString systemFile() const { return m_systemFiles.join(QLatin1String(", ")); }
    // The system file whose [locks] lock `key`; empty when none does.
    QString lockedBy(const QString &key) const;
    // A value given on the command line, above the user's file: false (nothing set) when
    // `key` is locked.
    bool setCommandLineValue(const QString &key, const QVariant &value);
    QString userFile() const { return m_userFile; }

    Value value(const QString &key, const QVariant &defaultValue = QVariant()) const;
    bool isLocked(const QString &key) const;
    // Writes the user's value; false (nothing written) when IT has locked the key.
    bool setUserValue(const QString &key, const QVariant &value);
    void removeUserValue(const QString &key);
    void sync();

    // Writes a system-wide file as IT deploys it: `values` (empty ones left out) and
    // [locks] keys= `locks` (keys, or groups as "endpoint/*"). The error says why it was not
    // written; a file that exists is replaced whole.
    static std::optional<QString> writeSystemFile(
        const QString &path, const QVariantMap &values, const QStringList &locks);

    static QString sourceName(Source source); // "default", "system", "user": for config show
    static QString sourceText(Source source); // the same for people, translated

private:
    QStringList m_systemFiles;
    QString m_userFile;
    QList<std::shared_ptr<QSettings>> m_systems;
    std::shared_ptr<QSettings> m_user;
    QList<QStringList> m_locks; // per system file
    QVariantMap m_commandLine;
};

} // namespace ssbtek
