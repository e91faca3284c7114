#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ssbtek::i18n {

QStringList languages()
{
    return { u"sv"_s, u"en"_s };
}

namespace {
// "sv-SE", "sv_SE.UTF-8", "SV" → "sv"
QString primary(const QString &name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).section(u'.', 0, 0).trimmed().toLower();
}
} // namespace

QString choose(const QString &requested, const QStringList &systemLanguages)
{
    const QStringList known = languages();
    if (known.contains(primary(requested)))
        return primary(requested);
    for (const QString &l : systemLanguages) {
        if (known.contains(primary(l)))
            return primary(l);
    }
    return u"en"_s;
}

QString argumentValue(const QStringList &arguments, const QString &name)
{
    const QString option = u"--"_s + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option || a == option.mid(1))
            return arguments.value(i + 1);
        if (a.startsWith(option + u'='))
            return a.mid(option.size() + 1);
        if (a == u"--")
            break;
    }
    return {};
}

namespace {

// Qt 6's standard buttons take their texts from the context QPlatformTheme, which Debian 12's
// Swedish catalogue (the Qt 4 era qt_sv) lacks: the dialogs said "Save" and "Cancel" in a Swedish
// window. The program's own catalogue carries them (installed last, so asked first).
[[maybe_unused]] const char *const QtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

} // namespace

bool install(QCoreApplication &app, const QString &language)
{
    auto own = new QTranslator(&app);
    if (!own->load(u":/i18n/ssbtek_"_s + language)) {
        delete own;
        return false;
    }
    // Qt's own texts (standard buttons, dialogs) where the system has them (qt6-translations-l10n).
    // qtbase_sv where it exists, else the older all-in-one qt_sv (Debian 12 has only that).
    auto qt = new QTranslator(&app);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(u"qtbase_"_s + language, dir) || qt->load(u"qt_"_s + language, dir))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return true;
}

QString setUp(QCoreApplication &app, const QString &setting)
{
    QString requested = argumentValue(QCoreApplication::arguments(), u"lang"_s);
    if (requested.isEmpty())
        requested = setting;
    const QString language = choose(requested, QLocale::system().uiLanguages());
    install(app, language);
    return language;
}

InSourceLanguage::InSourceLanguage()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        for (QTranslator *t : app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            if (QCoreApplication::removeTranslator(t))
                m_removed.append(t);
        }
    }
}

InSourceLanguage::~InSourceLanguage()
{
    for (QTranslator *t : std::as_const(m_removed))
        QCoreApplication::installTranslator(t);
}

} // namespace ssbtek::i18n
