#include "answerdiff.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

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

// A row's cells as values, for comparing, beside its text, for people.
struct Row
{
    QList<QJsonValue> values;
    QStringList text;
};

Row rowOf(const Table &table, const QList<QVariant> &cells)
{
    Row row { {}, cellsOf(table, cells) };
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        row.values << cellValue(cells.value(c), table.columns.at(c).kind);
    return row;
}

// How alike two rows are: their equal cells, or -1 where they cannot be one row that
// changed (another first cell — date, registration, permit — or fewer than half alike).
qsizetype likeness(const Row &a, const Row &b)
{
    if (a.values.isEmpty() || a.values.size() != b.values.size() || a.values.first() != b.values.first())
        return -1;
    qsizetype equal = 0;
    for (qsizetype c = 0; c < a.values.size(); ++c)
        equal += a.values.at(c) == b.values.at(c) ? 1 : 0;
    return 2 * equal >= a.values.size() ? equal : -1;
}

QJsonObject valuesOf(const QList<Column> &columns, const Row &row)
{
    QJsonObject o;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!row.values.at(c).isNull())
            o.insert(columns.at(c).title, row.values.at(c));
    }
    return o;
}

void diffTable(Agency agency, const Table &earlier, const Table &later, QList<Change> &out)
{
    const QList<Column> &columns = later.columns;
    QList<Row> was, is;
    for (const auto &row : earlier.rows)
        was << rowOf(earlier, row);
    for (const auto &row : later.rows)
        is << rowOf(later, row);
    const auto sameRow = [](const Row &a, const Row &b) { return a.values == b.values; };
    // Rows alike in every value are the same rows.
    for (qsizetype i = was.size() - 1; i >= 0; --i) {
        const auto j = std::find_if(is.cbegin(), is.cend(), [&](const Row &r) { return sameRow(was.at(i), r); });
        if (j != is.cend()) {
            was.removeAt(i);
            is.removeAt(j - is.cbegin());
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
        Change change { agency, later.title, Change::Kind::Changed, {}, {}, {}, {}, {}, {} };
        QStringList same, before, after;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Row &a = was.at(i), &b = is.at(best);
            const QString &title = columns.at(c).title;
            if (a.values.at(c) == b.values.at(c)) {
                if (!a.text.at(c).isEmpty() && columns.at(c).kind != Column::Kind::Money)
                    same << a.text.at(c);
                if (!a.values.at(c).isNull())
                    change.rowValues.insert(title, a.values.at(c));
            } else {
                before << title + u": "_s + a.text.at(c);
                after << title + u": "_s + b.text.at(c);
                change.beforeValues.insert(title, a.values.at(c));
                change.afterValues.insert(title, b.values.at(c));
            }
        }
        change.row = same.join(u" · "_s);
        change.before = before.join(u"; "_s);
        change.after = after.join(u"; "_s);
        out.append(change);
        was.removeAt(i);
        is.removeAt(best);
    }
    auto rowText = [](const Row &row) {
        QStringList shown = row.text;
        shown.removeAll(QString());
        return shown.join(u" · "_s);
    };
    for (const Row &row : std::as_const(was))
        out.append({ agency, earlier.title, Change::Kind::Removed, rowText(row), {}, {}, valuesOf(earlier.columns, row),
            {}, {} });
    for (const Row &row : std::as_const(is))
        out.append(
            { agency, later.title, Change::Kind::Added, rowText(row), {}, {}, valuesOf(later.columns, row), {}, {} });
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
            const QString answer = Text::tr("Answer");
            out.append({ a, information, Change::Kind::Changed, answer, was.stateText, is.stateText, {},
                { { answer, was.stateText } }, { { answer, is.stateText } } });
            continue; // an error or a missing answer says nothing about rows
        }
        if (is.state != AgencyOutcome::State::Data)
            continue;
        const QMap<QString, QString> before = factsOf(was), after = factsOf(is);
        QStringList labels = before.keys() + after.keys();
        labels.removeDuplicates();
        for (const QString &label : std::as_const(labels)) {
            const QJsonObject then { { label, before.value(label) } }, now { { label, after.value(label) } };
            if (!before.contains(label))
                out.append({ a, information, Change::Kind::Added, label, QString(), after.value(label), {}, {}, now });
            else if (!after.contains(label))
                out.append(
                    { a, information, Change::Kind::Removed, label, before.value(label), QString(), {}, then, {} });
            else if (before.value(label) != after.value(label))
                out.append({ a, information, Change::Kind::Changed, label, before.value(label), after.value(label), {},
                    then, now });
        }
        for (const Table &t : is.tables) {
            const auto match = std::find_if(
                was.tables.cbegin(), was.tables.cend(), [&t](const Table &o) { return o.title == t.title; });
            diffTable(a, match != was.tables.cend() ? *match : Table { t.title, t.columns, {}, {} }, t, out);
        }
    }
    return out;
}

QJsonValue cellValue(const QVariant &cell, Column::Kind kind)
{
    if (!cell.isValid() || cell.isNull())
        return QJsonValue::Null;
    if (cell.metaType() == QMetaType::fromType<Amount>()) {
        const Amount amount = cell.value<Amount>();
        if (const auto exact = amount.exact())
            return exact->toDecimalString();
        if (amount.isUnreadable())
            return QJsonObject { { u"unreadable"_s, amount.raw() } };
        return QJsonValue::Null;
    }
    if (cell.metaType() == QMetaType::fromType<Total>()) {
        const Total total = cell.value<Total>();
        return QJsonObject { { u"sum"_s, total.sum().toDecimalString() }, { u"unreadable"_s, total.unreadable() } };
    }
    switch (kind) {
    case Column::Kind::Money:
        return Money::fromOre(cell.toLongLong()).toDecimalString();
    case Column::Kind::Date:
        return cell.toDate().toString(Qt::ISODate);
    case Column::Kind::Number:
        return cell.typeId() == QMetaType::QString ? QJsonValue(cell.toString()) : QJsonValue(cell.toLongLong());
    case Column::Kind::Text:
        break;
    }
    return cell.toString();
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

} // namespace ssbtek::presentation
