#include "lefiwriter.h"

#include "simdates.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

namespace {

QJsonObject belopp(const QJsonValue &amount)
{
    // Amounts are written as JSON numbers, as LEFI sends them (LefiBelopp.summa).
    const double value = amount.isString() ? amount.toString().toDouble() : amount.toDouble();
    return { { u"summa"_s, value }, { u"valuta"_s, u"SEK"_s } };
}

QJsonObject code(const QString &id, const QString &text = QString())
{
    QJsonObject o { { u"id"_s, id } };
    if (!text.isEmpty())
        o.insert(u"beskrivning"_s, text);
    return o;
}

QJsonObject payment(const QJsonObject &spec, QDate date, QDate periodFrom, QDate periodTo)
{
    QJsonObject p { { u"typ"_s, code(u"1"_s, u"Månad"_s) },
        { u"foretag"_s, QJsonObject { { u"id"_s, 1001 }, { u"beskrivning"_s, u"Försäkringskassan"_s } } },
        { u"formansfamilj"_s, code(spec.value(u"benefitCode").toString(), spec.value(u"benefit").toString()) },
        { u"datum"_s, date.toString(Qt::ISODate) },
        { u"period"_s,
            QJsonObject {
                { u"fran"_s, periodFrom.toString(Qt::ISODate) }, { u"till"_s, periodTo.toString(Qt::ISODate) } } } };
    for (const auto &[key, field] : { std::pair { u"gross", u"bruttobelopp" }, std::pair { u"tax", u"skattebelopp" },
             std::pair { u"net", u"nettobelopp" } }) {
        if (spec.contains(QStringView(key)))
            p.insert(QString::fromUtf16(field), belopp(spec.value(QStringView(key))));
    }
    if (spec.contains(u"tax"))
        p.insert(u"avdragsbelopp"_s, belopp(spec.value(u"tax")));
    QJsonArray details;
    if (spec.contains(u"gross"))
        details.append(QJsonObject {
            { u"forman"_s, code(spec.value(u"benefitCode").toString(), spec.value(u"benefit").toString()) },
            { u"beloppstyp"_s, code(spec.value(u"benefitCode").toString()) },
            { u"bruttobelopp"_s, belopp(spec.value(u"gross")) } });
    if (spec.value(u"tax").toString().toDouble() != 0)
        details.append(QJsonObject { { u"forman"_s, code(spec.value(u"benefitCode").toString()) },
            { u"beloppstyp"_s, code(u"PS"_s, u"Preliminärskatt"_s) },
            { u"skattebelopp"_s, belopp(spec.value(u"tax")) } });
    p.insert(u"utbetalningsdetalj"_s, details);
    return p;
}

bool within(QDate d, const LefiRequestWindow &w)
{
    return (!w.from.isValid() || d >= w.from) && (!w.to.isValid() || d <= w.to);
}

} // namespace

