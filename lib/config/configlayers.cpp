#include "configlayers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString ConfigLayers::fixedSystemFile()
{
    return u"/etc/xdg/ssbtek-client/ssbtek-client.conf"_s;
}

QStringList ConfigLayers::systemFilePaths()
{
    QStringList files { fixedSystemFile() };
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS", u"/etc/xdg"_s);
    const QString first
        = dirs.split(u':', Qt::SkipEmptyParts).value(0, u"/etc/xdg"_s) + u"/ssbtek-client/ssbtek-client.conf"_s;
    if (QFileInfo(first).absoluteFilePath() != QFileInfo(files.first()).absoluteFilePath())
        files << first;
    return files;
}

ConfigLayers ConfigLayers::standard(const QString &userFile)
{
    const QString user = userFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/ssbtek-client/ssbtek-client.conf"_s
                                            : userFile;
    return ConfigLayers(systemFilePaths(), user);
}

ConfigLayers::ConfigLayers(const QString &systemFile, const QString &userFile)
    : ConfigLayers(QStringList { systemFile }, userFile)
{
}

ConfigLayers::ConfigLayers(const QStringList &systemFiles, const QString &userFile)
    : m_systemFiles(systemFiles)
    , m_userFile(userFile)
{
    for (const QString &file : systemFiles) {
        auto settings = std::make_shared<QSettings>(file, QSettings::IniFormat);
        QStringList locks;
        for (const QString &key :
            settings->value(u"locks/keys"_s).toStringList().join(u',').split(u',', Qt::SkipEmptyParts))
            locks << key.trimmed();
        m_systems << settings;
        m_locks << locks;
    }
    QDir().mkpath(QFileInfo(userFile).absolutePath());
    m_user = std::make_shared<QSettings>(userFile, QSettings::IniFormat);
}

QString ConfigLayers::lockedBy(const QString &key) const
{
    for (qsizetype i = 0; i < m_locks.size(); ++i) {
        const QStringList &locks = m_locks.at(i);
        if (locks.contains(u"*"_s) || locks.contains(key) || locks.contains(key.section(u'/', 0, 0) + u"/*"_s))
            return m_systemFiles.at(i);
    }
    return {};
}

bool ConfigLayers::isLocked(const QString &key) const
{
    return !lockedBy(key).isEmpty();
}

bool ConfigLayers::setCommandLineValue(const QString &key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    m_commandLine.insert(key, value);
    return true;
}

ConfigLayers::Value ConfigLayers::value(const QString &key, const QVariant &defaultValue) const
{
    Value v { defaultValue, Source::Default, isLocked(key) };
    for (const auto &system : m_systems) {
        if (system->contains(key)) {
            v.value = system->value(key);
            v.source = Source::System;
            break;
        }
    }
    if (!v.locked && m_user->contains(key)) {
        v.value = m_user->value(key);
        v.source = Source::User;
    }
    if (!v.locked && m_commandLine.contains(key)) {
        v.value = m_commandLine.value(key);
        v.source = Source::CommandLine;
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
    case Source::Default:
        return u"default"_s;
    case Source::System:
        return u"system"_s;
    case Source::User:
        return u"user"_s;
    case Source::CommandLine:
        return u"command-line"_s;
    }
    return {};
}

QString ConfigLayers::sourceText(Source source)
{
    switch (source) {
    case Source::Default:
        return QCoreApplication::translate("ConfigLayers", "default");
    case Source::System:
        return QCoreApplication::translate("ConfigLayers", "system");
    case Source::User:
        return QCoreApplication::translate("ConfigLayers", "yours");
    case Source::CommandLine:
        return QCoreApplication::translate("ConfigLayers", "command line");
    }
    return {};
}

std::optional<QString> ConfigLayers::writeSystemFile(
    const QString &path, const QVariantMap &values, const QStringList &locks)
{
    // Written beside it and renamed over it: a half-written file never locks half the keys.
    const QString temporary = path + u".new"_s;
    QFile::remove(temporary);
    {
        QSettings file(temporary, QSettings::IniFormat);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const bool list = it.value().typeId() == QMetaType::QStringList;
            if (list ? !it.value().toStringList().isEmpty() : !it.value().toString().trimmed().isEmpty())
                file.setValue(it.key(), it.value());
        }
        if (!locks.isEmpty())
            file.setValue(u"locks/keys"_s, locks);
        file.sync();
        if (file.status() != QSettings::NoError) {
            QFile::remove(temporary);
            return QCoreApplication::translate("ConfigLayers", "%1 could not be written.").arg(path);
        }
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return QCoreApplication::translate("ConfigLayers", "%1 could not be written.").arg(path);
    }
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return std::nullopt;
}

} // namespace ssbtek
