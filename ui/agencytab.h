#pragma once
// One agency's tab: an error explained with source and code, "no answer" or "not asked"
// said as such (never like "nothing found"), or the facts and tables; plus the agency's raw
// XML/JSON for IT staff.

#include "presentation/presentation.h"
#include "shown.h"

#include <QTabWidget>

class QPlainTextEdit;

namespace ssbtek::ui {

class TablePanel;

class AgencyTab : public QTabWidget
{
    Q_OBJECT
public:
    AgencyTab(const AgencyPresentation &presentation, const AgencyOutcome &outcome, QWidget *parent = nullptr);

    const AgencyPresentation &presentation() const { return m_presentation; }
    QList<TablePanel *> tables() const { return m_tables; }
    // The raw answer as the raw tab shows it; made when first asked for, not with the tab.
    QString rawText() const;

private:
    AgencyPresentation m_presentation;
    QList<TablePanel *> m_tables;
    QByteArray m_rawBytes; // shared with the answer, not copied
    AgencyOutcome::RawFormat m_rawFormat;
    QPlainTextEdit *m_rawView = nullptr; // filled when first shown
};

} // namespace ssbtek::ui
