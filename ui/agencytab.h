#pragma once
// One agency's tab: an error explained with source and code, "no answer" or "not asked"
// said as such (never like "nothing found"), or the facts and tables; plus the agency's raw
// XML/JSON for IT staff.

#include "models/presentation.h"

#include <QTabWidget>

namespace ssbtek::ui {

class TablePanel;

class AgencyTab : public QTabWidget
{
    Q_OBJECT
public:
    AgencyTab(const AgencyPresentation &presentation, const AgencyOutcome &outcome, QWidget *parent = nullptr);

    const AgencyPresentation &presentation() const { return m_presentation; }
    QList<TablePanel *> tables() const { return m_tables; }
    QString rawText() const { return m_raw; }

private:
    AgencyPresentation m_presentation;
    QList<TablePanel *> m_tables;
    QString m_raw;
};

} // namespace ssbtek::ui
