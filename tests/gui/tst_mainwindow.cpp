// The caseworker's window driven through its real widgets (offscreen), against the
// built-in simulator: validation, a full query into every tab, errors and absence shown as
// such, cancel, PDF for the case file, copy and CSV.

#include "answer/answerjson.h"
#include "lookup/openrequest.h"
#include "presentation/tablemodel.h"
#include "presentation/tones.h"
#include "runtime/simulatedsettings.h"
#include "simulator/embeddedsimulator.h"
#include "testsupport.h"
#include "ui/agencytab.h"
#include "ui/householdview.h"
#include "ui/mainwindow.h"
#include "ui/overviewtab.h"
#include "ui/queryform.h"
#include "ui/reportcontentdialog.h"
#include "ui/resultview.h"
#include "ui/reviewwindow.h"
#include "ui/tablepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <cmath>

using namespace ssbtek;
namespace test = ssbtek::test;
using namespace Qt::StringLiterals;

namespace {
// Whether a PDF was written; the problem in *error when not.
template <typename T> bool pdfWritten(const Expected<T, QString> &result, QString *error = nullptr)
{
    if (!result && error)
        *error = result.error();
    return result.hasValue();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().remove(u"state/reviewFilters"_s); } // each test starts unfiltered
    void showsTheSimulatorBanner();
    void explainsABadPersonnummerBeforeSending();
    void enterRunsTheQueryAndFillsEveryTab();
    void paymentsAreSortableFilterableAndSummed();
    void thePaymentsFitAt1280PixelsAndTheLeastImportantColumnGivesWay();
    void errorIsExplainedAndNeverLooksLikeNothingFound();
    void absentAndNotAskedAreSaidAsSuch();
    void cancelStopsARunningQuery();
    void aSecondQueryCanBePreparedWhileOneRuns();
    void aNewLookupNeverShowsTheLastPersonsAnswer();
    void anAnswerStillBeingPresentedGivesWayToANewLookup();
    void savesAReadablePdfForTheCaseFile();
    void theAnswersJsonGoesBesideThePdfWhereITWantsIt();
    void theCaseworkerChoosesWhatGoesInTheCaseFile();
    void aLongPdfIsWrittenWhileTheWindowStaysFree();
    void anAmountThatCannotBeReadIsSaidSoEverywhere();
    void copiesAndExportsATable();
    void remembersTheCaseworkersChoices();
    void everyLookupIsAuditedAnsweredOrCancelled();
    void savedResultReopensReadOnlyInTheReview();
    void aLookupFromTheCaseSystemFillsTheFormAndWaitsForTheCaseworker();
    void theReviewSaysOutcomesInWordsAndRemembersItsFilters();
    void noQueryWithoutAWorkingAuditLog();
    void theVersionCanBeSwitchedWhereMoreAreConfigured();
    void aHugeRawAnswerIsLaidOutOnlyWhenOpened();
    void aLargeAnswerSaysHowMuchHasCome();
    void closingTheWindowDuringALookupRecordsItsEnd();
    void theReviewFiltersByFollowUpPattern();
    void aDisabledAgencyIsNeverRequested();
    void protectedIdentityIsWarnedAboutAndAudited();
    void noLookupWithoutACaseAndTheContactCentresLimits();
    void noLookupWithoutALegalBasisInForce();
    void changesSinceTheSavedAnswerAreOneClickAway();
    void aHouseholdOfThreeWithOneFailing();
    void aHouseholdStillBeingPresentedGivesWayToTheNext();
    void coloursReadOnLightAndDarkWindows();
    void anAnswerWithoutItsOutcomeRecordIsNotShownUntilWritten();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();
    bool ask(ui::MainWindow &w, const QString &personnummer);
    // Saves what is shown and waits for the store's thread: the id, or 0 and *error.
    static qint64 save(ui::MainWindow &w, const QString &note, QString *error);
    static void confirmCase(ui::MainWindow &w);

    sim::EmbeddedSimulator m_sim;
    AppSettings m_settings;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    test::fixClock();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ssbtek-client-tests"_s);
    QSettings().clear();
    sim::SimulatorOptions options;
    options.versions = ProtocolVersion::all();
    const auto started = m_sim.start(options);
    QVERIFY2(started, qPrintable(started.errorOr()));
    m_settings = runtime::simulatorSettings(m_sim.url(), u"tester"_s);
    m_settings.alternatives = { { *ProtocolVersion::byNumber(10), m_sim.url() } };
    m_settings.store.sqlitePath = m_dir.filePath(u"store.sqlite"_s); // this run's own audit log
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow()
{
    auto w = std::make_unique<ui::MainWindow>(m_settings, true);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

// What the access rule asks before each lookup: the case id and the caseworker's confirmation.
void TestMainWindow::confirmCase(ui::MainWindow &w)
{
    if (w.form()->caseIdField()->text().isEmpty())
        w.form()->caseIdField()->setText(u"SOC-2026-0417"_s);
    w.form()->currentCaseBox()->setChecked(true);
}

bool TestMainWindow::ask(ui::MainWindow &w, const QString &personnummer)
{
    QSignalSpy answered(&w, &ui::MainWindow::answerShown); // on screen, not only received
    QSignalSpy failed(w.session(), &LookupSession::failed);
    w.form()->personField()->clear();
    QTest::keyClicks(w.form()->personField(), personnummer);
    confirmCase(w);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    // Long enough for the large answer under AddressSanitizer on two cores.
    return QTest::qWaitFor([&] { return answered.size() + failed.size() > 0; }, 90000) && !answered.isEmpty()
        && QTest::qWaitFor([&] { return !w.isCheckingPrevious(); }, 10000); // settled: changes offered or not
}

qint64 TestMainWindow::save(ui::MainWindow &w, const QString &note, QString *error)
{
    QSignalSpy saved(&w, &ui::MainWindow::resultSaved);
    QSignalSpy notSaved(&w, &ui::MainWindow::resultNotSaved);
    w.saveResult(note);
    if (!QTest::qWaitFor([&] { return saved.size() + notSaved.size() > 0; }, 20000)) {
        *error = u"no word from the store's thread"_s;
        return 0;
    }
    if (!notSaved.isEmpty()) {
        *error = notSaved.first().first().toString();
        return 0;
    }
    return saved.first().first().toLongLong();
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
    QVERIFY(person->hasFocus()); // keyboard-first
    QTest::keyClicks(person, u"850412-9828"_s);
    auto *problem = w->form()->findChild<QLabel *>(u"personProblem"_s);
    QVERIFY(problem->text().contains(u"check digit"));
    QSignalSpy busy(w->session(), &LookupSession::busyChanged);
    QTest::keyClick(person, Qt::Key_Return);
    QCOMPARE(busy.size(), 0); // nothing was sent
    QTest::keyClick(person, Qt::Key_Backspace);
    QTest::keyClicks(person, u"9"_s);
    QVERIFY(problem->text().isEmpty());
    person->clear();
    QTest::keyClicks(person, u"851332-9829"_s);
    QVERIFY(problem->text().contains(u"date"));
    // A complete valid number is formatted as it is typed.
    person->clear();
    QTest::keyClicks(person, u"8504129829"_s);
    QCOMPARE(person->text(), u"19850412-9829"_s);
}

void TestMainWindow::enterRunsTheQueryAndFillsEveryTab()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"8504129829"_s));
    QCOMPARE(w->form()->personField()->text(), u"19850412-9829"_s); // formatted for people
    QVERIFY(w->form()->findChild<QLabel *>(u"formProblem"_s)->text().isEmpty());
    ui::ResultView *r = w->result();
    QVERIFY(r->header()->text().contains(u"19850412-9829"));
    QVERIFY(r->header()->text().contains(u"Every asked agency answered"));
    QCOMPARE(r->tabs()->count(), 8);
    QCOMPARE(r->tabs()->tabText(0), u"Overview"_s);
    QCOMPARE(r->tabs()->tabText(6), u"TNS (2)"_s);
    // Vehicles
    const auto *vehicles = r->agencyTab(Agency::TNS)->tables().first()->view()->model();
    QCOMPARE(vehicles->rowCount(), 2);
    QCOMPARE(vehicles->index(0, 0).data().toString(), u"TST101"_s);
    // Permit with its validity said plainly
    const auto *permits = r->agencyTab(Agency::MIV)->tables().first()->view()->model();
    QVERIFY(permits->index(0, 1).data().toString().startsWith(u"Valid until"));
    // Activity report with its explanation
    const ui::AgencyPresentation &af = r->agencyTab(Agency::AF)->presentation();
    QCOMPARE(af.facts.first().value.left(3), u"200"_s);
    QVERIFY(!af.facts.first().explanation.isEmpty());
    // Payments and advance payment notices in their own tables
    const QList<ui::TablePanel *> fk = r->agencyTab(Agency::FK)->tables();
    QCOMPARE(fk[0]->table().title, u"Payments"_s);
    QCOMPARE(fk[1]->table().title, u"Advance payment notices"_s);
    QCOMPARE(fk[1]->view()->model()->rowCount(), 1);
    QVERIFY(fk[0]->view()->model()->rowCount() >= 2);
    // Overview: the pending notice is flagged, the income table has every month.
    ui::OverviewTab *overview = r->overview();
    QVERIFY(std::any_of(overview->flags().cbegin(), overview->flags().cend(),
        [](const ui::Fact &f) { return f.label == u"Advance payment notices"; }));
    QCOMPARE(overview->income().months.size(), 3); // the default "last 3 months"
    QVERIFY(overview->income().unreadable.isEmpty());
    // IT staff see the raw payload.
    QVERIFY(r->agencyTab(Agency::TNS)->rawText().contains(u"TST101"));
    QVERIFY(r->agencyTab(Agency::FK)->rawText().contains(u"utlamnare"));
}

