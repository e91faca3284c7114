#include "skvparser.h"

#include "agencies/jsonnumbers.h"
#include "agencies/parsing.h"

#include <QJsonDocument>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace parsing;

Expected<SkvData, QString> parseSkvDocument(const QString &document)
{
    SkvData skv;
    QXmlStreamReader xml(document);
    SkvCapitalRecord *record = nullptr;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"Kapitaluppgift") {
            record = nullptr;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView n = xml.name();
        if (n == u"Kapitaluppgift") {
            skv.capital.append(SkvCapitalRecord());
            record = &skv.capital.last();
        } else if (n == u"IdentitetsbeteckningFysiskPerson") {
            skv.personnummer = text(xml);
        } else if (n == u"Fornamn") {
            skv.firstName = text(xml);
        } else if (n == u"Efternamn") {
            skv.lastName = text(xml);
        } else if (n == u"StatusPersonuppgiftKod") {
            skv.statusCode = text(xml);
        } else if (record && n == u"Taxeringsar") {
            record->taxationYear = text(xml);
        } else if (record && n == u"SummaIntakterPaKapital") {
            record->income = decimal(xml);
        } else if (record && n == u"OverskottPaKapital") {
            record->surplus = decimal(xml);
        }
    }
    if (xml.hasError())
        return unexpected(u"Skatteverket's document is not well-formed: %1"_s.arg(xml.errorString()));
    return skv;
}

namespace {

void flatten(const QString &path, const QJsonValue &v, QList<QPair<QString, QString>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(u"%1[%2]"_s.arg(path).arg(i), a.at(i), out);
    } else if (!v.isNull() && !v.isUndefined()) {
        out.append({ path, string(v) });
    }
}

} // namespace

Expected<SkvPart, QString> parseSkvPart(const QString &name, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(markNumbers(json), &error); // numbers as written
    if (doc.isNull())
        return unexpected(u"Skatteverket's %1 is not JSON (%2)"_s.arg(name, error.errorString()));
    SkvPart part;
    part.name = name;
    part.json = json;
    flatten(QString(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), part.fields);
    // Whom it is about: the parts seen so far name the person at their top (skatteuppgifter's
    // identitet, skattekonto's kontohavare, foretagsinformation's foretag.foretagId — a
    // personnummer for a sole trader); individuppgifter's shape is not published, so its
    // personnummer and name are looked for under the likely keys.
    const QJsonObject top = doc.object();
    part.identity = string(value(top, { u"identitet", u"kontohavare", u"personnummer", u"identitetsbeteckning" }));
    if (part.identity.isEmpty())
        part.identity = string(value(top.value(u"foretag").toObject(), { u"foretagId" }));
    part.personName = string(value(top, { u"namn" }));
    if (part.personName.isEmpty())
        part.personName
            = (string(value(top, { u"fornamn", u"förnamn" })) + u' ' + string(value(top, { u"efternamn" }))).trimmed();
    return part;
}

QStringList SkvData::identities() const
{
    QStringList ids;
    if (!personnummer.isEmpty())
        ids << personnummer;
    for (const SkvPart &p : parts) {
        if (!p.identity.isEmpty() && !ids.contains(p.identity))
            ids << p.identity;
    }
    return ids;
}

} // namespace ssbtek
