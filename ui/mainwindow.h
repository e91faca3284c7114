#pragma once
// The caseworker's window: the question on the left, SSBTEK's answer on the right (an
// overview and a tab per agency), a banner whenever the built-in simulator (fictitious
// data) answers. Queries run off the GUI thread; a new one can be prepared meanwhile.

#include "config/settings.h"
#include "lookup/household.h"
#include "lookup/openrequest.h"
#include "lookup/queryrunner.h"
#include "presentation/report.h"
#include "shown.h"
#include "store/store.h"
#include "store/storethread.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QThreadPool>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ssbtek::ui {

class QueryForm;
class ResultView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `simulated`: the endpoint in `settings` is the built-in simulator.
    MainWindow(const AppSettings &settings, bool simulated, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueryForm *form() const { return m_form; }
    ResultView *result() const { return m_result; }
    QLabel *banner() const { return m_banner; }
    QueryRunner *runner() const { return m_runner; } // the test operation
    LookupSession *session() const { return m_session; } // lookups
    HouseholdRun *householdRun() const { return m_household; }
    class HouseholdView *householdView() const { return m_householdView; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Writes the shown result as PDF: its path, or why not (and nothing half-written).
    // `includeProtected`: a protected person's addresses too, recorded in the audit log first
    // (nothing written when that record cannot be written). The agencies in `leftOut` are left
    // out of it, and it says so; so is the JSON beside it (files/jsonBesidePdf).
    Expected<QString, QString> savePdf(
        const QString &path, bool includeProtected = false, const AgencySet &leftOut = {});
    // The same, made and written on a worker thread (a large answer takes seconds): returns at
    // once; pdfSaved() says when it is done. The disclosure record is written first, here.
    void startSavingPdf(const QString &path, bool includeProtected = false, const AgencySet &leftOut = {});
    // The agencies asked in the shown answer (or about anyone in the shown household).
    AgencySet askedAgencies() const;
    // Before saving or printing: which agencies to leave out (ReportContentDialog); nullopt:
    // cancelled.
    std::optional<AgencySet> askLeftOut(const QString &action);
    // Saves the shown answer (each of a household's), exactly as received, with a note, in the
    // store's thread: returns at once; resultSaved() or resultNotSaved() says how it went.
    void saveResult(const QString &note);
    store::Store *store() const { return m_store.get(); }
    store::StoreThread *storeThread() const { return m_storeThread.get(); } // where lookups are recorded
    QLabel *storeProblem() const { return m_storeProblem; }
    QLabel *certificateWarning() const { return m_certificateWarning; }
    class ReviewWindow *review();
    // "Ändringar sedan senast": the shown answer against the person's latest saved one, in a
    // window of its own; the saved one is read in the store's thread, and changesShown() brings
    // the window. Nothing when there is none to compare with.
    void showChanges();
    // Whether the person's latest saved answer is still being looked for (after an answer is shown).
    bool isCheckingPrevious() const { return m_checkingPrevious; }
    QAction *changesAction() const { return m_changesAction; }
    QPushButton *changesButton() const { return m_changesButton; }
    // The notice that names the person the case system handed over (hidden otherwise).
    QLabel *handedOverNotice() const { return m_handedOver; }

Q_SIGNALS:
    // A lookup's answer is on screen (its presentation is made off the GUI thread, so this
    // comes a moment after the runner's answered()).
    void answerShown();
    // A household's lookups are over and every answer, and the overview, is on screen.
    void householdShown();
    // startSavingPdf() is done: `problem` is empty when the PDF (and its JSON) is written whole.
    void pdfSaved(const QString &path, const QString &problem);
    void resultSaved(qint64 firstId); // a household's members each get one; the first
    void resultNotSaved(const QString &problem);
    void changesShown(QWidget *window);

public Q_SLOTS:
    // A lookup handed over by the case system: the form filled, the person named above it,
    // the window raised; nothing is sent until the caseworker confirms and asks.
    void openRequest(const ssbtek::lookup::OpenRequest &request);
    void runQuery();
    void testConnection();
    void cancel();
    void print();
    void saveAsPdf();
    void saveWithNote();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_handedOver = nullptr;
    QString m_openedFrom; // the source of the handed-over request …
    QString m_openedPerson; // … while the form still names its person
    void showAnswer(const RawAnswer &raw, const Answer &answer);
    void finishShowing(const RawAnswer &raw, const Answer &answer, AnswerPresentation presented);
    void forgetShownAnswer();
    void showTest(const TestAnswer &answer);
    void showFailure(const ClientFailure &failure);
    void setBusy(bool busy);
    void updateElapsed();

    void runHousehold(const Query &query);
    void householdMemberFinished(int index);
    void householdDone(); // shown when the run is over and every answer is on screen
    bool busy() const;
    bool showingHousehold() const;
    // The shown answer's case file for `where` ("pdf", "print"); why not when a protected
    // person's details are to be included and that cannot be recorded.
    Expected<CaseFile, QString> caseFileFor(const QString &where, bool includeProtected, const AgencySet &leftOut);
    // Records that the shown protected person's details were shown in `where`; false (and
    // the problem said) when the record cannot be written.
    bool recordDisclosure(const QString &where);
    bool shownAnswerIsProtected() const;
    // For print and PDF of a protected person: include the addresses? nullopt: cancelled.
    std::optional<bool> askIncludeProtected();

public:
    // "ssbtek-<case id>-<day>.pdf": no name, number or birth date of the person.
    static QString defaultPdfName(const QString &caseId, QDate day);
    // Where Save as PDF starts: the export folder (files/exportFolder, else Documents) and the name.
    QString suggestedPdfPath() const;

private:
    void checkCertificates();

    void useVersion(int number);
    void useRunnerFor(const AppSettings &settings);

    AppSettings m_allSettings; // every configured endpoint
    AppSettings m_settings; // the one in use
    bool m_simulated;
    std::unique_ptr<store::Store> m_store;
    QLabel *m_storeProblem;
    QLabel *m_certificateWarning;
    class ReviewWindow *m_review = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_changesAction = nullptr;
    QPushButton *m_changesButton = nullptr;
    // Looks for the person's latest saved result other than the answer on screen (listed,
    // without its raw answer: that is read only when the changes are asked for), in the
    // store's thread, and offers the changes when there is one.
    void checkPrevious();
    // Offers "changes since last time" against `previous`, or offers none.
    void offerChanges(std::optional<store::SavedResult> previous);
    std::unique_ptr<store::StoreThread> m_storeThread; // saving and the window's reading: off the GUI thread
    std::optional<store::SavedResult> m_previous; // what checkPrevious() found
    bool m_checkingPrevious = false;
    QList<qint64> m_savedFromShown; // what was saved of the answer on screen
    std::optional<RawAnswer> m_shown;
    qint64 m_received = 0; // bytes of the running lookup's answer so far
    quint64 m_presenting = 0; // the answer being presented; a new lookup makes an older one stale
    bool m_fetching = false;
    QueryRunner *m_runner = nullptr;
    LookupSession *m_session = nullptr;
    QPushButton *m_retryRecord = nullptr;
    HouseholdRun *m_household = nullptr; // one call per member, a few at a time
    QueryForm *m_form;
    ResultView *m_result;
    class HouseholdView *m_householdView;
    QStackedWidget *m_answers; // the single answer or the household
    QLabel *m_banner;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QThreadPool m_workers; // what inWorker() runs for this window
    QTimer m_tick;
    QElapsedTimer m_clock;
    Query m_running;
};

} // namespace ssbtek::ui
