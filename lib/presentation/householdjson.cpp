#include "householdjson.h"

#include "answer/answerjson.h"
#include "core/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

// What could be summed, complete or not ("complete" and "gaps" say which); null when the sum
// is out of range, never a wrapped number.
QJsonValue sumJson(const Total &t)
{
    return t.overflowed() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.sum().toDecimalString());
}

QJsonObject overviewJson(const HouseholdOverview &o, const QList<MemberResult> &results)
{
    const IncomeOverview &income = o.income;
    QJsonArray months, persons, total;
    for (qsizetype m = 0; m < income.months.size(); ++m) {
        months.append(income.months.at(m).toString(u"yyyy-MM"_s));
        total.append(sumJson(income.total(int(m))));
    }
    for (qsizetype p = 0; p < income.sources.size(); ++p) {
        const QString &label = income.sources.at(p);
        QJsonObject person { { u"role"_s, HouseholdMember::roleKey(results.at(p).member.role) },
            { u"person"_s, results.at(p).member.person.wire() },
            { u"complete"_s, !income.unreadable.contains(label) && !income.incomplete.contains(label) } };
        if (income.unreadable.contains(label)) {
            person.insert(u"amounts"_s, QJsonValue::Null); // could not be read: not zero
        } else {
            QJsonArray amounts;
            for (qsizetype m = 0; m < income.months.size(); ++m)
                amounts.append(sumJson(income.amounts.at(m).at(p)));
            person.insert(u"amounts"_s, amounts);
        }
        persons.append(person);
    }
    return { { u"months"_s, months }, { u"persons"_s, persons }, { u"total"_s, total },
        { u"complete"_s, income.complete() }, { u"gaps"_s, QJsonArray::fromStringList(o.gaps) } };
}

} // namespace

void writeHouseholdJson(JsonWriter &w, const QString &caseId, const QList<MemberResult> &results,
    const HouseholdOverview &overview, bool simulated, const QHash<int, qint64> &savedIds, const AgencySet &leftOut)
{
    w.beginObject();
    w.member("caseId"_L1, caseId);
    w.key("household"_L1).beginArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const MemberResult &r = results.at(i);
        QJsonObject member { { u"role"_s, HouseholdMember::roleKey(r.member.role) },
            { u"person"_s, r.member.person.wire() } };
        if (r.failure)
            member.insert(
                u"failure"_s, QJsonObject { { u"kind"_s, r.failure->key() }, { u"message"_s, r.failure->message() } });
        if (savedIds.contains(int(i)))
            member.insert(u"savedId"_s, savedIds.value(int(i)));
        if (r.answer)
            writeAnswerJson(w, withoutAgencies(*r.answer, leftOut), member, leftOut);
        else
            w.value(member);
    }
    w.endArray();
    w.member("overview"_L1, QJsonValue(overviewJson(overview, results)));
    w.member("simulated"_L1, simulated);
    w.endObject();
}

} // namespace ssbtek::presentation
