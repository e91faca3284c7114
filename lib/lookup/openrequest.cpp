#include "openrequest.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ssbtek::lookup {

namespace {

// The fields a request may carry, by their names on the command line and in a link.
const QStringList Fields { u"person"_s, u"case-id"_s, u"co-applicant"_s, u"child"_s, u"from"_s, u"to"_s, u"purpose"_s };

Expected<Personnummer, QString> person(const QString &what, const QString &text)
{
    const auto p = Personnummer::parse(text.trimmed());
    if (!p)
        return unexpected(OpenRequest::tr("%1: %2").arg(what, Personnummer::errorText(p.error())));
    return *p;
}

// The request from field → values, whatever carried it.
Expected<OpenRequest, QString> build(const QMap<QString, QStringList> &fields, OpenRequest::Source source)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!Fields.contains(it.key()))
            return unexpected(OpenRequest::tr("Unknown field \"%1\": a request carries only person, case id, "
                                              "co-applicant, children, period and purpose.")
                                  .arg(it.key()));
        if (it.key() != u"child" && it.value().size() > 1)
            return unexpected(OpenRequest::tr("\"%1\" is given more than once.").arg(it.key()));
    }
    const QString personText = fields.value(u"person"_s).value(0);
    if (personText.trimmed().isEmpty())
        return unexpected(OpenRequest::tr("The person is missing."));
    const auto p = person(OpenRequest::tr("The person"), personText);
    if (!p)
        return unexpected(p.error());
    OpenRequest r { source, *p, {}, {}, {}, {}, {} };

    r.caseId = fields.value(u"case-id"_s).value(0).trimmed();
    if (r.caseId.size() > OpenRequest::MaxCaseIdLength)
        return unexpected(
            OpenRequest::tr("The case id is longer than %1 characters.").arg(OpenRequest::MaxCaseIdLength));
    for (const QChar c : r.caseId) {
        if (!(c.isLetterOrNumber() || u"-_/.: "_s.contains(c)))
            return unexpected(OpenRequest::tr("The case id may hold letters, digits, spaces and - _ / . : only."));
    }

    if (const QString co = fields.value(u"co-applicant"_s).value(0); !co.trimmed().isEmpty()) {
        const auto c = person(OpenRequest::tr("The co-applicant"), co);
        if (!c)
            return unexpected(c.error());
        r.coApplicant = *c;
    }
    const QStringList children = fields.value(u"child"_s);
    if (children.size() > OpenRequest::MaxChildren)
        return unexpected(OpenRequest::tr("More than %1 children.").arg(OpenRequest::MaxChildren));
    for (const QString &child : children) {
        const auto c = person(OpenRequest::tr("A child"), child);
        if (!c)
            return unexpected(c.error());
        r.children << *c;
    }

    const QString from = fields.value(u"from"_s).value(0).trimmed();
    const QString to = fields.value(u"to"_s).value(0).trimmed();
    if (!from.isEmpty() || !to.isEmpty()) {
        const Period period = Period::parse(from, to);
        if (!period.isValid())
            return unexpected(OpenRequest::tr("The period needs both dates as YYYY-MM-DD, the first not after the "
                                              "last."));
        r.period = period;
    }
    r.purpose = fields.value(u"purpose"_s).value(0).trimmed();
    if (r.purpose.size() > 200)
        return unexpected(OpenRequest::tr("The purpose is too long."));
    return r;
}

} // namespace

bool OpenRequest::isLink(const QString &argument)
{
    return argument.startsWith(u"ssbtek:"_s, Qt::CaseInsensitive);
}

Expected<OpenRequest, QString> OpenRequest::fromOptions(const QMap<QString, QStringList> &options)
{
    return build(options, Source::CommandLine);
}

Expected<OpenRequest, QString> OpenRequest::fromLink(const QUrl &link)
{
    if (!link.isValid() || link.scheme() != u"ssbtek" || link.path() != u"lookup" || !link.host().isEmpty()
        || !link.userInfo().isEmpty() || link.hasFragment())
        return unexpected(tr("Not a lookup link: it must read ssbtek:lookup?person=…&case=…"));
    QMap<QString, QStringList> fields;
    for (const auto &[key, value] : QUrlQuery(link).queryItems(QUrl::FullyDecoded)) {
        fields[key == u"case" ? u"case-id"_s : key].append(value);
    }
    return build(fields, Source::Link);
}

QJsonObject OpenRequest::toJson() const
{
    QJsonObject o { { u"source"_s, sourceKey() }, { u"person"_s, person.wire() }, { u"case-id"_s, caseId } };
    if (coApplicant)
        o.insert(u"co-applicant"_s, coApplicant->wire());
    QJsonArray list;
    for (const Personnummer &c : children)
        list.append(c.wire());
    if (!list.isEmpty())
        o.insert(u"child"_s, list);
    if (period) {
        o.insert(u"from"_s, period->from.toString(Qt::ISODate));
        o.insert(u"to"_s, period->to.toString(Qt::ISODate));
    }
    if (!purpose.isEmpty())
        o.insert(u"purpose"_s, purpose);
    return o;
}

Expected<OpenRequest, QString> OpenRequest::fromJson(const QJsonObject &json)
{
    QMap<QString, QStringList> fields;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == u"source")
            continue;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                fields[it.key()].append(v.toString());
        } else {
            fields[it.key()].append(it.value().toString());
        }
    }
    return build(fields, json.value(u"source"_s).toString() == u"link" ? Source::Link : Source::CommandLine);
}

QString OpenRequest::sourceKey() const
{
    return source == Source::Link ? u"link"_s : u"command-line"_s;
}

} // namespace ssbtek::lookup