void TestMainWindow::thePaymentsFitAt1280PixelsAndTheLeastImportantColumnGivesWay()
{
    const auto w = makeWindow();
    w->resize(1280, 800);
    QVERIFY(ask(*w, u"198504129829"_s));
    QVERIFY(w->result()->tabs()->tabText(3).startsWith(u"FK"));
    w->result()->tabs()->setCurrentIndex(3);
    ui::TablePanel *payments = w->result()->agencyTab(Agency::FK)->tables().first();
    QTableView *view = payments->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    // Date, benefit and net are whole within the view, with no scroll bar to reach them.
    const int width = view->viewport()->width();
    for (int column : { 0, 2, 7 }) {
        QVERIFY2(view->columnViewportPosition(column) >= 0, qPrintable(QString::number(column)));
        QVERIFY2(view->columnViewportPosition(column) + view->columnWidth(column) <= width,
            qPrintable(u"column %1 ends at %2 of %3"_s.arg(column)
                           .arg(view->columnViewportPosition(column) + view->columnWidth(column))
                           .arg(width)));
    }
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // The payer (the same agency on every row) gave way first; the amounts kept their width.
    auto natural = [view](int column) {
        return std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
            view->horizontalHeader()->sectionSizeHint(column));
    };
    const int naturalPayer = natural(1);
    QVERIFY2(view->columnWidth(1) < naturalPayer,
        qPrintable(u"payer %1 of %2"_s.arg(view->columnWidth(1)).arg(naturalPayer)));
    QVERIFY(view->columnWidth(4) >= natural(4)); // gross
    QCOMPARE(payments->proxy()->index(0, 1).data(Qt::ToolTipRole).toString(),
        payments->proxy()->index(0, 1).data().toString()); // the whole text where it is elided
    // Wide enough again, every column has its width back.
    w->resize(1900, 800);
    QTRY_COMPARE(view->columnWidth(1), naturalPayer);
}

void TestMainWindow::paymentsAreSortableFilterableAndSummed()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    ui::TablePanel *payments = w->result()->agencyTab(Agency::FK)->tables().first();
    QSortFilterProxyModel *proxy = payments->proxy();
    const int rows = proxy->rowCount();
    QVERIFY(payments->sums()->text().contains(u"Net:"));
    // Shown in the answer's order until the caseworker sorts.
    QCOMPARE(payments->view()->horizontalHeader()->sortIndicatorSection(), -1);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(proxy->mapToSource(proxy->index(row, 0)).row(), row);
    // Sorted by the raw date, descending.
    payments->view()->sortByColumn(0, Qt::DescendingOrder);
    QVERIFY(proxy->index(0, 0).data(Qt::UserRole).toDate() >= proxy->index(rows - 1, 0).data(Qt::UserRole).toDate());
    const Total allNet = ui::columnSum(*proxy, 7);
    QCOMPARE(allNet.exact()->ore(), qint64(rows) * 836050);
    QTest::keyClicks(payments->filter(), u"no such benefit"_s);
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(payments->sums()->text().startsWith(u"0 row"));
    payments->filter()->clear();
    QCOMPARE(proxy->rowCount(), rows);
    QVERIFY(payments->sums()->text().contains(u"Net: "_s + allNet.exact()->toDisplayString()));
}

void TestMainWindow::errorIsExplainedAndNeverLooksLikeNothingFound()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"199209309849"_s));
    ui::ResultView *r = w->result();
    QCOMPARE(r->tabs()->tabText(1), u"AF — error"_s);
    ui::AgencyTab *af = r->agencyTab(Agency::AF);
    QVERIFY(af->tables().isEmpty()); // no empty table that could read as "nothing found"
    const QString explained = af->findChild<QLabel *>(u"errorText"_s)->text();
    QVERIFY(explained.contains(u"AF-TEKNISKT"));
    QVERIFY(explained.contains(u"agency reported the error"));
    QVERIFY(explained.contains(u"Försök igen senare"));
    QVERIFY(r->header()->text().contains(u"failed or did not answer"));
}

void TestMainWindow::absentAndNotAskedAreSaidAsSuch()
{
    const auto w = makeWindow();
    w->form()->agencyBox(Agency::TNS)->setChecked(false);
    QVERIFY(ask(*w, u"199303039821"_s));
    ui::ResultView *r = w->result();
    QCOMPARE(r->tabs()->tabText(1), u"AF — no answer"_s);
    QCOMPARE(r->tabs()->tabText(5), u"SO — no answer"_s);
    QCOMPARE(r->tabs()->tabText(6), u"TNS — not asked"_s);
    QVERIFY(r->agencyTab(Agency::SO)->presentation().summary.contains(u"not the same as"));
    // The overview does not sum a missing a-kassa as zero.
    QVERIFY(r->overview()->income().unreadable.contains(u"A-kassa"));
    QVERIFY(r->overview()->findChild<QLabel *>(u"incomeGap"_s));
    w->form()->agencyBox(Agency::TNS)->setChecked(true);
}

void TestMainWindow::cancelStopsARunningQuery()
{
    const auto w = makeWindow();
    QSignalSpy failed(w->session(), &LookupSession::failed);
    QTest::keyClicks(w->form()->personField(), u"199606069822"_s); // answers after 3 s
    confirmCase(*w);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTRY_VERIFY(w->cancelButton()->isVisible());
    QTest::mouseClick(w->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().first().value<ClientFailure>().kind, ClientFailure::Kind::Cancelled);
    QVERIFY(w->result()->header()->text().contains(u"cancelled"));
    QVERIFY(!w->cancelButton()->isVisible());
    QVERIFY(w->form()->runButton()->isEnabled());
}

