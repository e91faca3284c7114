#include "followup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include "core/clock.h"
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ssbtek::store {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
};

bool isLookup(const AuditRecord &r)
{
    return r.kind == u"query";
}

QList<AuditRecord> lookups(const QList<AuditRecord> &records)
{
    QList<AuditRecord> list;
    for (const AuditRecord &r : records) {
        if (isLookup(r))
            list.append(r);
    }
    std::sort(list.begin(), list.end(),
        [](const AuditRecord &a, const AuditRecord &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    return list;
}

bool outsideOfficeHours(const QDateTime &utc, const FollowUpSettings &s)
{
    static const QTimeZone sweden("Europe/Stockholm");
    const QDateTime local = sweden.isValid() ? utc.toTimeZone(sweden) : utc.toLocalTime();
    if (local.date().dayOfWeek() >= 6)
        return true;
    return local.time() < s.officeStart || local.time() >= s.officeEnd;
}

// Every lookup in a window of `minutes` in which one caseworker looked up `many` or more
// distinct persons.
QList<AuditRecord> manyPersons(const QList<AuditRecord> &sorted, const FollowUpSettings &s)
{
    QHash<QString, QList<AuditRecord>> byCaseworker;
    for (const AuditRecord &r : sorted)
        byCaseworker[r.caseworker].append(r);
    QSet<qint64> flagged;
    for (const QList<AuditRecord> &list : std::as_const(byCaseworker)) {
        qsizetype first = 0;
        QHash<QString, int> persons; // in the window: person → lookups
        for (qsizetype last = 0; last < list.size(); ++last) {
            ++persons[list[last].person];
            while (list[first].at.secsTo(list[last].at) > qint64(s.manyPersonsMinutes) * 60) {
                if (--persons[list[first].person] == 0)
                    persons.remove(list[first].person);
                ++first;
            }
            if (persons.size() >= s.manyPersons) {
                for (qsizetype i = first; i <= last; ++i)
                    flagged.insert(list[i].id);
            }
        }
    }
    QList<AuditRecord> out;
    for (const AuditRecord &r : sorted) {
        if (flagged.contains(r.id))
            out.append(r);
    }
    return out;
}

} // namespace

QString patternKey(Pattern pattern)
{
    switch (pattern) {
    case Pattern::OutsideOfficeHours:
        return u"outside-hours"_s;
    case Pattern::ManyPersonsShortTime:
        return u"many-persons"_s;
    case Pattern::PersonByManyCaseworkers:
        return u"many-caseworkers"_s;
    case Pattern::LoneCaseId:
        return u"lone-case-id"_s;
    case Pattern::RepeatedWithoutSaved:
        return u"repeated-unsaved"_s;
    }
    return {};
}

QString patternName(Pattern pattern)
{
    switch (pattern) {
    case Pattern::OutsideOfficeHours:
        return Text::tr("Lookups outside office hours");
    case Pattern::ManyPersonsShortTime:
        return Text::tr("A caseworker with many persons in a short time");
    case Pattern::PersonByManyCaseworkers:
        return Text::tr("A person looked up by many caseworkers");
    case Pattern::LoneCaseId:
        return Text::tr("A case id no other lookup has");
    case Pattern::RepeatedWithoutSaved:
        return Text::tr("The same person looked up repeatedly, nothing saved");
    }
    return {};
}

std::optional<Pattern> patternFromKey(const QString &key)
{
    for (Pattern p : AllPatterns) {
        if (patternKey(p) == key)
            return p;
    }
    return std::nullopt;
}

AuditRecord toAudit(const ReviewRecord &review)
{
    AuditRecord r;
    r.at = review.at.isValid() ? review.at : clock::now();
    r.kind = u"review"_s;
    r.caseworker = review.reviewer;
    r.unit = review.unit;
    r.detail = QString::fromUtf8(QJsonDocument(QJsonObject {
                                                   { u"from"_s, review.from.toString(Qt::ISODate) },
                                                   { u"to"_s, review.to.toString(Qt::ISODate) },
                                                   { u"filters"_s, review.filters },
                                                   { u"findings"_s, review.findings },
                                                   { u"followUp"_s, review.followUp },
                                               })
                                     .toJson(QJsonDocument::Compact));
    return r;
}

std::optional<ReviewRecord> reviewFrom(const AuditRecord &record)
{
    if (record.kind != u"review")
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(record.detail.toUtf8()).object();
    ReviewRecord review;
    review.id = record.id;
    review.at = record.at;
    review.reviewer = record.caseworker;
    review.unit = record.unit;
    review.from = QDate::fromString(o.value(u"from").toString(), Qt::ISODate);
    review.to = QDate::fromString(o.value(u"to").toString(), Qt::ISODate);
    review.filters = o.value(u"filters").toString();
    review.findings = o.value(u"findings").toString();
    review.followUp = o.value(u"followUp").toString();
    return review;
}

std::optional<qint64> daysSinceLastReview(const QList<AuditRecord> &records, const QDateTime &now)
{
    std::optional<QDateTime> latest;
    for (const AuditRecord &r : records) {
        if (r.kind == u"review" && (!latest || r.at > *latest))
            latest = r.at;
    }
    if (!latest)
        return std::nullopt;
    return latest->daysTo(now);
}

bool reviewOverdue(const QList<AuditRecord> &records, const FollowUpSettings &settings, const QDateTime &now)
{
    const auto days = daysSinceLastReview(records, now);
    return !days || *days > settings.reviewIntervalDays;
}

AuditFilter patternScope(const AuditFilter &filter)
{
    AuditFilter scope;
    scope.from = filter.from;
    scope.to = filter.to;
    scope.limit = 1'000'000;
    return scope;
}

QList<AuditRecord> narrow(const QList<AuditRecord> &records, const AuditFilter &f)
{
    QList<AuditRecord> out;
    for (const AuditRecord &r : records) {
        if ((f.caseworker.isEmpty() || r.caseworker == f.caseworker) && (f.person.isEmpty() || r.person == f.person)
            && r.purpose.contains(f.purpose, Qt::CaseInsensitive) && r.outcome.contains(f.outcome, Qt::CaseInsensitive)
            && (f.kind.isEmpty() || r.kind == f.kind))
            out.append(r);
    }
    return out;
}

QList<AuditRecord> findPattern(Pattern pattern, const QList<AuditRecord> &records, const FollowUpSettings &s)
{
    const QList<AuditRecord> sorted = lookups(records);
    auto where = [&sorted](auto &&keep) {
        QList<AuditRecord> out;
        for (const AuditRecord &r : sorted) {
            if (keep(r))
                out.append(r);
        }
        return out;
    };
    switch (pattern) {
    case Pattern::OutsideOfficeHours:
        return where([&s](const AuditRecord &r) { return outsideOfficeHours(r.at, s); });
    case Pattern::ManyPersonsShortTime:
        return manyPersons(sorted, s);
    case Pattern::PersonByManyCaseworkers: {
        QHash<QString, QSet<QString>> caseworkers;
        for (const AuditRecord &r : sorted)
            caseworkers[r.person].insert(r.caseworker);
        return where([&](const AuditRecord &r) { return caseworkers.value(r.person).size() >= s.manyCaseworkers; });
    }
    case Pattern::LoneCaseId: {
        QHash<QString, int> uses;
        for (const AuditRecord &r : sorted)
            ++uses[r.caseId];
        return where([&](const AuditRecord &r) { return uses.value(r.caseId) == 1; });
    }
    case Pattern::RepeatedWithoutSaved: {
        QHash<QString, int> count;
        QSet<QString> saved;
        const auto key = [](const AuditRecord &r) { return r.caseworker + u'\x1f' + r.person; };
        for (const AuditRecord &r : records) {
            if (r.kind == u"save")
                saved.insert(key(r));
        }
        for (const AuditRecord &r : sorted)
            ++count[key(r)];
        return where(
            [&](const AuditRecord &r) { return count.value(key(r)) >= s.repeatedLookups && !saved.contains(key(r)); });
    }
    }
    return {};
}

} // namespace ssbtek::store
