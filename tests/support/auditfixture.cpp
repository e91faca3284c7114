#include "auditfixture.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ssbtek::test {

namespace {

// A fictitious 12-digit number; the log stores numbers as given, so no check digit is needed.
QString person(int n)
{
    return u"1980%1"_s.arg(n, 8, 10, QLatin1Char('0'));
}

// The n-th weekday from Monday 2026-09-07, at a Swedish local time.
QDateTime weekday(int n, QTime local)
{
    QDate d(2026, 9, 7);
    for (int i = 0; i < n; ++i) {
        d = d.addDays(1);
        while (d.dayOfWeek() >= 6)
            d = d.addDays(1);
    }
    return QDateTime(d, local, QTimeZone("Europe/Stockholm")).toUTC();
}

} // namespace

AuditFixture makeAuditFixture()
{
    AuditFixture f;
    qint64 id = 0;
    auto add = [&f, &id](const QString &kind, const QDateTime &at, const QString &caseworker, const QString &who,
                   const QString &caseId) {
        store::AuditRecord r;
        r.id = ++id;
        r.at = at;
        r.kind = kind;
        r.caseworker = caseworker;
        r.unit = u"Enhet Test"_s;
        r.person = who;
        r.purpose = u"Beslut om eller kontroll av ekonomiskt bistånd"_s;
        r.caseId = caseId;
        r.outcome = kind == u"query" ? u"AF=data CSN=data"_s : u"saved"_s;
        f.records.append(r);
        return r.id;
    };

    // Background: each caseworker sees five persons a day, 90 minutes apart, each twice.
    for (int c = 0; c < 50; ++c) {
        for (int k = 0; k < 100; ++k) {
            const int n = c * 100 + k;
            const QDateTime first = weekday(k / 5, QTime(8, 0).addSecs((k % 5) * 90 * 60 + c * 7));
            const QString cw = u"cw%1"_s.arg(c);
            add(u"query"_s, first, cw, person(n), u"CASE-%1"_s.arg(n));
            add(u"query"_s, first.addSecs(10 * 60), cw, person(n), u"CASE-%1"_s.arg(n));
        }
    }
    f.busyPerson = person(4242);

    // Outside office hours: a Tuesday evening; its case id recurs (in office hours).
    f.seeded[u"outside-hours"_s]
        = { add(u"query"_s, weekday(21, QTime(22, 30)), u"cw-late"_s, person(90001), u"CASE-LATE"_s) };
    add(u"query"_s, weekday(22, QTime(9, 0)), u"cw-late"_s, person(90001), u"CASE-LATE"_s);

    // Many persons in a short time: 25 persons, each twice, within 30 minutes.
    for (int i = 0; i < 25; ++i) {
        const QDateTime at = weekday(23, QTime(10, 0).addSecs(i * 60));
        f.seeded[u"many-persons"_s] << add(u"query"_s, at, u"cw-burst"_s, person(91000 + i), u"CASE-B%1"_s.arg(i))
                                    << add(u"query"_s, at.addSecs(30), u"cw-burst"_s, person(91000 + i),
                                           u"CASE-B%1"_s.arg(i));
    }

    // One person, four caseworkers, one case.
    for (int c = 0; c < 4; ++c)
        f.seeded[u"many-caseworkers"_s] << add(
            u"query"_s, weekday(24, QTime(9 + c, 0)), u"cw-team%1"_s.arg(c), person(92000), u"CASE-TEAM"_s);

    // A case id no other lookup has.
    f.seeded[u"lone-case-id"_s]
        = { add(u"query"_s, weekday(25, QTime(11, 0)), u"cw-lone"_s, person(93000), u"LONE-1"_s) };

    // Three lookups, nothing saved — and three with a save, which is not a finding.
    for (int i = 0; i < 3; ++i)
        f.seeded[u"repeated-unsaved"_s] << add(
            u"query"_s, weekday(26 + i, QTime(13, 0)), u"cw-rep"_s, person(94000), u"CASE-REP"_s);
    for (int i = 0; i < 3; ++i)
        add(u"query"_s, weekday(26 + i, QTime(14, 0)), u"cw-saver"_s, person(94001), u"CASE-SAVE"_s);
    add(u"save"_s, weekday(28, QTime(14, 5)), u"cw-saver"_s, person(94001), u"CASE-SAVE"_s);
    return f;
}

} // namespace ssbtek::test
