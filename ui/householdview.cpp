#include "householdview.h"

#include "notice.h"
#include "overviewtab.h"
#include "resultview.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ssbtek::ui {

HouseholdView::HouseholdView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = makeAnswerHeader(QStringLiteral("householdHeader"));
    layout->addWidget(m_header);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Household and a section per person"));
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);
}

void HouseholdView::start(const QList<MemberResult> &results, const Query &base, bool simulated)
{
    m_results = results;
    m_base = base;
    m_simulated = simulated;
    m_caseId.clear();
    m_sections.clear();
    m_overview = nullptr;
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_tabs->addTab(new QWidget, tr("Household"));
    for (const MemberResult &r : results) {
        auto *section = new ResultView;
        section->showMessage(tr("Asking SSBTEK about %1 …").arg(r.member.label()));
        m_sections.append(section);
        m_tabs->addTab(section, tr("%1 — asking").arg(r.member.label()));
    }
    update(results, -1, base.caseId);
}

void HouseholdView::update(const QList<MemberResult> &results, int index, const QString &caseId)
{
    m_results = results;
    m_caseId = caseId;
    if (index >= 0 && index < m_sections.size()) {
        const MemberResult &r = results.at(index);
        const int tab = index + 1;
        if (r.answer && r.raw) {
            m_sections.at(index)->showAnswer(r.query, *r.raw, *r.answer, m_simulated);
            const bool complete = r.answer->complete();
            m_tabs->setTabText(tab, complete ? r.member.label() : tr("%1 — gaps").arg(r.member.label()));
            m_tabs->tabBar()->setTabTextColor(tab, complete ? QColor() : QColor(0xa4, 0, 0));
        } else if (r.failure) {
            m_sections.at(index)->showMessage(tr("%1: the lookup failed. %2").arg(r.member.label(), r.failure->message()), true);
            m_tabs->setTabText(tab, tr("%1 — failed").arg(r.member.label()));
            m_tabs->tabBar()->setTabTextColor(tab, QColor(0xa4, 0, 0));
        }
    }
    int answered = 0, failed = 0;
    for (const MemberResult &r : results) {
        answered += r.answer ? 1 : 0;
        failed += r.failure ? 1 : 0;
    }
    const int waiting = int(results.size()) - answered - failed;
    QString state = tr("%1 of %2 answered").arg(answered).arg(results.size());
    if (failed)
        state += tr(", %n failed", nullptr, failed);
    if (waiting)
        state += tr(", %n still asking", nullptr, waiting);
    m_header->setText(tr("<b>Household of %1</b> · %2 · case %3<br>%4")
                              .arg(results.size())
                              .arg(m_base.period.toString().toHtmlEscaped(), m_caseId.toHtmlEscaped(), state.toHtmlEscaped()));
    m_header->setStyleSheet(failed ? QStringLiteral("background: #fbe9e7; color: #2e3436; padding: 6px;")
                                   : waiting ? QString()
                                             : QStringLiteral("background: #e8f5e9; color: #2e3436; padding: 6px;"));
    refreshOverview();
}

void HouseholdView::refreshOverview()
{
    m_household = ui::householdOverview(m_results, m_base.period);
    auto *overview = new OverviewTab(m_household.income, m_household.flags, m_household.gaps);
    overview->setObjectName(QStringLiteral("householdOverview"));
    const int current = m_tabs->currentIndex();
    QWidget *old = m_tabs->widget(0);
    m_tabs->removeTab(0);
    old->deleteLater();
    m_tabs->insertTab(0, overview, tr("Household"));
    m_tabs->setCurrentIndex(current < 0 ? 0 : current);
    m_overview = overview;
}

bool HouseholdView::hasAnswer() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(), [](const MemberResult &r) { return r.answer.has_value(); });
}

QString HouseholdView::reportHtml() const
{
    QStringList members;
    QString version, askedAt;
    for (const MemberResult &r : m_results) {
        members << r.member.label();
        if (r.raw && version.isEmpty()) {
            version = r.raw->version.label();
            askedAt = r.raw->askedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
    }
    const ReportHeader header { members.join(QStringLiteral(", ")), m_base.period.toString(), version, askedAt,
                                m_caseId, m_base.caseworker, m_base.organisationName, m_simulated };
    // A member with protected identity: the addresses are held back on paper and in PDFs.
    QList<MemberResult> held = m_results;
    for (MemberResult &r : held) {
        if (r.answer)
            r.answer = withholdProtectedDetails(*r.answer);
    }
    return householdReportHtml(header, m_household, held, m_base.period);
}

} // namespace ssbtek::ui
