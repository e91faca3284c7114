#include "householdview.h"
#include "presentation/householdjson.h"
#include "presentation/tones.h"
#include "shown.h"

#include "core/jsonwriter.h"

#include "inworker.h"
#include "notice.h"
#include "overviewtab.h"
#include "resultview.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ssbtek::ui {

HouseholdView::HouseholdView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = makeAnswerHeader(QStringLiteral("householdHeader"));
    layout->addWidget(m_header);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Household and a section per person"));
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_next, &QTimer::timeout, this, &HouseholdView::showNext);
}

void HouseholdView::start(const QList<MemberResult> &results, const Query &base, bool simulated)
{
    ++m_generation;
    m_pending = 0;
    m_ready.clear();
    m_overviewToShow.reset();
    m_next.stop();
    m_announce = false;
    m_results = results;
    m_base = base;
    m_simulated = simulated;
    m_caseId = base.caseId;
    m_sections.clear();
    m_overview = nullptr;
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->hide();
        m_retired.append(w);
    }
    m_tabs->addTab(new QWidget, tr("Household"));
    for (const MemberResult &r : results) {
        auto *section = new ResultView;
        section->showMessage(tr("Asking SSBTEK about %1 …").arg(r.member.label()));
        m_sections.append(section);
        m_tabs->addTab(section, tr("%1 — asking").arg(r.member.label()));
    }
    updateHeader();
    present(-1);
}

void HouseholdView::update(const QList<MemberResult> &results, int index, const QString &caseId)
{
    m_results = results;
    m_caseId = caseId;
    if (index >= 0 && index < m_sections.size()) {
        const MemberResult &r = results.at(index);
        const int tab = index + 1;
        if (r.answer && r.raw) {
            m_sections.at(index)->showMessage(tr("Showing the answer about %1 …").arg(r.member.label()));
            const bool complete = r.answer->complete();
            m_tabs->setTabText(tab, complete ? r.member.label() : tr("%1 — gaps").arg(r.member.label()));
            m_tabs->tabBar()->setTabTextColor(tab, complete ? QColor() : toneText(Tone::Problem));
        } else if (r.failure) {
            m_sections.at(index)->showMessage(
                tr("%1: the lookup failed. %2").arg(r.member.label(), r.failure->message()), true);
            m_tabs->setTabText(tab, tr("%1 — failed").arg(r.member.label()));
            m_tabs->tabBar()->setTabTextColor(tab, toneText(Tone::Problem));
        }
    }
    updateHeader();
    present(index);
}

void HouseholdView::updateHeader()
{
    int answered = 0, failed = 0;
    for (const MemberResult &r : std::as_const(m_results)) {
        answered += r.answer ? 1 : 0;
        failed += r.failure ? 1 : 0;
    }
    const int waiting = int(m_results.size()) - answered - failed;
    QString state = tr("%1 of %2 answered").arg(answered).arg(m_results.size());
    if (failed)
        state += tr(", %n failed", nullptr, failed);
    if (waiting)
        state += tr(", %n still asking", nullptr, waiting);
    m_header->setText(
        tr("<b>Household of %1</b> · %2 · case %3<br>%4")
            .arg(m_results.size())
            .arg(m_base.period.toString().toHtmlEscaped(), m_caseId.toHtmlEscaped(), state.toHtmlEscaped()));
    m_header->setStyleSheet(failed ? panelStyle(Tone::Problem, 6) : waiting ? QString() : panelStyle(Tone::Success, 6));
}