QByteArray lefiAnswer(const QJsonObject &fk, const QString &personnummer, const LefiRequestWindow &w)
{
    QJsonArray providers;
    QJsonArray configured = fk.value(u"providers").toArray();
    if (configured.isEmpty())
        configured = { QJsonObject { { u"code"_s, u"FK"_s }, { u"state"_s, u"OK"_s } },
            QJsonObject { { u"code"_s, u"PM"_s }, { u"state"_s, u"OK"_s } } };
    for (const QJsonValue &v : configured) {
        const QJsonObject o = v.toObject();
        const QString c = o.value(u"code").toString();
        const QString state = o.value(u"state").toString(u"OK"_s);
        providers.append(
            QJsonObject { { u"utlamnare"_s,
                              QJsonObject { { u"kod"_s, c },
                                  { u"namn"_s, c == u"PM" ? u"Pensionsmyndigheten"_s : u"Försäkringskassan"_s } } },
                { u"tillstand"_s,
                    QJsonObject { { u"kod"_s, state },
                        { u"beskrivning"_s, state == u"OK" ? u"Tillgänglig"_s : u"Ej tillgänglig"_s } } } });
    }
    QJsonObject answer { { u"utlamnare"_s, providers } };

    QJsonObject deviations;
    for (const QJsonValue &v : fk.value(u"deviations").toArray()) {
        const QJsonObject d = v.toObject();
        const QString area = d.value(u"area").toString(u"formansinformation"_s);
        QJsonArray list = deviations.value(area).toArray();
        list.append(QJsonObject { { u"avvikelse"_s, QJsonObject { { u"kod"_s, d.value(u"code").toString() } } },
            { area == u"ovrigInformation" ? u"ovrigInformationstyp"_s : u"formansgrupp"_s,
                QJsonObject { { u"kod"_s, d.value(u"group").toString() },
                    { u"beskrivning"_s, d.value(u"groupText").toString() } } } });
        deviations.insert(area, list);
    }
    if (!deviations.isEmpty())
        answer.insert(u"avvikelser"_s, deviations);

    QJsonObject fi;
    QJsonArray payments;
    for (const QJsonValue &v : fk.value(u"monthly").toArray()) {
        const QJsonObject spec = v.toObject();
        for (const QDate paid : monthlyPaydays(spec.value(u"months").toInt(1), spec.value(u"day").toInt(25), w.today)) {
            if (!within(paid, w))
                continue;
            const QDate monthStart = QDate(paid.year(), paid.month(), 1).addMonths(-1); // paid after the month
            payments.append(payment(spec, paid, monthStart, monthStart.addMonths(1).addDays(-1)));
        }
    }
    const QJsonObject daily = fk.value(u"daily").toObject();
    if (!daily.isEmpty()) {
        // A provider with a contractual exception: every day of the years, whatever the period.
        const int perDay = daily.value(u"perDay").toInt(1);
        // detailRows: a count, or counts taken in turn ([2, 3]: two rows, then three, …).
        const QJsonValue rowsSpec = daily.value(u"detailRows");
        QJsonArray rowCounts = rowsSpec.isArray() ? rowsSpec.toArray() : QJsonArray { rowsSpec.toInt(1) };
        if (rowCounts.isEmpty())
            rowCounts.append(1);
        qsizetype made = 0;
        QJsonObject spec = daily;
        for (QDate d = w.today.addYears(-daily.value(u"years").toInt(1)); d < w.today; d = d.addDays(1)) {
            for (int i = 0; i < perDay; ++i) {
                spec.insert(u"gross"_s, QString::number(300 + (d.dayOfYear() % 40) * 7 + i));
                spec.insert(u"net"_s, QString::number(240 + (d.dayOfYear() % 40) * 6 + i));
                QJsonObject p = payment(spec, d, d, d);
                p.insert(u"typ"_s, code(u"2"_s, u"Daglig"_s));
                QJsonArray details = p.value(u"utbetalningsdetalj").toArray();
                const int rows = rowCounts.at(made++ % rowCounts.size()).toInt(1);
                for (int r = details.size(); r < rows; ++r)
                    details.append(QJsonObject {
                        { u"forman"_s,
                            code(daily.value(u"benefitCode").toString(), daily.value(u"benefit").toString()) },
                        { u"beloppstyp"_s, code(u"TFP"_s, u"Tillfällig föräldrapenning"_s) },
                        { u"period"_s,
                            QJsonObject {
                                { u"fran"_s, d.toString(Qt::ISODate) }, { u"till"_s, d.toString(Qt::ISODate) } } },
                        { u"omfattning"_s, QJsonObject { { u"taljare"_s, 1 }, { u"namnare"_s, 4 } } },
                        { u"bruttobelopp"_s, belopp(QString::number(10 + r)) } });
                p.insert(u"utbetalningsdetalj"_s, details);
                payments.append(p);
            }
        }
    }
    if (!payments.isEmpty())
        fi.insert(u"utbetalningsuppgift"_s, payments);

    QJsonArray preliminary;
    for (const QJsonValue &v : fk.value(u"preliminary").toArray()) {
        const QJsonObject spec = v.toObject();
        const QDate date = resolveDate(spec.value(u"date").toString(), w.today);
        const QDate monthStart(date.year(), date.month(), 1);
        preliminary.append(payment(spec, date, monthStart.addMonths(-1), monthStart.addDays(-1)));
    }
    if (!preliminary.isEmpty())
        fi.insert(u"preliminarautbetalningar"_s, preliminary);

    if (fk.contains(u"jobDays")) {
        const QJsonObject j = fk.value(u"jobDays").toObject();
        fi.insert(u"programjobdagar"_s,
            QJsonArray { QJsonObject { { u"antalForbrukade"_s, j.value(u"used").toInt() },
                { u"harForbrukatMaxAntal"_s, j.value(u"allUsed").toBool() } } });
    }
    if (fk.contains(u"pension")) {
        const QJsonObject p = fk.value(u"pension").toObject();
        fi.insert(u"intjanandebehallning"_s,
            QJsonArray { QJsonObject { { u"belopp"_s, belopp(p.value(u"total")) },
                { u"premiepensionBelopp"_s, belopp(p.value(u"premium")) } } });
    }
    if (fk.contains(u"person")) {
        const QJsonObject p = fk.value(u"person").toObject();
        QJsonObject info { { u"personnummer"_s, personnummer }, { u"namn"_s, p.value(u"name").toString() },
            { u"skyddad"_s, p.value(u"protected").toBool() } };
        if (p.contains(u"address")) { // {"lines": [...], "postnummer": "…", "postort": "…"}
            const QJsonObject a = p.value(u"address").toObject();
            info.insert(u"adress"_s,
                QJsonArray { QJsonObject { { u"utdelningadress"_s, a.value(u"lines") },
                    { u"postnummer"_s, a.value(u"postnummer") }, { u"postort"_s, a.value(u"postort") } } });
        }
        fi.insert(u"generellPersoninformation"_s, QJsonArray { info });
    }
    if (!fi.isEmpty())
        answer.insert(u"formansinformation"_s, fi);

    const QJsonObject pm = fk.value(u"pmMonthly").toObject();
    if (!pm.isEmpty()) {
        QJsonArray list;
        for (const QDate paid : monthlyPaydays(pm.value(u"months").toInt(1), pm.value(u"day").toInt(19), w.today)) {
            if (!within(paid, w))
                continue;
            const QDate monthStart(paid.year(), paid.month(), 1);
            const int gross = pm.value(u"gross").toInt();
            const int net = pm.value(u"net").toInt();
            list.append(QJsonObject { { u"utbetalningsdatum"_s, paid.toString(Qt::ISODate) },
                { u"utbetalningsperiod"_s,
                    QJsonObject { { u"from"_s, monthStart.toString(Qt::ISODate) },
                        { u"tom"_s, monthStart.addMonths(1).addDays(-1).toString(Qt::ISODate) } } },
                { u"bruttobelopp"_s, gross }, { u"nettobelopp"_s, net },
                { u"avdrag"_s,
                    QJsonArray { QJsonObject { { u"belopp"_s, gross - net },
                        { u"avdragstyp"_s, QJsonObject { { u"kod"_s, u"PM:PS"_s } } } } } },
                { u"utbetalningsrader"_s,
                    QJsonArray { QJsonObject { { u"formansgrupp"_s,
                                                   QJsonObject { { u"kod"_s, pm.value(u"group").toString() },
                                                       { u"beskrivning"_s, pm.value(u"groupText").toString() } } },
                        { u"belopp"_s, gross } } } } });
        }
        answer.insert(u"utbetalningar"_s, list);
    }
    const QJsonObject holdings = fk.value(u"pmPension").toObject();
    if (!holdings.isEmpty()) {
        QJsonArray accounts;
        for (auto it = holdings.constBegin(); it != holdings.constEnd(); ++it) {
            QJsonArray values;
            for (const QJsonValue &entry : it.value().toArray()) {
                const QJsonArray pair = entry.toArray();
                const QDate from = resolveDate(pair.at(0).toString(), w.today);
                values.append(
                    QJsonObject { { u"varde"_s, pair.at(1).toInt() }, { u"gallerFrom"_s, from.toString(u"yyyy-MM"_s) },
                        { u"faststallelsear"_s, QString::number(from.year()) } });
            }
            accounts.append(QJsonObject {
                { u"kontotyp"_s, QJsonObject { { u"kod"_s, it.key() } } }, { u"kontovarden"_s, values } });
        }
        answer.insert(u"ovrigInformation"_s,
            QJsonArray { QJsonObject { { u"informationstyp"_s, QJsonObject { { u"kod"_s, u"PM:PBH"_s } } },
                { u"pensionsbehallning"_s, QJsonObject { { u"pensionskonton"_s, accounts } } } } });
    }
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace ssbtek::sim
