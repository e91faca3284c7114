#include "mainwindow.h"

#include "core/clock.h"

#include "notice.h"
#include "presentation/answerdiff.h"
#include "shown.h"
#include "store/savedanswer.h"

#include "changeswindow.h"
#include "client/certificateinfo.h"
#include "client/requestbuilder.h"
#include "connectiontest.h"
#include "connectwizard.h"
#include "householdview.h"
#include "inworker.h"
#include "queryform.h"
#include "reportcontentdialog.h"
#include "resultview.h"
#include "reviewwindow.h"
#include "settingsdialog.h"
#include "store/queryaudit.h"
#include "tablepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ssbtek::ui {

MainWindow::MainWindow(const AppSettings &settings, bool simulated, QWidget *parent)
    : QMainWindow(parent)
    , m_allSettings(settings)
    , m_settings(settings)
    , m_simulated(simulated)
{
    setObjectName(QStringLiteral("mainWindow"));
    setExportDirectory(m_settings.exportDirectory()); // for every save dialog's start
    setWindowTitle(tr("SSBTEK — ekonomiskt bistånd"));

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    m_banner = makeNotice(QStringLiteral("simulatorBanner"), NoticeKind::Simulator);
    m_banner->setText(tr("Testmiljö — fiktiva uppgifter. The built-in simulator answers; no real person's data "
                         "is shown."));
    m_banner->setVisible(simulated);
    outer->addWidget(m_banner);
    m_storeProblem = makeNotice(QStringLiteral("storeProblem"), NoticeKind::Problem);
    outer->addWidget(m_storeProblem);
    m_certificateWarning = makeNotice(QStringLiteral("certificateWarning"), NoticeKind::Warning);
    outer->addWidget(m_certificateWarning);
    m_handedOver = makeNotice(QStringLiteral("handedOver"), NoticeKind::Notice);
    m_handedOver->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_handedOver);
    // Direct access must be logged: without a working audit log no query is sent. The store is
    // opened (and migrated) here; everything after goes through its thread.
    std::optional<store::StoreError> unavailable;
    if (auto opened = store::Store::open(m_settings.storeSettings())) {
        m_store = std::move(opened).value();
        if (auto thread = store::StoreThread::start(*m_store))
            m_storeThread = std::move(thread).value();
        else
            unavailable = thread.error();
    } else {
        unavailable = opened.error();
    }
    if (unavailable) {
        m_storeProblem->setText(
            tr("The audit log cannot be opened, so no query can be sent: %1").arg(unavailable->message()));
        m_storeProblem->show();
    } else {
        // The housekeeping, in the store's thread and before any lookup of this window is
        // recorded there: a lookup this desktop started but never finished (a crash, a kill) is
        // marked so; a personal SQLite store keeps its own retention (a shared one is IT's, the CLI's).
        m_storeThread->post(
            this,
            [caseworker = m_settings.effectiveCaseworker(), stale = m_settings.longestCallSeconds(),
                days = m_settings.retentionDays, auditDays = m_settings.auditRetentionDays](store::Store &s) {
                LookupSession::recoverInterrupted(s, caseworker, stale);
                if (days > 0 && !s.isPostgres())
                    s.applyRetention(days, caseworker);
                if (auditDays > 0 && !s.isPostgres())
                    s.applyAuditRetention(auditDays, caseworker);
                return true;
            },
            [](bool) {});
    }
    m_retryRecord = new QPushButton(tr("Write the audit record again"));
    m_retryRecord->setObjectName(QStringLiteral("retryRecord"));
    m_retryRecord->hide();
    connect(m_retryRecord, &QPushButton::clicked, this, [this] {
        // Written in the store's thread: the answer follows, or the problem is said again.
        m_retryRecord->hide();
        m_storeProblem->hide();
        m_session->retryOutcomeRecord();
    });
    outer->addWidget(m_retryRecord, 0, Qt::AlignLeft);
    useRunnerFor(m_settings);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("splitter"));
    m_form = new QueryForm;
    m_form->setVersions(m_settings.configuredVersions(), m_settings.version);
    m_form->setPresets(m_settings.purposePresets, m_settings.legalBasisChoices(clock::today()));
    m_form->setEnabledAgencies(m_settings.enabledAgencies);
    m_form->setAccessPolicy(m_settings.access);
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
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    m_cancel->setToolTip(tr("Cancel the running query (Esc)"));
    // One click for the everyday case: the month's re-application against last month's answer.
    m_changesButton = new QPushButton;
    m_changesButton->setObjectName(QStringLiteral("changesButton"));
    m_changesButton->setVisible(false);
    connect(m_changesButton, &QPushButton::clicked, this, [this] { showChanges(); });
    progressRow->addWidget(m_changesButton);
    progressRow->addStretch(0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_cancel);
    rightLayout->addLayout(progressRow);
    m_result = new ResultView;
    // A protected person's answer opens only once that choice is on record.
    connect(m_result, &ResultView::showProtectedRequested, this, [this] {
        if (recordDisclosure(QStringLiteral("screen")))
            m_result->openProtected();
    });
    m_householdView = new HouseholdView;
    connect(m_householdView, &HouseholdView::presented, this, &MainWindow::householdDone);
    m_answers = new QStackedWidget;
    m_answers->addWidget(m_result);
    m_answers->addWidget(m_householdView);
    rightLayout->addWidget(m_answers, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *file = menuBar()->addMenu(tr("&File"));
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = file->addAction(tr("Save as P&DF…"), this, &MainWindow::saveAsPdf);
    m_pdfAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_saveAction = file->addAction(tr("&Save result with a note…"), this, &MainWindow::saveWithNote);
    connect(this, &MainWindow::resultSaved, this,
        [this](qint64 id) { statusBar()->showMessage(tr("Saved as result %1.").arg(id), 8000); });
    connect(this, &MainWindow::resultNotSaved, this, [this](const QString &problem) {
        warnLater(
            this, tr("Save result"), tr("The result could not be saved: %1\nIt is still on screen.").arg(problem));
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_printAction->setEnabled(false);
    m_pdfAction->setEnabled(false);
    m_saveAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *queryMenu = menuBar()->addMenu(tr("&Query"));
    QAction *ask = queryMenu->addAction(tr("&Ask SSBTEK"), this, &MainWindow::runQuery);
    ask->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *stop = queryMenu->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    stop->setShortcut(Qt::Key_Escape);
    QAction *focusPerson = queryMenu->addAction(tr("&New person"), this, [this] {
        m_form->clearHousehold(); // a new person is a new household
        m_form->personField()->setFocus();
        m_form->personField()->selectAll();
    });
    focusPerson->setShortcut(Qt::CTRL | Qt::Key_L);
    m_changesAction = queryMenu->addAction(tr("Changes since &last time…"), this, [this] { showChanges(); });
    m_changesAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_changesAction->setEnabled(false);
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *test = tools->addAction(tr("&Test connection"), this, &MainWindow::testConnection);
    test->setShortcut(Qt::CTRL | Qt::Key_T);
    QAction *reviewAction = tools->addAction(tr("&Review lookups…"), this, [this] {
        if (ReviewWindow *w = review())
            w->show();
    });
    reviewAction->setShortcut(Qt::CTRL | Qt::Key_R);
    reviewAction->setEnabled(m_store != nullptr);
    tools->addAction(tr("&Connect to SSBTEK…"), this, [this] {
        ConnectWizard wizard(ConfigLayers::standard(), this);
        wizard.exec();
    });
    tools->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(ConfigLayers::standard(), this);
        dialog.exec();
    });

    statusBar()->showMessage(
        tr("%1 — SSBTEK %2")
            .arg(simulated ? tr("Built-in simulator") : m_settings.endpoint.toString(), m_settings.version.label()));

    connect(m_form, &QueryForm::submitted, this, &MainWindow::runQuery);
    // Another person typed: the case system's hand-over no longer applies.
    connect(m_form->personField(), &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto person = Personnummer::parse(text);
        if (!m_openedFrom.isEmpty() && (!person || person->wire() != m_openedPerson)) {
            m_openedFrom.clear();
            m_handedOver->hide();
        }
    });
    connect(m_form, &QueryForm::versionChosen, this, &MainWindow::useVersion);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancel);
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateElapsed);

    QSettings state;
    resize(1200, 760);
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    if (!splitter->restoreState(state.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({ 400, 800 });
    m_form->restoreChoices(state);
    m_form->personField()->setFocus(); // keyboard-first: type the number straight away
    checkCertificates();
}

void MainWindow::useRunnerFor(const AppSettings &settings)
{
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new QueryRunner(settings.clientSettings(), this); // the test operation only
    connect(m_runner, &QueryRunner::tested, this, &MainWindow::showTest);
    connect(m_runner, &QueryRunner::failed, this, &MainWindow::showFailure);
    connect(m_runner, &QueryRunner::busyChanged, this, &MainWindow::setBusy);
    if (m_session)
        m_session->deleteLater();
    // Lookups go through the session alone: rules and audit record first, in lib.
    m_session = new LookupSession(settings.clientSettings(), settings.lookupPolicy(), m_storeThread.get(), this);
    connect(m_session, &LookupSession::answered, this, &MainWindow::showAnswer);
    connect(m_session, &LookupSession::failed, this, &MainWindow::showFailure);
    connect(m_session, &LookupSession::busyChanged, this, &MainWindow::setBusy);
    connect(m_session, &LookupSession::receiving, this, [this](qint64 received, qint64) { m_received = received; });
    connect(m_session, &LookupSession::notSent, this, [this](const QStringList &why) {
        m_fetching = false;
        m_form->showProblem(why.join(QLatin1Char('\n')));
        m_result->showMessage(why.join(QLatin1Char('\n')), true);
    });
    connect(m_session, &LookupSession::outcomeNotRecorded, this, [this](const QString &message) {
        m_storeProblem->setText(message);
        m_storeProblem->show();
        m_retryRecord->show();
        m_result->showMessage(message, true);
    });
    if (m_household)
        m_household->deleteLater();
    m_household = new HouseholdRun(
        settings.clientSettings(), settings.lookupPolicy(), m_storeThread.get(), settings.householdMaxConcurrent, this);
    connect(m_household, &HouseholdRun::memberFinished, this, &MainWindow::householdMemberFinished);
    connect(m_household, &HouseholdRun::busyChanged, this, &MainWindow::setBusy);
    connect(m_household, &HouseholdRun::finished, this, [this] {
        m_fetching = false;
        householdDone();
    });
}

void MainWindow::householdDone()
{
    // Printed and saved only once the last answer and the overview over all are on screen.
    if (!m_household || m_household->isBusy() || m_householdView->isPresenting())
        return;
    const bool any = m_householdView->hasAnswer();
    m_printAction->setEnabled(any);
    m_pdfAction->setEnabled(any);
    m_saveAction->setEnabled(any && m_storeThread != nullptr);
    Q_EMIT householdShown();
}

bool MainWindow::busy() const
{
    return m_runner->isBusy() || m_session->isBusy() || m_household->isBusy();
}

bool MainWindow::showingHousehold() const
{
    return m_answers->currentWidget() == m_householdView;
}

Expected<CaseFile, QString> MainWindow::caseFileFor(
    const QString &where, bool includeProtected, const AgencySet &leftOut)
{
    includeProtected = includeProtected && shownAnswerIsProtected();
    if (includeProtected && !recordDisclosure(where))
        return unexpected(m_storeProblem->text());
    return showingHousehold() ? m_householdView->caseFile(leftOut) : m_result->caseFile(includeProtected, leftOut);
}

AgencySet MainWindow::askedAgencies() const
{
    if (showingHousehold())
        return m_householdView->askedAgencies();
    AgencySet asked;
    if (const Answer *answer = m_result->answer()) {
        for (Agency a : AllAgencies) {
            if (answer->outcome(a).state != AgencyOutcome::State::NotAsked)
                asked.insert(a);
        }
    }
    return asked;
}

std::optional<AgencySet> MainWindow::askLeftOut(const QString &action)
{
    ReportContentDialog dialog(askedAgencies(), action, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.leftOut();
}

bool MainWindow::shownAnswerIsProtected() const
{
    return !showingHousehold() && m_result->answer() && m_result->answer()->protectedIdentity();
}

bool MainWindow::recordDisclosure(const QString &where)
{
    const ClientSettings &client = m_session->clientSettings();
    const auto written = m_store ? m_store->appendAudit(
                             store::disclosureFor(m_running, m_running.caseId, client.version, client.endpoint, where))
                                 : Expected<qint64, store::StoreError>(
                                     unexpected(store::StoreError { store::StoreError::Kind::NotOpen, {}, 0 }));
    if (!written) {
        m_storeProblem->setText(
            tr("The protected person's details stay hidden: the audit record could not be written. %1")
                .arg(written.error().message()));
        m_storeProblem->show();
    }
    return written.hasValue();
}

void MainWindow::runHousehold(const Query &query)
{
    if (const QStringList refused = m_household->start(query, m_form->members(), m_form->currentCaseBox()->isChecked());
        !refused.isEmpty()) {
        m_form->showProblem(refused.join(QLatin1Char('\n')));
        return;
    }
    m_running = query;
    m_fetching = true;
    Query shown = query;
    shown.caseId = m_household->caseId(); // the one made for the household when none was given
    m_householdView->start(m_household->results(), shown, m_simulated);
    m_answers->setCurrentWidget(m_householdView);
}

void MainWindow::householdMemberFinished(int index)
{
    const MemberResult &r = m_household->results().at(index);
    // Each member's lookup was recorded on its own by its session, before it came here.
    if (!r.notRecorded.isEmpty()) {
        m_storeProblem->setText(r.notRecorded);
        m_storeProblem->show();
    }
    if (r.raw)
        rememberServerCertificate(r.raw->serverCertificate);
    m_householdView->update(m_household->results(), index, m_household->caseId());
}

void MainWindow::useVersion(int number)
{
    if (busy() || number == m_settings.version.number) {
        m_form->setVersions(m_settings.configuredVersions(), m_settings.version);
        return;
    }
    m_settings = m_allSettings.withVersion(number);
    useRunnerFor(m_settings);
    m_form->setVersions(m_allSettings.configuredVersions(), m_settings.version);
    statusBar()->showMessage(
        tr("%1 — SSBTEK %2")
            .arg(m_simulated ? tr("Built-in simulator") : m_settings.endpoint.toString(), m_settings.version.label()));
}

void MainWindow::checkCertificates()
{
    QStringList warnings;
    if (m_settings.tls.hasClientCertificate() && !m_simulated) {
        if (const auto ssl = m_settings.clientSettings().tls.toSslConfiguration()) {
            if (const auto w = CertificateInfo::of(ssl->localCertificate()).warning(tr("client certificate")))
                warnings << *w;
        }
    }
    if (!m_simulated) {
        if (const auto w = CertificateInfo::of(lastServerCertificate()).warning(tr("SSBTEK server's certificate")))
            warnings << *w;
    }
    m_certificateWarning->setText(warnings.join(QLatin1Char('\n')));
    m_certificateWarning->setVisible(!warnings.isEmpty());
}

MainWindow::~MainWindow()
{
    // The lookups first, while the store is still there: a lookup still running records that it
    // was cancelled as its session ends (the store, a member, goes before the window's children).
    delete m_household;
    m_household = nullptr;
    delete m_session;
    m_session = nullptr;
    // What this window started in its workers (a presentation, a PDF being written) is finished
    // before it goes: a PDF is written whole, and nothing posts to an application that is gone.
    m_workers.waitForDone();
}

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
    if (busy()) {
        statusBar()->showMessage(tr("A query is already running: wait for it or cancel it (Esc)."), 5000);
        return;
    }
    if (!m_store) { // said at once; the session refuses it as well
        m_form->showProblem(tr("No query is sent while the audit log cannot be written."));
        return;
    }
    auto q = m_form->query(m_settings.baseQuery());
    if (!q)
        return;
    // Handed over by the case system, and still that person: the audit record says so.
    if (!m_openedFrom.isEmpty() && q->person && q->person->wire() == m_openedPerson)
        q->openedFrom = m_openedFrom;
    const auto problems = RequestBuilder::check(*q, m_settings.version);
    if (!problems.isEmpty()) {
        QStringList text;
        for (const auto &p : problems)
            text << p.message;
        m_form->showProblem(text.join(QLatin1Char('\n')));
        return;
    }
    // Whatever the lookup gives, the last person's answer is not shown (nor saved, printed or
    // compared) under the new one's name.
    forgetShownAnswer();
    if (m_form->members().size() > 1) {
        runHousehold(*q);
        return;
    }
    if (const QStringList refused = m_session->start(*q, m_form->currentCaseBox()->isChecked()); !refused.isEmpty()) {
        m_form->showProblem(refused.join(QLatin1Char('\n')));
        return;
    }
    m_running = m_session->query(); // as sent: its case id and korrelationsid
    m_fetching = true;
    m_answers->setCurrentWidget(m_result);
    m_result->showMessage(tr("Asking SSBTEK about %1, %2 …").arg(q->person->display(), q->period.toString()));
}

void MainWindow::openRequest(const lookup::OpenRequest &request)
{
    m_form->fill(request);
    m_openedFrom = request.sourceKey();
    m_openedPerson = request.person.wire();
    QString text = tr("From the case system: %1").arg(request.person.display());
    if (!request.caseId.isEmpty())
        text += tr(", case %1").arg(request.caseId);
    m_handedOver->setText(text + u'\n'
        + tr("Check that this is the person of your errand and confirm the current case; nothing has been "
             "sent."));
    m_handedOver->show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    m_form->currentCaseBox()->setFocus();
}

void MainWindow::testConnection()
{
    if (busy())
        return;
    m_fetching = false;
    m_answers->setCurrentWidget(m_result);
    m_result->showMessage(tr("Testing the connection …"));
    m_runner->test();
}

void MainWindow::cancel()
{
    if (m_runner->isBusy())
        m_runner->cancel();
    m_session->cancel();
    m_household->cancel();
}

void MainWindow::setBusy(bool busy)
{
    m_form->setRunning(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_received = 0;
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
    // A large answer takes a while to arrive: how much has come is shown beside the time.
    const QString seconds = tr("%1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1);
    m_elapsed->setText(m_received < 1024 * 1024
            ? seconds
            : tr("%1 · %2 MB received").arg(seconds).arg(double(m_received) / (1024.0 * 1024.0), 0, 'f', 1));
}

void MainWindow::forgetShownAnswer()
{
    ++m_presenting; // an answer still being presented is not shown any more
    m_shown.reset();
    m_savedFromShown.clear();
    m_printAction->setEnabled(false);
    m_pdfAction->setEnabled(false);
    m_saveAction->setEnabled(false);
    offerChanges(std::nullopt);
    m_result->clearAnswer();
}

void MainWindow::showAnswer(const RawAnswer &raw, const Answer &answer)
{
    // The session wrote the outcome record before it gave the answer here.
    rememberServerCertificate(raw.serverCertificate);
    // Every agency's tables (thousands of rows in a large answer) and the income overview are
    // made in a worker; the window only lays them out. A lookup started meanwhile wins.
    const quint64 presenting = ++m_presenting;
    const Period period = m_running.period;
    inWorker(
        m_workers, this, [answer, period] { return presentAnswer(answer, period); },
        [this, presenting, raw, answer](AnswerPresentation presented) {
            if (m_presenting == presenting)
                finishShowing(raw, answer, std::move(presented));
        });
}

void MainWindow::finishShowing(const RawAnswer &raw, const Answer &answer, AnswerPresentation presented)
{
    m_result->showAnswer(m_running, raw, answer, m_simulated, std::move(presented));
    m_shown = raw;
    m_savedFromShown.clear();
    m_printAction->setEnabled(true);
    m_pdfAction->setEnabled(true);
    m_saveAction->setEnabled(m_storeThread != nullptr);
    checkPrevious();
    Q_EMIT answerShown();
}

void MainWindow::offerChanges(std::optional<store::SavedResult> previous)
{
    m_checkingPrevious = false;
    m_previous = std::move(previous);
    m_changesAction->setEnabled(m_previous.has_value());
    m_changesButton->setVisible(m_previous.has_value());
    if (m_previous) {
        const QString day = m_previous->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        m_changesButton->setText(tr("Changes since last time (saved %1)").arg(day));
        m_changesButton->setToolTip(tr("New, removed and changed rows against the answer saved %1 (Ctrl+D)").arg(day));
    }
}

void MainWindow::checkPrevious()
{
    offerChanges(std::nullopt);
    if (!m_storeThread || !m_shown || !m_running.person)
        return;
    m_checkingPrevious = true;
    store::AuditFilter f;
    f.person = m_running.person->wire();
    f.limit = 20;
    const quint64 presenting = m_presenting;
    m_storeThread->post(
        this, [f](store::Store &store) { return store.savedResults(f); }, // newest first, without the raw answers
        [this, presenting](Expected<QList<store::SavedResult>, store::StoreError> saved) {
            if (m_presenting != presenting)
                return; // another answer is on screen by now; it asked for itself
            std::optional<store::SavedResult> previous; // none offered when unreadable: a convenience
            for (const store::SavedResult &r : saved ? *saved : QList<store::SavedResult>()) {
                if (!m_savedFromShown.contains(r.id)) { // not the answer on screen, saved just now
                    previous = r;
                    break;
                }
            }
            offerChanges(std::move(previous));
        });
}

void MainWindow::showChanges()
{
    if (!m_previous || !m_result->answer() || !m_storeThread)
        return;
    const qint64 id = m_previous->id;
    const QString reader = m_settings.effectiveCaseworker();
    const quint64 presenting = m_presenting;
    m_storeThread->post(
        this,
        [id, reader](store::Store &store) {
            return store::loadAnswer(store, id, reader, QStringLiteral("compare")); // the raw answer, only now
        },
        [this, presenting](Expected<store::SavedAnswer, store::StoreError> earlier) {
            const Answer *now = m_result->answer();
            if (m_presenting != presenting || !now)
                return; // the answer it was asked for is gone from the screen
            if (!earlier) {
                warnLater(this, tr("Changes since last time"), earlier.error().message());
                return;
            }
            auto *window = new ChangesWindow(m_running.person->display(), earlier->saved, m_shown->askedAt,
                m_running.period, diffAnswers(earlier->answer, *now), this);
            window->show();
            Q_EMIT changesShown(window);
        });
}

void MainWindow::showTest(const TestAnswer &answer)
{
    QStringList rows;
    for (Agency a : AllAgencies) {
        const AgencyTestResult r = answer.result(a);
        QString state = AgencyTestResult::stateText(r.state);
        if (r.state == AgencyTestResult::State::Error)
            state += QLatin1Char(' ') + r.describe();
        rows << agencyName(a) + QStringLiteral(": ") + state;
    }
    m_result->showMessage(
        tr("Connection test: SSBTEK %1 answered.\n%2").arg(m_settings.version.label(), rows.join(QLatin1Char('\n'))));
}

void MainWindow::showFailure(const ClientFailure &failure)
{
    m_result->showMessage(failure.message(), true);
}

void MainWindow::saveResult(const QString &note)
{
    // What to save, copied now (the raw answers share their bytes): each member of a shown
    // household on its own, so each can be compared next month; else the answer on screen.
    struct Item
    {
        Query query;
        QString caseId;
        RawAnswer raw;
    };
    QList<Item> items;
    if (showingHousehold()) {
        for (const MemberResult &r : m_household->results()) {
            if (r.raw)
                items.append({ r.query, m_household->caseId(), *r.raw });
        }
    } else if (m_shown) {
        items.append({ m_running, m_shown->caseId, *m_shown });
    }
    if (!m_storeThread || items.isEmpty()) {
        Q_EMIT resultNotSaved(m_storeThread ? tr("There is no answer to save.") : m_storeProblem->text());
        return;
    }
    const bool single = !showingHousehold();
    const quint64 presenting = m_presenting;
    m_storeThread->post(
        this,
        [items, note](store::Store &store) -> Expected<qint64, store::StoreError> {
            qint64 first = 0;
            for (const Item &i : items) {
                const auto id
                    = store::saveAnswer(store, i.query, i.caseId, i.raw.version, i.raw.endpoint, i.raw.soap, note);
                if (!id)
                    return id;
                first = first ? first : *id;
            }
            return first;
        },
        [this, single, presenting](Expected<qint64, store::StoreError> id) {
            if (!id) {
                Q_EMIT resultNotSaved(id.error().message());
                return;
            }
            if (single && m_presenting == presenting)
                m_savedFromShown.append(*id); // the answer on screen is not its own "last time"
            Q_EMIT resultSaved(*id);
        });
}

void MainWindow::saveWithNote()
{
    bool ok = false;
    const QString note
        = QInputDialog::getMultiLineText(this, tr("Save result"), tr("A note for the case file:"), QString(), &ok);
    if (ok)
        saveResult(note); // said in the status bar, or a warning, when done
}

ReviewWindow *MainWindow::review()
{
    if (!m_store)
        return nullptr;
    if (!m_review) {
        m_review = new ReviewWindow(m_store.get(), m_simulated, this);
        m_review->setFollowUp(m_settings.followUp);
        m_review->setReviewer(m_settings.effectiveCaseworker());
    } else {
        m_review->refresh();
    }
    return m_review;
}

Expected<QString, QString> MainWindow::savePdf(const QString &path, bool includeProtected, const AgencySet &leftOut)
{
    const auto file = caseFileFor(QStringLiteral("pdf"), includeProtected, leftOut);
    if (!file)
        return unexpected(file.error());
    if (const QString problem = writeCaseFile(*file, path, m_settings.jsonBesidePdf); !problem.isEmpty())
        return unexpected(problem);
    return path;
}

void MainWindow::startSavingPdf(const QString &path, bool includeProtected, const AgencySet &leftOut)
{
    const auto file = caseFileFor(QStringLiteral("pdf"), includeProtected, leftOut);
    // Told without blocking: the answer stays on screen, and the caseworker can try another folder.
    auto done = [this, path](const QString &problem) {
        if (problem.isEmpty()) {
            statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 8000);
        } else {
            statusBar()->clearMessage();
            warnLater(this, tr("Save as PDF"), tr("The PDF could not be written: %1").arg(problem));
        }
        Q_EMIT pdfSaved(path, problem);
    };
    if (!file)
        return done(file.error());
    statusBar()->showMessage(tr("Writing the PDF…"));
    inWorker(
        m_workers, this,
        [file = *file, path, json = m_settings.jsonBesidePdf] { return writeCaseFile(file, path, json); }, done);
}

std::optional<bool> MainWindow::askIncludeProtected()
{
    if (!shownAnswerIsProtected())
        return false;
    const auto choice = QMessageBox::question(this, tr("Protected identity"),
        tr("The person has protected identity. Include the addresses? Without them the document still shows "
           "everything else. Including them is recorded in the audit log."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (choice == QMessageBox::Cancel)
        return std::nullopt;
    return choice == QMessageBox::Yes;
}

QString MainWindow::defaultPdfName(const QString &caseId, QDate day)
{
    QString safe;
    for (const QChar c : caseId)
        safe += c.isLetterOrNumber() || c == u'-' ? c : u'_';
    return QStringLiteral("ssbtek-%1-%2.pdf")
        .arg(safe.isEmpty() ? QStringLiteral("svar") : safe, day.toString(Qt::ISODate));
}

QString MainWindow::suggestedPdfPath() const
{
    return QDir(m_settings.exportDirectory()).filePath(defaultPdfName(m_running.caseId, clock::today()));
}

void MainWindow::saveAsPdf()
{
    if (!(showingHousehold() ? m_householdView->hasAnswer() : m_result->hasAnswer()))
        return;
    const auto leftOut = askLeftOut(tr("Save as PDF"));
    if (!leftOut)
        return;
    // The suggested name holds the case id and the day, never who it is about.
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggestedPdfPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto include = askIncludeProtected();
    if (!include)
        return;
    startSavingPdf(path, *include, *leftOut);
}

void MainWindow::print()
{
    if (!(showingHousehold() ? m_householdView->hasAnswer() : m_result->hasAnswer()))
        return;
    const auto leftOut = askLeftOut(tr("Print"));
    if (!leftOut)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto include = askIncludeProtected();
    if (!include)
        return;
    const auto file = caseFileFor(QStringLiteral("print"), *include, *leftOut);
    if (!file)
        return;
    QTextDocument doc;
    doc.setHtml(file->html());
    doc.print(&printer);
}

} // namespace ssbtek::ui
