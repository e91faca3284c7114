#include "reviewwindow.h"
#include "presentation/auditwords.h"
#include "presentation/tones.h"
#include "shown.h"

#include "notice.h"
#include "resultview.h"
#include "store/savedanswer.h"
#include "tablepanel.h"

#include "core/clock.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

namespace {

Table makeAuditTable(const QList<store::AuditRecord> &records)
{
    using K = Column::Kind;
    Table t { ReviewWindow::tr("Audit log"),
        { { ReviewWindow::tr("Id"), K::Number }, { ReviewWindow::tr("Time (UTC)"), K::Text },
            { ReviewWindow::tr("Kind"), K::Text }, { ReviewWindow::tr("Caseworker"), K::Text },
            { ReviewWindow::tr("Unit"), K::Text }, { ReviewWindow::tr("Person"), K::Text },
            { ReviewWindow::tr("Purpose"), K::Text }, { ReviewWindow::tr("Case"), K::Text },
            { ReviewWindow::tr("Outcome"), K::Text }, { ReviewWindow::tr("Detail"), K::Text } },
        {}, ReviewWindow::tr("No audit records match the filter.") };
    for (const store::AuditRecord &r : records) {
        const QString person = r.person.size() == 12 ? r.person.left(8) + QLatin1Char('-') + r.person.mid(8) : r.person;
        t.rows.append({ QVariant(r.id), r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.kind, r.caseworker,
            r.unit, person, r.purpose, r.caseId, AuditWords::outcome(r.outcome), r.detail });
    }
    return t;
}

Table makeSavedTable(const QList<store::SavedResult> &saved)
{
    using K = Column::Kind;
    Table t { ReviewWindow::tr("Saved results"),
        { { ReviewWindow::tr("Id"), K::Number }, { ReviewWindow::tr("Saved (UTC)"), K::Text },
            { ReviewWindow::tr("Caseworker"), K::Text }, { ReviewWindow::tr("Person"), K::Text },
            { ReviewWindow::tr("Period"), K::Text }, { ReviewWindow::tr("Note"), K::Text } },
        {}, ReviewWindow::tr("No saved results match the filter.") };
    for (const store::SavedResult &s : saved)
        t.rows.append({ QVariant(s.id), s.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.caseworker,
            s.person.left(8) + QLatin1Char('-') + s.person.mid(8),
            s.from.toString(Qt::ISODate) + QStringLiteral(" – ") + s.to.toString(Qt::ISODate), s.note });
    return t;
}

} // namespace

ReviewWindow::ReviewWindow(store::Store *store, bool simulated, QWidget *parent)
    : QMainWindow(parent)
    , m_simulated(simulated)
{
    setWindowTitle(tr("SSBTEK — review of lookups"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *form = new QFormLayout;
    m_caseworker = new QLineEdit;
    m_person = new QLineEdit;
    m_person->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_purpose = new QLineEdit;
    m_outcome = new QComboBox;
    for (const AuditWords::OutcomeChoice &c : AuditWords::outcomeChoices())
        m_outcome->addItem(c.label, c.contains);
    m_useDates = new QCheckBox(tr("Only between"));
    m_from = makeDateEdit(clock::today().addMonths(-1));
    m_to = makeDateEdit(clock::today());
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(tr("&Caseworker:"), m_caseworker);
    form->addRow(tr("&Person:"), m_person);
    auto *datesLabel = new QLabel(tr("&Dates:"));
    datesLabel->setBuddy(m_useDates); // a row of widgets has no buddy of its own
    form->addRow(datesLabel, dates);
    form->addRow(tr("P&urpose contains:"), m_purpose);
    form->addRow(tr("&Outcome:"), m_outcome);
    m_pattern = new QComboBox;
    m_pattern->addItem(tr("(any lookup)"));
    for (store::Pattern p : store::AllPatterns)
        m_pattern->addItem(store::patternName(p), store::patternKey(p));
    m_pattern->setToolTip(tr("Patterns a reviewer should look at; the thresholds are settings (followUp/…)."));
    form->addRow(tr("Follow-up &pattern:"), m_pattern);
    layout->addLayout(form);
    m_reminder = makeNotice(QStringLiteral("reviewReminder"), NoticeKind::Warning);
    layout->addWidget(m_reminder);
    auto *buttons = new QHBoxLayout;
    auto *search = new QPushButton(tr("&Search"));
    search->setDefault(true);
    auto *open = new QPushButton(tr("Open saved result…"));
    auto *pdf = new QPushButton(tr("Export audit as PDF…"));
    buttons->addWidget(search);
    buttons->addWidget(open);
    buttons->addWidget(pdf);
    auto *record = new QPushButton(tr("&Record a review…"));
    auto *reviewsPdf = new QPushButton(tr("Export reviews as PDF…"));
    buttons->addWidget(record);
    buttons->addWidget(reviewsPdf);
    buttons->addStretch(1);
    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("chainStatus"));
    buttons->addWidget(m_chain);
    layout->addLayout(buttons);
    m_tables = new QVBoxLayout;
    layout->addLayout(m_tables, 1);
    setCentralWidget(central);

    for (QLineEdit *e : { m_caseworker, m_person, m_purpose })
        connect(e, &QLineEdit::returnPressed, this, &ReviewWindow::refresh);
    connect(m_outcome, &QComboBox::activated, this, &ReviewWindow::refresh);
    restoreFilters();
    connect(search, &QPushButton::clicked, this, &ReviewWindow::refresh);
    connect(m_pattern, &QComboBox::activated, this, &ReviewWindow::refresh);
    connect(record, &QPushButton::clicked, this, &ReviewWindow::askForReview);
    connect(reviewsPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export reviews as PDF"), exportPath(tr("reviews.pdf")), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const auto written = exportReviewsPdf(path); !written)
            QMessageBox::warning(
                this, tr("Export reviews"), tr("The PDF could not be written: %1").arg(written.error()));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_savedPanel)
            return;
        const QModelIndex current = m_savedPanel->view()->currentIndex();
        qint64 id
            = current.isValid() ? m_savedPanel->proxy()->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
        if (!id)
            id = QInputDialog::getInt(this, tr("Open saved result"), tr("Saved result id:"), 1, 1);
        openSaved(id);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit as PDF"), exportPath(tr("audit.pdf")), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const auto written = exportPdf(path); !written)
            QMessageBox::warning(this, tr("Export audit"), tr("The PDF could not be written: %1").arg(written.error()));
    });
    connect(this, &ReviewWindow::reviewNotRecorded, this, [this](const QString &problem) {
        warnLater(this, tr("Record a review"), tr("The review could not be recorded: %1").arg(problem));
    });
    auto thread = store::StoreThread::start(*store);
    if (thread)
        m_storeThread = std::move(thread).value();
    else
        m_storeThreadProblem = thread.error().message();
    resize(1200, 760);
    refresh();
}

