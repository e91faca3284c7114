#include "overviewtab.h"
#include "presentation/tones.h"
#include "shown.h"

#include "tablepanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ssbtek::ui {

OverviewTab::OverviewTab(IncomeOverview income, QList<Fact> flags, const QStringList &gaps, QWidget *parent)
    : QWidget(parent)
    , m_income(std::move(income))
    , m_flags(std::move(flags))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *flagLabel = new QLabel;
    flagLabel->setObjectName(QStringLiteral("overviewFlags"));
    flagLabel->setWordWrap(true);
    flagLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString html;
    for (const Fact &f : m_flags)
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(inTone(Tone::Problem,
                             QStringLiteral("⚠ %1: %2").arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped())),
                        f.explanation.toHtmlEscaped());
    flagLabel->setText(html.isEmpty() ? tr("Nothing that needs special attention.") : html);
    layout->addWidget(flagLabel);

    if (!gaps.isEmpty() || !m_income.complete()) {
        QStringList lines;
        for (const QString &g : gaps)
            lines << g.toHtmlEscaped();
        if (gaps.isEmpty()) { // one person's answer: say which sources, and why
            for (const QString &source : m_income.unreadable)
                lines << tr("%1: no answer, or the answer could not be read").arg(source).toHtmlEscaped();
            for (const QString &source : m_income.incomplete)
                lines << tr("%1: an amount could not be read; it is shown as received in its tab")
                             .arg(source)
                             .toHtmlEscaped();
        }
        auto *gap = new QLabel(
            tr("<b>Not in the sums</b>, so the totals are incomplete:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
        gap->setObjectName(QStringLiteral("incomeGap"));
        gap->setWordWrap(true);
        gap->setStyleSheet(panelStyle(Tone::Problem, 6));
        layout->addWidget(gap);
    }

    auto *series = new QStackedBarSeries;
    for (int s = 0; s < m_income.sources.size(); ++s) {
        if (m_income.unreadable.contains(m_income.sources[s]))
            continue;
        auto *set = new QBarSet(m_income.sources[s]);
        bool any = false;
        for (int m = 0; m < m_income.months.size(); ++m) {
            const double kronor = double(m_income.amounts[m][s].sum().ore()) / 100.0; // for drawing only
            *set << kronor;
            any = any || kronor != 0;
        }
        if (any)
            series->append(set);
        else
            delete set;
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Net income per month (SEK)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *months = new QBarCategoryAxis;
    for (const QDate &m : m_income.months)
        months->append(m.toString(QStringLiteral("yyyy-MM")));
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    if (series->count() == 0)
        values->setRange(0, 1000); // no income at all: an empty chart, not a NaN axis
    else
        values->applyNiceNumbers();
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setAccessibleName(tr("Chart of net income per month"));
    layout->addWidget(view);

    m_table = new TablePanel(m_income.asTable());
    layout->addWidget(m_table);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // content follows the width
    outer->addWidget(scroll);
}

} // namespace ssbtek::ui
