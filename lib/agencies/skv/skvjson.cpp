#include "skv.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const SkvData &d, JsonMembers &o)
{
    o.add(u"person"_s, [&d](JsonWriter &w) {
        if (d.perPart) {
            w.null();
            return;
        }
        w.beginObject();
        w.key("firstName"_L1).stringOrNull(d.firstName);
        w.key("lastName"_L1).stringOrNull(d.lastName);
        w.key("personnummer"_L1).stringOrNull(d.personnummer);
        w.endObject();
    });
    o.add(u"capital"_s, array(d.capital, [](JsonWriter &w, const SkvCapitalRecord &c) {
        w.beginObject();
        amount(w.key("income"_L1), c.income);
        amount(w.key("surplus"_L1), c.surplus);
        w.member("taxationYear"_L1, c.taxationYear);
        w.endObject();
    }));
    o.add(u"parts"_s, array(d.parts, [](JsonWriter &w, const SkvPart &p) {
        w.beginObject();
        if (p.error)
            error(w.key("error"_L1), Agency::SKV, *p.error);
        QJsonObject fields; // any paths, sorted and the last of a repeated one kept, as always
        for (const auto &[path, value] : p.fields)
            fields.insert(path, value);
        w.member("fields"_L1, QJsonValue(fields));
        w.key("identity"_L1).stringOrNull(p.identity);
        w.member("name"_L1, p.name);
        w.key("personName"_L1).stringOrNull(p.personName);
        w.member("status"_L1, p.error ? "error"_L1 : "data"_L1);
        w.endObject();
    }));
}

} // namespace ssbtek