void ReviewWindow::setFollowUp(const store::FollowUpSettings &settings)
{
    m_followUp = settings;
    refresh();
}

void ReviewWindow::setReviewer(const QString &reviewer, const QString &unit)
{
    m_reviewer = reviewer;
    m_unit = unit;
}

QString ReviewWindow::filterSummary() const
{
    const store::AuditFilter f = filter();
    QStringList parts;
    if (!f.caseworker.isEmpty())
        parts << tr("caseworker %1").arg(f.caseworker);
    if (!f.person.isEmpty())
        parts << tr("person %1").arg(f.person);
    if (f.from.isValid())
        parts << tr("dates %1 – %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    if (!f.purpose.isEmpty())
        parts << tr("purpose contains \"%1\"").arg(f.purpose);
    if (m_outcome->currentIndex() > 0)
        parts << tr("outcome: %1").arg(m_outcome->currentText());
    if (m_pattern->currentIndex() > 0)
        parts << tr("pattern: %1").arg(m_pattern->currentText());
    return parts.isEmpty() ? tr("every lookup") : parts.join(QStringLiteral("; "));
}

void ReviewWindow::recordReview(store::ReviewRecord review)
{
    review.reviewer = m_reviewer;
    review.unit = m_unit;
    if (!m_storeThread) {
        Q_EMIT reviewNotRecorded(m_storeThreadProblem);
        return;
    }
    m_storeThread->post(
        this, [record = store::toAudit(review)](store::Store &s) { return s.appendAudit(record); },
        [this](Expected<qint64, store::StoreError> id) {
            if (!id) {
                Q_EMIT reviewNotRecorded(id.error().message());
                return;
            }
            refresh();
            Q_EMIT reviewRecorded(*id);
        });
}

void ReviewWindow::askForReview()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a review"));
    auto *form = new QFormLayout(&dialog);
    auto *from = makeDateEdit(m_useDates->isChecked() ? m_from->date() : clock::today().addMonths(-1));
    auto *to = makeDateEdit(m_useDates->isChecked() ? m_to->date() : clock::today());
    from->setAccessibleName(tr("First day"));
    to->setAccessibleName(tr("Last day"));
    auto *period = new QHBoxLayout;
    period->addWidget(from);
    period->addWidget(to);
    auto *filters = new QLineEdit(filterSummary());
    auto *findings = new QPlainTextEdit;
    auto *followUp = new QPlainTextEdit;
    form->addRow(tr("Period reviewed:"), period);
    form->addRow(tr("Filters used:"), filters);
    form->addRow(tr("Findings:"), findings);
    form->addRow(tr("Follow-up:"), followUp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(640, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::ReviewRecord review;
    review.from = from->date();
    review.to = to->date();
    review.filters = filters->text();
    review.findings = findings->toPlainText();
    review.followUp = followUp->toPlainText();
    recordReview(review); // a problem is said when the store's thread has tried
}

Expected<qint64, QString> ReviewWindow::exportReviewsPdf(const QString &path)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt\"><h1>%1</h1><p>%2</p>")
                       .arg(tr("Reviews of the audit log").toHtmlEscaped(), m_chain->text());
    for (const store::AuditRecord &r : std::as_const(m_reviews)) {
        const auto review = store::reviewFrom(r);
        if (!review)
            continue;
        html += QStringLiteral("<h2>%1</h2><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b><br>%6</p><p><b>%7</b><br>%8</p>")
                    .arg(tr("Review %1, %2 – %3")
                             .arg(r.id)
                             .arg(review->from.toString(Qt::ISODate), review->to.toString(Qt::ISODate))
                             .toHtmlEscaped(),
                        tr("Recorded %1 (UTC) by %2")
                            .arg(r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), review->reviewer)
                            .toHtmlEscaped(),
                        tr("Filters used:").toHtmlEscaped(), review->filters.toHtmlEscaped(),
                        tr("Findings:").toHtmlEscaped(),
                        review->findings.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                        tr("Follow-up:").toHtmlEscaped(),
                        review->followUp.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</body></html>");
    return writePdf(html, path, false);
}

store::AuditFilter ReviewWindow::filter() const
{
    store::AuditFilter f;
    f.caseworker = m_caseworker->text().trimmed();
    const auto person = Personnummer::parse(m_person->text());
    f.person = person ? person->wire() : m_person->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.purpose = m_purpose->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    return f;
}

// What one refresh read, made into tables in the store's thread.
struct ReviewWindow::Loaded
{
    quint64 number = 0;
    std::optional<store::ChainStatus> chain;
    QString chainError;
    std::optional<QList<store::AuditRecord>> reviews;
    QList<store::AuditRecord> records;
    Table auditTable;
    Table savedTable;
    QString error; // the log or the saved results could not be read
};

void ReviewWindow::restoreFilters()
{
    // The person is never remembered: a personnummer is not written to the settings.
    QSettings state;
    state.beginGroup(u"state/reviewFilters"_s);
    m_caseworker->setText(state.value(u"caseworker"_s).toString());
    m_purpose->setText(state.value(u"purpose"_s).toString());
    m_useDates->setChecked(state.value(u"useDates"_s, false).toBool());
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(state.value(u"outcome"_s).toString())));
    m_pattern->setCurrentIndex(std::max(0, m_pattern->findData(state.value(u"pattern"_s).toString())));
}

