#include "configlayers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString ConfigLayers::systemFilePath()
{
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS", u"/etc/xdg"_s);
    const QString first = dirs.split(u':', Qt::SkipEmptyParts).value(0, u"/etc/xdg"_s);
    return first + u"/ssbtek-client/ssbtek-client.conf"_s;
}

ConfigLayers ConfigLayers::standard(const QString &userFile)
{
    const QString user = userFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    + u"/ssbtek-client/ssbtek-client.conf"_s
                                            : userFile;
    return ConfigLayers(systemFilePath(), user);
}

ConfigLayers::ConfigLayers(const QString &systemFile, const QString &userFile)
    : m_systemFile(systemFile), m_userFile(userFile)
{
    m_system = std::make_shared<QSettings>(systemFile, QSettings::IniFormat);
    QDir().mkpath(QFileInfo(userFile).absolutePath());
    m_user = std::make_shared<QSettings>(userFile, QSettings::IniFormat);
    for (const QString &key : m_system->value(u"locks/keys"_s).toStringList().join(u',').split(u',', Qt::SkipEmptyParts))
        m_locks << key.trimmed();
}

bool ConfigLayers::isLocked(const QString &key) const
{
    return m_locks.contains(u"*"_s) || m_locks.contains(key) || m_locks.contains(key.section(u'/', 0, 0) + u"/*"_s);
}

ConfigLayers::Value ConfigLayers::value(const QString &key, const QVariant &defaultValue) const
{
    Value v { defaultValue, Source::Default, isLocked(key) };
    if (m_system->contains(key)) {
        v.value = m_system->value(key);
        v.source = Source::System;
    }
    if (!v.locked && m_user->contains(key)) {
        v.value = m_user->value(key);
        v.source = Source::User;
    }
    return v;
}

bool ConfigLayers::setUserValue(const QString &key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    m_user->setValue(key, value);
    return true;
}

void ConfigLayers::removeUserValue(const QString &key)
{
    m_user->remove(key);
}

void ConfigLayers::sync()
{
    m_user->sync();
}

QString ConfigLayers::sourceName(Source source)
{
    switch (source) {
    case Source::Default: return u"default"_s;
    case Source::System: return u"system"_s;
    case Source::User: return u"user"_s;
    }
    return {};
}

QString ConfigLayers::sourceText(Source source)
{
    switch (source) {
    case Source::Default: return QCoreApplication::translate("ConfigLayers", "default");
    case Source::System: return QCoreApplication::translate("ConfigLayers", "system");
    case Source::User: return QCoreApplication::translate("ConfigLayers", "yours");
    }
    return {};
}

} // namespace ssbtek
