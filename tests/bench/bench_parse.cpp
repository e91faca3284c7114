// Parse-to-model speed and memory on a saved SOAP answer (run-benchmarks.sh saves the
// simulator's small and large answers with ssbtek-cli). Prints median and p90 time,
// throughput, and the process's peak RSS against the answer's size; one answer per
// process, so the peak is the parser's:   bench_parse NAME FILE [repetitions]

#include "agencies/csn/csnparser.h"
#include "agencies/fk/lefiparser.h"
#include "answer/answerparser.h"
#include "core/base64.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace ssbtek;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QByteArray size = argv[1];
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray soap = file.readAll();
    const int repetitions = argc > 3 ? QByteArray(argv[3]).toInt() : 15;
    const auto version
        = ProtocolVersion::byNamespace(soap.contains("ssbt/10") ? ProtocolVersion::byNumber(10)->namespaceUri
                                                                : ProtocolVersion::latest().namespaceUri);
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QList<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        const auto answer = AnswerParser::parse(soap, *version, AgencySet::all());
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!answer || !answer->complete()) {
            std::fprintf(stderr, "parse failed\n");
            return 1;
        }
    }
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    // Where the time goes: the stages the parser runs, each timed alone (medians).
    auto medianOf = [repetitions](auto &&work) {
        QList<double> t;
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer clock;
            clock.start();
            work();
            t.append(double(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(t.begin(), t.end());
        return t.at(t.size() / 2);
    };
    const qsizetype from = soap.indexOf("lefiJsonSvar>");
    const qsizetype to = from < 0 ? -1 : soap.indexOf('<', from);
    const QByteArray base64 = from < 0 ? QByteArray() : soap.mid(from + 13, to - from - 13);
    // The parser's XML reader sees the document without its large base64 payloads.
    const QByteArray withoutPayload = base64.size() > 64 * 1024 ? soap.left(from + 13) + soap.mid(to) : soap;
    const double xmlPass = medianOf([&] {
        QXmlStreamReader xml(withoutPayload);
        while (!xml.atEnd())
            xml.readNext();
    });
    QByteArray json;
    const double decode = medianOf([&] { json = decodeBase64(base64).value_or(QByteArray()); });
    const double qtDecode = medianOf([&] { (void)QByteArray::fromBase64(base64); });
    const double jsonDocument = medianOf([&] { (void)QJsonDocument::fromJson(json); });
    const double lefiModel = medianOf([&] { (void)parseLefi(json); });
    // CSN's document, base64 in <…:svar>, decoded once and parsed.
    const qsizetype csnFrom = soap.indexOf(":svar>");
    const qsizetype csnTo = csnFrom < 0 ? -1 : soap.indexOf('<', csnFrom);
    const QByteArray csnXml
        = csnFrom < 0 ? QByteArray() : decodeBase64(soap.mid(csnFrom + 6, csnTo - csnFrom - 6)).value_or(QByteArray());
    const double csnModel = medianOf([&] { (void)parseCsn(csnXml); });

    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p90 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.9)));
    const double mb = double(soap.size()) / 1e6;
    const double peak = double(after.ru_maxrss) / 1024.0, start = double(before.ru_maxrss) / 1024.0;
    std::printf("%-6s %8.2f MB  median %7.1f ms  p90 %7.1f ms  %6.1f MB/s  peak RSS %6.1f MB, %4.1fx the answer "
                "(%5.1f MB before parsing, the answer read; the parse's own %.1f MB = %.1fx)\n",
        size.constData(), mb, median, p90, mb / (median / 1000.0), peak, peak / mb, start, peak - start,
        (peak - start) / mb);
    std::printf("       stages: SOAP XML pass without the payload %.1f ms, LEFI base64 %.1f ms (%.2f MB; Qt's decoder "
                "%.1f ms), LEFI JSON to model %.1f ms (a whole QJsonDocument, not used, would take %.1f ms), "
                "CSN XML to model %.2f ms (%.1f KB)\n",
        xmlPass, decode, double(json.size()) / 1e6, qtDecode, lefiModel, jsonDocument, csnModel,
        double(csnXml.size()) / 1e3);
    return 0;
}
