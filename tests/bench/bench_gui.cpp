// GUI responsiveness: the longest gap between ticks of a 1 ms timer in the GUI thread while
// the window asks for, receives and shows an answer (the large one by default: five years
// of daily payments), over several queries. Also the time to the first shown window.
//
//   bench_gui [PERSONNUMMER] [COUNT]        (run on a display or with -platform offscreen)

#include "simulator/embeddedsimulator.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"
#include "ui/resultview.h"

#include <QCheckBox>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace ssbtek;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    const QStringList args = QCoreApplication::arguments();
    const QString person = args.value(1, u"19720522-9862"_s);
    const int count = args.value(2, u"5"_s).toInt();
    QTextStream out(stdout);

    sim::EmbeddedSimulator simulator;
    if (!simulator.start())
        return 1;
    AppSettings settings = sim::EmbeddedSimulator::appSettings(simulator.url(), u"bench"_s);
    settings.store.sqlitePath = home.filePath(u"store.sqlite"_s);
    ui::MainWindow window(settings, true);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    out << QString::asprintf("window shown %.0f ms after main()\n", double(sinceStart.nsecsElapsed()) / 1e6);

    // The heartbeat: how late does a 1 ms timer fire while a query runs and its answer is shown?
    QElapsedTimer beat;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, beat.nsecsElapsed());
        beat.restart();
    });
    QList<double> stalls;
    struct
    {
        QString title;
        double made = 0; // making the tab's widgets
        double stall = 0; // … and its first paint
    } slowestTab; // where the longest stall comes from
    double longestArriving = 0; // … or while the answer arrives and the overview is shown
    for (int i = 0; i < count; ++i) {
        QSignalSpy answered(&window, &ui::MainWindow::answerShown);
        QSignalSpy failed(window.runner(), &QueryRunner::failed);
        window.form()->personField()->setText(person);
        window.form()->caseIdField()->setText(QStringLiteral("SOC-2026-0417"));
        window.form()->currentCaseBox()->setChecked(true);
        longest = 0;
        beat.start();
        heartbeat.start();
        window.runQuery();
        if (!QTest::qWaitFor([&] { return answered.size() + failed.size() > 0; }, 60000) || answered.isEmpty())
            return 1;
        QTest::qWait(20);
        longestArriving = std::max(longestArriving, double(longest) / 1e6);
        qint64 longestOfQuery = longest;
        // Showing it: every tab once (tables are made when first shown), then let it settle.
        // A tab's stall is its making and its first paint: the heartbeat's gap around both.
        for (int t = 0; t < window.result()->tabs()->count(); ++t) {
            longest = 0;
            beat.restart();
            QElapsedTimer opening;
            opening.start();
            window.result()->tabs()->setCurrentIndex(t);
            const double made = double(opening.nsecsElapsed()) / 1e6;
            QTest::qWait(20);
            const double ms = double(longest) / 1e6;
            if (ms > slowestTab.stall)
                slowestTab = { window.result()->tabs()->tabText(t), made, ms };
            longestOfQuery = std::max(longestOfQuery, longest);
        }
        longest = 0;
        QTest::qWait(200);
        heartbeat.stop();
        stalls.append(double(std::max(longestOfQuery, longest)) / 1e6);
    }
    std::sort(stalls.begin(), stalls.end());
    out << QString::asprintf("longest GUI-thread stall per query (%d queries): median %.1f ms, worst %.1f ms\n", count,
                             stalls.at(stalls.size() / 2), stalls.last());
    out << QString::asprintf("longest stall while the answer arrived and its overview was shown: %.1f ms; slowest tab to open: "
                             "%s, %.1f ms (made in %.1f ms, then painted)\n",
                             longestArriving, qPrintable(slowestTab.title), slowestTab.stall, slowestTab.made);
    return 0;
}