void TestMainWindow::aSecondQueryCanBePreparedWhileOneRuns()
{
    const auto w = makeWindow();
    QSignalSpy answered(w.get(), &ui::MainWindow::answerShown);
    QTest::keyClicks(w->form()->personField(), u"199606069822"_s);
    confirmCase(*w);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTRY_VERIFY(w->session()->isBusy());
    // The form stays usable: the next number can be typed (and checked) meanwhile.
    QLineEdit *person = w->form()->personField();
    person->clear();
    QTest::keyClicks(person, u"198504129829"_s);
    QCOMPARE(person->text(), u"19850412-9829"_s); // typed and formatted while the other query runs
    QVERIFY(!w->form()->runButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    confirmCase(*w);
    QTest::keyClick(person, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
    QVERIFY(w->result()->header()->text().contains(u"19850412-9829"));
}

void TestMainWindow::aNewLookupNeverShowsTheLastPersonsAnswer()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    QVERIFY(w->result()->hasAnswer());
    w->result()->tabs()->setCurrentIndex(3);
    // The next person's lookup fails (a SOAP fault): the first person's answer is gone from
    // the screen and cannot be saved, printed or compared under the second one's name.
    QVERIFY(!ask(*w, u"199712129841"_s));
    QVERIFY(!w->result()->hasAnswer());
    QCOMPARE(w->result()->tabs()->count(), 0);
    QVERIFY(!w->changesButton()->isVisible());
    QString error;
    QCOMPARE(save(*w, u"note"_s, &error), qint64(0));
    QVERIFY(!error.isEmpty());
    QTemporaryDir dir;
    QVERIFY(!pdfWritten(w->savePdf(dir.filePath(u"x.pdf"_s))));
    QVERIFY(w->store()->savedResults({})->isEmpty());
    // An answer again opens on the tab the caseworker had open.
    QVERIFY(ask(*w, u"198504129829"_s));
    QCOMPARE(w->result()->tabs()->currentIndex(), 3);
}

void TestMainWindow::anAnswerStillBeingPresentedGivesWayToANewLookup()
{
    const auto w = makeWindow();
    QSignalSpy shown(w.get(), &ui::MainWindow::answerShown);
    // The moment the first answer is received (its tables still being made in a worker), the
    // caseworker asks about someone else, whose answer comes 3 s later.
    bool asked = false;
    connect(w->session(), &LookupSession::answered, w.get(), [&] {
        if (asked)
            return;
        asked = true;
        w->form()->personField()->clear();
        QTest::keyClicks(w->form()->personField(), u"199606069822"_s);
        confirmCase(*w);
        w->runQuery();
    });
    w->form()->personField()->clear();
    QTest::keyClicks(w->form()->personField(), u"198504129829"_s);
    confirmCase(*w);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
    QTest::qWait(500); // far longer than the first answer's presentation takes
    QCOMPARE(shown.size(), 0); // the first person's answer never appeared
    QVERIFY(!w->result()->hasAnswer());
    QVERIFY(w->result()->header()->text().contains(u"19960606-9822"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    QVERIFY(w->result()->header()->text().contains(u"19960606-9822"));
}

void TestMainWindow::anAmountThatCannotBeReadIsSaidSoEverywhere()
{
    // "Oläslig": an a-kassa's NettoEfterSkatt of 8420.505 — valid for the schema, not öre.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    SSBTEK_REQUIRE(!pdftotext.isEmpty(), u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back."_s);
    const auto w = makeWindow();
    const QDate thisMonth(test::today().year(), test::today().month(), 1);
    w->form()->setPeriod({ thisMonth.addMonths(-3), thisMonth.addMonths(1).addDays(-1) });
    QVERIFY(ask(*w, u"199311309828"_s));
    ui::ResultView *r = w->result();
    // The tab: the cell says it, with the text as received; the sum says it is incomplete.
    ui::TablePanel *payments = r->agencyTab(Agency::SO)->tables().first();
    const QAbstractItemModel *model = payments->view()->model();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(model->index(row, 2).data().toString(), u"could not be read: “8420.505”"_s);
        QCOMPARE(model->index(row, 3).data().toString(), u"8\u00A0000,25\u00A0kr"_s); // the other amount is read
    }
    // Nothing of the column could be read: no sum at all, not 0,00 kr.
    QVERIFY2(
        payments->sums()->text().contains(u"Net after tax: unknown: 2 amount"_s), qPrintable(payments->sums()->text()));
    QVERIFY(std::any_of(r->agencyTab(Agency::SO)->presentation().facts.cbegin(),
        r->agencyTab(Agency::SO)->presentation().facts.cend(), [](const ui::Fact &f) {
            return f.warning && f.label == u"Amounts that could not be read" && f.value == u"2";
        }));
    // The overview: flagged, and the a-kassa's column and the total are incomplete, never 0.
    ui::OverviewTab *overview = r->overview();
    QVERIFY(std::any_of(overview->flags().cbegin(), overview->flags().cend(),
        [](const ui::Fact &f) { return f.value.startsWith(u"2 amount"); }));
    QVERIFY(overview->income().incomplete.contains(u"A-kassa"));
    QVERIFY(overview->findChild<QLabel *>(u"incomeGap"_s)->text().contains(u"A-kassa: an amount could not be read"));
    const QAbstractItemModel *income = overview->incomeTable()->view()->model();
    QVERIFY(income->headerData(3, Qt::Horizontal).toString().contains(u"incomplete"));
    QVERIFY(income->headerData(5, Qt::Horizontal).toString().contains(u"incomplete"));
    int incompleteMonths = 0;
    for (int row = 0; row < income->rowCount(); ++row) {
        const QString akassa = income->index(row, 3).data().toString();
        if (akassa.contains(u"could not be read")) {
            ++incompleteMonths;
            QVERIFY2(income->index(row, 5).data().toString().contains(u"could not be read"),
                qPrintable(income->index(row, 5).data().toString()));
        }
    }
    QCOMPARE(incompleteMonths, 2); // the two months the a-kassa paid
    bool partial = false; // a month with Försäkringskassan's payment too: its sum, said to be incomplete
    for (int row = 0; row < income->rowCount(); ++row)
        partial = partial
            || income->index(row, 5).data().toString().contains(u"3\u00A0600,00\u00A0kr (incomplete: 1 amount"_s);
    QVERIFY(partial);
    // CSV: in words, with the text as received.
    const QString csv = m_dir.filePath(u"unreadable.csv"_s);
    QVERIFY(payments->exportCsv(csv));
    const QString csvText = QString::fromUtf8(test::readFile(csv));
    QVERIFY2(csvText.contains(u"could not be read: “8420.505”;8000,25"_s), qPrintable(csvText));
    // The PDF for the case file: the same words in the table, the sum row and the overview.
    const QString pdf = m_dir.filePath(u"unreadable.pdf"_s);
    QString error;
    QVERIFY2(pdfWritten(w->savePdf(pdf), &error), qPrintable(error));
    QProcess p;
    p.start(pdftotext, { pdf, u"-"_s });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.count(u"could not be read:"_s) >= 2 && text.count(u"“8420.505”"_s) >= 2, qPrintable(text.left(3000)));
    QVERIFY2(text.contains(u"unknown: 2 amount"_s), qPrintable(text.left(3000))); // the table's sum row
    QVERIFY2(
        text.contains(u"(incomplete: 1 amount"_s), qPrintable(text.left(3000))); // a month's total with FK's payment
}

void TestMainWindow::savesAReadablePdfForTheCaseFile()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    SSBTEK_REQUIRE(!pdftotext.isEmpty(), u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back."_s);
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    const QString pdf = m_dir.filePath(u"answer.pdf"_s);
    QString error;
    QVERIFY2(pdfWritten(w->savePdf(pdf), &error), qPrintable(error));
    QProcess p;
    p.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"19850412-9829"), qPrintable(text.left(500)));
    QVERIFY(text.contains(u"TST101"));
    QVERIFY2(text.contains(u"About"), qPrintable(text)); // whom Skatteverket's parts are about
    QVERIFY2(text.contains(u"Testmilj"), qPrintable(text.left(300)));
    // A sum: the advance payment notice's net amount, as people write it.
    QVERIFY2(text.contains(u"7 990,00 kr") || text.contains(u"7\u00A0990,00\u00A0kr"), qPrintable(text.left(2000)));
    // Every page says whose it is and which page; the last line when, by whom, from where.
    QVERIFY2(text.contains(u"SSBTEK · 19850412-9829 · case SOC-2026-0417 · page 1 of "), qPrintable(text.left(300)));
    const int pages = text.count(u"· page "_s);
    QVERIFY(pages >= 2);
    QCOMPARE(text.count(u"Fetched "_s), pages);
    QVERIFY(text.contains(u"by tester"));
    // No line break inside a date, an amount or a word: every such cell of every table is
    // found whole in the text as pdftotext lays it out.
    auto flat = [](QString t) { return t.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' '); };
    const QString pageText = flat(text);
    int checked = 0;
    for (Agency a : AllAgencies) {
        for (const ui::Table &t : w->result()->agencyTab(a)->presentation().tables) {
            for (const auto &row : t.rows) {
                for (int c = 0; c < t.columns.size(); ++c) {
                    const QString cell = flat(ui::cellText(row.value(c), t.columns[c]));
                    if (cell.isEmpty() || (t.columns[c].kind == ui::Column::Kind::Text && cell.contains(u' ')))
                        continue;
                    ++checked;
                    QVERIFY2(pageText.contains(cell), qPrintable(u"broken in the PDF: "_s + cell));
                }
            }
        }
    }
    QVERIFY(checked > 40);
    // The PDF's title names the case, never the person; so does the proposed file name.
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QProcess info;
    info.start(pdfinfo, { pdf });
    QVERIFY(info.waitForFinished(30000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(u"SSBTEK answer, case SOC-2026-0417"), qPrintable(meta));
    QVERIFY(!meta.contains(u"19850412") && !meta.contains(u"198504129829"));
    QVERIFY(!w->suggestedPdfPath().contains(u"19850412"));
    // A folder that cannot be written: an error, no half file.
    QVERIFY(!pdfWritten(w->savePdf(u"/proc/no-such-dir/answer.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::theAnswersJsonGoesBesideThePdfWhereITWantsIt()
{
    QTemporaryDir dir;
    {
        const auto w = makeWindow(); // not enabled: the PDF alone
        QVERIFY(ask(*w, u"198504129829"_s));
        QVERIFY(pdfWritten(w->savePdf(dir.filePath(u"plain.pdf"_s))));
        QVERIFY(!QFile::exists(dir.filePath(u"plain.json"_s)));
    }
    AppSettings importing = m_settings;
    importing.jsonBesidePdf = true;
    ui::MainWindow w(importing, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(ask(w, u"198504129829"_s));
    QString error;
    QVERIFY2(pdfWritten(w.savePdf(dir.filePath(u"ssbtek-SOC-2026-0417-2026-06-15.pdf"_s)), &error), qPrintable(error));
    QFile json(dir.filePath(u"ssbtek-SOC-2026-0417-2026-06-15.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QJsonObject written = QJsonDocument::fromJson(json.readAll()).object();
    // The CLI's documented JSON of this answer, with the case id and whether it was simulated.
    QJsonObject expected = answerToJson(*w.result()->answer());
    expected.insert(u"simulated"_s, true);
    expected.insert(u"caseId"_s, u"SOC-2026-0417"_s);
    QCOMPARE(written, expected);
    // CSN left out of the case file: out of the JSON too, which says so.
    QVERIFY2(
        pdfWritten(w.savePdf(dir.filePath(u"without-csn.pdf"_s), false, { Agency::CSN }), &error), qPrintable(error));
    QFile kept(dir.filePath(u"without-csn.json"_s));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QJsonObject withoutCsn = QJsonDocument::fromJson(kept.readAll()).object();
    QJsonObject agencies = expected.value(u"agencies"_s).toObject();
    agencies.remove(u"CSN"_s);
    expected.insert(u"agencies"_s, agencies);
    expected.insert(u"leftOut"_s, QJsonArray { u"CSN"_s });
    QCOMPARE(withoutCsn, expected);
}

void TestMainWindow::aLongPdfIsWrittenWhileTheWindowStaysFree()
{
    // Two years of daily payments: a PDF of some 30 pages, written on a worker thread.
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"199404049844"_s));
    const QString pdf = m_dir.filePath(u"long.pdf"_s);
    QSignalSpy saved(w.get(), &ui::MainWindow::pdfSaved);
    int turns = 0; // turns of the GUI thread's event loop while the PDF is written
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&] { ++turns; });
    tick.start(5);
    w->startSavingPdf(pdf);
    QVERIFY(saved.isEmpty()); // returned before the PDF was made
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
    tick.stop();
    QCOMPARE(saved.first().at(0).toString(), pdf);
    QCOMPARE(saved.first().at(1).toString(), QString());
    QVERIFY2(turns >= 5, qPrintable(QString::number(turns)));
    QVERIFY(QFileInfo(pdf).size() > 10000);
    QVERIFY(w->statusBar()->currentMessage().contains(u"long.pdf"_s));
    // A folder that cannot be written: said in a box that does not block, nothing half-written.
    w->startSavingPdf(u"/proc/no-such-dir/long.pdf"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 60000);
    QVERIFY(!saved.last().at(1).toString().isEmpty());
    auto *box = w->findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(u"could not be written"_s));
    box->close();
    QVERIFY(w->result()->hasAnswer()); // the answer is still on screen
}

void TestMainWindow::theCaseworkerChoosesWhatGoesInTheCaseFile()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    const AgencySet asked = w->askedAgencies();
    QVERIFY(asked.contains(Agency::CSN) && asked.contains(Agency::FK));
    // The dialog as the caseworker meets it: every agency asked, ticked.
    bool seen = false;
    auto answerDialog = [&](const std::function<void(ui::ReportContentDialog *)> &act) {
        QTimer::singleShot(0, w.get(), [&, act] {
            auto *dialog = qobject_cast<ui::ReportContentDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            act(dialog);
        });
    };
    answerDialog([&](ui::ReportContentDialog *d) {
        for (Agency a : asked.toList())
            QVERIFY(d->agencyBox(a) && d->agencyBox(a)->isChecked());
        QPushButton *ok = d->buttons()->button(QDialogButtonBox::Ok);
        for (Agency a : asked.toList())
            d->agencyBox(a)->click();
        QVERIFY(!ok->isEnabled()); // a document with nothing in it is not offered
        for (Agency a : asked.toList()) {
            if (a != Agency::CSN && a != Agency::SKV)
                d->agencyBox(a)->click();
        }
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    const auto leftOut = w->askLeftOut(u"Save as PDF"_s);
    QVERIFY(seen);
    QVERIFY(leftOut.has_value());
    QCOMPARE(*leftOut, (AgencySet { Agency::CSN, Agency::SKV }));
    // Cancelled: nothing is saved.
    seen = false;
    answerDialog([](ui::ReportContentDialog *d) { d->reject(); });
    QVERIFY(!w->askLeftOut(u"Print"_s).has_value());
    QVERIFY(seen);
    // The PDF says which were left out, and has none of theirs.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    SSBTEK_REQUIRE(!pdftotext.isEmpty(), u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back."_s);
    const QString pdf = m_dir.filePath(u"left-out.pdf"_s);
    QString error;
    QVERIFY2(pdfWritten(w->savePdf(pdf, false, *leftOut), &error), qPrintable(error));
    QProcess p;
    p.start(pdftotext, { pdf, u"-"_s });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(u"Left out %1, %2: left out of this document by the caseworker"_s.arg(
                 agencyName(Agency::CSN), agencyName(Agency::SKV))),
        qPrintable(text.left(1500)));
    QVERIFY(!text.contains(agencyName(Agency::SKV) + u" —"_s) && !text.contains(agencyName(Agency::CSN) + u" —"_s));
    QVERIFY(text.contains(agencyName(Agency::FK) + u" —"_s));
    QVERIFY(text.contains(u"Income per month Month Försäkringskassan Pensionsmyndigheten A-kassa Total"_s)); // no CSN
}

void TestMainWindow::copiesAndExportsATable()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    ui::TablePanel *vehicles = w->result()->agencyTab(Agency::TNS)->tables().first();
    vehicles->copyToClipboard();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith(u"Registration\tMake"));
    QVERIFY(copied.contains(u"TST202\tYAMAHA"));
    const QString csv = m_dir.filePath(u"vehicles.csv"_s);
    QVERIFY(vehicles->exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(f.readAll());
    QVERIFY(content.contains(u"TST101;VOLVO;V70;2014;PERSONBIL"));
    ui::TablePanel *payments = w->result()->agencyTab(Agency::FK)->tables().first();
    QVERIFY(payments->exportCsv(m_dir.filePath(u"payments.csv"_s)));
    QFile p(m_dir.filePath(u"payments.csv"_s));
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.readAll().contains("8360,50")); // a number a spreadsheet reads, not "8 360,50 kr"
}

