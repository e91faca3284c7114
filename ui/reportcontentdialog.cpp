#include "reportcontentdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssbtek::ui {

ReportContentDialog::ReportContentDialog(const AgencySet &asked, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("%1: what goes in the case file").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Untick an agency to leave it out of the document. The document says which agencies "
                                "were left out, and leaves them out of its sums."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (Agency a : asked.toList()) {
        auto *box = new QCheckBox(tr("%1 (%2)").arg(agencyName(a), agencyCode(a)), this);
        box->setObjectName(QStringLiteral("include") + agencyCode(a));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportContentDialog::update);
        m_boxes.insert(a, box);
        layout->addWidget(box);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    update();
}

AgencySet ReportContentDialog::leftOut() const
{
    AgencySet out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (!it.value()->isChecked())
            out.insert(it.key());
    }
    return out;
}

// A document with every agency left out would say nothing: at least one stays.
void ReportContentDialog::update()
{
    const bool any = std::any_of(m_boxes.cbegin(), m_boxes.cend(), [](const QCheckBox *b) { return b->isChecked(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any || m_boxes.isEmpty());
}

} // namespace ssbtek::ui
