#include "answerjson.h"

#include "agencies/agencyjson.h"
#include "core/jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void writeAgencyJson(JsonWriter &writer, Agency agency, const AgencyOutcome &outcome)
{
    JsonMembers o;
    o.add(u"status"_s, [&outcome](JsonWriter &w) { w.string(AgencyOutcome::stateKey(outcome.state)); });
    if (outcome.state == AgencyOutcome::State::Error)
        o.add(u"error"_s, [&](JsonWriter &w) { json::error(w, agency, outcome.error); });
    if (outcome.state == AgencyOutcome::State::Data)
        o.add(u"unreadableAmounts"_s, [&outcome](JsonWriter &w) { w.integer(outcome.unreadableAmounts()); });
    // The agency's own members (lib/agencies/<x>/<x>json.cpp), found by the data's type.
    std::visit([&o](const auto &data) { ssbtek::writeJson(data, o); }, outcome.data);
    o.write(writer);
}

void writeAnswerJson(JsonWriter &writer, const Answer &answer, const QJsonObject &extra, const AgencySet &leftOut)
{
    JsonMembers o;
    o.add(u"agencies"_s, [&answer, &leftOut](JsonWriter &w) {
        JsonMembers agencies;
        for (Agency a : AllAgencies) {
            if (!leftOut.contains(a))
                agencies.add(
                    agencyCode(a), [&answer, a](JsonWriter &aw) { writeAgencyJson(aw, a, answer.outcome(a)); });
        }
        agencies.write(w);
    });
    if (!leftOut.isEmpty()) {
        o.add(u"leftOut"_s, [&leftOut](JsonWriter &w) {
            w.beginArray();
            for (Agency a : leftOut.toList())
                w.string(agencyCode(a));
            w.endArray();
        });
    }
    o.add(u"complete"_s, [&answer](JsonWriter &w) { w.boolean(answer.complete()); });
    o.add(u"correlationId"_s, [&answer](JsonWriter &w) { w.stringOrNull(answer.correlationId); });
    o.add(u"fullyReadable"_s, [&answer](JsonWriter &w) { w.boolean(answer.fullyReadable()); });
    o.add(u"version"_s, [&answer](JsonWriter &w) { w.string(answer.version.label()); });
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.add(it.key(), [v = it.value()](JsonWriter &w) { w.value(v); });
    o.write(writer);
}

QJsonObject agencyToJson(Agency agency, const AgencyOutcome &outcome)
{
    QByteArray json;
    {
        JsonWriter w(&json);
        writeAgencyJson(w, agency, outcome);
    }
    return parsed(json);
}

QJsonObject answerToJson(const Answer &answer)
{
    QByteArray json;
    {
        JsonWriter w(&json);
        writeAnswerJson(w, answer, {});
    }
    return parsed(json);
}

} // namespace ssbtek
