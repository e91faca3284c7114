// ssbtek-gateway: between the municipality's desktops and SSBTEK. It alone holds the
// organisation's certificate; it applies the rules and writes the audit log for the
// caseworker each client certificate names. See the IT guide's deployment section.

#include "core/privatefiles.h"
#include "gateway/gatewayserver.h"
#include "i18n/translations.h"
#include "lookup/lookupsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ssbtek;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    privatefiles::restrictNewFiles();
    privatefiles::noPayloadDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ssbtek-gateway"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SSBTEK_VERSION));
    i18n::setUp(app, QString());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ssbtek-gateway",
        "Serves SSBTEK's contract to caseworkers' desktops over TLS with their own certificates, and\n"
        "forwards each lookup to SSBTEK with the organisation's certificate, after the rules and\n"
        "the audit record. Exit codes: 0 stopped cleanly / the file is fine, 1 the configuration\n"
        "has problems, 2 it could not start."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        { u"config"_s, QCoreApplication::translate("ssbtek-gateway", "The configuration file (INI)."), u"file"_s,
            u"/etc/ssbtek-gateway/ssbtek-gateway.conf"_s },
        { u"check"_s,
            QCoreApplication::translate(
                "ssbtek-gateway", "Check the file, its certificates and the store, then exit.") },
    });
    p.process(app);

    const auto loaded = gateway::GatewaySettings::load(p.value(u"config"_s));
    if (!loaded) {
        err << loaded.error() << '\n';
        return 1;
    }
    const gateway::GatewaySettings &settings = loaded.value();
    QList<AppSettings::Problem> problems = settings.check();
    bool fatal = false;
    for (const AppSettings::Problem &problem : std::as_const(problems)) {
        err << (problem.warning ? "warning: "_L1 : "error: "_L1) << problem.key << ": " << problem.message << '\n';
        fatal = fatal || !problem.warning;
    }
    if (fatal)
        return 1;
    // The store: reachable, migrated, the staff table there. Its unfinished lookups (an
    // instance killed mid-call) are marked interrupted before anything else is served.
    auto opened = store::Store::open(settings.service.storeSettings());
    if (!opened) {
        err << "error: store: " << opened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<store::Store> store = std::move(opened).value();
    store->setWritesForCaseworkers(true);
    if (const auto staff = store->staffMember(u"-"_s); !staff) {
        err << "error: store: " << staff.error().message() << '\n';
        return 1;
    }
    if (p.isSet(u"check"_s)) {
        out << QCoreApplication::translate("ssbtek-gateway", "The configuration is usable.") << '\n';
        return 0;
    }
    const auto marked = LookupSession::recoverInterrupted(*store, QString(), settings.service.longestCallSeconds());
    if (!marked)
        err << "warning: interrupted lookups were not marked: " << marked.error().message() << '\n';
    else if (*marked > 0)
        err << "marked " << *marked << " interrupted lookups\n";
    store.reset();

    gateway::GatewayServer server(settings);
    if (const auto started = server.start(); !started) {
        err << "error: cannot listen on " << settings.listen.toString() << ':' << settings.port << ": "
            << started.error() << '\n';
        return 2;
    }
    out << server.url().toString() << Qt::endl;

    // SIGTERM and SIGINT: take no more connections, finish and record the lookups in flight.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 2;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QTimer drain;
    drain.setInterval(50);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        notifier.setEnabled(false);
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        server.stopAccepting();
        drain.start();
    });
    QObject::connect(&drain, &QTimer::timeout, &app, [&] {
        // The last answers are with the system; a moment more lets TLS send them whole.
        if (server.metrics().inFlightNow() == 0) {
            drain.stop();
            QTimer::singleShot(500, &app, &QCoreApplication::quit);
        }
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    return app.exec();
}
