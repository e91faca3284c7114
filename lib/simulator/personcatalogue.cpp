#include "personcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

Expected<PersonCatalogue, QString> PersonCatalogue::load(const QString &path)
{
    const QString file = path.isEmpty() ? u":/simulator/catalogue.json"_s : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(u"cannot read %1"_s.arg(file));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return unexpected(u"%1: %2"_s.arg(file, parseError.errorString()));
    PersonCatalogue catalogue;
    for (const QJsonValue &v : doc.object().value(u"persons").toArray()) {
        const QJsonObject o = v.toObject();
        TestPerson p;
        p.personnummer = o.value(u"personnummer").toString();
        p.firstName = o.value(u"firstName").toString();
        p.lastName = o.value(u"lastName").toString();
        p.shows = o.value(u"shows").toString();
        p.agencies = o.value(u"agencies").toObject();
        p.expect = o.value(u"expect").toObject();
        p.later = o.value(u"later").toObject();
        catalogue.m_persons.append(p);
    }
    return catalogue;
}

TestPerson TestPerson::asOfFetch(int fetch) const
{
    TestPerson p = *this;
    if (fetch > 1) {
        for (auto it = later.begin(); it != later.end(); ++it)
            p.agencies.insert(it.key(), it.value());
    }
    return p;
}

const TestPerson *PersonCatalogue::find(const QString &personnummer) const
{
    for (const TestPerson &p : m_persons) {
        if (p.personnummer == personnummer)
            return &p;
    }
    return nullptr;
}

} // namespace ssbtek::sim
