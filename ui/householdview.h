#pragma once
// A household's answers on screen: a household overview (income per month per person and in
// total, with what could not be read) and a section per person — the same view as a single
// lookup's. Sections fill in as each person's answer arrives; each answer's tables and the
// household overview are made off the GUI thread, as a single lookup's are.

#include "lookup/household.h"
#include "presentation/householdoverview.h"
#include "presentation/report.h"
#include "shown.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;

namespace ssbtek::ui {

class OverviewTab;
class ResultView;

class HouseholdView : public QWidget
{
    Q_OBJECT
public:
    explicit HouseholdView(QWidget *parent = nullptr);

    // A new household: a waiting section per member.
    void start(const QList<MemberResult> &results, const Query &base, bool simulated);
    // A member's answer or failure arrived (results as HouseholdRun has them now).
    void update(const QList<MemberResult> &results, int index, const QString &caseId);
    // For print and the case file, the report and the CLI's household JSON: the addresses of a
    // member with protected identity held back, and the agencies in `leftOut` left out (the
    // overview made again without them).
    CaseFile caseFile(const AgencySet &leftOut = {}) const;
    ReportHeader reportHeader() const; // the household's members, the case, when and by whom
    // The agencies asked about anyone in the household.
    AgencySet askedAgencies() const;
    bool hasAnswer() const;

    QLabel *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overview() const { return m_overview; }
    ResultView *section(int index) const { return m_sections.value(index); }
    const HouseholdOverview &householdOverview() const { return m_household; }
    // Arrived answers are still being made ready for the screen.
    bool isPresenting() const { return m_pending > 0 || m_overviewToShow || !m_ready.isEmpty(); }

Q_SIGNALS:
    // Every arrived answer, and the overview over them, is on screen.
    void presented();

private:
    void updateHeader();
    void present(int index);
    void showNext();
    void showOverview(HouseholdOverview overview);

    QLabel *m_header;
    QTabWidget *m_tabs;
    OverviewTab *m_overview = nullptr;
    QList<ResultView *> m_sections;
    QList<MemberResult> m_results;
    HouseholdOverview m_household;
    Query m_base;
    QString m_caseId;
    bool m_simulated = false;
    quint64 m_generation = 0; // one per start(): work for an earlier household is dropped
    quint64 m_overviewsAsked = 0; // the overview made from the most results is the one shown
    quint64 m_newestOverview = 0;
    std::optional<HouseholdOverview> m_overviewToShow;
    int m_pending = 0; // presentations asked of a worker, not yet on screen
    // Made, waiting to be laid out: one per turn of the event loop (m_next), so that several
    // answers arriving together never hold the GUI thread at once.
    QList<std::function<void()>> m_ready;
    bool m_announce = false; // presented() is owed once what is ready is on screen
    // The last household's sections (thousands of table rows each), deleted one per turn too.
    QList<QWidget *> m_retired;
    QTimer m_next;
    QThreadPool m_workers; // what inWorker() runs for this view; waited for as it goes
};

} // namespace ssbtek::ui
