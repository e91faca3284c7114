#include "agencyjson.h"

#include "explain/explanations.h"

using namespace Qt::StringLiterals;

namespace ssbtek::json {

// "1234.50"; null when absent; {"unreadable": "<as received>"} when it is not an exact amount.
void amount(JsonWriter &w, const Amount &m)
{
    if (const auto exact = m.exact()) {
        w.money(*exact);
    } else if (m.isUnreadable()) {
        w.beginObject();
        w.member("unreadable"_L1, m.raw());
        w.endObject();
    } else {
        w.null();
    }
}

void optionalBool(JsonWriter &w, const std::optional<bool> &b)
{
    if (b)
        w.boolean(*b);
    else
        w.null();
}

void optionalInt(JsonWriter &w, const std::optional<int> &n)
{
    if (n)
        w.integer(*n);
    else
        w.null();
}

// code, explanation, known: then the caller's members after "known", if any, and the end.
void codedMembers(JsonWriter &w, const QString &code, const explain::Explanation &e)
{
    w.member("code"_L1, code);
    w.member("explanation"_L1, e.text);
    w.member("known"_L1, e.known);
}

void error(JsonWriter &w, Agency agency, const AgencyError &e)
{
    w.beginObject();
    w.member("code"_L1, e.code);
    w.member("explanation"_L1, explain::agencyError(agency, e));
    w.key("messages"_L1).beginArray();
    for (const QString &m : e.messages)
        w.string(m);
    w.endArray();
    w.member("source"_L1, e.sourceCode);
    w.endObject();
}

} // namespace ssbtek::json
