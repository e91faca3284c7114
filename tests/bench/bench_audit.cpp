// The audit log's follow-up on SQLite: the generated log of 10 000 lookups (plus the seeded
// cases) written through the store, then "who looked up this person" searched repeatedly,
// and each follow-up pattern over the whole log. Target: the search by person under 200 ms.
//
//   bench_audit [SEARCHES]

#include "auditfixture.h"
#include "store/followup.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace ssbtek;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int searches = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    QTextStream out(stdout);
    QTemporaryDir dir;
    store::StoreSettings settings;
    settings.sqlitePath = dir.filePath(u"audit.sqlite"_s);
    auto opened = store::Store::open(settings);
    if (!opened) {
        out << "cannot open the store\n";
        return 1;
    }
    store::Store &s = **opened;
    const test::AuditFixture fixture = test::makeAuditFixture();
    QElapsedTimer t;
    t.start();
    for (store::AuditRecord r : fixture.records) {
        if (!s.appendAudit(r)) {
            out << "append failed\n";
            return 1;
        }
    }
    out << QString::asprintf("appended %lld records in %.1f s (one transaction each)\n",
        qlonglong(fixture.records.size()), double(t.elapsed()) / 1000.0);

    QList<double> ms;
    qsizetype found = 0;
    for (int i = 0; i < searches; ++i) {
        store::AuditFilter f;
        f.person = fixture.busyPerson;
        t.start();
        const auto records = s.audit(f);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        found = records ? records->size() : -1;
    }
    std::sort(ms.begin(), ms.end());
    out << QString::asprintf(
        "search by person: %lld records found, median %.2f ms, p90 %.2f ms, worst %.2f ms (target < 200 ms)\n",
        qlonglong(found), ms.at(ms.size() / 2), ms.at(ms.size() * 9 / 10), ms.last());

    t.start();
    store::AuditFilter all;
    all.limit = 1000000;
    const auto everything = s.audit(all);
    const double readMs = double(t.nsecsElapsed()) / 1e6;
    if (!everything)
        return 1;
    out << QString::asprintf("read the whole log (%lld records): %.1f ms\n", qlonglong(everything->size()), readMs);
    for (store::Pattern p : store::AllPatterns) {
        t.start();
        const qsizetype n = store::findPattern(p, *everything, {}).size();
        out << QString::asprintf("  pattern %-18s %4lld lookups, %.1f ms\n", qPrintable(store::patternKey(p)),
            qlonglong(n), double(t.nsecsElapsed()) / 1e6);
    }
    t.start();
    const auto chain = s.verifyAudit();
    out << QString::asprintf("verify the chain: %s, %.1f ms\n", chain && chain->intact ? "intact" : "BROKEN",
        double(t.nsecsElapsed()) / 1e6);
    return 0;
}