void TestMainWindow::remembersTheCaseworkersChoices()
{
    {
        const auto w = makeWindow();
        w->form()->agencyBox(Agency::MIV)->setChecked(false);
        w->form()->presetBox()->setCurrentIndex(3); // last 12 months
        w->close();
    }
    const auto again = makeWindow();
    QVERIFY(!again->form()->agencyBox(Agency::MIV)->isChecked());
    QVERIFY(again->form()->agencyBox(Agency::AF)->isChecked());
    QCOMPARE(again->form()->presetBox()->currentIndex(), 3);
    again->form()->agencyBox(Agency::MIV)->setChecked(true);
    again->close();
}

void TestMainWindow::everyLookupIsAuditedAnsweredOrCancelled()
{
    const auto w = makeWindow();
    QVERIFY(w->store());
    QVERIFY(ask(*w, u"199505059866"_s)); // answered
    QSignalSpy failed(w->session(), &LookupSession::failed);
    w->form()->personField()->clear();
    QTest::keyClicks(w->form()->personField(), u"199606069822"_s); // slow: cancelled
    QVERIFY(!w->form()->currentCaseBox()->isChecked()); // a new person needs a new confirmation
    confirmCase(*w);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTRY_VERIFY(w->cancelButton()->isVisible());
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    store::AuditFilter f;
    f.person = u"199505059866"_s;
    f.kind = u"query"_s; // the outcomes; each has its "asked" record before it
    const auto answered = w->store()->audit(f);
    QCOMPARE(answered->size(), 1);
    QVERIFY(answered->first().outcome.contains(u"AF=data"));
    QCOMPARE(answered->first().caseworker, u"tester"_s);
    QCOMPARE(answered->first().caseId, u"SOC-2026-0417"_s);
    f.person = u"199606069822"_s;
    QCOMPARE(w->store()->audit(f)->first().outcome, u"cancelled"_s);
    QVERIFY(w->store()->verifyAudit()->intact);
}

void TestMainWindow::savedResultReopensReadOnlyInTheReview()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198504129829"_s));
    QString error;
    const qint64 id = save(*w, u"Månadsansökan, februari"_s, &error);
    QVERIFY2(id > 0, qPrintable(error));
    ui::ReviewWindow *review = w->review();
    QVERIFY(review);
    QTRY_VERIFY(!review->isLoading()); // read in a worker
    QVERIFY(review->chainStatus()->text().contains(u"intact"));
    QTest::keyClicks(review->personFilter(), u"19850412-9829"_s);
    QTest::keyClick(review->personFilter(), Qt::Key_Return);
    QTRY_VERIFY(!review->isLoading());
    QVERIFY(review->auditTable()->proxy()->rowCount() >= 2); // the lookup and the save
    for (int r = 0; r < review->auditTable()->proxy()->rowCount(); ++r)
        QCOMPARE(review->auditTable()->proxy()->index(r, 5).data().toString(), u"19850412-9829"_s);
    QVERIFY(review->savedTable()->proxy()->rowCount() >= 1);
    QSignalSpy opened(review, &ui::ReviewWindow::savedOpened);
    review->openSaved(id); // read and parsed in the store's thread
    QVERIFY(opened.wait(20000));
    auto *reopened = opened.first().first().value<QWidget *>();
    QVERIFY(reopened);
    auto *view = reopened->findChild<ui::ResultView *>();
    QVERIFY(view);
    QCOMPARE(view->tabs()->tabText(6), u"TNS (2)"_s); // exactly as it was received
    QVERIFY(reopened->windowTitle().contains(u"read-only"));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        const QString pdf = m_dir.filePath(u"audit.pdf"_s);
        QVERIFY(pdfWritten(review->exportPdf(pdf)));
        QProcess p;
        p.start(pdftotext, { pdf, u"-"_s });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.readAllStandardOutput().contains("19850412-9829"));
    }
    reopened->close();
}

