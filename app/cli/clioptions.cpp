#include "clicore.h"

#include "i18n/translations.h"

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

QString languageSetting(const QStringList &arguments)
{
    return AppSettings::load(ConfigLayers::standard(i18n::argumentValue(arguments, u"config"_s))).language;
}

void addOptions(QCommandLineParser &p)
{
    p.addOptions({
        { u"lang"_s, Text::tr("Language of the output: sv or en (default: the setting, else the system's)."),
            u"lang"_s },
        { u"config"_s, Text::tr("Read settings from this INI file instead of the user's settings."), u"file"_s },
        { u"endpoint"_s, Text::tr("SSBTEK endpoint URL (https://…; http:// only to 127.0.0.1)."), u"url"_s },
        { u"ssbtek-version"_s, Text::tr("SSBTEK version: 10 or 11."), u"n"_s },
        { u"pkcs12"_s, Text::tr("Client certificate and key, PKCS#12."), u"file"_s },
        { u"passphrase-file"_s, Text::tr("File holding the PKCS#12 passphrase."), u"file"_s },
        { u"cert"_s, Text::tr("Client certificate, PEM."), u"file"_s },
        { u"key"_s, Text::tr("Client private key, PEM."), u"file"_s },
        { u"ca"_s, Text::tr("CA certificates to trust, PEM (default: the system's)."), u"file"_s },
        { u"timeout"_s, Text::tr("Answer timeout in seconds."), u"seconds"_s },
        { u"connect-timeout"_s, Text::tr("Connect timeout in seconds."), u"seconds"_s },
        { u"org-number"_s, Text::tr("The asking organisation's number."), u"number"_s },
        { u"org-name"_s, Text::tr("The asking organisation's name."), u"name"_s },
        { u"caseworker"_s, Text::tr("Caseworker identity sent with the query (default: login name)."), u"id"_s },
        { u"lefi-actor"_s, Text::tr("The municipality's LEFI actor id (aktörsid)."), u"id"_s },
        { u"person"_s, Text::tr("query: personnummer or samordningsnummer."), u"pnr"_s },
        { u"from"_s, Text::tr("query: first day, YYYY-MM-DD."), u"date"_s },
        { u"to"_s, Text::tr("query: last day, YYYY-MM-DD."), u"date"_s },
        { u"agencies"_s, Text::tr("query: agencies to ask, e.g. AF,CSN,FK (default: all)."), u"codes"_s },
        { u"case-id"_s, Text::tr("query: case id, at most 31 characters (default: generated)."), u"id"_s },
        { u"co-applicant"_s, Text::tr("query: the co-applicant (medsökande) of a household lookup."), u"pnr"_s },
        { u"child"_s, Text::tr("query: a child in a household lookup (repeat for each)."), u"pnr"_s },
        { u"current-case"_s, Text::tr("query: confirm that the person belongs to a current case of your unit.") },
        { u"purpose"_s, Text::tr("query: purpose of the request."), u"text"_s },
        { u"legal-basis"_s, Text::tr("query: legal basis of the request."), u"text"_s },
        { u"show-protected"_s,
            Text::tr("query: for a person with protected identity, also show the addresses (and allow "
                     "--save-raw); recorded in the audit log. Without it they are held back.") },
        { u"save-raw"_s, Text::tr("query: also save the SOAP answer, exactly as received, to this file."), u"file"_s },
        { u"save"_s,
            Text::tr(
                "query: also keep the answer in the store, as the window's Save does; its id is printed (for diff).") },
        { u"format"_s, Text::tr("Output: json (default when not a terminal) or text."), u"format"_s },
        { u"store"_s, Text::tr("The SQLite store (audit log and saved results) to use."), u"file"_s },
        { u"days"_s,
            Text::tr("retention, audit retention: delete saved answers (audit records) older than this many days."),
            u"days"_s },
        { u"caseworker-filter"_s, Text::tr("audit list: only this caseworker's records."), u"id"_s },
        { u"findings"_s, Text::tr("audit review: what the review found."), u"text"_s },
        { u"follow-up"_s, Text::tr("audit review: what is done about it."), u"text"_s },
        { u"filters"_s, Text::tr("audit review: the filters and patterns used."), u"text"_s },
        { u"pattern"_s,
            Text::tr("audit list: only lookups showing this follow-up pattern: outside-hours, many-persons, "
                     "many-caseworkers, lone-case-id, repeated-unsaved."),
            u"name"_s },
    });
}

