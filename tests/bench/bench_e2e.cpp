// End-to-end benchmark: a query built, sent to an SSBTEK endpoint (ssbtek-sim on loopback),
// answered and parsed to the model, as the window does it (LookupSession: the rules, the
// "asked" and outcome records in a SQLite store, the call and parse in a worker thread).
//
//   bench_e2e URL PERSONNUMMER FROM TO COUNT [--cert C --key K --ca CA] [--request-out FILE]
//             [--rss-every N] [--fresh-connections]
//
// Prints median and p90 in ms. --request-out first captures the exact request the client
// sends (through a one-shot loopback listener) so that curl can send the same bytes for the
// transport floor. --rss-every prints the process's resident memory every N queries, to show
// whether it stays flat over many queries. --fresh-connections makes a new session (its own
// worker thread and network manager, so a new TCP connection and TLS handshake) for every
// query, as a client without connection reuse would: the difference to the default, where one
// session's connection serves every query, is what keeping it alive saves.

#include "benchargs.h"
#include "config/settings.h"
#include "lookup/lookupsession.h"
#include "runtime/simulatedsettings.h"
#include "store/storethread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

long rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Runs one query to completion; true when it was answered.
bool runOnce(LookupSession &session, const Query &q)
{
    QEventLoop loop;
    bool ok = false;
    auto a = QObject::connect(&session, &LookupSession::answered, &loop, [&] {
        ok = true;
        loop.quit();
    });
    auto f = QObject::connect(&session, &LookupSession::failed, &loop, [&] { loop.quit(); });
    auto n = QObject::connect(&session, &LookupSession::notSent, &loop, [&] { loop.quit(); });
    if (session.start(q, true).isEmpty())
        loop.exec();
    QObject::disconnect(a);
    QObject::disconnect(f);
    QObject::disconnect(n);
    return ok;
}

// The request body exactly as the client sends it: one plain-HTTP exchange with a listener
// on 127.0.0.1 that records the body and answers 500.
QByteArray captureRequest(const AppSettings &settings, const Query &q, store::StoreThread *store)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    QByteArray request;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&request, socket] {
            request += socket->readAll();
            const qsizetype headerEnd = request.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray headers = request.left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qsizetype length
                = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (request.size() - headerEnd - 4 >= length) {
                request = request.mid(headerEnd + 4, length);
                socket->write("HTTP/1.1 500 Captured\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    AppSettings plain = settings;
    plain.endpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()));
    plain.tls = TlsSettings();
    LookupSession session(plain.clientSettings(), plain.lookupPolicy(), store);
    runOnce(session, q);
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    const TlsSettings tls = bench::takeTls(args);
    const QString requestOut = bench::takeOption(args, u"--request-out"_s);
    const int rssEvery = bench::takeOption(args, u"--rss-every"_s).toInt();
    const bool fresh = args.removeAll(u"--fresh-connections"_s) > 0;
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: bench_e2e URL PERSONNUMMER FROM TO COUNT [--cert C --key K --ca CA] "
                               "[--request-out FILE] [--rss-every N] [--fresh-connections]\n";
        return 1;
    }
    AppSettings settings = runtime::simulatorSettings(QUrl(args.at(1)), u"bench"_s);
    settings.tls = tls;
    settings.answerTimeoutSeconds = 60;
    Query q = settings.baseQuery();
    const auto person = Personnummer::parse(args.at(2));
    if (!person) {
        QTextStream(stderr) << "bench_e2e: not a valid personnummer\n";
        return 1;
    }
    q.person = *person;
    q.period = Period::parse(args.at(3), args.at(4));
    q.caseId = u"bench"_s; // the same request bytes every time
    const int count = args.at(5).toInt();
    QTemporaryDir storeDir;
    store::StoreSettings storeSettings;
    storeSettings.sqlitePath = storeDir.filePath(u"bench.sqlite"_s);
    const auto store = store::Store::open(storeSettings);
    if (!store) {
        QTextStream(stderr) << "bench_e2e: no store: " << store.error().message() << '\n';
        return 1;
    }
    const auto started = store::StoreThread::start(**store); // where the lookups are recorded, as in the window
    if (!started) {
        QTextStream(stderr) << "bench_e2e: no store thread: " << started.error().message() << '\n';
        return 1;
    }
    store::StoreThread *const recorder = started->get();

    if (!requestOut.isEmpty()) {
        QFile f(requestOut);
        const QByteArray request = captureRequest(settings, q, recorder);
        if (request.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(request) != request.size()) {
            QTextStream(stderr) << "bench_e2e: could not capture the request\n";
            return 1;
        }
    }

    auto session = std::make_unique<LookupSession>(settings.clientSettings(), settings.lookupPolicy(), recorder);
    if (!runOnce(*session, q)) { // warm-up: TLS session, caches, the simulator's first answer
        QTextStream(stderr) << "bench_e2e: the warm-up query failed\n";
        return 1;
    }
    QList<double> ms;
    QElapsedTimer timer;
    const long rssStart = rssKb();
    for (int i = 1; i <= count; ++i) {
        timer.start();
        if (fresh)
            session = std::make_unique<LookupSession>(settings.clientSettings(), settings.lookupPolicy(), recorder);
        if (!runOnce(*session, q)) {
            QTextStream(stderr) << "bench_e2e: query " << i << " failed\n";
            return 1;
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (rssEvery > 0 && i % rssEvery == 0)
            out << "rss after " << i << " queries: " << rssKb() / 1024.0 << " MB\n";
    }
    std::sort(ms.begin(), ms.end());
    const auto at
        = [&ms](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size())))); };
    out << QString::asprintf("e2e %s%s: %d queries, median %.1f ms, p90 %.1f ms, total %.1f ms, rss %.1f -> %.1f MB\n",
        qPrintable(settings.endpoint.scheme()), fresh ? " (a new connection each)" : " (one connection kept alive)",
        count, at(0.5), at(0.9), std::accumulate(ms.cbegin(), ms.cend(), 0.0), rssStart / 1024.0, rssKb() / 1024.0);
    return 0;
}
