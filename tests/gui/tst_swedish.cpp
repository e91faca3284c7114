// The window in Swedish: every test person of the catalogue asked through the real widgets,
// every tab shown, the settings dialog and the review window opened — and no text of ours
// looked up without finding its Swedish.

#include "recordingtranslator.h"
#include "runtime/simulatedsettings.h"
#include "simulator/embeddedsimulator.h"
#include "simulator/personcatalogue.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"
#include "ui/resultview.h"
#include "ui/reviewwindow.h"
#include "ui/settingsdialog.h"

#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
namespace test = ssbtek::test;
using namespace Qt::StringLiterals;

class TestSwedish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyScreenIsInSwedish();
    void cleanupTestCase();

private:
    test::RecordingTranslator m_recorder;
    sim::EmbeddedSimulator m_sim;
    AppSettings m_settings;
    QTemporaryDir m_dir;
};

void TestSwedish::initTestCase()
{
    test::fixClock();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ssbtek-client-tests-sv"_s);
    QVERIFY(m_recorder.load(u"sv"_s));
    QCoreApplication::installTranslator(&m_recorder);
    const auto started = m_sim.start();
    QVERIFY2(started, qPrintable(started.errorOr()));
    m_settings = runtime::simulatorSettings(m_sim.url(), u"tester"_s);
    m_settings.store.sqlitePath = m_dir.filePath(u"store.sqlite"_s);
}

void TestSwedish::everyScreenIsInSwedish()
{
    ui::MainWindow w(m_settings, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.menuBar()->actions().first()->text(), u"&Arkiv"_s);
    QVERIFY(w.banner()->text().contains(u"inbyggda simulatorn"_s));

    // A wrong personnummer is explained in Swedish before anything is sent.
    QTest::keyClicks(w.form()->personField(), u"850412-9828"_s);
    QVERIFY(w.form()->findChild<QLabel *>(u"personProblem"_s)->text().contains(u"Kontrollsiffran"_s));
    // Without a case id and the confirmation, the reason is given in Swedish.
    w.form()->personField()->clear();
    QTest::keyClicks(w.form()->personField(), u"198504129829"_s);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QVERIFY(w.form()->problemLabel()->text().contains(u"ärende"_s));

    const auto catalogue = sim::PersonCatalogue::load();
    QVERIFY(catalogue && catalogue->persons().size() > 10);
    QSet<QString> overviewTitles;
    for (const sim::TestPerson &person : catalogue->persons()) {
        QSignalSpy answered(&w, &ui::MainWindow::answerShown);
        QSignalSpy failed(w.session(), &LookupSession::failed);
        w.form()->personField()->clear();
        QTest::keyClicks(w.form()->personField(), person.personnummer);
        w.form()->caseIdField()->setText(u"SOC-1"_s);
        w.form()->currentCaseBox()->setChecked(true);
        QTest::keyClick(w.form()->personField(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return answered.size() + failed.size() > 0; },
            90000)); // as ask(): a large answer under ASan on two busy cores
        // Every tab shown once, so that its texts are made.
        for (QTabWidget *tabs : w.result()->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                tabs->setCurrentIndex(i);
        }
        QCoreApplication::processEvents();
        if (!answered.isEmpty()) // a failed lookup shows no tabs at all
            overviewTitles.insert(w.result()->tabs()->tabText(0).section(u' ', 0, 0));
    }
    QCOMPARE(overviewTitles, QSet<QString>({ u"Översikt"_s }));

    {
        ui::SettingsDialog settings(ConfigLayers(m_dir.filePath(u"system.ini"_s), m_dir.filePath(u"user.ini"_s)));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QCOMPARE(settings.windowTitle(), u"SSBTEK-inställningar"_s);
        // Qt's own standard buttons in Swedish too (Debian's qt_sv lacks Qt 6's context for them).
        auto *buttons = settings.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Save)->text(), u"Spara"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
    }
    ui::ReviewWindow *review = w.review();
    QVERIFY(review);
    review->show();
    QVERIFY(QTest::qWaitForWindowExposed(review));
    QTRY_VERIFY(!review->isLoading()); // the log is read in a worker, its texts translated there
    review->close();

    QVERIFY(m_recorder.lookups() > 300);
    QVERIFY2(
        m_recorder.missed().isEmpty(), qPrintable(u"Looked up without Swedish:\n"_s + m_recorder.missed().join(u'\n')));
}

void TestSwedish::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_recorder);
}

QTEST_MAIN(TestSwedish)
#include "tst_swedish.moc"