void TestMainWindow::theReviewSaysOutcomesInWordsAndRemembersItsFilters()
{
    QTemporaryDir dir;
    store::StoreSettings settings;
    settings.sqlitePath = dir.filePath(u"words.sqlite"_s);
    auto opened = store::Store::open(settings);
    QVERIFY(opened);
    store::Store &s = **opened;
    auto record = [&s](const QString &person, const QString &outcome) {
        store::AuditRecord r;
        r.at = QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc());
        r.kind = u"query"_s;
        r.caseworker = u"anna"_s;
        r.person = person;
        r.outcome = outcome;
        QVERIFY(s.appendAudit(r));
    };
    record(u"198504129829"_s, u"AF=data CSN=error FK=data SKV=absent SO=not_asked TNS=data MIV=data"_s);
    record(u"199209309849"_s, u"cancelled"_s);
    record(u"199505059866"_s, u"failed:timeout"_s);

    {
        ui::ReviewWindow review(&s, true);
        QTRY_VERIFY(!review.isLoading());
        QTableView *view = review.auditTable()->view();
        QAbstractItemModel *model = review.auditTable()->proxy();
        QCOMPARE(model->rowCount(), 3);
        const int outcomeColumn = 8;
        QStringList outcomes;
        for (int r = 0; r < model->rowCount(); ++r)
            outcomes << model->index(r, outcomeColumn).data().toString();
        QVERIFY2(outcomes.contains(u"error from CSN; data from AF, FK, TNS, MIV; nothing at SKV; not asked: SO"_s),
            qPrintable(outcomes.join(u" | ")));
        QVERIFY(outcomes.contains(u"cancelled"_s));
        QVERIFY(outcomes.contains(u"no answer: timeout"_s));
        for (const QString &o : outcomes)
            QVERIFY2(!o.contains(u"=data"), qPrintable(o));
        // No unit, case or purpose in these records: those columns are hidden, the person's is not.
        QVERIFY(view->isColumnHidden(4)); // unit
        QVERIFY(view->isColumnHidden(7)); // case
        QVERIFY(!view->isColumnHidden(5)); // person
        // The outcome filter is a choice in words.
        QComboBox *outcome = review.outcomeFilter();
        outcome->setCurrentIndex(outcome->findData(u"failed:"_s));
        QVERIFY(outcome->currentIndex() > 0);
        review.refresh();
        QTRY_VERIFY(!review.isLoading());
        QCOMPARE(review.auditTable()->proxy()->rowCount(), 1);
        QVERIFY(review.filterSummary().contains(u"no answer (failed)"));
        QTest::keyClicks(review.caseworkerFilter(), u"anna"_s);
        QTest::keyClicks(review.personFilter(), u"19950505-9866"_s);
        review.refresh();
        QTRY_VERIFY(!review.isLoading());
    }
    // A new window (a new day) starts with the same filters, but never with a person.
    ui::ReviewWindow again(&s, true);
    QTRY_VERIFY(!again.isLoading());
    QCOMPARE(again.outcomeFilter()->currentData().toString(), u"failed:"_s);
    QCOMPARE(again.caseworkerFilter()->text(), u"anna"_s);
    QVERIFY(again.personFilter()->text().isEmpty());
    QCOMPARE(again.auditTable()->proxy()->rowCount(), 1);
    QVERIFY(!QSettings().value(u"state/reviewFilters/person"_s).isValid());
}

void TestMainWindow::aLookupFromTheCaseSystemFillsTheFormAndWaitsForTheCaseworker()
{
    const auto w = makeWindow();
    store::AuditFilter asked;
    asked.kind = u"asked"_s;
    const qsizetype before = w->store()->audit(asked)->size();
    const auto request = lookup::OpenRequest::fromLink(
        QUrl(u"ssbtek:lookup?person=19850412-9829&case=SOC-2026-0999&child=19971212-9841"_s));
    QVERIFY(request);
    w->form()->currentCaseBox()->setChecked(true); // a confirmation for someone else is not carried over
    w->openRequest(*request);
    QCOMPARE(w->form()->personField()->text(), u"19850412-9829"_s);
    QCOMPARE(w->form()->caseIdField()->text(), u"SOC-2026-0999"_s);
    QCOMPARE(w->form()->childrenField()->text(), u"19971212-9841"_s);
    QVERIFY(!w->form()->currentCaseBox()->isChecked());
    QVERIFY(w->handedOverNotice()->isVisible());
    QVERIFY(w->handedOverNotice()->text().contains(u"19850412-9829"));
    // Nothing is sent: no lookup runs and the log has no new "asked" record; Return without
    // the confirmation is refused with the reason.
    QTest::qWait(200);
    QVERIFY(!w->session()->isBusy());
    QCOMPARE(w->store()->audit(asked)->size(), before);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTest::qWait(100);
    QCOMPARE(w->store()->audit(asked)->size(), before);
    QVERIFY(!w->form()->problemLabel()->text().isEmpty());
    // Confirmed and asked (the applicant alone here): the record says where it came from.
    w->form()->childrenField()->clear();
    QSignalSpy shown(w.get(), &ui::MainWindow::answerShown);
    w->form()->currentCaseBox()->setChecked(true);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    const auto records = w->store()->audit(asked);
    QCOMPARE(records->size(), before + 1);
    const QString sent = w->session()->query().correlationId;
    const auto record = std::find_if(
        records->cbegin(), records->cend(), [&sent](const store::AuditRecord &r) { return r.detail.contains(sent); });
    QVERIFY(record != records->cend());
    QVERIFY2(record->detail.contains(u"\"openedFrom\":\"link\""), qPrintable(record->detail));
    // Another person typed: the hand-over is over, and a lookup of them says nothing of a link.
    w->form()->personField()->setText(u"19920930-9849"_s);
    QVERIFY(!w->handedOverNotice()->isVisible());
}

void TestMainWindow::noQueryWithoutAWorkingAuditLog()
{
    AppSettings broken = m_settings;
    broken.store.sqlitePath = u"/proc/no-such-dir/ssbtek.sqlite"_s;
    ui::MainWindow w(broken, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.storeProblem()->isVisible());
    QVERIFY(w.storeProblem()->text().contains(u"audit log"));
    QSignalSpy busy(w.session(), &LookupSession::busyChanged);
    QTest::keyClicks(w.form()->personField(), u"198504129829"_s);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QCOMPARE(busy.size(), 0); // nothing was sent
    QVERIFY(w.form()->findChild<QLabel *>(u"formProblem"_s)->text().contains(u"audit log"));
}

void TestMainWindow::theVersionCanBeSwitchedWhereMoreAreConfigured()
{
    const auto w = makeWindow();
    QComboBox *versions = w->form()->versionBox();
    QVERIFY(versions->isVisible());
    QCOMPARE(versions->count(), 2);
    QCOMPARE(versions->currentText(), u"v11"_s);
    versions->setCurrentIndex(versions->findData(10));
    Q_EMIT versions->activated(versions->currentIndex());
    QVERIFY(ask(*w, u"198504129829"_s));
    QVERIFY(w->result()->header()->text().contains(u"SSBTEK v10"));
    QCOMPARE(m_sim.server()->lastRequest().namespaceUri, ProtocolVersion::byNumber(10)->namespaceUri);
    // Only one configured: no choice offered, the version just shown.
    AppSettings single = m_settings;
    single.alternatives.clear();
    ui::MainWindow one(single, true);
    QVERIFY(!one.form()->versionBox()->isVisibleTo(&one));
}

void TestMainWindow::aHugeRawAnswerIsLaidOutOnlyWhenOpened()
{
    // SSBTEK's XML comes as one line; 5 MB of it laid out as one line stalls a window.
    AgencyOutcome outcome;
    outcome.state = AgencyOutcome::State::Error;
    outcome.rawFormat = AgencyOutcome::RawFormat::Xml;
    QByteArray element("<fordon><regnr>TST101</regnr></fordon>");
    outcome.raw = "<svar>" + element.repeated(5 * 1024 * 1024 / element.size()) + "</svar>";
    ui::AgencyTab tab(ui::present(Agency::TNS, outcome), outcome);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *view = qobject_cast<QPlainTextEdit *>(tab.widget(1));
    QVERIFY(view);
    QVERIFY(view->document()->isEmpty()); // nothing made until someone looks
    tab.setCurrentIndex(1);
    QVERIFY(view->document()->blockCount() > 100000); // one element a line
    QVERIFY(view->toPlainText().endsWith(u"the first 4 MB are shown)"_s));
    QVERIFY(view->toPlainText().startsWith(u"<svar>\n<fordon>\n<regnr>TST101<"_s));
}

void TestMainWindow::aLargeAnswerSaysHowMuchHasCome()
{
    // Beside the seconds: the megabytes received, once there is more than one.
    const auto w = makeWindow();
    auto *elapsed = w->findChild<QLabel *>(u"elapsed"_s);
    QVERIFY(elapsed);
    QVERIFY(ask(*w, u"198504129829"_s)); // a small answer: the time alone
    QVERIFY2(elapsed->text().endsWith(u" s"_s), qPrintable(elapsed->text()));
    QVERIFY(ask(*w, u"197205229862"_s)); // five years of daily payments, more than 10 MB
    const QRegularExpression said(u"^\\d+\\.\\d s · (\\d+\\.\\d) MB received$"_s);
    const auto match = said.match(elapsed->text());
    QVERIFY2(match.hasMatch(), qPrintable(elapsed->text()));
    QVERIFY(match.captured(1).toDouble() >= 9.5); // the whole answer, in MiB
}

void TestMainWindow::closingTheWindowDuringALookupRecordsItsEnd()
{
    // The window goes while a large answer is on its way: no crash, and the log says the lookup
    // was cancelled (the store must outlive the session that writes that).
    auto w = makeWindow();
    w->form()->personField()->clear();
    QTest::keyClicks(w->form()->personField(), u"197205229862"_s);
    confirmCase(*w);
    w->form()->caseIdField()->setText(u"SOC-CLOSED-1"_s);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QVERIFY(w->session()->isBusy());
    w.reset();
    const auto opened = store::Store::open(m_settings.storeSettings());
    QVERIFY(opened);
    store::AuditFilter f;
    f.caseId = u"SOC-CLOSED-1"_s;
    const auto records = (*opened)->audit(f);
    QVERIFY(records);
    QStringList outcomes;
    for (const store::AuditRecord &r : *records)
        outcomes << r.kind + u':' + r.outcome;
    QVERIFY2(outcomes.size() == 2 && outcomes.join(u' ').contains(u"cancelled"_s), qPrintable(outcomes.join(u' ')));
}

