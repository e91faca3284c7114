#pragma once
// Supervisor review: filter the audit log and saved results (caseworker, person, dates,
// purpose, outcome, follow-up pattern), see whether the audit chain is intact, open a saved result read-only
// exactly as it was received, and export the filtered audit as CSV or PDF.

#include "store/followup.h"
#include "store/savedanswer.h"
#include "store/store.h"
#include "store/storethread.h"

#include <QMainWindow>

class QDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QVBoxLayout;

namespace ssbtek::ui {

class TablePanel;

class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    ReviewWindow(store::Store *store, bool simulated, QWidget *parent = nullptr);

    // The thresholds of the follow-up patterns (from the settings).
    void setFollowUp(const store::FollowUpSettings &settings);
    // Who records reviews from this window (the supervisor's identity) and their unit.
    void setReviewer(const QString &reviewer, const QString &unit = QString());
    // Records a review in the audit chain, in the store's thread: reviewRecorded() or
    // reviewNotRecorded() says how it went (and the log is read again).
    void recordReview(store::ReviewRecord review);
    // The filters and pattern now in use, as a review records them.
    QString filterSummary() const;
    // The reviews as the last reading found them (each reading reads them all).
    Expected<qint64, QString> exportReviewsPdf(const QString &path); // the bytes written, or why not
    QLabel *reviewReminder() const { return m_reminder; }
    QComboBox *patternFilter() const { return m_pattern; }
    QLineEdit *personFilter() const { return m_person; }
    QLineEdit *caseworkerFilter() const { return m_caseworker; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QLabel *chainStatus() const { return m_chain; }
    TablePanel *auditTable() const { return m_auditPanel; }
    TablePanel *savedTable() const { return m_savedPanel; }
    Expected<qint64, QString> exportPdf(const QString &path); // the log as shown: the bytes written, or why not
    // Opens the saved result read-only in a window of its own: read and parsed in the store's
    // thread, then savedOpened() brings the window.
    void openSaved(qint64 id);

    // The log and the saved results are being read (in the store's thread).
    bool isLoading() const { return m_loading > m_shown; }

public Q_SLOTS:
    // Reads the log again with the filters now set; what is shown stays until it is read.
    void refresh();

Q_SIGNALS:
    // What refresh() read is on screen.
    void loaded();
    void reviewRecorded(qint64 id);
    void reviewNotRecorded(const QString &problem);
    void savedOpened(QWidget *window);

private:
    void restoreFilters();
    void rememberFilters() const;
    struct Loaded;
    store::AuditFilter filter() const;
    void askForReview();
    void showLoaded(Loaded loaded);
    void showSaved(qint64 id, const store::SavedAnswer &loaded);

    bool m_simulated;
    QLineEdit *m_caseworker;
    QLineEdit *m_person;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_purpose;
    QComboBox *m_outcome;
    QComboBox *m_pattern;
    store::FollowUpSettings m_followUp;
    QLabel *m_chain;
    QLabel *m_reminder;
    QString m_reviewer;
    QString m_unit;
    QVBoxLayout *m_tables;
    TablePanel *m_auditPanel = nullptr;
    TablePanel *m_savedPanel = nullptr;
    QList<store::AuditRecord> m_records;
    QList<store::AuditRecord> m_reviews; // as the last reading found them
    std::unique_ptr<store::StoreThread> m_storeThread; // every read and write of this window
    QString m_storeThreadProblem; // why there is none
    quint64 m_loading = 0; // refreshes asked for; the newest one read wins
    quint64 m_shown = 0;
};

} // namespace ssbtek::ui
