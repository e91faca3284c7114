// ssbtek-cli: SSBTEK from the command line — ping (the test operation) and query.

#include "clicommands.h"
#include "config/settings.h"
#include "core/largeheap.h"
#include "core/privatefiles.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ssbtek::privatefiles::restrictNewFiles(); // the store, its -wal and -shm, exports: 0600
    ssbtek::privatefiles::noPayloadDumps();
    ssbtek::largeheap::prepare(); // before Qt's first allocations
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ssbtek-client"_s);
    QCoreApplication::setApplicationName(u"ssbtek-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SSBTEK_VERSION));

    // The language first: the help texts below are translated.
    ssbtek::i18n::setUp(app, ssbtek::cli::languageSetting(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Asks SSBTEK (Försäkringskassan's service for ekonomiskt bistånd) from the command line.\n\n"
        "Commands:\n"
        "  ping    run the service's test operation; one line per agency\n"
        "  query   ask about one person (or a household: --co-applicant, --child) and period;\n"
        "          prints the answer\n"
        "  parse   read a saved SOAP answer (FILE) and print it as query does\n"
        "  audit verify | audit list   check the audit log's hash chain | list its records\n"
        "  audit review | audit retention   record a review | delete old audit records; audited\n"
        "  retention  delete saved answers older than --days (or the setting); audited\n"
        "  config show | config check   the effective settings and where each comes from | check them\n"
        "  diff A B   what changed between two saved results (ids from query --save), as JSON\n\n"
        "Every query is audited (who, whom, when, why, outcome) before anything is shown; when\n"
        "the audit log cannot be written the query is not sent.\n\n"
        "With no endpoint configured, the built-in simulator answers with fictitious data.\n\n"
        "Exit codes: 0 ok; 1 usage; 2 invalid input or settings; 3 no connection (network, timeout,\n"
        "TLS); 4 refused (SOAP fault, HTTP error, not SOAP); 5 answer with agency errors or gaps;\n"
        "6 audit chain broken; 7 audit log or store unusable; 8 output not written in full."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("main", "ping, query, parse, audit, retention, config or diff"));
    ssbtek::cli::addOptions(parser);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == u"ping")
        return ssbtek::cli::ping(parser);
    if (command == u"query")
        return ssbtek::cli::query(parser);
    if (command == u"parse")
        return ssbtek::cli::parse(parser);
    if (command == u"audit")
        return ssbtek::cli::audit(parser);
    if (command == u"retention")
        return ssbtek::cli::retention(parser);
    if (command == u"config")
        return ssbtek::cli::config(parser);
    if (command == u"diff")
        return ssbtek::cli::diff(parser);
    QTextStream(stderr) << QCoreApplication::translate("main", "Unknown or missing command. See --help.") << '\n';
    return ssbtek::cli::Usage;
}
