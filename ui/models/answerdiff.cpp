#include "answerdiff.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnswerDiff)
};

using K = Column::Kind;

QStringList cellsOf(const Table &table, const QList<QVariant> &row)
{
    QStringList cells;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        cells << cellText(row.value(c), table.columns.at(c).kind);
    return cells;
}

// How alike two rows are: their equal cells, or -1 where they cannot be one row that
// changed (another first cell — date, registration, permit — or fewer than half alike).
qsizetype likeness(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || a.size() != b.size() || a.first() != b.first())
        return -1;
    qsizetype equal = 0;
    for (qsizetype c = 0; c < a.size(); ++c)
        equal += a.at(c) == b.at(c) ? 1 : 0;
    return 2 * equal >= a.size() ? equal : -1;
}

void diffTable(Agency agency, const Table &earlier, const Table &later, QList<Change> &out)
{
    const QList<Column> &columns = later.columns;
    QList<QStringList> was, is;
    for (const auto &row : earlier.rows)
        was << cellsOf(earlier, row);
    for (const auto &row : later.rows)
        is << cellsOf(later, row);
    // Rows alike in every cell are the same rows.
    for (qsizetype i = was.size() - 1; i >= 0; --i) {
        if (const qsizetype j = is.indexOf(was.at(i)); j >= 0) {
            was.removeAt(i);
            is.removeAt(j);
        }
    }
    // A row left over on both sides with the same first cell and mostly alike changed.
    for (qsizetype i = was.size() - 1; i >= 0; --i) {
        qsizetype best = -1, bestLikeness = -1;
        for (qsizetype j = 0; j < is.size(); ++j) {
            if (const qsizetype l = likeness(was.at(i), is.at(j)); l > bestLikeness) {
                best = j;
                bestLikeness = l;
            }
        }
        if (best < 0)
            continue;
        QStringList same, before, after;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &a = was.at(i).at(c), &b = is.at(best).at(c);
            if (a == b) {
                if (!a.isEmpty() && columns.at(c).kind != Column::Kind::Money)
                    same << a;
            } else {
                before << columns.at(c).title + u": "_s + a;
                after << columns.at(c).title + u": "_s + b;
            }
        }
        out.append({ agency, later.title, Change::Kind::Changed, same.join(u" · "_s), before.join(u"; "_s),
            after.join(u"; "_s) });
        was.removeAt(i);
        is.removeAt(best);
    }
    auto rowText = [](const QStringList &cells) {
        QStringList shown = cells;
        shown.removeAll(QString());
        return shown.join(u" · "_s);
    };
    for (const QStringList &row : std::as_const(was))
        out.append({ agency, earlier.title, Change::Kind::Removed, rowText(row), QString(), QString() });
    for (const QStringList &row : std::as_const(is))
        out.append({ agency, later.title, Change::Kind::Added, rowText(row), QString(), QString() });
}

QMap<QString, QString> factsOf(const AgencyPresentation &p)
{
    QMap<QString, QString> facts;
    for (const Fact &f : p.facts)
        facts[f.label] = facts.contains(f.label) ? facts[f.label] + u"; "_s + f.value : f.value;
    return facts;
}

} // namespace

QString changeKindKey(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return u"new"_s;
    case Change::Kind::Removed:
        return u"removed"_s;
    case Change::Kind::Changed:
        return u"changed"_s;
    }
    return {};
}

QString changeKindText(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return Text::tr("new");
    case Change::Kind::Removed:
        return Text::tr("removed");
    case Change::Kind::Changed:
        return Text::tr("changed");
    }
    return {};
}

QList<Change> diffAnswers(const Answer &earlier, const Answer &later)
{
    QList<Change> out;
    for (Agency a : AllAgencies) {
        const AgencyPresentation was = present(a, earlier.outcome(a));
        const AgencyPresentation is = present(a, later.outcome(a));
        const QString information = Text::tr("Information");
        if (was.state != is.state) {
            out.append({ a, information, Change::Kind::Changed, Text::tr("Answer"), was.stateText, is.stateText });
            continue; // an error or a missing answer says nothing about rows
        }
        if (is.state != AgencyOutcome::State::Data)
            continue;
        const QMap<QString, QString> before = factsOf(was), after = factsOf(is);
        QStringList labels = before.keys() + after.keys();
        labels.removeDuplicates();
        for (const QString &label : std::as_const(labels)) {
            if (!before.contains(label))
                out.append({ a, information, Change::Kind::Added, label, QString(), after.value(label) });
            else if (!after.contains(label))
                out.append({ a, information, Change::Kind::Removed, label, before.value(label), QString() });
            else if (before.value(label) != after.value(label))
                out.append({ a, information, Change::Kind::Changed, label, before.value(label), after.value(label) });
        }
        for (const Table &t : is.tables) {
            const auto match = std::find_if(
                was.tables.cbegin(), was.tables.cend(), [&t](const Table &o) { return o.title == t.title; });
            diffTable(a, match != was.tables.cend() ? *match : Table { t.title, t.columns, {}, {} }, t, out);
        }
    }
    return out;
}

Table changesTable(const QList<Change> &changes)
{
    Table t { Text::tr("Changes since the last lookup"),
        { { Text::tr("Agency"), K::Text }, { Text::tr("Section"), K::Text }, { Text::tr("Change"), K::Text },
            { Text::tr("Row"), K::Text }, { Text::tr("Before"), K::Text }, { Text::tr("Now"), K::Text } },
        {}, Text::tr("Nothing has changed.") };
    for (const Change &c : changes)
        t.rows.append({ agencyName(c.agency), c.section, changeKindText(c.kind), c.row, c.before, c.after });
    return t;
}

} // namespace ssbtek::ui