void HouseholdView::present(int index)
{
    // The member's tables and the overview over every result so far, made in a worker. Work
    // for an earlier household is dropped; of several overviews, the latest asked wins.
    struct Made
    {
        std::optional<AnswerPresentation> section;
        HouseholdOverview overview;
    };
    const MemberResult *member = index >= 0 && index < m_results.size() ? &m_results.at(index) : nullptr;
    std::optional<MemberResult> answered;
    if (member && member->answer && member->raw)
        answered = *member;
    const quint64 generation = m_generation;
    const quint64 ask = ++m_overviewsAsked;
    ++m_pending;
    inWorker(
        m_workers, this,
        [results = m_results, answered, period = m_base.period] {
            Made made;
            if (answered)
                made.section = presentAnswer(*answered->answer, period);
            made.overview = ui::householdOverview(results, period);
            return made;
        },
        [this, generation, ask, index, answered](Made made) {
            if (generation != m_generation)
                return;
            if (ask > m_newestOverview) {
                m_newestOverview = ask;
                m_overviewToShow = std::move(made.overview);
            }
            m_announce = true;
            m_ready.append([this, index, answered, section = std::move(made.section)]() mutable {
                if (section)
                    m_sections.at(index)->showAnswer(
                        answered->query, *answered->raw, *answered->answer, m_simulated, std::move(*section));
            });
            m_next.start();
        });
}

void HouseholdView::showNext()
{
    // One step per turn: a member's section; then, with none left to lay out and none still
    // being made, the overview over the newest results and presented(); then the last
    // household's sections are deleted, one per turn.
    if (!m_ready.isEmpty()) {
        m_ready.takeFirst()();
        --m_pending;
        m_next.start();
        return;
    }
    if (m_pending == 0 && m_announce) {
        m_announce = false;
        if (m_overviewToShow) {
            showOverview(std::move(*m_overviewToShow));
            m_overviewToShow.reset();
        }
        Q_EMIT presented();
        m_next.start();
        return;
    }
    if (!m_retired.isEmpty()) {
        delete m_retired.takeFirst();
        m_next.start();
    }
}

void HouseholdView::showOverview(HouseholdOverview overview)
{
    m_household = std::move(overview);
    auto *tab = new OverviewTab(m_household.income, m_household.flags, m_household.gaps);
    tab->setObjectName(QStringLiteral("householdOverview"));
    const int current = m_tabs->currentIndex();
    QWidget *old = m_tabs->widget(0);
    m_tabs->removeTab(0);
    old->deleteLater();
    m_tabs->insertTab(0, tab, tr("Household"));
    m_tabs->setCurrentIndex(current < 0 ? 0 : current);
    m_overview = tab;
}

bool HouseholdView::hasAnswer() const
{
    return std::any_of(
        m_results.cbegin(), m_results.cend(), [](const MemberResult &r) { return r.answer.has_value(); });
}

ReportHeader HouseholdView::reportHeader() const
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
    return { members.join(QStringLiteral(", ")), m_base.period.toString(), version, askedAt, m_caseId,
        m_base.caseworker, m_base.organisationName, m_simulated, {} };
}

namespace {

// The members' answers as they go on paper: a protected person's addresses held back.
QList<MemberResult> forPaper(QList<MemberResult> results)
{
    for (MemberResult &r : results) {
        if (r.answer)
            r.answer = withholdProtectedDetails(*r.answer);
    }
    return results;
}

} // namespace

CaseFile HouseholdView::caseFile(const AgencySet &leftOut) const
{
    CaseFile file;
    file.header = reportHeader();
    file.header.leftOut = leftOut;
    const QList<MemberResult> results = forPaper(m_results);
    file.html = [header = file.header, results, whole = m_household, period = m_base.period] {
        return householdReportHtml(header, whole, results, period);
    };
    file.json = [results, leftOut, caseId = m_caseId, simulated = m_simulated, period = m_base.period] {
        QList<MemberResult> kept = results;
        for (MemberResult &r : kept) {
            if (r.answer)
                r.answer = withoutAgencies(*r.answer, leftOut);
        }
        QByteArray json;
        {
            JsonWriter writer(&json);
            writeHouseholdJson(writer, caseId, kept, ui::householdOverview(kept, period), simulated, {}, leftOut);
        }
        return json;
    };
    return file;
}

AgencySet HouseholdView::askedAgencies() const
{
    AgencySet asked;
    for (const MemberResult &r : m_results) {
        for (Agency a : AllAgencies) {
            if (r.answer && r.answer->outcome(a).state != AgencyOutcome::State::NotAsked)
                asked.insert(a);
        }
    }
    return asked;
}

} // namespace ssbtek::ui
