#pragma once
// Settings as managed desktops have them: a system-wide file deployed by IT
// ($XDG_CONFIG_DIRS, normally /etc/xdg/ssbtek-client/ssbtek-client.conf) that may lock keys,
// then the user's own file. For every key: the effective value and where it came from.
//
// Locking, in the system file:   [locks]  keys=endpoint/url, organisation/number   (or *)

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ssbtek {

class ConfigLayers
{
public:
    enum class Source { Default, System, User };
    struct Value
    {
        QVariant value;
        Source source = Source::Default;
        bool locked = false;
    };

    // The standard places; `userFile` empty: the user's own settings file.
    static ConfigLayers standard(const QString &userFile = QString());
    ConfigLayers(const QString &systemFile, const QString &userFile);

    static QString systemFilePath(); // first of $XDG_CONFIG_DIRS (or /etc/xdg) + /ssbtek-client/ssbtek-client.conf
    QString systemFile() const { return m_systemFile; }
    QString userFile() const { return m_userFile; }

    Value value(const QString &key, const QVariant &defaultValue = QVariant()) const;
    bool isLocked(const QString &key) const;
    // Writes the user's value; false (nothing written) when IT has locked the key.
    bool setUserValue(const QString &key, const QVariant &value);
    void removeUserValue(const QString &key);
    void sync();

    static QString sourceName(Source source); // "default", "system", "user": for config show
    static QString sourceText(Source source); // the same for people, translated

private:
    QString m_systemFile;
    QString m_userFile;
    std::shared_ptr<QSettings> m_system;
    std::shared_ptr<QSettings> m_user;
    QStringList m_locks;
};

} // namespace ssbtek
