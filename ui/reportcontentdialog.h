#pragma once
// What goes in the case file: every agency that was asked, ticked. The caseworker unticks
// those to leave out before saving or printing; the document then says which were left out.

#include "domain/agency.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;

namespace ssbtek::ui {

class ReportContentDialog : public QDialog
{
    Q_OBJECT
public:
    // `action`: what follows, for the title ("Save as PDF", "Print").
    ReportContentDialog(const AgencySet &asked, const QString &action, QWidget *parent = nullptr);

    AgencySet leftOut() const;
    QCheckBox *agencyBox(Agency agency) const { return m_boxes.value(agency); }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QMap<Agency, QCheckBox *> m_boxes;
    QDialogButtonBox *m_buttons;
};

} // namespace ssbtek::ui
