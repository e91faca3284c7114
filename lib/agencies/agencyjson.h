#pragma once
// The pieces every agency's JSON is made of (the CLI's documented output): an object gathered
// member by member, amounts as exact decimal strings, codes with their explanations, an
// agency's error. Each agency writes its own members with these (lib/agencies/<x>/<x>json.cpp).

#include "core/amount.h"
#include "core/jsonwriter.h"
#include "domain/agency.h"
#include "domain/agencyerror.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

namespace ssbtek {

namespace explain {
struct Explanation;
}

// An object whose members come in any order and are written in key order (as QJsonObject
// kept them, so the documented output is unchanged); a later member replaces an earlier one of
// the same name. For the few objects whose members are gathered from several places; the many
// small ones (a payment, a permit) write their keys in order themselves.
class JsonMembers
{
public:
    void add(const QString &key, std::function<void(JsonWriter &)> write)
    {
        m_members.append({ key, std::move(write) });
    }
    void write(JsonWriter &w)
    {
        std::stable_sort(
            m_members.begin(), m_members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
        w.beginObject();
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (i + 1 < m_members.size() && m_members.at(i + 1).key == m_members.at(i).key)
                continue; // the later one counts
            w.key(m_members.at(i).key);
            m_members.at(i).write(w);
        }
        w.endObject();
    }

private:
    struct Member
    {
        QString key;
        std::function<void(JsonWriter &)> write;
    };
    QList<Member> m_members;
};

namespace json {

// "1234.50"; null when absent; {"unreadable": "<as received>"} when it is not an exact amount.
void amount(JsonWriter &w, const Amount &m);
void optionalBool(JsonWriter &w, const std::optional<bool> &b);
void optionalInt(JsonWriter &w, const std::optional<int> &n);
// code, explanation, known: then the caller's members after "known", if any, and the end.
void codedMembers(JsonWriter &w, const QString &code, const explain::Explanation &e);
// {"code", "explanation", "messages", "source"}: an agency's error, explained.
void error(JsonWriter &w, Agency agency, const AgencyError &e);

// A member that writes `list` as an array, each element by `item(writer, element)`.
template <typename List, typename Item> std::function<void(JsonWriter &)> array(const List &list, Item item)
{
    return [&list, item](JsonWriter &w) {
        w.beginArray();
        for (const auto &element : list)
            item(w, element);
        w.endArray();
    };
}

} // namespace json

} // namespace ssbtek