void ReviewWindow::rememberFilters() const
{
    QSettings state;
    state.beginGroup(u"state/reviewFilters"_s);
    state.setValue(u"caseworker"_s, m_caseworker->text().trimmed());
    state.setValue(u"purpose"_s, m_purpose->text().trimmed());
    state.setValue(u"useDates"_s, m_useDates->isChecked());
    state.setValue(u"outcome"_s, m_outcome->currentData().toString());
    state.setValue(u"pattern"_s, m_pattern->currentData().toString());
}

void ReviewWindow::refresh()
{
    rememberFilters();
    // The chain verified over every record, and 10 000 records read and laid out into rows, took
    // a third of a second in the GUI thread; now the store's thread reads and the window only
    // lays out.
    const quint64 number = ++m_loading;
    const store::AuditFilter f = filter();
    const auto pattern = store::patternFromKey(m_pattern->currentData().toString());
    const store::FollowUpSettings followUp = m_followUp;
    if (!m_storeThread) {
        Loaded l;
        l.number = number;
        l.error = l.chainError = m_storeThreadProblem;
        showLoaded(std::move(l));
        return;
    }
    m_storeThread->post(
        this,
        [number, f, pattern, followUp](const store::Store &s) {
            Loaded l;
            l.number = number;
            if (const auto chain = s.verifyAudit())
                l.chain = *chain;
            else
                l.chainError = chain.error().message();
            store::AuditFilter reviews;
            reviews.kind = QStringLiteral("review");
            if (auto recorded = s.audit(reviews))
                l.reviews = std::move(*recorded);
            const auto records = s.audit(pattern ? store::patternScope(f) : f);
            if (records)
                l.records = pattern ? store::narrow(store::findPattern(*pattern, *records, followUp), f) : *records;
            const auto saved = s.savedResults(f);
            l.auditTable = makeAuditTable(l.records);
            l.savedTable = makeSavedTable(saved ? *saved : QList<store::SavedResult>());
            if (!records || !saved)
                l.error = (!records ? records.error() : saved.error()).message();
            return l;
        },
        [this](Loaded l) { showLoaded(std::move(l)); });
}

