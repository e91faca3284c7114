#include "resultview.h"
#include "presentation/tones.h"
#include "shown.h"

#include "answer/answerjson.h"
#include "core/jsonwriter.h"

#include "agencytab.h"
#include "notice.h"
#include "overviewtab.h"

#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ssbtek::ui {

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header
        = makeAnswerHeader(QStringLiteral("resultHeader"), tr("Enter a personal identity number and press Enter."));
    layout->addWidget(m_header);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Answer per agency"));
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);
    m_gate = new QWidget;
    m_gate->setObjectName(QStringLiteral("protectedGate"));
    auto *gateLayout = new QVBoxLayout(m_gate);
    auto *warning = new QLabel(tr("<b>Protected identity.</b> An agency marks this person as protected "
                                  "(skyddad identitet or sekretessmarkering). The answer may include addresses: "
                                  "do not pass them on, and keep them out of documents others can read. The "
                                  "lookup is marked so in the audit log, and so is showing the answer."));
    warning->setWordWrap(true);
    warning->setStyleSheet(panelStyle(Tone::Problem, 10));
    m_showProtected = new QPushButton(tr("&Show the answer"));
    gateLayout->addWidget(warning);
    gateLayout->addWidget(m_showProtected, 0, Qt::AlignLeft);
    gateLayout->addStretch(1);
    m_gate->hide();
    layout->addWidget(m_gate, 1);
    connect(m_showProtected, &QPushButton::clicked, this, &ResultView::showProtectedRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index > 0 && index <= int(AllAgencies.size()))
            agencyTab(AllAgencies[size_t(index - 1)]);
    });
}

AgencyTab *ResultView::agencyTab(Agency agency) const
{
    for (Page &page : m_pages) {
        if (page.presentation.agency != agency)
            continue;
        if (!page.tab && m_answer) {
            page.tab = new AgencyTab(page.presentation, m_answer->outcome(agency));
            page.holder->layout()->addWidget(page.tab);
        }
        return page.tab;
    }
    return nullptr;
}

void ResultView::showMessage(const QString &message, bool problem)
{
    m_header->setText(message.toHtmlEscaped());
    m_header->setStyleSheet(problem ? panelStyle(Tone::Problem, 6) : QString());
}

void ResultView::clearAnswer()
{
    if (m_tabs->count() > 0)
        m_lastTab = m_tabs->currentIndex(); // the next person's answer opens on the same tab
    m_answer.reset();
    m_overview = nullptr;
    m_pages.clear(); // first: removing the old tabs changes the current one
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_gate->hide();
    m_tabs->show();
}

void ResultView::showAnswer(const Query &query, const RawAnswer &raw, const Answer &answer, bool simulated)
{
    showAnswer(query, raw, answer, simulated, presentAnswer(answer, query.period));
}

void ResultView::showAnswer(
    const Query &query, const RawAnswer &raw, const Answer &answer, bool simulated, AnswerPresentation presented)
{
    m_period = query.period;
    m_reportHeader = { query.person->display(), query.period.toString(), raw.version.label(),
        raw.askedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), raw.caseId, query.caseworker, query.organisationName,
        simulated, {} };
    int failed = 0;
    for (Agency a : AllAgencies) {
        const auto state = answer.outcome(a).state;
        failed += state == AgencyOutcome::State::Error || state == AgencyOutcome::State::Absent;
    }
    const QString overall = failed == 0
        ? tr("Every asked agency answered.")
        : tr("%n agency/agencies failed or did not answer — see the tabs marked so.", nullptr, failed);
    m_header->setText(tr("<b>%1</b> · %2 · SSBTEK %3 · asked %4 · case %5<br>%6")
                          .arg(m_reportHeader.person, m_reportHeader.period.toHtmlEscaped(), m_reportHeader.version,
                              m_reportHeader.askedAt, raw.caseId.toHtmlEscaped(), overall.toHtmlEscaped()));
    m_header->setStyleSheet(panelStyle(failed ? Tone::Problem : Tone::Success, 6));

    clearAnswer();
    m_answer = answer;
    m_overview = new OverviewTab(std::move(presented.income), std::move(presented.flags), {});
    m_tabs->addTab(m_overview, tr("Overview"));
    for (const AgencyPresentation &p : std::as_const(presented.agencies)) {
        const Agency a = p.agency;
        auto *holder = new QWidget;
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_pages.append({ p, holder, nullptr });
        const int index = m_tabs->addTab(holder, tabTitle(p));
        m_tabs->setTabToolTip(index, agencyName(a) + QStringLiteral(": ") + p.stateText);
        if (p.state == AgencyOutcome::State::Error || p.state == AgencyOutcome::State::Absent)
            m_tabs->tabBar()->setTabTextColor(index, toneText(Tone::Problem));
        else if (p.state == AgencyOutcome::State::NotAsked)
            m_tabs->tabBar()->setTabTextColor(index, toneText(Tone::Muted));
    }
    m_tabs->setCurrentIndex(std::max(m_lastTab, 0));
    m_gate->setVisible(answer.protectedIdentity());
    m_tabs->setVisible(!answer.protectedIdentity());
}

void ResultView::openProtected()
{
    m_gate->hide();
    m_tabs->show();
}

CaseFile ResultView::caseFile(bool includeProtected, const AgencySet &leftOut) const
{
    CaseFile file;
    file.header = m_reportHeader;
    file.header.leftOut = leftOut;
    if (!m_answer) {
        file.html = [] { return QString(); };
        return file;
    }
    const Answer answer = withoutAgencies(includeProtected ? *m_answer : withholdProtectedDetails(*m_answer), leftOut);
    file.html = [header = file.header, answer, period = m_period] { return ui::reportHtml(header, answer, period); };
    file.json = [header = file.header, answer] {
        QByteArray json;
        {
            JsonWriter writer(&json);
            writeAnswerJson(writer, answer,
                { { QStringLiteral("simulated"), header.simulated }, { QStringLiteral("caseId"), header.caseId } },
                header.leftOut);
        }
        return json;
    };
    return file;
}

} // namespace ssbtek::ui