void TestMainWindow::theReviewFiltersByFollowUpPattern()
{
    // A store of its own: three lookups of one person by three caseworkers, and one ordinary.
    QTemporaryDir dir;
    store::StoreSettings settings;
    settings.sqlitePath = dir.filePath(u"review.sqlite"_s);
    auto opened = store::Store::open(settings);
    QVERIFY(opened);
    store::Store &s = **opened;
    auto lookup = [&s](const QString &caseworker, const QString &person, const QString &caseId) {
        store::AuditRecord r;
        r.at = QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc());
        r.kind = u"query"_s;
        r.caseworker = caseworker;
        r.person = person;
        r.caseId = caseId;
        QVERIFY(s.appendAudit(r));
    };
    for (const QString &cw : { u"anna"_s, u"bertil"_s, u"cecilia"_s })
        lookup(cw, u"198504129829"_s, u"CASE-1"_s);
    lookup(u"anna"_s, u"199209309849"_s, u"CASE-2"_s);
    lookup(u"anna"_s, u"199209309849"_s, u"CASE-2"_s);

    ui::ReviewWindow review(&s, true);
    review.setReviewer(u"supervisor"_s, u"Enhet Nord"_s);
    QTRY_VERIFY(!review.isLoading()); // read in a worker
    QCOMPARE(review.auditTable()->proxy()->rowCount(), 5);
    QVERIFY(!review.reviewReminder()->isHidden()); // no review recorded yet
    QVERIFY(review.reviewReminder()->text().contains(u"no review"_s));
    QComboBox *pattern = review.patternFilter();
    pattern->setCurrentIndex(pattern->findData(u"many-caseworkers"_s));
    review.refresh();
    QTRY_VERIFY(!review.isLoading());
    QCOMPARE(review.auditTable()->proxy()->rowCount(), 3);
    QTest::keyClicks(review.caseworkerFilter(), u"bertil"_s); // judged on everyone, then narrowed
    review.refresh();
    QTRY_VERIFY(!review.isLoading());
    QCOMPARE(review.auditTable()->proxy()->rowCount(), 1);
    review.caseworkerFilter()->clear();
    store::FollowUpSettings strict;
    strict.manyCaseworkers = 4;
    review.setFollowUp(strict);
    review.refresh();
    QTRY_VERIFY(!review.isLoading());
    QCOMPARE(review.auditTable()->proxy()->rowCount(), 0);
    pattern->setCurrentIndex(0);
    review.refresh();
    QTRY_VERIFY(!review.isLoading());
    QCOMPARE(review.auditTable()->proxy()->rowCount(), 5);

    // Recording the review: in the chain, the reminder gone, and in the reviews' PDF.
    pattern->setCurrentIndex(pattern->findData(u"many-caseworkers"_s));
    store::ReviewRecord r;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.filters = review.filterSummary();
    QVERIFY(r.filters.contains(u"pattern"_s));
    r.findings = u"Tre handläggare i samma ärende: samordnat, i sin ordning."_s;
    QSignalSpy recorded(&review, &ui::ReviewWindow::reviewRecorded);
    QSignalSpy notRecorded(&review, &ui::ReviewWindow::reviewNotRecorded);
    review.recordReview(r); // in the store's thread
    QTRY_VERIFY(recorded.size() + notRecorded.size() > 0);
    QVERIFY2(notRecorded.isEmpty(), qPrintable(notRecorded.value(0).value(0).toString()));
    QVERIFY(recorded.first().first().toLongLong() > 0);
    QTRY_VERIFY(!review.isLoading());
    QString error;
    QVERIFY(review.reviewReminder()->isHidden());
    const auto chain = s.verifyAudit();
    QVERIFY(chain && chain->intact && chain->records == 6);
    store::AuditFilter reviews;
    reviews.kind = u"review"_s;
    const auto stored = store::reviewFrom(s.audit(reviews)->first());
    QVERIFY(stored);
    QCOMPARE(stored->reviewer, u"supervisor"_s);
    QCOMPARE(stored->findings, r.findings);
    QCOMPARE(stored->to, r.to);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        const QString pdf = dir.filePath(u"reviews.pdf"_s);
        QVERIFY2(pdfWritten(review.exportReviewsPdf(pdf), &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, { pdf, u"-"_s });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"samordnat"_s));
    }
}

