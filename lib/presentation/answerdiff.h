#pragma once
// "Ändringar sedan senast": what changed between two answers about one person, per agency —
// new, removed and changed rows of every table (payments, decisions, permits, vehicles, …)
// and changed facts (registration, activity-report status, …). Month-by-month
// re-applications are the everyday case.

#include "presentation.h"

#include <QJsonObject>

namespace ssbtek::presentation {

struct Change
{
    enum class Kind { Added, Removed, Changed };
    Agency agency;
    QString section; // a table's title, or "Information" for the facts and the agency's state
    Kind kind;
    QString row; // a new or removed row in full; of a changed row, what stayed the same
    QString before; // of a changed row, its changed cells ("Column: value") or the fact's
    QString after; // value in the earlier answer, and in the later one; empty otherwise
    // The same as values, for programs: column (or fact) name → value. Dates ISO, money
    // "1234.50", an amount that could not be read {"unreadable": "<as received>"}, numbers as
    // numbers, an empty cell null. `rowValues`: a new or removed row whole, of a changed row the
    // cells that stayed the same; `beforeValues`/`afterValues`: what changed (a fact's value).
    QJsonObject rowValues;
    QJsonObject beforeValues;
    QJsonObject afterValues;
};

QString changeKindKey(Change::Kind kind); // "new" | "removed" | "changed"
QString changeKindText(Change::Kind kind); // for people

// Rows are matched and compared by their cells' values, never by how they are shown.
QList<Change> diffAnswers(const Answer &earlier, const Answer &later);
// A cell as a JSON value (see Change).
QJsonValue cellValue(const QVariant &cell, Column::Kind kind);
// The changes as a table for the window and the report.
Table changesTable(const QList<Change> &changes);

} // namespace ssbtek::presentation
