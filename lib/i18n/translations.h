#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace ssbtek::i18n {

// The languages the program speaks; English is the source language of the code.
QStringList languages();

// The language to use: `requested` (--lang or the ui/language setting) when it is one we speak,
// else the first of the system's UI languages that we speak, else English.
QString choose(const QString &requested, const QStringList &systemLanguages);

// The value of option --NAME in the arguments ("--NAME value" or "--NAME=value"), empty without
// one. Read before the command-line parser runs, since its help texts are translated.
QString argumentValue(const QStringList &arguments, const QString &name);

// Installs the program's and Qt's own translations for `language` on the application.
// Returns false (and installs nothing of ours) when the program has no translation for it.
bool install(QCoreApplication &app, const QString &language);

// Everything at once, for the programs' main(): --lang, else the setting, else the system.
QString setUp(QCoreApplication &app, const QString &setting);

// While one lives, tr() gives the source texts (English): for names a program reads (the keys of
// `ssbtek-cli diff`'s JSON), which must not change with the language. The translations installed
// by install() are taken away, and put back in their order when it ends. Only where no other
// thread translates meanwhile (the CLI's main thread).
class InSourceLanguage
{
public:
    InSourceLanguage();
    ~InSourceLanguage();
    InSourceLanguage(const InSourceLanguage &) = delete;
    InSourceLanguage &operator=(const InSourceLanguage &) = delete;

private:
    QList<QTranslator *> m_removed;
};

} // namespace ssbtek::i18n