void TestMainWindow::aDisabledAgencyIsNeverRequested()
{
    AppSettings settings = m_settings;
    settings.enabledAgencies = AgencySet::all();
    settings.enabledAgencies.remove(Agency::TNS); // no medgivande from Transportstyrelsen
    ui::MainWindow w(settings, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCheckBox *tns = w.form()->agencyBox(Agency::TNS);
    QVERIFY(!tns->isEnabled());
    QVERIFY(!tns->isChecked());
    QVERIFY(tns->toolTip().contains(u"not enabled"_s));
    auto *all = w.form()->findChild<QCheckBox *>(u"allAgencies"_s);
    QVERIFY(all);
    all->click();
    all->click(); // everything on again: still not Transportstyrelsen
    QVERIFY(!tns->isChecked());
    QVERIFY(w.form()->agencyBox(Agency::AF)->isChecked());

    QVERIFY(ask(w, u"198504129829"_s));
    const sim::SimRequest sent = m_sim.server()->lastRequest();
    QVERIFY(sent.included.contains(Agency::AF));
    QVERIFY(!sent.included.contains(Agency::TNS));
    QVERIFY(w.result()->tabs()->tabText(6).contains(u"not asked"_s));

    // Below the window too: a lookup naming it is refused by the lookup path in lib, before
    // anything is recorded or sent.
    const int before = m_sim.server()->requestCount();
    const auto records = w.store()->audit()->size();
    LookupSession session(settings.clientSettings(), settings.lookupPolicy(), w.storeThread());
    Query q = settings.baseQuery();
    q.person = *Personnummer::parse(u"198504129829"_s);
    q.period = Period::parse(u"2026-01-01"_s, u"2026-03-31"_s);
    q.agencies = { Agency::AF, Agency::TNS };
    q.caseId = u"case-1"_s;
    const QStringList refused = session.start(q, true);
    QVERIFY(refused.join(u' ').contains(u"Transportstyrelsen"_s));
    QCOMPARE(w.store()->audit()->size(), records);
    QCOMPARE(m_sim.server()->requestCount(), before);
}

void TestMainWindow::protectedIdentityIsWarnedAboutAndAudited()
{
    const auto w = makeWindow();
    QVERIFY(ask(*w, u"198611119820"_s)); // Skyddad Identitetsson
    ui::ResultView *r = w->result();
    QVERIFY(r->protectedGate()->isVisible());
    QVERIFY(!r->tabs()->isVisible()); // nothing, addresses included, before the caseworker chooses
    store::AuditFilter filter;
    filter.person = u"198611119820"_s;
    const auto records = w->store()->audit(filter);
    QVERIFY(records && !records->isEmpty());
    QVERIFY(records->first().outcome.contains(u"protected-identity"_s));
    // Paper and PDF hold the address back unless the caseworker includes it.
    QVERIFY(!r->reportHtml().contains(u"Fiktiva gränd"));
    QVERIFY(r->reportHtml().contains(u"withheld"));
    QVERIFY(r->reportHtml(true).contains(u"Fiktiva gränd"));
    const QString pdf = m_dir.filePath(u"protected.pdf"_s);
    QString error;
    QVERIFY2(pdfWritten(w->savePdf(pdf), &error), qPrintable(error));
    QCOMPARE(w->store()->audit(filter)->first().kind, u"query"_s); // held back: nothing to record
    // Opening the gate is the caseworker's choice, and on record before anything shows.
    QTest::mouseClick(r->showProtectedButton(), Qt::LeftButton);
    QVERIFY(r->tabs()->isVisible());
    QVERIFY(!r->protectedGate()->isVisible());
    QCOMPARE(w->store()->audit(filter)->first().kind, u"disclosed"_s);
    QCOMPARE(w->store()->audit(filter)->first().outcome, u"protected-identity-shown:screen"_s);
    QVERIFY2(pdfWritten(w->savePdf(pdf, true), &error), qPrintable(error));
    QCOMPARE(w->store()->audit(filter)->first().outcome, u"protected-identity-shown:pdf"_s);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(
        QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // The PDF's suggested name says nothing about the person.
    const QString name = ui::MainWindow::defaultPdfName(u"SOC 2026/0417"_s, QDate(2026, 12, 4));
    QCOMPARE(name, u"ssbtek-SOC_2026_0417-2026-12-04.pdf"_s);
    // It is proposed in the user's documents (never the program's working folder), or in the
    // folder IT names, such as the case system's import folder.
    QCOMPARE(QFileInfo(w->suggestedPdfPath()).absolutePath(),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());
    QVERIFY(!w->suggestedPdfPath().contains(u"198"));
    AppSettings toImport = m_settings;
    toImport.exportFolder = m_dir.filePath(u"import"_s);
    ui::MainWindow importing(toImport, true);
    QCOMPARE(QFileInfo(importing.suggestedPdfPath()).absolutePath(), m_dir.filePath(u"import"_s));
    QCOMPARE(ui::exportPath(u"audit.pdf"_s), m_dir.filePath(u"import/audit.pdf"_s)); // the other dialogs too

    QVERIFY(ask(*w, u"198504129829"_s)); // an ordinary person: straight to the answer
    QVERIFY(r->tabs()->isVisible());
    QVERIFY(!r->protectedGate()->isVisible());
    filter.person = u"198504129829"_s;
    QVERIFY(!w->store()->audit(filter)->first().outcome.contains(u"protected"_s));
}

void TestMainWindow::noLookupWithoutALegalBasisInForce()
{
    // A real endpoint (never contacted here) and no wording set by IT: the form says so, and
    // a lookup is refused before anything is sent.
    AppSettings settings;
    settings.endpoint = QUrl(u"https://127.0.0.1:9/ssbtek"_s);
    settings.store.sqlitePath = m_dir.filePath(u"nolegal.sqlite"_s);
    // What an old configuration holds: the wording that cites the repealed socialtjänstlag.
    settings.access.legalBases
        = { LegalBasisPreset::ofText(u"11 kap. 11 a § socialtjänstlagen (2001:453), 5 § förordning (2008:975)"_s) };
    ui::MainWindow w(settings, false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.form()->legalBasisNote()->isVisible());
    QCOMPARE(w.form()->legalBasisBox()->count(), 0); // the repealed law's wording is not offered
    QSignalSpy busy(w.session(), &LookupSession::busyChanged);
    QTest::keyClicks(w.form()->personField(), u"198504129829"_s);
    w.form()->caseIdField()->setText(u"SOC-1"_s);
    confirmCase(w);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QVERIFY2(w.form()->problemLabel()->text().contains(u"legal basis is not configured"_s),
        qPrintable(w.form()->problemLabel()->text()));
    QCOMPARE(busy.size(), 0);
    // Typed by hand, the repealed law is refused too.
    w.form()->legalBasisBox()->setEditText(u"11 kap. 11 a § socialtjänstlagen (2001:453)"_s);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QVERIFY2(w.form()->problemLabel()->text().contains(u"2025:400"_s), qPrintable(w.form()->problemLabel()->text()));
    QCOMPARE(busy.size(), 0);
    // With the simulator, its test wording stands in: the newcomer sees the whole product.
    ui::MainWindow simulated(m_settings, true);
    QVERIFY(!simulated.form()->legalBasisNote()->isVisibleTo(&simulated));
    QCOMPARE(simulated.form()->legalBasisBox()->currentText(), simulatorLegalBasis().text);
}

void TestMainWindow::noLookupWithoutACaseAndTheContactCentresLimits()
{
    AppSettings settings = m_settings;
    settings.access.contactCentrePurpose = u"Förbereder ansökan"_s;
    settings.access.contactCentreAgencies = { Agency::AF, Agency::CSN };
    settings.purposePresets = { AppSettings::defaultPurpose(), settings.access.contactCentrePurpose };
    ui::MainWindow w(settings, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy busy(w.session(), &LookupSession::busyChanged);
    QTest::keyClicks(w.form()->personField(), u"198504129829"_s);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QVERIFY(w.form()->problemLabel()->text().contains(u"case id"_s));
    QVERIFY(w.form()->problemLabel()->text().contains(u"current case"_s));
    QCOMPARE(busy.size(), 0); // nothing sent, nothing to audit
    QVERIFY(w.form()->currentCaseBox()->isVisible());

    // The contact centre's purpose: its agencies only.
    auto *purpose = w.form()->findChildren<QComboBox *>().at(0);
    for (QComboBox *box : w.form()->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Purpose"_s)
            purpose = box;
    }
    purpose->setCurrentText(u"Förbereder ansökan"_s);
    QVERIFY(!w.form()->agencyBox(Agency::TNS)->isEnabled());
    QVERIFY(!w.form()->agencyBox(Agency::FK)->isChecked());
    QVERIFY(w.form()->agencyBox(Agency::AF)->isEnabled());
    purpose->setCurrentText(AppSettings::defaultPurpose()); // the ordinary purpose: every agency again
    QVERIFY(w.form()->agencyBox(Agency::TNS)->isEnabled());
}

void TestMainWindow::changesSinceTheSavedAnswerAreOneClickAway()
{
    // "Ändrad": the simulator answers differently from the second lookup on, as a month later.
    const auto w = makeWindow();
    // The last twelve months and this one: the a-kassa's latest payments are in it, whatever day it is.
    const QDate thisMonth(test::today().year(), test::today().month(), 1);
    w->form()->setPeriod({ thisMonth.addYears(-1), thisMonth.addMonths(1).addDays(-1) });
    QVERIFY(ask(*w, u"198706069823"_s));
    QVERIFY(!w->changesButton()->isVisible()); // nothing saved about this person yet
    QVERIFY(!w->changesAction()->isEnabled());
    QString error;
    QVERIFY2(save(*w, u"Ansökan, oktober"_s, &error) > 0, qPrintable(error));
    QVERIFY(ask(*w, u"198706069823"_s));
    QVERIFY(w->changesButton()->isVisible());
    QVERIFY(w->changesAction()->isEnabled());
    QVERIFY(w->changesButton()->text().contains(test::today().toString(Qt::ISODate)));

    QTest::mouseClick(w->changesButton(), Qt::LeftButton);
    QLabel *headerLabel = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (headerLabel = w->findChild<QLabel *>(u"changesHeader"_s)) != nullptr; }, 5000));
    QWidget *changes = headerLabel->window(); // a window of its own
    QVERIFY(changes != w.get() && changes->isVisible());
    const QString header = changes->findChild<QLabel *>(u"changesHeader"_s)->text();
    QVERIFY2(header.contains(u"6 change"_s) && header.contains(u"19870606-9823"_s), qPrintable(header));
    auto *table = changes->findChild<ui::TablePanel *>();
    QVERIFY(table);
    QStringList rows;
    for (int r = 0; r < table->proxy()->rowCount(); ++r)
        rows << table->proxy()->index(r, 0).data().toString() + u' ' + table->proxy()->index(r, 2).data().toString()
                + u' ' + table->proxy()->index(r, 3).data().toString().section(u" · "_s, 0, 0);
    rows.sort();
    // The a-kassa's rows are keyed by their payment date, the latest payday of each fund.
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.mid(0, 4),
        QStringList({ u"Arbetsförmedlingen changed Activity report"_s, u"Transportstyrelsen changed TST404"_s,
            u"Transportstyrelsen new TST505"_s, u"Transportstyrelsen removed TST303"_s }));
    QVERIFY2(rows.at(4).startsWith(u"Unemployment funds (a-kassor) changed "_s), qPrintable(rows.at(4)));
    QVERIFY2(rows.at(5).startsWith(u"Unemployment funds (a-kassor) new "_s), qPrintable(rows.at(5)));
    changes->close();
    // Saving the answer on screen does not make it its own "last time".
    QVERIFY2(save(*w, QString(), &error) > 0, qPrintable(error));
    QVERIFY(w->changesButton()->isVisible());
}

void TestMainWindow::aHouseholdOfThreeWithOneFailing()
{
    // The applicant (aktivitetsstöd and a-kassa), a co-applicant (two a-kassor) and a child
    // whose lookup SSBTEK refuses.
    m_settings.jsonBesidePdf = true; // IT's setting: the CLI's JSON beside each saved PDF
    const auto restore = qScopeGuard([this] { m_settings.jsonBesidePdf = false; });
    const auto w = makeWindow();
    ui::QueryForm *form = w->form();
    form->personField()->clear();
    QTest::keyClicks(form->personField(), u"198504129829"_s);
    form->householdToggle()->click();
    QVERIFY(form->coApplicantField()->isVisible());
    QTest::keyClicks(form->coApplicantField(), u"199109099862"_s);
    QTest::keyClicks(form->childrenField(), u"19971212-9841"_s);
    form->caseIdField()->setText(u"SOC-HUSHALL-7"_s);
    confirmCase(*w);
    QSignalSpy finished(w.get(), &ui::MainWindow::householdShown);
    QTest::keyClick(form->personField(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));

    ui::HouseholdView *view = w->householdView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->tabs()->count(), 4); // the household, then one section per person
    QCOMPARE(view->tabs()->tabText(1), u"Applicant 19850412-9829"_s);
    QCOMPARE(view->tabs()->tabText(2), u"Co-applicant 19910909-9862"_s);
    QCOMPARE(view->tabs()->tabText(3), u"Child 19971212-9841 — failed"_s);
    QVERIFY(view->section(0)->hasAnswer());
    QCOMPARE(view->section(0)->tabs()->tabText(6), u"TNS (2)"_s); // the applicant's own answer, in full
    QVERIFY(!view->section(2)->hasAnswer());
    QVERIFY(view->section(2)->header()->text().contains(u"SSBT-SIM"_s));
    QVERIFY(view->header()->text().contains(u"2 of 3 answered, 1 failed"_s));

    // The overview: per person and in total, the failed child marked and never summed as zero.
    const ui::IncomeOverview &income = view->householdOverview().income;
    QCOMPARE(income.sources.size(), 3);
    QCOMPARE(income.unreadable, QStringList { u"Child 19971212-9841"_s });
    const ui::Table table = income.asTable();
    QCOMPARE(table.columns.at(3).title, u"Child 19971212-9841 (could not be read)"_s);
    QCOMPARE(table.columns.at(4).title, u"Total (incomplete)"_s);
    bool anyIncome = false;
    for (const auto &row : table.rows) {
        QVERIFY(!row.at(3).isValid()); // no number for the child: "could not be read"
        QCOMPARE(row.at(4).toLongLong(), row.at(1).toLongLong() + row.at(2).toLongLong());
        anyIncome = anyIncome || (row.at(1).toLongLong() > 0 && row.at(2).toLongLong() > 0);
    }
    QVERIFY(anyIncome); // both adults have income in some month of the period
    auto *gap = view->overview()->findChild<QLabel *>(u"incomeGap"_s);
    QVERIFY(gap && gap->text().contains(u"Child 19971212-9841"_s));
    // The overview table on screen is the same table.
    QCOMPARE(view->overview()->incomeTable()->proxy()->columnCount(), 5);

    // Three audit records, one per person, one case id.
    const auto records = w->store()->audit();
    QStringList persons;
    for (const store::AuditRecord &r : *records) {
        if (r.caseId == u"SOC-HUSHALL-7" && r.kind == u"query")
            persons << r.person;
    }
    persons.sort();
    QCOMPARE(persons, QStringList({ u"198504129829"_s, u"199109099862"_s, u"199712129841"_s }));
    QVERIFY(w->store()->verifyAudit()->intact);

    // The case file: one PDF with the household and each person.
    const QString pdf = m_dir.filePath(u"household.pdf"_s);
    QVERIFY(pdfWritten(w->savePdf(pdf)));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    // IT's files/jsonBesidePdf: the CLI's household JSON beside it, here with the a-kassor left
    // out of every person's part and of the sums.
    auto readJson = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const QJsonObject whole = readJson(m_dir.filePath(u"household.json"_s));
    QCOMPARE(whole, QJsonDocument::fromJson(w->householdView()->caseFile().json()).object());
    QVERIFY(w->householdView()->askedAgencies().contains(Agency::SO));
    QString saveError;
    QVERIFY2(pdfWritten(w->savePdf(m_dir.filePath(u"household-without-so.pdf"_s), false, { Agency::SO }), &saveError),
        qPrintable(saveError));
    const QJsonObject json = readJson(m_dir.filePath(u"household-without-so.json"_s));
    QCOMPARE(json.value(u"caseId"_s).toString(), u"SOC-HUSHALL-7"_s);
    QCOMPARE(json.value(u"simulated"_s).toBool(), true);
    const QJsonArray members = json.value(u"household"_s).toArray();
    QCOMPARE(members.size(), 3);
    int answered = 0;
    for (const QJsonValue &m : members) {
        const QJsonObject member = m.toObject();
        if (member.contains(u"failure"_s))
            continue;
        ++answered;
        QVERIFY(!member.value(u"agencies"_s).toObject().contains(u"SO"_s));
        QVERIFY(member.value(u"agencies"_s).toObject().contains(u"AF"_s));
        QCOMPARE(member.value(u"leftOut"_s).toArray(), QJsonArray { u"SO"_s });
    }
    QCOMPARE(answered, 2);
    // The sums without the a-kassor differ from the whole household's.
    QVERIFY(whole.value(u"household"_s).toArray().size() == 3);
    QVERIFY(whole.value(u"overview"_s).toObject().value(u"total"_s)
        != json.value(u"overview"_s).toObject().value(u"total"_s));
    // A new applicant is a new household: the members typed for the last one are cleared.
    QTest::keyClick(form->personField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(form->personField(), u"199209309849"_s);
    QVERIFY(form->coApplicantField()->text().isEmpty() && form->childrenField()->text().isEmpty());
    if (qEnvironmentVariableIsSet("SSBTEK_GRAB"))
        w->grab().save(qEnvironmentVariable("SSBTEK_GRAB"));
}

