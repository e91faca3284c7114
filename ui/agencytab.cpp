#include "agencytab.h"
#include "presentation/tones.h"
#include "shown.h"

#include "tablepanel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ssbtek::ui {

namespace {

constexpr qsizetype RawShownLimit = 4 * 1024 * 1024;
constexpr qsizetype RawIndentLimit = 512 * 1024;

// For reading: small JSON indented; anything larger broken into lines between elements or
// objects, since a text view lays a line out whole and SSBTEK sends its XML (and LEFI its
// JSON) as one line of up to many megabytes. A payload that does not parse is shown as it came.
QString readableRaw(const QByteArray &raw, AgencyOutcome::RawFormat format)
{
    if (raw.isEmpty())
        return {};
    const bool json = format == AgencyOutcome::RawFormat::Json;
    if (json && raw.size() <= RawIndentLimit) {
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        if (!doc.isNull())
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    QByteArray shown = raw.left(RawShownLimit);
    shown.replace(json ? "},{" : "><", json ? "},\n{" : ">\n<");
    QString text = QString::fromUtf8(shown);
    if (raw.size() > RawShownLimit)
        text += AgencyTab::tr("\n… (shortened: the first 4 MB are shown)");
    return text;
}

QLabel *paragraph(const QString &text, const QString &style = QString())
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!style.isEmpty())
        label->setStyleSheet(style);
    return label;
}

} // namespace

AgencyTab::AgencyTab(const AgencyPresentation &p, const AgencyOutcome &outcome, QWidget *parent)
    : QTabWidget(parent)
    , m_presentation(p)
    , m_rawBytes(outcome.raw)
    , m_rawFormat(outcome.rawFormat)
{
    setDocumentMode(true);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    const QString problem
        = panelStyle(Tone::Problem, 8) + QStringLiteral(" border: 1px solid %1;").arg(toneText(Tone::Problem).name());
    const QString notice = panelStyle(Tone::Notice, 8);
    switch (p.state) {
    case AgencyOutcome::State::Error: {
        layout->addWidget(paragraph(tr("<b>%1 answered with an error.</b> Nothing below means \"nothing found\": the "
                                       "information is missing.")
                                        .arg(agencyName(p.agency).toHtmlEscaped()),
            problem));
        auto *error = paragraph(p.errorText.toHtmlEscaped());
        error->setObjectName(QStringLiteral("errorText"));
        layout->addWidget(error);
        auto *details = new QFormLayout;
        details->addRow(tr("Source:"), paragraph(outcome.error.sourceCode));
        details->addRow(tr("Error code:"), paragraph(outcome.error.code));
        details->addRow(tr("Messages:"), paragraph(outcome.error.messages.join(QLatin1Char('\n'))));
        layout->addLayout(details);
        break;
    }
    case AgencyOutcome::State::Absent:
        layout->addWidget(paragraph(tr("<b>No answer from %1.</b> The agency was asked but is missing from SSBTEK's "
                                       "answer. This is not the same as \"nothing found\": ask again later.")
                                        .arg(agencyName(p.agency).toHtmlEscaped()),
            problem));
        break;
    case AgencyOutcome::State::NotAsked:
        layout->addWidget(
            paragraph(tr("%1 was not asked in this query.").arg(agencyName(p.agency).toHtmlEscaped()), notice));
        break;
    case AgencyOutcome::State::Data: {
        if (!p.facts.isEmpty()) {
            auto *facts = new QFormLayout;
            for (const Fact &f : p.facts) {
                QString text = f.value.toHtmlEscaped();
                if (f.warning)
                    text = inTone(Tone::Problem, text);
                if (!f.explanation.isEmpty())
                    text += QStringLiteral("<br>") + inTone(Tone::Muted, f.explanation.toHtmlEscaped(), false);
                facts->addRow(f.label + QLatin1Char(':'), paragraph(text));
            }
            layout->addLayout(facts);
        }
        for (const Table &t : p.tables) {
            auto *panel = new TablePanel(t);
            m_tables.append(panel);
            layout->addWidget(panel);
        }
        break;
    }
    }
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // content follows the width
    addTab(scroll, tr("Information"));

    m_rawView = new QPlainTextEdit;
    m_rawView->setReadOnly(true);
    m_rawView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawView->setAccessibleName(tr("Raw answer from %1").arg(agencyName(p.agency)));
    addTab(m_rawView, outcome.rawFormat == AgencyOutcome::RawFormat::Json ? tr("Raw JSON") : tr("Raw XML"));
    setTabPosition(QTabWidget::South);
    // Laying out megabytes of text costs time; only the IT staff who open this tab pay it.
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_rawView && m_rawView->document()->isEmpty()) {
            const QString text = rawText();
            m_rawView->setPlainText(text.isEmpty() ? tr("(nothing received from this agency)") : text);
        }
    });
}

QString AgencyTab::rawText() const
{
    return readableRaw(m_rawBytes, m_rawFormat);
}

} // namespace ssbtek::ui
