#pragma once
// "Ändringar sedan senast": what changed between two answers about one person, per agency —
// new, removed and changed rows of every table (payments, decisions, permits, vehicles, …)
// and changed facts (registration, activity-report status, …). Month-by-month
// re-applications are the everyday case.

#include "presentation.h"

namespace ssbtek::ui {

struct Change
{
    enum class Kind { Added, Removed, Changed };
    Agency agency;
    QString section; // a table's title, or "Information" for the facts and the agency's state
    Kind kind;
    QString row; // a new or removed row in full; of a changed row, what stayed the same
    QString before; // of a changed row, its changed cells ("Column: value") or the fact's
    QString after; // value in the earlier answer, and in the later one; empty otherwise
};

QString changeKindKey(Change::Kind kind); // "new" | "removed" | "changed"
QString changeKindText(Change::Kind kind); // for people

QList<Change> diffAnswers(const Answer &earlier, const Answer &later);
// The changes as a table for the window and the report.
Table changesTable(const QList<Change> &changes);

} // namespace ssbtek::ui
