#pragma once
// The overview: what must not be missed (protected identity, all JOB days used, advance
// payment notices, failed agencies), and income per month across agencies as a chart and
// a table. A source that could not be read is marked, never summed as zero.

#include "presentation/presentation.h"
#include "shown.h"

#include <QWidget>

namespace ssbtek::ui {

class TablePanel;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    // Any income overview: one answer's sources, or a household's persons. `gaps` says what
    // the sums lack and why (by default: the unreadable sources).
    OverviewTab(IncomeOverview income, QList<Fact> flags, const QStringList &gaps, QWidget *parent = nullptr);

    const IncomeOverview &income() const { return m_income; }
    TablePanel *incomeTable() const { return m_table; }
    const QList<Fact> &flags() const { return m_flags; }

private:
    IncomeOverview m_income;
    QList<Fact> m_flags;
    TablePanel *m_table = nullptr;
};

} // namespace ssbtek::ui
