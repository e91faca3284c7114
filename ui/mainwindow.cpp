#include "mainwindow.h"

#include "protocol/requestbuilder.h"
#include "queryform.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssbtek::ui {

namespace {

    QString stateText(AgencyOutcome::State state)
    {
        switch (state) {
        case AgencyOutcome::State::NotAsked:
            return MainWindow::tr("Not asked");
        case AgencyOutcome::State::Absent:
            return MainWindow::tr("No answer");
        case AgencyOutcome::State::Data:
            return MainWindow::tr("Answered");
        case AgencyOutcome::State::Error:
            return MainWindow::tr("Error");
        }
        return {};
    }

    QString errorText(const AgencyError &e)
    {
        const QString where = e.source == AgencyError::Source::Ssbtek ? MainWindow::tr("in SSBTEK itself")
            : e.source == AgencyError::Source::Agency                 ? MainWindow::tr("at the agency")
                                                      : MainWindow::tr("source %1").arg(e.sourceCode);
        return MainWindow::tr("Error %1 %2: %3").arg(e.code, where, e.messages.join(QStringLiteral(" — ")));
    }

} // namespace

MainWindow::MainWindow(const AppSettings &settings, bool simulated, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("SSBTEK — ekonomiskt bistånd"));
    m_runner = new QueryRunner(m_settings.clientSettings(), this);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    m_banner = new QLabel(
        tr("Testmiljö — fiktiva uppgifter. The built-in simulator answers; no real person's data "
           "is shown."));
    m_banner->setObjectName(QStringLiteral("simulatorBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("background: #fce94f; color: #2e3436; padding: 6px; font-weight: bold;"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(simulated);
    outer->addWidget(m_banner);

    auto *splitter = new QSplitter;
    m_form = new QueryForm;
    m_form->setVersionText(m_settings.version.label());
    splitter->addWidget(m_form);

    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    m_header = new QLabel(tr("Enter a personal identity number and press Enter."));
    m_header->setObjectName(QStringLiteral("resultHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_header);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_elapsed = new QLabel;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_cancel);
    resultLayout->addLayout(progressRow);
    m_table = new QTableWidget(0, 3);
    m_table->setHorizontalHeaderLabels({ tr("Agency"), tr("State"), tr("Details") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Answer per agency"));
    m_table->setWordWrap(true);
    resultLayout->addWidget(m_table, 1);
    splitter->addWidget(result);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    auto *queryMenu = menuBar()->addMenu(tr("&Query"));
    QAction *ask = queryMenu->addAction(tr("&Ask SSBTEK"), this, &MainWindow::runQuery);
    ask->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *stop = queryMenu->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    stop->setShortcut(Qt::Key_Escape);
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *test = tools->addAction(tr("&Test connection"), this, &MainWindow::testConnection);
    test->setShortcut(Qt::CTRL | Qt::Key_T);

    statusBar()->showMessage(tr("%1 — SSBTEK %2")
                                 .arg(simulated ? tr("Built-in simulator") : m_settings.endpoint.toString(),
                                     m_settings.version.label()));

    connect(m_form, &QueryForm::submitted, this, &MainWindow::runQuery);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_runner, &QueryRunner::answered, this, &MainWindow::showAnswer);
    connect(m_runner, &QueryRunner::tested, this, &MainWindow::showTest);
    connect(m_runner, &QueryRunner::failed, this, &MainWindow::showFailure);
    connect(m_runner, &QueryRunner::busyChanged, this, &MainWindow::setBusy);
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateElapsed);
    resize(1100, 700);
    m_form->personField()->setFocus(); // keyboard-first: type the number straight away
}

MainWindow::~MainWindow() = default;

void MainWindow::runQuery()
{
    if (m_runner->isBusy())
        return;
    const auto q = m_form->query(m_settings.baseQuery());
    if (!q)
        return;
    const auto problems = RequestBuilder::check(*q, m_settings.version);
    if (!problems.isEmpty()) {
        QStringList text;
        for (const auto &p : problems)
            text << p.message;
        m_form->problemLabel()->setText(text.join(QLatin1Char('\n')));
        return;
    }
    m_lastQuery = *q;
    m_header->setText(tr("Asking SSBTEK about %1, %2 …").arg(q->person->display(), q->period.toString()));
    m_table->setRowCount(0);
    m_runner->fetch(*q);
}

void MainWindow::testConnection()
{
    if (m_runner->isBusy())
        return;
    m_header->setText(tr("Testing the connection …"));
    m_table->setRowCount(0);
    m_runner->test();
}

void MainWindow::cancel()
{
    if (m_runner->isBusy())
        m_runner->cancel();
}

void MainWindow::setBusy(bool busy)
{
    m_form->setRunning(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_clock.start();
        m_tick.start();
        updateElapsed();
    } else {
        m_tick.stop();
        updateElapsed(); // the final time stays visible
    }
}

void MainWindow::addRow(Agency agency, const QString &state, const QString &details, bool problem)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(agencyName(agency)));
    auto *stateItem = new QTableWidgetItem(state);
    if (problem)
        stateItem->setForeground(QColor(0xa4, 0, 0));
    m_table->setItem(row, 1, stateItem);
    m_table->setItem(row, 2, new QTableWidgetItem(details));
}

void MainWindow::fitTable()
{
    // The agency and state fit their text; the details wrap in what is left.
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
}

void MainWindow::updateElapsed()
{
    m_elapsed->setText(tr("%1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
}

void MainWindow::showAnswer(const RawAnswer &raw, const Answer &answer)
{
    const int errors = int(std::count_if(answer.agencies.cbegin(), answer.agencies.cend(),
        [](const AgencyOutcome &o) { return o.state == AgencyOutcome::State::Error; }));
    m_header->setText(
        tr("%1 · %2 · SSBTEK %3 · %4 · %5")
            .arg(m_lastQuery.person->display(), m_lastQuery.period.toString(), raw.version.label(),
                raw.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                answer.complete() ? tr("every agency answered")
                                  : tr("%n agency/agencies failed or did not answer", nullptr,
                                      errors
                                          + int(std::count_if(answer.agencies.cbegin(),
                                              answer.agencies.cend(), [](const AgencyOutcome &o) {
                                                  return o.state == AgencyOutcome::State::Absent;
                                              })))));
    m_table->setRowCount(0);
    for (Agency a : AllAgencies) {
        const AgencyOutcome o = answer.outcome(a);
        addRow(a, stateText(o.state), o.state == AgencyOutcome::State::Error ? errorText(o.error) : QString(),
            o.state == AgencyOutcome::State::Error || o.state == AgencyOutcome::State::Absent);
    }
    fitTable();
}

void MainWindow::showTest(const TestAnswer &answer)
{
    m_header->setText(tr("Connection test: SSBTEK %1 answered.").arg(m_settings.version.label()));
    m_table->setRowCount(0);
    for (Agency a : AllAgencies) {
        const AgencyTestResult r = answer.result(a);
        QString state;
        switch (r.state) {
        case AgencyTestResult::State::NotTested:
            state = tr("Not tested");
            break;
        case AgencyTestResult::State::Called:
            state = tr("Called");
            break;
        case AgencyTestResult::State::NotCalled:
            state = tr("Not called");
            break;
        case AgencyTestResult::State::Error:
            state = tr("Error");
            break;
        }
        const bool failed = r.state == AgencyTestResult::State::Error;
        addRow(a, state, failed ? errorText(r.error) : QString(), failed);
    }
    fitTable();
}

void MainWindow::showFailure(const ClientFailure &failure)
{
    m_header->setText(failure.message());
    m_table->setRowCount(0);
}

} // namespace ssbtek::ui