void TestMainWindow::aHouseholdStillBeingPresentedGivesWayToTheNext()
{
    // Real answers for two persons, from a household run in the window.
    const auto w = makeWindow();
    ui::QueryForm *form = w->form();
    form->personField()->clear();
    QTest::keyClicks(form->personField(), u"198504129829"_s);
    form->householdToggle()->click();
    QTest::keyClicks(form->coApplicantField(), u"199109099862"_s);
    form->caseIdField()->setText(u"SOC-HUSHALL-8"_s);
    confirmCase(*w);
    QSignalSpy shown(w.get(), &ui::MainWindow::householdShown);
    QTest::keyClick(form->personField(), Qt::Key_Return);
    QVERIFY(shown.wait(20000));
    const QList<MemberResult> answered = w->householdRun()->results();
    QVERIFY(answered.at(0).answer && answered.at(1).answer);
    QList<MemberResult> waiting = answered;
    for (MemberResult &r : waiting) {
        r.raw.reset();
        r.answer.reset();
    }
    const Query base = answered.at(0).query;

    // Both answers arrive; the tables are made in a worker, the view says so until they are there.
    ui::HouseholdView view;
    QSignalSpy presented(&view, &ui::HouseholdView::presented);
    view.start(waiting, base, true);
    view.update(answered, 0, u"SOC-HUSHALL-8"_s);
    view.update(answered, 1, u"SOC-HUSHALL-8"_s);
    QVERIFY(view.isPresenting());
    QVERIFY(!view.section(0)->hasAnswer());
    QVERIFY(view.section(0)->header()->text().contains(u"Showing the answer"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPresenting(), 10000);
    QCOMPARE(presented.size(), 1);
    QVERIFY(view.section(0)->hasAnswer() && view.section(1)->hasAnswer());
    // The overview shown is the one over both answers, whichever worker finished last.
    QCOMPARE(view.householdOverview().income.sources.size(), 2);
    QVERIFY(view.householdOverview().income.unreadable.isEmpty());
    QVERIFY(view.header()->text().contains(u"2 of 2 answered"_s));

    // A new household started while the last one's answers are still being made ready: they
    // never appear in it.
    presented.clear();
    view.start(waiting, base, true);
    view.update(answered, 0, u"SOC-HUSHALL-8"_s);
    view.start(waiting, base, true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPresenting(), 10000);
    QTest::qWait(200); // far longer than the dropped presentation takes
    QVERIFY(!view.section(0)->hasAnswer());
    QVERIFY(view.section(0)->header()->text().contains(u"Asking SSBTEK"_s));
    QVERIFY(view.header()->text().contains(u"0 of 2 answered"_s));
}

void TestMainWindow::coloursReadOnLightAndDarkWindows()
{
    // WCAG's contrast ratio: every tone's text on the window, and every panel's text on the panel,
    // at 4.5:1 or better, on a light window and on a dark one.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    const QPalette original = QApplication::palette();
    const QList<ui::Tone> tones { ui::Tone::Problem, ui::Tone::Success, ui::Tone::Muted, ui::Tone::Simulator,
        ui::Tone::Warning, ui::Tone::Notice };
    for (const QColor &window : { QColor(0xef, 0xef, 0xef), QColor(0x2b, 0x2b, 0x2b) }) {
        QPalette palette = original;
        palette.setColor(QPalette::Window, window);
        QApplication::setPalette(palette);
        QCOMPARE(ui::darkScreen(), window.lightness() < 128);
        for (const ui::Tone tone : tones) {
            const QString what = u"tone %1 on window %2"_s.arg(int(tone)).arg(window.name());
            QVERIFY2(contrast(ui::toneText(tone), window) >= 4.5, qPrintable(what));
            QVERIFY2(contrast(ui::panelText(tone), ui::panelBackground(tone)) >= 4.5, qPrintable(what + u" (panel)"_s));
            // Paper is light whatever the screen.
            QVERIFY(contrast(ui::toneText(tone, ui::Surface::Paper), Qt::white) >= 4.5);
        }
    }
    QApplication::setPalette(original);
}

void TestMainWindow::anAnswerWithoutItsOutcomeRecordIsNotShownUntilWritten()
{
    const auto w = makeWindow();
    QSqlQuery q(w->store()->database());
    // The "asked" record goes in; the outcome's write fails, as on a full disk.
    QVERIFY(q.exec(u"CREATE TRIGGER fail_outcome BEFORE INSERT ON audit_log WHEN NEW.kind = 'query' "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    QSignalSpy shown(w.get(), &ui::MainWindow::answerShown);
    QSignalSpy notRecorded(w->session(), &LookupSession::outcomeNotRecorded);
    w->form()->personField()->clear();
    QTest::keyClicks(w->form()->personField(), u"198504129829"_s);
    confirmCase(*w);
    QTest::keyClick(w->form()->personField(), Qt::Key_Return);
    QVERIFY(notRecorded.wait(20000));
    QTest::qWait(200);
    QCOMPARE(shown.size(), 0); // nothing on screen, nothing to print or save
    QVERIFY(!w->findChild<QAction *>(u"printAction"_s)->isEnabled());
    QVERIFY(w->storeProblem()->isVisible());
    QVERIFY(w->storeProblem()->text().contains(u"not shown"));
    auto *retry = w->findChild<QPushButton *>(u"retryRecord"_s);
    QVERIFY(retry && retry->isVisible());
    QVERIFY(w->session()->holdsUnrecordedOutcome());
    // A new lookup is refused while one answer waits for its record.
    QVERIFY(!w->session()->start(w->session()->query(), true).isEmpty());
    QTest::mouseClick(retry, Qt::LeftButton); // still failing: still held
    QTRY_COMPARE_WITH_TIMEOUT(notRecorded.size(), 2, 10000); // written in the store's thread, and failed again
    QVERIFY(retry->isVisible());
    QCOMPARE(shown.size(), 0);
    QVERIFY(q.exec(u"DROP TRIGGER fail_outcome"_s));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    QVERIFY(!retry->isVisible());
    const auto records = w->store()->audit(); // newest first: the outcome, then what was asked
    QCOMPARE(records->at(0).kind, u"query"_s);
    QCOMPARE(records->at(1).kind, u"asked"_s);
    QCOMPARE(records->at(1).id, w->session()->askedRecordId());
    QCOMPARE(QJsonDocument::fromJson(records->at(0).detail.toUtf8()).object().value(u"asked"_s).toInteger(),
        records->at(1).id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
