#include "mainwindow.h"

#include "protocol/requestbuilder.h"
#include "queryform.h"
#include "resultview.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ssbtek::ui {

MainWindow::MainWindow(const AppSettings &settings, bool simulated, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_simulated(simulated)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSBTEK — ekonomiskt bistånd"));
    m_runner = new QueryRunner(m_settings.clientSettings(), this);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    m_banner = new QLabel(tr("Testmiljö — fiktiva uppgifter. The built-in simulator answers; no real person's data "
                             "is shown."));
    m_banner->setObjectName(QStringLiteral("simulatorBanner"));
    m_banner->setStyleSheet(QStringLiteral("background: #fce94f; color: #2e3436; padding: 6px; font-weight: bold;"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(simulated);
    outer->addWidget(m_banner);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("splitter"));
    m_form = new QueryForm;
    m_form->setVersionText(m_settings.version.label());
    m_form->setPresets(m_settings.purposePresets, m_settings.legalBasisPresets);
    splitter->addWidget(m_form);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Query in progress"));
    m_elapsed = new QLabel;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    m_cancel->setToolTip(tr("Cancel the running query (Esc)"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_cancel);
    rightLayout->addLayout(progressRow);
    m_result = new ResultView;
    rightLayout->addWidget(m_result, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *file = menuBar()->addMenu(tr("&File"));
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = file->addAction(tr("Save as P&DF…"), this, &MainWindow::saveAsPdf);
    m_pdfAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_printAction->setEnabled(false);
    m_pdfAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *queryMenu = menuBar()->addMenu(tr("&Query"));
    QAction *ask = queryMenu->addAction(tr("&Ask SSBTEK"), this, &MainWindow::runQuery);
    ask->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *stop = queryMenu->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    stop->setShortcut(Qt::Key_Escape);
    QAction *focusPerson = queryMenu->addAction(tr("&New person"), this, [this] {
        m_form->personField()->setFocus();
        m_form->personField()->selectAll();
    });
    focusPerson->setShortcut(Qt::CTRL | Qt::Key_L);
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *test = tools->addAction(tr("&Test connection"), this, &MainWindow::testConnection);
    test->setShortcut(Qt::CTRL | Qt::Key_T);

    statusBar()->showMessage(tr("%1 — SSBTEK %2").arg(simulated ? tr("Built-in simulator") : m_settings.endpoint.toString(),
                                                      m_settings.version.label()));

    connect(m_form, &QueryForm::submitted, this, &MainWindow::runQuery);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_runner, &QueryRunner::answered, this, &MainWindow::showAnswer);
    connect(m_runner, &QueryRunner::tested, this, &MainWindow::showTest);
    connect(m_runner, &QueryRunner::failed, this, &MainWindow::showFailure);
    connect(m_runner, &QueryRunner::busyChanged, this, &MainWindow::setBusy);
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateElapsed);

    QSettings state;
    resize(1200, 760);
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    if (!splitter->restoreState(state.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({ 400, 800 });
    m_form->restoreChoices(state);
    m_form->personField()->setFocus(); // keyboard-first: type the number straight away
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings state;
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    state.setValue(QStringLiteral("window/splitter"), findChild<QSplitter *>(QStringLiteral("splitter"))->saveState());
    m_form->saveChoices(state);
    QMainWindow::closeEvent(event);
}

void MainWindow::runQuery()
{
    if (m_runner->isBusy()) {
        statusBar()->showMessage(tr("A query is already running: wait for it or cancel it (Esc)."), 5000);
        return;
    }
    const auto q = m_form->query(m_settings.baseQuery());
    if (!q)
        return;
    const auto problems = RequestBuilder::check(*q, m_settings.version);
    if (!problems.isEmpty()) {
        QStringList text;
        for (const auto &p : problems)
            text << p.message;
        m_form->showProblem(text.join(QLatin1Char('\n')));
        return;
    }
    m_running = *q;
    m_result->showMessage(tr("Asking SSBTEK about %1, %2 …").arg(q->person->display(), q->period.toString()));
    m_runner->fetch(*q);
}

void MainWindow::testConnection()
{
    if (m_runner->isBusy())
        return;
    m_result->showMessage(tr("Testing the connection …"));
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

void MainWindow::updateElapsed()
{
    m_elapsed->setText(tr("%1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
}

void MainWindow::showAnswer(const RawAnswer &raw, const Answer &answer)
{
    m_result->showAnswer(m_running, raw, answer, m_simulated);
    m_printAction->setEnabled(true);
    m_pdfAction->setEnabled(true);
}

void MainWindow::showTest(const TestAnswer &answer)
{
    QStringList rows;
    for (Agency a : AllAgencies) {
        const AgencyTestResult r = answer.result(a);
        QString state;
        switch (r.state) {
        case AgencyTestResult::State::NotTested: state = tr("not tested"); break;
        case AgencyTestResult::State::Called: state = tr("called"); break;
        case AgencyTestResult::State::NotCalled: state = tr("not called"); break;
        case AgencyTestResult::State::Error:
            state = tr("error %1 (%2): %3").arg(r.error.code, r.error.sourceCode, r.error.messages.join(QStringLiteral("; ")));
            break;
        }
        rows << agencyName(a) + QStringLiteral(": ") + state;
    }
    m_result->showMessage(tr("Connection test: SSBTEK %1 answered.\n%2").arg(m_settings.version.label(), rows.join(QLatin1Char('\n'))));
}

void MainWindow::showFailure(const ClientFailure &failure)
{
    m_result->showMessage(failure.message(), true);
}

bool MainWindow::savePdf(const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("SSBTEK answer"));
        writer.setCreator(QStringLiteral("ssbtek-client"));
        QTextDocument doc;
        doc.setHtml(m_result->reportHtml());
        doc.print(&writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::saveAsPdf()
{
    if (!m_result->hasAnswer())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                                      tr("ssbtek-%1.pdf").arg(m_running.person->wire().left(8)),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        QMessageBox::warning(this, tr("Save as PDF"), tr("The PDF could not be written: %1").arg(error));
}

void MainWindow::print()
{
    if (!m_result->hasAnswer())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(m_result->reportHtml());
    doc.print(&printer);
}

} // namespace ssbtek::ui
