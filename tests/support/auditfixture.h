#pragma once
// A generated audit log of 10 000 lookups with nothing unusual in it, plus one seeded case
// per follow-up pattern — for the pattern tests and the audit search benchmark.

#include "store/records.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace ssbtek::test {

struct AuditFixture
{
    QList<store::AuditRecord> records; // ids set, in time order
    // The ids each pattern must find, by pattern key ("outside-hours", …).
    QMap<QString, QSet<qint64>> seeded;
    QString busyPerson; // a background person, for searches
};

// 50 caseworkers × 100 persons × 2 lookups on weekdays in office hours, each person with one
// caseworker and one case id; then the seeded cases.
AuditFixture makeAuditFixture();

} // namespace ssbtek::test
