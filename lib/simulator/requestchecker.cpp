#include "requestchecker.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "domain/xmltext.h"

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

namespace {

class Checker
{
public:
    Checker(const QByteArray &soap, QString ns, bool skvQueryAllowed)
        : m_xml(soap)
        , m_ns(std::move(ns))
        , m_skvQueryAllowed(skvQueryAllowed)
    {
    }

    QStringList run()
    {
        // Down to the operation element inside the Body.
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.name() == u"hamtaBastjanstInformation")
                break;
        }
        if (m_xml.atEnd())
            return { u"no hamtaBastjanstInformation element"_s };
        sequence(u"hamtaBastjanstInformation"_s,
            { { u"generellaFrageparametrar"_s, 1, 1 }, { u"specifikaFrageparametrar"_s, 1, 1 } });
        if (m_xml.hasError())
            m_problems << m_xml.errorString();
        return m_problems;
    }

private:
    struct Slot
    {
        QString name;
        int min;
        int max; // -1: unbounded
    };

    bool isOurs() const { return m_xml.namespaceUri() == m_ns; }

    QString text() { return readText(m_xml); }

    void problem(const QString &text) { m_problems << text; }

    // Reads the children of the current element against a strict sequence of expected.
    void sequence(const QString &parent, const QList<Slot> &expected)
    {
        int slot = 0;
        int count = 0;
        while (m_xml.readNextStartElement()) {
            const QString name = m_xml.name().toString();
            if (!isOurs()) {
                problem(u"%1: element %2 is in namespace '%3', expected '%4'"_s.arg(
                    parent, name, m_xml.namespaceUri(), m_ns));
                m_xml.skipCurrentElement();
                continue;
            }
            // Move forward to the slot this element fills; skipping a slot is allowed only
            // when it has been filled enough.
            int found = -1;
            for (int s = slot; s < expected.size(); ++s) {
                if (expected[s].name == name) {
                    found = s;
                    break;
                }
            }
            if (found < 0) {
                problem(
                    u"%1: unexpected element %2 (out of order, repeated too often, or unknown)"_s.arg(parent, name));
                m_xml.skipCurrentElement();
                continue;
            }
            if (found != slot) {
                if (count < expected[slot].min)
                    problem(u"%1: %2 is missing before %3"_s.arg(parent, expected[slot].name, name));
                for (int s = slot + 1; s < found; ++s) {
                    if (expected[s].min > 0)
                        problem(u"%1: %2 is missing before %3"_s.arg(parent, expected[s].name, name));
                }
                slot = found;
                count = 0;
            }
            ++count;
            if (expected[slot].max >= 0 && count > expected[slot].max) {
                problem(u"%1: %2 occurs more than %3 time(s)"_s.arg(parent, name).arg(expected[slot].max));
            }
            element(parent, name);
        }
        for (int s = slot; s < expected.size(); ++s) {
            if ((s == slot ? count : 0) < expected[s].min)
                problem(u"%1: %2 is missing"_s.arg(parent, expected[s].name));
        }
    }

    void pattern(const QString &where, const QString &value, const QRegularExpression &re, const QString &what)
    {
        if (!re.match(value).hasMatch())
            problem(u"%1: '%2' is not %3"_s.arg(where, value.size() > 40 ? value.left(40) + u"…"_s : value, what));
    }

    void date(const QString &where)
    {
        const QString value = text().trimmed();
        if (!QDate::fromString(value.left(10), Qt::ISODate).isValid())
            problem(u"%1: '%2' is not an xsd:date"_s.arg(where, value));
    }

    void boolean(const QString &where)
    {
        static const QStringList ok { u"true"_s, u"false"_s, u"1"_s, u"0"_s };
        const QString value = text().trimmed();
        if (!ok.contains(value))
            problem(u"%1: '%2' is not an xsd:boolean"_s.arg(where, value));
    }

    void nonEmpty(const QString &where)
    {
        if (text().isEmpty())
            problem(u"%1 is empty"_s.arg(where));
    }

    void agency(const QString &name)
    {
        const QStringView include = m_xml.attributes().value(QLatin1String("inkludera"));
        if (include.isNull()) {
            problem(u"%1: the inkludera attribute is missing"_s.arg(name));
        } else if (include != u"true" && include != u"false" && include != u"1" && include != u"0") {
            problem(u"%1: inkludera '%2' is not an xsd:boolean"_s.arg(name, include.toString()));
        }
        const bool included = include == u"true" || include == u"1";
        if (name == u"FK") {
            int children = 0;
            while (m_xml.readNextStartElement()) {
                ++children;
                if (isOurs() && m_xml.name() == u"fraga")
                    fkQuery();
                else
                    unexpected(name);
            }
            if (included && children == 0)
                problem(u"FK: inkludera is true but the fraga is missing"_s);
        } else if (name == u"SKV") {
            while (m_xml.readNextStartElement()) {
                if (isOurs() && m_xml.name() == u"fraga" && m_skvQueryAllowed)
                    sequence(u"SKV/fraga"_s,
                        { { u"ar"_s, 1, -1 }, { u"foretagsinformation"_s, 1, 1 }, { u"individuppgifter"_s, 1, 1 },
                            { u"skattekonto"_s, 1, 1 }, { u"skatteuppgifter"_s, 1, 1 },
                            { u"beskattningsbilagor"_s, 1, 1 } });
                else
                    unexpected(name);
            }
        } else if (name == u"MIV") {
            while (m_xml.readNextStartElement())
                unexpected(name);
        } else {
            sequence(name, { { u"tidsperiod"_s, 0, 1 } });
        }
    }

    void unexpected(const QString &parent)
    {
        problem(u"%1: unexpected element %2"_s.arg(parent, m_xml.name()));
        m_xml.skipCurrentElement();
    }

    void fkQuery()
    {
        // version?, aktorsid, lefiJsonFraga (base64 of a JSON query)
        bool haveActor = false, haveJson = false;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"version" && !haveActor) {
                text();
            } else if (n == u"aktorsid" && !haveActor) {
                haveActor = true;
                nonEmpty(u"FK/fraga/aktorsid"_s);
            } else if (n == u"lefiJsonFraga" && haveActor && !haveJson) {
                haveJson = true;
                const QByteArray base64 = text().toLatin1();
                auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
                const QJsonObject q = decoded ? QJsonDocument::fromJson(decoded.decoded).object() : QJsonObject();
                if (!decoded)
                    problem(u"FK/fraga/lefiJsonFraga is not xsd:base64Binary"_s);
                else if (!q.value(u"personnummer").isString() || !q.value(u"period").isObject())
                    problem(u"FK/fraga/lefiJsonFraga lacks personnummer or period"_s);
            } else {
                unexpected(u"FK/fraga"_s);
            }
        }
        if (!haveActor || !haveJson)
            problem(u"FK/fraga needs aktorsid and lefiJsonFraga"_s);
    }

    void element(const QString &parent, const QString &name)
    {
        static const QRegularExpression personId(u"^[0-9]{12}$"_s);
        static const QRegularExpression orgNumber(u"^[0-9]{4}[2-9][0-9]{7}$"_s);
        static const QRegularExpression dateTime(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
        const QString where = parent + u'/' + name;
        if (name == u"generellaFrageparametrar") {
            sequence(name,
                { { u"frageTidpunkt"_s, 0, 1 }, { u"korrelationsid"_s, 0, 1 },
                    { u"fraganSkallInkluderasISvaret"_s, 1, 1 }, { u"ingivare"_s, 1, 1 },
                    { u"personidentitet"_s, 1, 1 }, { u"arendeidentitet"_s, 1, 1 }, { u"tidsperiod"_s, 1, 1 },
                    { u"personuppgiftsbitrade"_s, 0, -1 }, { u"syfte"_s, 1, 1 }, { u"lagtext"_s, 1, 1 } });
        } else if (name == u"specifikaFrageparametrar") {
            QList<Slot> expected;
            for (const char *a : { "AF", "CSN", "FK", "SKV", "SO", "TNS", "MIV" })
                expected.append({ QString::fromLatin1(a), 1, 1 });
            sequence(name, expected);
        } else if (parent == u"specifikaFrageparametrar") {
            agency(name);
        } else if (name == u"frageTidpunkt") {
            pattern(where, text().trimmed(), dateTime, u"an xsd:dateTime"_s);
        } else if (name == u"fraganSkallInkluderasISvaret") {
            boolean(where);
        } else if (name == u"ingivare") {
            sequence(where, { { u"organisationsnummer"_s, 1, 1 }, { u"namn"_s, 1, 1 }, { u"handlaggare"_s, 1, 1 } });
        } else if (name == u"personuppgiftsbitrade") {
            sequence(where, { { u"ordningsnummer"_s, 0, 1 }, { u"organisationsnummer"_s, 1, 1 }, { u"namn"_s, 1, 1 } });
        } else if (name == u"organisationsnummer") {
            pattern(where, text().trimmed(), orgNumber, u"a 12-digit organisation number (16…)"_s);
        } else if (name == u"personidentitet") {
            pattern(where, text().trimmed(), personId, u"12 digits"_s);
        } else if (name == u"tidsperiod") {
            sequence(where, { { u"fromDatum"_s, 1, 1 }, { u"tomDatum"_s, 1, 1 } });
        } else if (name == u"fromDatum" || name == u"tomDatum") {
            date(where);
        } else if (name == u"ordningsnummer") {
            bool ok = false;
            text().trimmed().toShort(&ok);
            if (!ok)
                problem(u"%1 is not an xsd:short"_s.arg(where));
        } else if (name == u"ar") {
            bool ok = false;
            text().trimmed().toInt(&ok);
            if (!ok)
                problem(u"%1 is not an xsd:int"_s.arg(where));
        } else if (parent == u"SKV/fraga") {
            boolean(where);
        } else if (name == u"namn" || name == u"handlaggare" || name == u"arendeidentitet") {
            nonEmpty(where);
        } else {
            text(); // syfte, lagtext, korrelationsid: any string
        }
    }

    QXmlStreamReader m_xml;
    QString m_ns;
    bool m_skvQueryAllowed;
    QStringList m_problems;
};

} // namespace

QStringList checkFetchRequest(const QByteArray &soap, const QString &namespaceUri, bool skvQueryAllowed)
{
    return Checker(soap, namespaceUri, skvQueryAllowed).run();
}

} // namespace ssbtek::sim