void ReviewWindow::showLoaded(Loaded l)
{
    if (l.number < m_loading) // a newer refresh is on its way
        return;
    m_shown = l.number;
    if (!l.chain)
        m_chain->setText(inTone(Tone::Problem, tr("Chain not checked: %1").arg(l.chainError).toHtmlEscaped()));
    else if (l.chain->intact)
        m_chain->setText(inTone(Tone::Success,
                             tr("Audit chain intact (%n record(s))", nullptr, int(l.chain->records)).toHtmlEscaped())
            + (l.chain->startsAfter ? tr("; audit retention deleted the records through %1").arg(l.chain->startsAfter)
                                    : QString())
            + (l.chain->newestAt.isValid()
                    ? tr("; newest %1")
                          .arg(l.chain->newestAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    : QString()));
    else
        m_chain->setText(inTone(Tone::Problem, tr("AUDIT CHAIN BROKEN: %1").arg(l.chain->problem).toHtmlEscaped()));

    if (l.reviews)
        m_reviews = *l.reviews;
    const auto days = l.reviews ? store::daysSinceLastReview(*l.reviews, clock::now()) : std::nullopt;
    const bool overdue = l.reviews && store::reviewOverdue(*l.reviews, m_followUp, clock::now());
    m_reminder->setVisible(overdue);
    if (overdue)
        m_reminder->setText(days ? tr("<b>The log is due for follow-up:</b> the last review was recorded %n day(s) ago "
                                      "(interval: %1 days).",
                                nullptr, int(*days))
                                       .arg(m_followUp.reviewIntervalDays)
                                 : tr("<b>The log is due for follow-up:</b> no review has been recorded yet."));

    m_records = std::move(l.records);
    for (TablePanel *old : { m_auditPanel, m_savedPanel }) {
        if (old) {
            m_tables->removeWidget(old);
            old->deleteLater();
        }
    }
    m_auditPanel = new TablePanel(std::move(l.auditTable));
    m_savedPanel = new TablePanel(std::move(l.savedTable));
    m_auditPanel->hideEmptyColumns(); // the unit with a personal store, the case where none is required
    m_tables->addWidget(m_auditPanel, 3);
    m_tables->addWidget(m_savedPanel, 1);
    Q_EMIT loaded();
    if (!l.error.isEmpty())
        warnLater(this, tr("Review"), l.error);
}

Expected<qint64, QString> ReviewWindow::exportPdf(const QString &path)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 8pt\"><h1>%1</h1><p>%2</p>")
                       .arg(tr("Audit log").toHtmlEscaped(), m_chain->text());
    if (m_pattern->currentIndex() > 0)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Follow-up pattern:").toHtmlEscaped(), m_pattern->currentText().toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    const Table t = makeAuditTable(m_records);
    for (const Column &c : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(c.title.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const auto &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(cellText(row.value(c), t.columns[c].kind).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return writePdf(html, path, true);
}

void ReviewWindow::openSaved(qint64 id)
{
    if (!m_storeThread) {
        warnLater(this, tr("Open saved result"), m_storeThreadProblem);
        return;
    }
    m_storeThread->post(
        this,
        [id, reader = m_reviewer](store::Store &s) {
            return store::loadAnswer(s, id, reader, QStringLiteral("review")); // read, recorded and parsed there
        },
        [this, id](Expected<store::SavedAnswer, store::StoreError> loaded) {
            if (loaded)
                showSaved(id, *loaded);
            else
                warnLater(this, tr("Open saved result"), loaded.error().message());
        });
}

void ReviewWindow::showSaved(qint64 id, const store::SavedAnswer &loaded)
{
    const store::SavedResult *saved = &loaded.saved;
    const Answer *answer = &loaded.answer;
    const auto version = ProtocolVersion::byNumber(saved->version);
    const auto asked = AgencySet::parse(saved->agencies);
    Query q;
    if (const auto person = Personnummer::parse(saved->person))
        q.person = *person;
    q.period = { saved->from, saved->to };
    q.agencies = asked.value_or(AgencySet::all());
    q.caseworker = saved->caseworker;
    RawAnswer raw;
    raw.version = *version;
    raw.caseId = saved->caseId;
    raw.askedAt = saved->savedAt.toLocalTime();
    raw.soap = saved->rawAnswer;
    auto *window = new QMainWindow(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(
        tr("Saved result %1 (read-only) — saved %2 by %3")
            .arg(id)
            .arg(saved->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), saved->caseworker));
    auto *view = new ResultView;
    if (q.person)
        view->showAnswer(q, raw, *answer, m_simulated);
    window->setCentralWidget(view);
    window->resize(1100, 720);
    window->show();
    Q_EMIT savedOpened(window);
}

} // namespace ssbtek::ui
