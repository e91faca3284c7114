#pragma once
// A household's answers on screen: a household overview (income per month per person and in
// total, with what could not be read) and a section per person — the same view as a single
// lookup's. Sections fill in as each person's answer arrives.

#include "lookup/household.h"
#include "models/householdoverview.h"

#include <QWidget>

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
    QString reportHtml() const;
    bool hasAnswer() const;

    QLabel *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overview() const { return m_overview; }
    ResultView *section(int index) const { return m_sections.value(index); }
    const HouseholdOverview &householdOverview() const { return m_household; }

private:
    void refreshOverview();

    QLabel *m_header;
    QTabWidget *m_tabs;
    OverviewTab *m_overview = nullptr;
    QList<ResultView *> m_sections;
    QList<MemberResult> m_results;
    HouseholdOverview m_household;
    Query m_base;
    QString m_caseId;
    bool m_simulated = false;
};

} // namespace ssbtek::ui
