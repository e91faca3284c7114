#pragma once
// The answer on screen: a header (person, period, version, time, overall state) and a tab
// per agency, titled with its state and count, after an overview tab.

#include "client/ssbtekclient.h"
#include "domain/query.h"
#include "presentation/presentation.h"
#include "presentation/report.h"
#include "shown.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ssbtek::ui {

class AgencyTab;
class OverviewTab;

class ResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultView(QWidget *parent = nullptr);

    void showAnswer(const Query &query, const RawAnswer &raw, const Answer &answer, bool simulated);
    // … with its presentation made beforehand (see presentAnswer(), which may run in a worker).
    void showAnswer(
        const Query &query, const RawAnswer &raw, const Answer &answer, bool simulated, AnswerPresentation presented);
    // No answer any more: the tabs go (a new lookup never shows the last person's answer).
    void clearAnswer();
    void showMessage(const QString &message, bool problem = false);
    bool hasAnswer() const { return m_answer.has_value(); }
    const Answer *answer() const { return m_answer ? &*m_answer : nullptr; }
    // The report for print and PDF and the CLI's JSON (with "caseId" and "simulated"): a
    // protected person's addresses only with `includeProtected` (which the window records in the
    // audit log first), without the agencies in `leftOut`.
    CaseFile caseFile(bool includeProtected = false, const AgencySet &leftOut = {}) const;
    QString reportHtml(bool includeProtected = false) const { return caseFile(includeProtected).html(); }
    const ReportHeader &reportHeader() const { return m_reportHeader; }

    QLabel *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    // The agency's tab, made now if it has not been shown yet.
    AgencyTab *agencyTab(Agency agency) const;
    OverviewTab *overview() const { return m_overview; }
    // Shown instead of the tabs when the person has protected identity, until the caseworker
    // chooses to see the answer (addresses included).
    QWidget *protectedGate() const { return m_gate; }
    QPushButton *showProtectedButton() const { return m_showProtected; }
    // Opens the gate; the window calls it once the choice is on record.
    void openProtected();

Q_SIGNALS:
    // The caseworker asked to see a protected person's answer: record it, then openProtected().
    void showProtectedRequested();

private:
    QLabel *m_header;
    QTabWidget *m_tabs;
    QWidget *m_gate;
    QPushButton *m_showProtected;
    OverviewTab *m_overview = nullptr;
    // One per agency in AllAgencies order. A tab's widgets (tables of possibly tens of
    // thousands of rows) are made when it is first shown, so a large answer appears at once.
    struct Page
    {
        AgencyPresentation presentation;
        QWidget *holder = nullptr;
        AgencyTab *tab = nullptr;
    };
    mutable QList<Page> m_pages;
    std::optional<Answer> m_answer;
    ReportHeader m_reportHeader;
    Period m_period;
    int m_lastTab = 0;
};

} // namespace ssbtek::ui
