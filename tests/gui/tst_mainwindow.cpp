// The caseworker's window driven through its real widgets (offscreen), against the
// built-in simulator.

#include "simulator/embeddedsimulator.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheSimulatorBanner();
    void explainsABadPersonnummerBeforeSending();
    void enterRunsTheQueryAndFillsOneRowPerAgency();
    void showsAnAgencyErrorAsAnError();
    void testConnectionListsEveryAgency();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();
    QString cell(ui::MainWindow &w, int row, int column) const
    {
        return w.resultTable()->item(row, column)->text();
    }

    sim::EmbeddedSimulator m_sim;
    AppSettings m_settings;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, QString(), &error), qPrintable(error));
    m_settings.endpoint = m_sim.url();
    m_settings.organisationNumber = sim::EmbeddedSimulator::organisationNumber();
    m_settings.organisationName = sim::EmbeddedSimulator::organisationName();
    m_settings.lefiActorId = sim::EmbeddedSimulator::lefiActorId();
    m_settings.caseworker = u"tester"_s;
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow()
{
    auto w = std::make_unique<ui::MainWindow>(m_settings, true);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void TestMainWindow::showsTheSimulatorBanner()
{
    const auto w = makeWindow();
    QVERIFY(w->banner()->isVisible());
    QVERIFY(w->banner()->text().contains(u"fiktiva uppgifter"));
    ui::MainWindow real(m_settings, false);
    QVERIFY(!real.banner()->isVisibleTo(&real));
}

void TestMainWindow::explainsABadPersonnummerBeforeSending()
{
    const auto w = makeWindow();
    QLineEdit *person = w->form()->personField();
    person->setFocus();
    QTest::keyClicks(person, u"850412-9828"_s);
    auto *problem = w->form()->findChild<QLabel *>(u"personProblem"_s);
    QVERIFY(problem->text().contains(u"check digit"));
    QSignalSpy busy(w->runner(), &QueryRunner::busyChanged);
    QTest::keyClick(person, Qt::Key_Return);
    QCOMPARE(busy.size(), 0); // nothing was sent
    QCOMPARE(w->resultTable()->rowCount(), 0);
    // Fixing the digit clears the message.
    QTest::keyClick(person, Qt::Key_Backspace);
    QTest::keyClicks(person, u"9"_s);
    QVERIFY(problem->text().isEmpty());
}

void TestMainWindow::enterRunsTheQueryAndFillsOneRowPerAgency()
{
    const auto w = makeWindow();
    w->form()->agencyBox(Agency::SO)->setChecked(false);
    QTest::keyClicks(w->form()->personField(), u"8504129829"_s);
    QSignalSpy answered(w->runner(), &QueryRunner::answered);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QVERIFY(!w->form()->runButton()->isEnabled()); // running
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 15000);
    QCOMPARE(w->form()->personField()->text(), u"19850412-9829"_s); // formatted for people
    QCOMPARE(w->resultTable()->rowCount(), 7);
    QCOMPARE(cell(*w, 0, 1), u"Answered"_s);
    QCOMPARE(cell(*w, 4, 1), u"Not asked"_s); // SO unticked
    QCOMPARE(cell(*w, 5, 0), agencyName(Agency::TNS));
    QVERIFY(w->resultHeader()->text().contains(u"19850412-9829"));
    QVERIFY(w->form()->runButton()->isEnabled());
}

void TestMainWindow::showsAnAgencyErrorAsAnError()
{
    const auto w = makeWindow();
    QTest::keyClicks(w->form()->personField(), u"199209309849"_s);
    QSignalSpy answered(w->runner(), &QueryRunner::answered);
    QTest::mouseClick(w->form()->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 15000);
    QCOMPARE(cell(*w, 0, 1), u"Error"_s);
    QVERIFY(cell(*w, 0, 2).contains(u"AF-TEKNISKT"));
    QVERIFY(cell(*w, 0, 2).contains(u"Försök igen senare"));
    QVERIFY(w->resultHeader()->text().contains(u"failed"));
}

void TestMainWindow::testConnectionListsEveryAgency()
{
    const auto w = makeWindow();
    QSignalSpy tested(w->runner(), &QueryRunner::tested);
    QTest::keyClick(w.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QCOMPARE(w->resultTable()->rowCount(), 7);
    for (int row = 0; row < 7; ++row)
        QCOMPARE(cell(*w, row, 1), u"Called"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
