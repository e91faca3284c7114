// ssbtek-sim: the SSBTEK simulator as a program of its own, for tests, training and
// acceptance. Listens on 127.0.0.1 only.

#include "i18n/translations.h"
#include "simulator/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ssbtek;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ssbtek-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SSBTEK_VERSION));
    i18n::setUp(app, QString());
    QTextStream err(stderr);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ssbtek-sim",
        "An SSBTEK simulator with fictitious test persons. It listens on 127.0.0.1, answers\n"
        "hamtaBastjanstInformation and testaBastjanstInformation, and refuses requests in another\n"
        "version's namespace with a SOAP fault, as the real service does.\n"
        "Prints the URL it serves on the first line of standard output."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        { u"port"_s, QCoreApplication::translate("ssbtek-sim", "TCP port (default: any free one)."), u"port"_s,
            u"0"_s },
        { u"ssbtek-version"_s,
            QCoreApplication::translate("ssbtek-sim", "Version(s) to serve: 10, 11 or both (default: 11)."), u"v"_s,
            u"11"_s },
        { u"tls-cert"_s,
            QCoreApplication::translate("ssbtek-sim", "Server certificate (PEM); with it the simulator speaks TLS."),
            u"file"_s },
        { u"tls-key"_s, QCoreApplication::translate("ssbtek-sim", "Server private key (PEM)."), u"file"_s },
        { u"client-ca"_s, QCoreApplication::translate("ssbtek-sim", "CA (PEM) whose client certificates are required."),
            u"file"_s },
        { u"catalogue"_s,
            QCoreApplication::translate("ssbtek-sim", "Person catalogue (JSON) instead of the built-in one."),
            u"file"_s },
        { u"fault"_s,
            QCoreApplication::translate("ssbtek-sim", "Misbehave on every request: ") + sim::faultNames().join(u", "_s),
            u"name"_s },
        { u"delay-ms"_s, QCoreApplication::translate("ssbtek-sim", "Answer after this many milliseconds."), u"ms"_s,
            u"0"_s },
        { u"threads"_s, QCoreApplication::translate("ssbtek-sim", "Requests answered at once (default: one per core)."),
            u"n"_s, QString::number(QThread::idealThreadCount()) },
        { u"contract"_s,
            QCoreApplication::translate("ssbtek-sim",
                "Folder of Försäkringskassan's published contract: requests are then "
                "also validated against its XSD (default: $SSBTEK_CONTRACT_DIR)."),
            u"dir"_s },
        { u"today"_s,
            QCoreApplication::translate(
                "ssbtek-sim", "Resolve the catalogue's relative dates against this day (YYYY-MM-DD)."),
            u"date"_s },
        { u"ping-error"_s,
            QCoreApplication::translate(
                "ssbtek-sim", "The test operation reports an error for this agency (AF, CSN, …); repeatable."),
            u"code"_s },
        { u"list-persons"_s,
            QCoreApplication::translate(
                "ssbtek-sim", "Print the catalogue's test persons and what each shows, then exit.") },
        { u"lang"_s,
            QCoreApplication::translate("ssbtek-sim", "Language of messages: sv or en (default: the system's)."),
            u"lang"_s },
    });
    p.process(app);

    sim::SimulatorOptions options;
    const QString versions = p.value(u"ssbtek-version"_s);
    if (versions == u"both") {
        options.versions = ProtocolVersion::all();
    } else if (const auto v = ProtocolVersion::parse(versions)) {
        options.versions = { *v };
    } else {
        err << "Unknown SSBTEK version: " << versions << '\n';
        return 1;
    }
    if (p.isSet(u"tls-cert"_s)) {
        const auto ssl
            = sim::SimulatorOptions::serverSsl(p.value(u"tls-cert"_s), p.value(u"tls-key"_s), p.value(u"client-ca"_s));
        if (!ssl) {
            err << "TLS: " << ssl.error() << '\n';
            return 1;
        }
        options.tls = true;
        options.ssl = *ssl;
    }
    if (p.isSet(u"fault"_s)) {
        const auto fault = sim::faultFromName(p.value(u"fault"_s));
        if (!fault) {
            err << "Unknown fault; one of: " << sim::faultNames().join(u", "_s) << '\n';
            return 1;
        }
        options.fault = *fault;
    }
    options.delayMs = p.value(u"delay-ms"_s).toInt();
    options.threads = qBound(1, p.value(u"threads"_s).toInt(), 64);
    options.contractDir = p.isSet(u"contract"_s) ? p.value(u"contract"_s) : qEnvironmentVariable("SSBTEK_CONTRACT_DIR");
    if (p.isSet(u"today"_s)) {
        options.today = QDate::fromString(p.value(u"today"_s), Qt::ISODate);
        if (!options.today.isValid()) {
            err << "--today takes YYYY-MM-DD\n";
            return 1;
        }
    }
    for (const QString &code : p.values(u"ping-error"_s)) {
        const auto agency = agencyFromCode(code);
        if (!agency) {
            err << "Unknown agency: " << code << '\n';
            return 1;
        }
        options.pingErrors.insert(agencyCode(*agency),
            QJsonObject { { u"source"_s, u"BT"_s }, { u"code"_s, u"SIM-PING"_s },
                { u"messages"_s, QJsonArray { u"Simulated test failure"_s } } });
    }

    auto catalogue = sim::PersonCatalogue::load(p.value(u"catalogue"_s));
    if (!catalogue) {
        err << "Catalogue: " << catalogue.error() << '\n';
        return 1;
    }
    if (p.isSet(u"list-persons"_s)) {
        QTextStream out(stdout);
        out << "| personnummer | name | what it shows |\n| --- | --- | --- |\n";
        for (const sim::TestPerson &person : catalogue->persons())
            out << "| " << person.personnummer.left(8) << '-' << person.personnummer.mid(8) << " | " << person.firstName
                << ' ' << person.lastName << " | " << person.shows << " |\n";
        return 0;
    }
    sim::SimulatorServer server(options, *catalogue);
    if (const auto started = server.start(quint16(p.value(u"port"_s).toUInt())); !started) {
        err << "Cannot listen: " << started.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << server.url().toString() << Qt::endl;
    err << "ssbtek-sim: serving " << catalogue->persons().size() << " fictitious test persons; Ctrl-C stops.\n";
    err.flush();
    return app.exec();
}