AppSettings settingsFrom(const QCommandLineParser &p)
{
    // IT's system-wide files (and their locks) always apply; --config replaces the user's own.
    // An option is one more layer, above the user's file: the library refuses it for a key IT
    // has locked, and nothing is done with settings that were not what was asked for.
    ConfigLayers layers = ConfigLayers::standard(p.value(u"config"_s));
    const std::pair<const char16_t *, const char16_t *> options[] = {
        { u"endpoint", u"endpoint/url" },
        { u"ssbtek-version", u"endpoint/version" },
        { u"pkcs12", u"tls/pkcs12" },
        { u"passphrase-file", u"tls/pkcs12PassphraseFile" },
        { u"cert", u"tls/certificate" },
        { u"key", u"tls/key" },
        { u"ca", u"tls/ca" },
        { u"timeout", u"timeouts/answerSeconds" },
        { u"connect-timeout", u"timeouts/connectSeconds" },
        { u"org-number", u"organisation/number" },
        { u"org-name", u"organisation/name" },
        { u"caseworker", u"caseworker/id" },
        { u"lefi-actor", u"lefi/actorId" },
        { u"store", u"store/path" },
    };
    QStringList refused;
    for (const auto &[option, key] : options) {
        const QString name = QString::fromUtf16(option), k = QString::fromUtf16(key);
        if (!p.isSet(name))
            continue;
        const bool set = name == u"store" // a file given is a SQLite store
            ? layers.setCommandLineValue(u"store/backend"_s, u"sqlite"_s)
                && layers.setCommandLineValue(k, p.value(name))
            : layers.setCommandLineValue(k, p.value(name));
        if (!set)
            refused << Text::tr("--%1: %2 is locked by %3.")
                           .arg(name, layers.isLocked(k) ? k : u"store/backend"_s,
                               layers.lockedBy(layers.isLocked(k) ? k : u"store/backend"_s));
    }
    if (!refused.isEmpty()) {
        err() << refused.join(u'\n') << '\n' << Text::tr("Nothing was done.") << '\n';
        err().flush();
        std::exit(InvalidInput);
    }
    return AppSettings::load(layers);
}

int config(const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().value(1);
    const ConfigLayers layers = ConfigLayers::standard(parser.value(u"config"_s));
    if (what == u"show") {
        out() << Text::tr("# system-wide: %1\n# user: %2\n").arg(layers.systemFile(), layers.userFile());
        for (const AppSettings::Key &k : AppSettings::keys()) {
            const ConfigLayers::Value v = layers.value(k.key);
            QString value = v.value.metaType().id() == QMetaType::QStringList ? v.value.toStringList().join(u", "_s)
                                                                              : v.value.toString();
            if (k.key.contains(u"password", Qt::CaseInsensitive) && !k.key.endsWith(u"File"))
                value = u"********"_s; // never printed
            out() << k.key.leftJustified(28) << " = " << value.leftJustified(40) << "  ["
                  << ConfigLayers::sourceName(v.source) << (v.locked ? Text::tr(", locked") : QString()) << "]  # "
                  << k.description() << '\n';
        }
        return Ok;
    }
    if (what == u"check") {
        const AppSettings settings = AppSettings::load(layers);
        const auto problems = settings.check();
        bool errors = false;
        for (const AppSettings::Problem &p : problems) {
            out() << (p.warning ? Text::tr("WARNING ") : Text::tr("ERROR   ")) << p.key << ": " << p.message << '\n';
            errors = errors || !p.warning;
        }
        if (problems.isEmpty())
            out() << Text::tr("The configuration is valid.")
                  << (settings.usesSimulator() ? Text::tr(" (No endpoint: the built-in simulator.)") : QString())
                  << '\n';
        return errors ? InvalidInput : Ok;
    }
    err() << Text::tr("Use: ssbtek-cli config show | config check") << '\n';
    return Usage;
}

} // namespace ssbtek::cli
