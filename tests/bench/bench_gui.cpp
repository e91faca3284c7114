// GUI responsiveness: the longest gap between ticks of a 1 ms timer in the GUI thread while
// the window asks for, receives and shows an answer (the large one by default: five years
// of daily payments), over several queries. Also the time to the first shown window, and the
// process's peak resident memory.
//
//   bench_gui [PERSONNUMMER] [COUNT] [--url URL] [--household P2,P3,…] [--review N]
//       (run on a display or with -platform offscreen)
//
// --url: ask the simulator there (ssbtek-sim, serving a generated catalogue) instead of one
// started in this process, so that the peak memory is the window's alone. --household: the
// others of PERSONNUMMER's household (co-applicant, then children); each query is then one
// household lookup, and every member's every tab is opened. --review N: instead, an audit log
// of N lookup records, and the review window opened on it COUNT times (its chain verified, the
// records read and laid out): the longest stall while it loads. Each answer shown is also saved
// (in the store's thread): how long that took, and the longest stall meanwhile.

#include "benchargs.h"
#include "runtime/simulatedsettings.h"
#include "simulator/embeddedsimulator.h"
#include "ui/householdview.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"
#include "ui/resultview.h"
#include "ui/reviewwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <ctime>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

long peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Every result view on screen: the single lookup's, or the household's sections.
QList<ui::ResultView *> resultViews(ui::MainWindow &window, bool household)
{
    if (!household)
        return { window.result() };
    QList<ui::ResultView *> views;
    for (int i = 0; window.householdView()->section(i); ++i)
        views << window.householdView()->section(i);
    return views;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    QStringList args = QCoreApplication::arguments();
    const QString url = bench::takeOption(args, u"--url"_s);
    const QStringList others = bench::takeOption(args, u"--household"_s).split(u',', Qt::SkipEmptyParts);
    const bool household = !others.isEmpty();
    const int reviewRecords = bench::takeOption(args, u"--review"_s).toInt();
    const QString person = args.value(1, u"19720522-9862"_s);
    const int count = args.value(2, u"5"_s).toInt();
    QTextStream out(stdout);

    sim::EmbeddedSimulator simulator;
    if (url.isEmpty() && !simulator.start().hasValue())
        return 1;
    AppSettings settings = runtime::simulatorSettings(url.isEmpty() ? simulator.url() : QUrl(url), u"bench"_s);
    settings.answerTimeoutSeconds = 120;
    settings.store.sqlitePath = home.filePath(u"store.sqlite"_s);
    ui::MainWindow window(settings, true);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    out << QString::asprintf("window shown %.0f ms after main()\n", double(sinceStart.nsecsElapsed()) / 1e6);

    // The heartbeat: how late does a 1 ms timer fire while a query runs and its answer is shown?
    // For the longest gap, also the CPU time the GUI thread itself used in it: the rest of the gap
    // it was not running — waiting for one of the two cores, or blocked (the audit record's
    // write to disk, say).
    QElapsedTimer beat;
    qint64 longest = 0;
    double longestGap = 0, longestGapCpu = 0;
    qint64 cpuAtBeat = threadCpuNs();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        longest = std::max(longest, gap);
        if (double(gap) / 1e6 > longestGap) {
            longestGap = double(gap) / 1e6;
            longestGapCpu = double(cpu - cpuAtBeat) / 1e6;
        }
        cpuAtBeat = cpu;
        beat.restart();
    });
    QList<double> stalls;
    if (reviewRecords > 0) {
        // The log written fast (no sync to disk: a benchmark's own throw-away store).
        QSqlDatabase db = window.store()->database();
        db.exec(u"PRAGMA synchronous=OFF"_s);
        for (int i = 0; i < reviewRecords; ++i) {
            store::AuditRecord r;
            r.kind = i % 2 ? u"query"_s : u"asked"_s;
            r.caseworker = u"handlaggare%1"_s.arg(i % 7);
            r.person = u"19850412982%1"_s.arg(i % 10);
            r.purpose = u"Beslut om eller kontroll av ekonomiskt bistånd"_s;
            r.caseId = u"SOC-2026-%1"_s.arg(i / 2);
            r.outcome = i % 2 ? u"AF=data CSN=data FK=data SKV=data SO=data TNS=data MIV=data"_s : u"asked"_s;
            if (!window.store()->appendAudit(r)) {
                QTextStream(stderr) << "bench_gui: could not write the log\n";
                return 1;
            }
        }
        QList<double> opening;
        for (int i = 0; i < count; ++i) {
            longest = 0;
            longestGap = 0;
            cpuAtBeat = threadCpuNs();
            beat.start();
            heartbeat.start();
            QElapsedTimer took;
            took.start();
            ui::ReviewWindow review(window.store(), true);
            review.resize(1280, 800);
            review.show();
            if (!QTest::qWaitForWindowExposed(&review) || !QTest::qWaitFor([&] { return !review.isLoading(); }, 60000))
                return 1;
            opening << double(took.nsecsElapsed()) / 1e6; // shown, and the log read and laid out
            QTest::qWait(100);
            heartbeat.stop();
            stalls << double(longest) / 1e6;
        }
        std::sort(stalls.begin(), stalls.end());
        std::sort(opening.begin(), opening.end());
        out << QString::asprintf(
            "review of %d records, opened %d times: until read and shown median %.1f ms; longest GUI-thread "
            "stall median %.1f ms, worst %.1f ms\n",
            reviewRecords, count, opening.at(opening.size() / 2), stalls.at(stalls.size() / 2), stalls.last());
        out << QString::asprintf(
            "in the longest gap (%.1f ms) the GUI thread ran %.1f ms\n", longestGap, longestGapCpu);
        return 0;
    }
    struct
    {
        QString title;
        double made = 0; // making the tab's widgets
        double stall = 0; // … and its first paint
    } slowestTab; // where the longest stall comes from
    double longestStart = 0; // runQuery() itself
    double longestArriving = 0; // … or while the answer arrives and the overview is shown
    double savingTook = 0, savingStall = 0; // saving the answer, and the GUI thread meanwhile
    for (int i = 0; i < count; ++i) {
        QSignalSpy answered(&window, household ? &ui::MainWindow::householdShown : &ui::MainWindow::answerShown);
        QSignalSpy failed(window.session(), &LookupSession::failed);
        window.form()->personField()->setText(person);
        if (household) {
            window.form()->householdToggle()->setChecked(true);
            window.form()->coApplicantField()->setText(others.first());
            window.form()->childrenField()->setText(others.mid(1).join(u", "_s));
        }
        window.form()->caseIdField()->setText(QStringLiteral("SOC-2026-0417"));
        window.form()->currentCaseBox()->setChecked(true);
        longest = 0;
        beat.start();
        heartbeat.start();
        QElapsedTimer starting;
        starting.start();
        window.runQuery(); // the rules checked and each lookup's "asked" record written, in this thread
        longestStart = std::max(longestStart, double(starting.nsecsElapsed()) / 1e6);
        if (!QTest::qWaitFor([&] { return answered.size() + (household ? 0 : failed.size()) > 0; }, 300000)
            || answered.isEmpty()) {
            QTextStream(stderr) << "bench_gui: no answer\n";
            return 1;
        }
        if (household) {
            for (const MemberResult &r : window.householdRun()->results()) {
                if (!r.answer) {
                    QTextStream(stderr) << "bench_gui: a member's lookup failed\n";
                    return 1;
                }
            }
        }
        QTest::qWait(20);
        longestArriving = std::max(longestArriving, double(longest) / 1e6);
        qint64 longestOfQuery = longest;
        // Showing it: every tab once (tables are made when first shown), then let it settle.
        // A tab's stall is its making and its first paint: the heartbeat's gap around both.
        for (ui::ResultView *view : resultViews(window, household)) {
            if (household)
                window.householdView()->tabs()->setCurrentWidget(view);
            for (int t = 0; t < view->tabs()->count(); ++t) {
                longest = 0;
                beat.restart();
                QElapsedTimer opening;
                opening.start();
                view->tabs()->setCurrentIndex(t);
                const double made = double(opening.nsecsElapsed()) / 1e6;
                QTest::qWait(20);
                const double ms = double(longest) / 1e6;
                if (ms > slowestTab.stall)
                    slowestTab = { view->tabs()->tabText(t), made, ms };
                longestOfQuery = std::max(longestOfQuery, longest);
            }
        }
        // Saving it, exactly as received (each member's, for a household): in the store's thread.
        longest = 0;
        beat.restart();
        QSignalSpy saved(&window, &ui::MainWindow::resultSaved);
        QElapsedTimer saving;
        saving.start();
        window.saveResult(u"bench"_s);
        if (!saved.wait(120000)) {
            QTextStream(stderr) << "bench_gui: not saved\n";
            return 1;
        }
        savingTook = std::max(savingTook, double(saving.nsecsElapsed()) / 1e6);
        savingStall = std::max(savingStall, double(longest) / 1e6);
        longestOfQuery = std::max(longestOfQuery, longest);
        longest = 0;
        QTest::qWait(200);
        heartbeat.stop();
        stalls.append(double(std::max(longestOfQuery, longest)) / 1e6);
    }
    std::sort(stalls.begin(), stalls.end());
    out << QString::asprintf("longest GUI-thread stall per query (%d queries): median %.1f ms, worst %.1f ms\n", count,
        stalls.at(stalls.size() / 2), stalls.last());
    out << QString::asprintf(
        "longest stall while the %s arrived and %s overview was shown: %.1f ms; slowest tab to open: "
        "%s, %.1f ms (made in %.1f ms, then painted)\n",
        household ? "household's answers" : "answer", household ? "the" : "its", longestArriving,
        qPrintable(slowestTab.title), slowestTab.stall, slowestTab.made);
    out << QString::asprintf(
        "in the longest gap (%.1f ms) the GUI thread ran %.1f ms; the rest it was waiting (for a core or the disk)\n",
        longestGap, longestGapCpu);
    out << QString::asprintf("starting the lookup (the rules and the \"asked\" records): %.1f ms\n", longestStart);
    out << QString::asprintf(
        "saving the answer (in the store's thread): up to %.1f ms; longest GUI-thread stall meanwhile %.1f ms\n",
        savingTook, savingStall);
    out << QString::asprintf("peak resident memory of the process%s: %.1f MB\n",
        url.isEmpty() ? " (the simulator in it too)" : "", double(peakRssKb()) / 1024.0);
    return 0;
}
