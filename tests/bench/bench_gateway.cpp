// Load on an SSBTEK endpoint — ssbtek-sim directly or ssbtek-gateway in front of it — from many
// clients at once, each a desktop's client (SsbtekClient: its own connection, kept alive, a
// fresh case id per lookup), the lookups spread over the clients as they finish.
//
//   bench_gateway URL[,URL…] COUNT CLIENTS PERSONNUMMER FROM TO --cert C --key K --ca CA
//                 [--case-ids FILE] [--legal-basis TEXT]
//
// With several URLs, client i uses URL i mod n: what a TCP load balancer in front of several
// instances does with each desktop's connection. Prints throughput and the latency of one
// lookup (request out to the whole answer in) at p50/p90/p99 over the lookups on an open
// connection, and apart from them each client's first, which opens it; --case-ids writes the case id of
// every answered lookup, one per line, for the caller to find each in the audit log;
// --legal-basis replaces the simulator's test wording, which a gateway refuses to send on.
// Exit 0 only when every lookup was answered.

#include "benchargs.h"
#include "client/requestbuilder.h"
#include "client/ssbtekclient.h"
#include "runtime/simulatedsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    Query query;
    int toStart = 0;
    int running = 0;
    QList<double> latencyMs; // of lookups on a connection already open
    QList<double> firstMs; // each client's first lookup, which opens its connection (mutual TLS)
    QStringList caseIds;
    QStringList failures;
    QElapsedTimer wall;
};

// One client: asks, and on each answer asks again while lookups are left.
void startNext(SsbtekClient *client, Run &run, QElapsedTimer *timer)
{
    if (run.toStart == 0) {
        if (--run.running == 0)
            QCoreApplication::quit();
        return;
    }
    --run.toStart;
    Query q = run.query;
    q.caseId = RequestBuilder::generateCaseId();
    timer->start();
    if (!client->fetch(q)) {
        run.failures << u"the client was busy"_s;
        startNext(client, run, timer);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    const TlsSettings tls = bench::takeTls(args);
    const QString caseIdsOut = bench::takeOption(args, u"--case-ids"_s);
    const QString legalBasis = bench::takeOption(args, u"--legal-basis"_s);
    if (args.size() != 7) {
        err << "usage: bench_gateway URL[,URL…] COUNT CLIENTS PERSONNUMMER FROM TO --cert C --key K --ca CA "
               "[--case-ids FILE] [--legal-basis TEXT]\n";
        return 2;
    }
    const QStringList urls = args.at(1).split(u',');
    const int count = args.at(2).toInt();
    const int clients = std::clamp(args.at(3).toInt(), 1, 1000);
    const auto person = Personnummer::parse(args.at(4));
    if (!person || count < 1) {
        err << "bench_gateway: a count of at least 1 and a valid personnummer, please\n";
        return 2;
    }
    AppSettings settings = runtime::simulatorSettings(QUrl(urls.first()), u"bench"_s);
    settings.tls = tls;
    settings.answerTimeoutSeconds = 120;

    Run run;
    run.query = settings.baseQuery();
    run.query.person = *person;
    run.query.period = Period::parse(args.at(5), args.at(6));
    if (!legalBasis.isEmpty())
        run.query.legalBasis = legalBasis;
    run.toStart = count;

    std::vector<std::unique_ptr<SsbtekClient>> pool;
    std::vector<std::unique_ptr<QElapsedTimer>> timers;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(std::make_unique<SsbtekClient>(settings.clientSettings(QUrl(urls.at(i % urls.size())))));
        timers.push_back(std::make_unique<QElapsedTimer>());
        SsbtekClient *client = pool.back().get();
        QElapsedTimer *timer = timers.back().get();
        auto first = std::make_shared<bool>(true);
        QObject::connect(client, &SsbtekClient::fetched, client, [client, timer, first, &run](const RawAnswer &answer) {
            (*first ? run.firstMs : run.latencyMs).append(double(timer->nsecsElapsed()) / 1e6);
            *first = false;
            if (answer.httpStatus == 200)
                run.caseIds << answer.caseId;
            else
                run.failures << u"HTTP %1"_s.arg(answer.httpStatus);
            startNext(client, run, timer);
        });
        QObject::connect(
            client, &SsbtekClient::failed, client, [client, timer, first, &run](const ClientFailure &failure) {
                *first = false;
                run.failures << failure.message();
                startNext(client, run, timer);
            });
    }
    run.wall.start();
    for (int i = 0; i < clients && run.toStart > 0; ++i) {
        ++run.running;
        startNext(pool.at(i).get(), run, timers.at(i).get());
    }
    if (run.running > 0)
        app.exec();
    const double seconds = double(run.wall.nsecsElapsed()) / 1e9;

    if (!caseIdsOut.isEmpty()) {
        QFile f(caseIdsOut);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write((run.caseIds.join(u'\n') + u'\n').toUtf8()) < 0) {
            err << "bench_gateway: could not write " << caseIdsOut << '\n';
            return 2;
        }
    }
    const auto at = [](QList<double> &ms, double p) {
        std::sort(ms.begin(), ms.end());
        return ms.isEmpty() ? 0.0 : ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size()))));
    };
    QTextStream(stdout) << QString::asprintf(
        "answered=%lld failed=%lld clients=%d seconds=%.2f per_second=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f "
        "first_p50_ms=%.1f first_max_ms=%.1f\n",
        qlonglong(run.caseIds.size()), qlonglong(run.failures.size()), clients, seconds,
        double(run.caseIds.size()) / seconds, at(run.latencyMs, 0.5), at(run.latencyMs, 0.9), at(run.latencyMs, 0.99),
        at(run.firstMs, 0.5), at(run.firstMs, 1.0));
    QStringList distinct = run.failures;
    distinct.removeDuplicates();
    for (const QString &f : std::as_const(distinct).mid(0, 5))
        err << "bench_gateway: " << run.failures.count(f) << " × " << f << '\n';
    return run.failures.isEmpty() ? 0 : 1;
}
