#pragma once
// Log follow-up: patterns in the audit log that a reviewer should look at, as the
// supervisory authority expects direct access to be followed up. Each pattern picks the
// lookups (kind "query") that show it; the thresholds are settings.

#include "records.h"

#include <QList>
#include <QTime>

#include <optional>

namespace ssbtek::store {

struct FollowUpSettings
{
    QTime officeStart { 7, 0 }; // local (Swedish) time; weekends are outside office hours
    QTime officeEnd { 18, 0 };
    int manyPersons = 20; // distinct persons by one caseworker …
    int manyPersonsMinutes = 60; // … within this many minutes
    int manyCaseworkers = 3; // distinct caseworkers who looked up one person
    int repeatedLookups = 3; // lookups of one person by one caseworker, none saved
    int reviewIntervalDays = 30; // a reminder when no review was recorded for this long
};

// A supervisor's record that the log was followed up: kept as an audit record of kind
// "review", so it sits in the same tamper-evident chain as the lookups it is about.
struct ReviewRecord
{
    qint64 id = 0; // the audit record's
    QDateTime at; // UTC, when it was recorded
    QString reviewer;
    QString unit;
    QDate from, to; // the period the review covered
    QString filters; // the filters and patterns used
    QString findings;
    QString followUp; // what is done about them
};

AuditRecord toAudit(const ReviewRecord &review);
std::optional<ReviewRecord> reviewFrom(const AuditRecord &record); // nullopt unless a review
// Days since the latest review in `records`, or nullopt when there is none.
std::optional<qint64> daysSinceLastReview(const QList<AuditRecord> &records, const QDateTime &now);
bool reviewOverdue(const QList<AuditRecord> &records, const FollowUpSettings &settings, const QDateTime &now);

enum class Pattern {
    OutsideOfficeHours,
    ManyPersonsShortTime,
    PersonByManyCaseworkers,
    LoneCaseId, // a case id no other lookup has: a lookup outside any case?
    RepeatedWithoutSaved,
};

inline constexpr Pattern AllPatterns[] { Pattern::OutsideOfficeHours, Pattern::ManyPersonsShortTime,
    Pattern::PersonByManyCaseworkers, Pattern::LoneCaseId, Pattern::RepeatedWithoutSaved };

QString patternKey(Pattern pattern); // "outside-hours", … for the command line
QString patternName(Pattern pattern); // for people, translated
std::optional<Pattern> patternFromKey(const QString &key);

// What a pattern is judged on for a filter: the filter's dates only, since who else looked
// up a person, or whether a case id recurs, depends on the others' lookups too.
AuditFilter patternScope(const AuditFilter &filter);
// The records that also match the filter's caseworker, person, purpose and outcome.
QList<AuditRecord> narrow(const QList<AuditRecord> &records, const AuditFilter &filter);

// The lookups in `records` (any order; other kinds are context, e.g. saves) that show
// `pattern`, oldest first.
QList<AuditRecord> findPattern(Pattern pattern, const QList<AuditRecord> &records, const FollowUpSettings &settings);

} // namespace ssbtek::store
