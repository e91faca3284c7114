// Every amount of every agency, through the whole answer parser: each lexical form the schema
// allows gives the exact öre, and every other form gives "could not be read" with the text
// kept — never a crash, never null, never zero. Likewise dates, whole numbers and booleans.
// Property tests: random valid and invalid forms, a few hundred per field.

#include "answer/answerparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestLexical : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xmlAmountsReadEveryFormExactly_data();
    void xmlAmountsReadEveryFormExactly();
    void lefiAmountsReadEveryFormExactly();
    void whatIsNotAnAmountIsKeptAndCounted_data();
    void whatIsNotAnAmountIsKeptAndCounted();
    void datesWithAndWithoutAZone_data();
    void datesWithAndWithoutAZone();
    void booleansAndWholeNumbersInEveryForm();
};

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

const ProtocolVersion &v10()
{
    static const ProtocolVersion v = *ProtocolVersion::byNumber(10);
    return v;
}

QByteArray envelope(const QString &agencies)
{
    return (utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
<ns2:hamtaBastjanstInformationResponse xmlns:ns2="%1"><ns2:svarsdata>%2</ns2:svarsdata>
</ns2:hamtaBastjanstInformationResponse></S:Body></S:Envelope>)"))
        .arg(v10().namespaceUri, agencies)
        .toUtf8();
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString so(const QString &netAfterTax, const QString &netAfterDeductions, const QString &date = u"2026-02-05"_s)
{
    return utf8(R"(<ns2:SO><ns2:data xmlns:so="http://INT014.UBPService.Schemas"><so:ArbetsloshetsersattningLista>
<so:Arbetsloshetsersattning><so:SvarandeOrganisation>Testkassan</so:SvarandeOrganisation>
<so:StatusSvarandeOrganisation>all clear</so:StatusSvarandeOrganisation><so:Utbetalningar>
<so:Utbetalningsdatum>%3</so:Utbetalningsdatum><so:NettoEfterSkatt>%1</so:NettoEfterSkatt>
<so:NettoEfterAvdrag>%2</so:NettoEfterAvdrag><so:Ersattningsdagar>20</so:Ersattningsdagar>
<so:AvserFrom>2026-01-05</so:AvserFrom><so:AvserTom>2026-01-30</so:AvserTom></so:Utbetalningar>
</so:Arbetsloshetsersattning></so:ArbetsloshetsersattningLista></ns2:data></ns2:SO>)")
        .arg(xml(netAfterTax), xml(netAfterDeductions), xml(date));
}

QString csn(const QString &amount, const QString &grantedTotal, const QString &paymentTotal)
{
    const QString document = utf8(R"(<CSNSvar schemaVersion="4.0" xmlns="http://schema.csn.se/v4.0/kommunfraga"
 xmlns:p="http://schema.csn.se/v4.0/person" xmlns:sm="http://schema.csn.se/v4.0/studiemedel">
<Personer><Person personnummer="8504129829" Status="          " sekel="19"><p:Studiemedel><p:Arenden>
<p:Arende lopnummer="3"><sm:stodform>GRUND</sm:stodform><sm:status>BESLUTAD</sm:status>
<sm:BeviljadeTider><sm:BeviljadTid><sm:starttid>202603</sm:starttid><sm:sluttid>202623</sm:sluttid>
<sm:Beloppen><sm:Belopp><sm:beloppstyp>GRUNDB</sm:beloppstyp><sm:belopp>%1</sm:belopp><sm:totbelopp>17820</sm:totbelopp></sm:Belopp></sm:Beloppen>
<sm:totbelopp>%2</sm:totbelopp></sm:BeviljadTid></sm:BeviljadeTider>
<sm:UtbetalningsPlan><sm:Utbetalning><sm:utbetdatum>20260225</sm:utbetdatum><sm:utbetstatus>Utbetald</sm:utbetstatus>
<sm:totbelopp>%3</sm:totbelopp></sm:Utbetalning></sm:UtbetalningsPlan></p:Arende></p:Arenden></p:Studiemedel></Person></Personer></CSNSvar>)")
                                 .arg(xml(amount), xml(grantedTotal), xml(paymentTotal));
    return u"<ns2:CSN><ns2:data><ns2:svar>%1</ns2:svar></ns2:data></ns2:CSN>"_s.arg(
        QString::fromLatin1(document.toUtf8().toBase64()));
}

QString skv(const QString &income, const QString &surplus)
{
    return utf8(
        R"(<ns2:SKV><ns2:data><svar><![CDATA[<?xml version="1.0" encoding="UTF-8"?><SvarBeskattningsuppgifterEnligtSFS2008-975 xmlns="http://xmls.skatteverket.se/se/skatteverket/zg/instans/standardiseradInformation/1.0" xmlns:b="http://xmls.skatteverket.se/se/skatteverket/zg/komponent/infoForBeskattning/1.0"><PersonuppgiftLista><Personuppgift><Kapitaluppgift><b:Taxeringsar>2025</b:Taxeringsar><b:SummaIntakterPaKapital>%1</b:SummaIntakterPaKapital><b:OverskottPaKapital>%2</b:OverskottPaKapital></Kapitaluppgift></Personuppgift></PersonuppgiftLista></SvarBeskattningsuppgifterEnligtSFS2008-975>]]></svar></ns2:data></ns2:SKV>)")
        .arg(xml(income), xml(surplus));
}

// A LEFI answer with `json` (one JSON value's text, as it stands in the document) in each
// amount's place: FK's effected payment and its detail row, a decision, the annual pension
// statement; Pensionsmyndigheten's payment, deduction, decision and account value.
QString lefi(const QString &v)
{
    const QString document = utf8(R"({"utlamnare": [{"utlamnare": {"kod": "FK"}, "tillstand": {"kod": "OK"}}],
"formansinformation": {
 "utbetalningsuppgift": [{"foretag": {"id": 1001}, "formansfamilj": {"id": "AS"}, "datum": "2026-02-24",
   "bruttobelopp": {"summa": %1, "valuta": "SEK"}, "skattebelopp": {"summa": %1}, "avdragsbelopp": {"summa": %1},
   "nettobelopp": {"summa": %1}, "utbetalningsdetalj": [{"forman": {"id": "AS"}, "bruttobelopp": {"summa": %1}, "skattebelopp": {"summa": %1}}]}],
 "aktivitetsstodsarende": [{"beslut": [{"fattades": "2025-12-10", "beslutatBruttobelopp": {"summa": %1}}]}],
 "intjanandebehallning": [{"belopp": {"summa": %1}, "premiepensionBelopp": {"summa": %1}}]},
"utbetalningar": [{"utbetalningsdatum": "2026-02-19", "bruttobelopp": %1, "nettobelopp": %1, "avdrag": [{"belopp": %1}]}],
"beslut": [{"beslutsdatum": "2025-01-01", "formansgrupp": {"kod": "PM:AP"}, "beslutadErsattning": [{"beslutatBelopp": {"belopp": %1}}]}],
"ovrigInformation": [{"informationstyp": {"kod": "PM:PBH"}, "pensionsbehallning": {"pensionskonton": [{"kontotyp": {"kod": "IP"}, "kontovarden": [{"varde": %1, "gallerFrom": "2025-12"}]}]}}]
})")
                                 .arg(v);
    return u"<ns2:FK><ns2:data><ns2:lefiJsonSvar>%1</ns2:lefiJsonSvar></ns2:data></ns2:FK>"_s.arg(
        QString::fromLatin1(document.toUtf8().toBase64()));
}

Answer parsed(const QString &blocks)
{
    const auto answer = AnswerParser::parse(envelope(blocks), v10(), AgencySet::all());
    if (!answer)
        qFatal("the test answer is not readable: %s", qPrintable(answer.error().message));
    return *answer;
}

// Every amount one of the builders above puts the value in.
QList<Amount> amountsOf(const Answer &a)
{
    QList<Amount> out;
    if (const auto *s = a.outcome(Agency::SO).get<SoData>()) {
        for (const UnemploymentFundAnswer &f : s->funds) {
            for (const UnemploymentPayment &p : f.payments)
                out << p.netAfterTax << p.netAfterDeductions;
        }
    }
    if (const auto *c = a.outcome(Agency::CSN).get<CsnData>()) {
        for (const CsnPerson &p : c->persons) {
            for (const CsnCase &k : p.cases) {
                for (const CsnGrantedPeriod &g : k.granted) {
                    out << g.total;
                    for (const CsnAmount &x : g.amounts)
                        out << x.amount;
                }
                for (const CsnPayment &pay : k.payments)
                    out << pay.total;
            }
        }
    }
    if (const auto *k = a.outcome(Agency::SKV).get<SkvData>()) {
        for (const SkvCapitalRecord &r : k->capital)
            out << r.income << r.surplus;
    }
    if (const auto *l = a.outcome(Agency::FK).get<LefiData>()) {
        for (const BenefitPayment &p : l->payments) {
            out << p.gross << p.net << p.deductions;
            if (p.provider == u"FK") {
                out << p.tax;
                for (const PaymentDetail &d : p.details)
                    out << d.gross << d.tax;
            }
        }
        for (const BenefitDecision &d : l->decisions)
            out << d.amount;
        if (l->pensionHoldings) {
            out << l->pensionHoldings->total; // Pensionsmyndigheten's, over Försäkringskassan's copy
            for (const PensionAccountValue &v : l->pensionHoldings->accounts)
                out << v.value;
        }
    }
    return out;
}

// lefi()'s amounts as amountsOf() lists them: FK's payment 4 and its detail 2, PM's payment 3 (its
// deductions' sum among them), a decision from each, PM's pension total and its account.
constexpr int LefiAmounts = 13;

QString randomDecimal(qint64 ore, QRandomGenerator &r)
{
    const bool negative = ore < 0;
    const qint64 m = negative ? -ore : ore;
    QString whole = QString(int(r.bounded(3)), u'0') + QString::number(m / 100);
    QString fraction = QStringLiteral("%1").arg(m % 100, 2, 10, QLatin1Char('0'));
    if (fraction == u"00" && r.bounded(2))
        fraction.clear();
    else
        fraction += QString(int(r.bounded(4)), u'0');
    const QString sign = negative ? u"-"_s : r.bounded(3) == 0 ? u"+"_s : QString();
    const QStringList space { QString(), u" "_s, u"\t"_s, u"\n  "_s };
    return space.at(r.bounded(4)) + sign + whole + (fraction.isEmpty() && r.bounded(2) ? QString() : u'.' + fraction)
        + space.at(r.bounded(4));
}

QString randomJsonNumber(qint64 ore, QRandomGenerator &r)
{
    const QString sign = ore < 0 ? u"-"_s : QString();
    const qint64 m = ore < 0 ? -ore : ore;
    switch (r.bounded(3)) {
    case 0: // as öre with an exponent
        return sign + QString::number(m) + (r.bounded(2) ? u"e-2"_s : u"E-02"_s);
    case 1: // whole kronor, or with its fraction and zeros beyond öre
        if (m % 100 == 0)
            return sign + QString::number(m / 100);
        return sign + QString::number(m / 100) + u'.' + QStringLiteral("%1").arg(m % 100, 2, 10, QLatin1Char('0'))
            + QString(int(r.bounded(3)), u'0');
    default: // a point after the first digit, and an exponent
        if (m < 10)
            return sign + QString::number(m) + u"e-2"_s;
        const QString digits = QString::number(m);
        return sign + digits.left(1) + u'.' + digits.mid(1) + u"E+"_s + QString::number(digits.size() - 3);
    }
}

// Texts that are not exact amounts, by kind of mistake.
QString randomInvalid(QRandomGenerator &r, bool json)
{
    const qint64 kronor = r.bounded(1, 99999);
    switch (r.bounded(6)) {
    case 0:
        return QString::number(kronor) + u'.' + QString::number(r.bounded(10)) + QString::number(r.bounded(10))
            + QString(int(r.bounded(5)), u'0') + QString::number(r.bounded(1, 10)); // beyond öre, non-zero
    case 1:
        return json ? u"+"_s + QString::number(kronor) : QString::number(kronor) + u",50"_s; // a plus; a comma
    case 2:
        return json ? QString::number(kronor * 10 + 7) + u"e-3"_s : QString::number(kronor) + u"e2"_s; // …7 beyond öre
    case 3:
        return u"1.2."_s + QString::number(kronor); // two points
    case 4:
        return QString::number(kronor) + u"0000000000000000000"_s; // out of range
    default:
        return json ? u"0"_s + QString::number(kronor) : u"12 "_s + QString::number(kronor); // JSON: a leading zero
    }
}

} // namespace

void TestLexical::xmlAmountsReadEveryFormExactly_data()
{
    QTest::addColumn<int>("agency");
    QTest::newRow("a-kassor: NettoEfterSkatt, NettoEfterAvdrag") << int(Agency::SO);
    QTest::newRow("CSN: belopp, totbelopp") << int(Agency::CSN);
    QTest::newRow("Skatteverket v10: SummaIntakterPaKapital, OverskottPaKapital") << int(Agency::SKV);
}

void TestLexical::xmlAmountsReadEveryFormExactly()
{
    QFETCH(int, agency);
    QRandomGenerator random(quint32(7000 + agency));
    for (int i = 0; i < 300; ++i) {
        // CSN's belopp is whole kronor (-?[0-9]+); the others are xs:decimal.
        qint64 ore = qint64(random.bounded(0, 1000000000));
        if (Agency(agency) == Agency::CSN)
            ore -= ore % 100;
        if (random.bounded(5) == 0)
            ore = -ore;
        const QString a = randomDecimal(ore, random), b = randomDecimal(ore, random), c = randomDecimal(ore, random);
        const QString blocks = Agency(agency) == Agency::SO ? so(a, b)
            : Agency(agency) == Agency::CSN                 ? csn(a, b, c)
                                                            : skv(a, b);
        const Answer answer = parsed(blocks);
        const QList<Amount> amounts = amountsOf(answer);
        QCOMPARE(amounts.size(), Agency(agency) == Agency::CSN ? 3 : 2);
        for (const Amount &m : amounts)
            QVERIFY2(m.isExact() && m.exact()->ore() == ore,
                qPrintable(u"%1 from \"%2\", \"%3\", \"%4\""_s.arg(ore).arg(a, b, c)));
        QVERIFY(answer.fullyReadable());
    }
}

void TestLexical::lefiAmountsReadEveryFormExactly()
{
    QRandomGenerator random(7777);
    for (int i = 0; i < 300; ++i) {
        qint64 ore = qint64(random.bounded(0, 1000000000));
        if (random.bounded(5) == 0)
            ore = -ore;
        // A number in any of JSON's forms, or a string in xs:decimal's (amounts arrive as both).
        const QString value = random.bounded(3) == 0
            ? u'"' + randomDecimal(ore, random).replace(u'\n', u' ').replace(u'\t', u' ') + u'"'
            : randomJsonNumber(ore, random);
        const Answer answer = parsed(lefi(value));
        QCOMPARE(answer.outcome(Agency::FK).state, AgencyOutcome::State::Data);
        const QList<Amount> amounts = amountsOf(answer);
        QCOMPARE(amounts.size(), LefiAmounts);
        for (const Amount &m : amounts)
            QVERIFY2(m.isExact() && m.exact()->ore() == ore, qPrintable(u"%1 from %2"_s.arg(ore).arg(value)));
    }
}

void TestLexical::whatIsNotAnAmountIsKeptAndCounted_data()
{
    QTest::addColumn<int>("agency");
    QTest::newRow("a-kassor") << int(Agency::SO);
    QTest::newRow("CSN") << int(Agency::CSN);
    QTest::newRow("Skatteverket v10") << int(Agency::SKV);
    QTest::newRow("LEFI numbers") << int(Agency::FK);
    QTest::newRow("LEFI strings") << -int(Agency::FK);
}

void TestLexical::whatIsNotAnAmountIsKeptAndCounted()
{
    QFETCH(int, agency);
    const bool strings = agency < 0;
    const Agency a = Agency(strings ? -agency : agency);
    QRandomGenerator random(quint32(9100 + agency));
    for (int i = 0; i < 300; ++i) {
        const QString bad = randomInvalid(random, a == Agency::FK && !strings);
        const QString blocks = a == Agency::SO ? so(bad, u"100"_s)
            : a == Agency::CSN                 ? csn(bad, u"100"_s, u"100"_s)
            : a == Agency::SKV                 ? skv(bad, u"100"_s)
            : strings                          ? lefi(u'"' + bad + u'"')
                                               : lefi(bad);
        const Answer answer = parsed(blocks);
        const AgencyOutcome &outcome = answer.outcome(a);
        QVERIFY2(outcome.state == AgencyOutcome::State::Data, qPrintable(bad)); // the rest of the answer is read
        const QList<Amount> amounts = amountsOf(answer);
        const Amount &first = a == Agency::CSN ? amounts.at(1) : amounts.first(); // CSN: the Belopp's belopp
        QVERIFY2(first.isUnreadable(), qPrintable(bad));
        QCOMPARE(first.raw().trimmed(), bad);
        QVERIFY(!first.exact());
        QVERIFY(outcome.unreadableAmounts() >= 1);
        QVERIFY(!answer.fullyReadable());
        for (const Amount &m : amounts)
            QVERIFY2(!m.isAbsent(), qPrintable(bad)); // never null
    }
}

void TestLexical::datesWithAndWithoutAZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("plain") << "2026-02-05" << QDate(2026, 2, 5);
    QTest::newRow("UTC") << "2026-02-05Z" << QDate(2026, 2, 5);
    QTest::newRow("an offset") << "2026-02-05+01:00" << QDate(2026, 2, 5);
    QTest::newRow("a negative offset") << "2026-02-05-05:00" << QDate(2026, 2, 5);
    QTest::newRow("white space") << "\n  2026-02-05 " << QDate(2026, 2, 5);
    QTest::newRow("a dateTime") << "2026-02-05T00:00:00+01:00" << QDate(2026, 2, 5);
    QTest::newRow("a leap day") << "2028-02-29" << QDate(2028, 2, 29);
    QTest::newRow("no such day") << "2026-02-30" << QDate();
    QTest::newRow("not padded") << "2026-2-5" << QDate();
    QTest::newRow("Swedish order") << "05/02/2026" << QDate();
    QTest::newRow("trailing junk") << "2026-02-05x" << QDate();
    QTest::newRow("a bad zone") << "2026-02-05+1" << QDate();
}

void TestLexical::datesWithAndWithoutAZone()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const Answer answer = parsed(so(u"100"_s, u"100"_s, text));
    QCOMPARE(answer.outcome(Agency::SO).get<SoData>()->funds.first().payments.first().paid, date);
}

void TestLexical::booleansAndWholeNumbersInEveryForm()
{
    auto af = [](const QString &secret, const QString &extent) -> AfData { // a copy: the answer is a temporary
        const Answer answer = parsed(
            utf8(R"(<ns2:AF><ns2:data xmlns:af="http://api.arbetsformedlingen.se/arbetssokande/ersattningsstod/v2">
<af:Fraga/><af:Svar><af:Sekretessmarkering>%1</af:Sekretessmarkering><af:ArbetssokandeInfo>
<af:ArbetssokandeOmfattning>%2</af:ArbetssokandeOmfattning><af:AktivetetsRapportDatum>
<af:AktivitetsRapportMeddelande>200</af:AktivitetsRapportMeddelande></af:AktivetetsRapportDatum></af:ArbetssokandeInfo>
<af:StatusSokandeinformationKod>0</af:StatusSokandeinformationKod></af:Svar></ns2:data></ns2:AF>)")
                .arg(secret, extent));
        const AfData *data = answer.outcome(Agency::AF).get<AfData>();
        return data ? *data : AfData();
    };
    // xs:boolean: true, false, 1, 0, white space around; anything else is not stated.
    const QList<std::pair<QString, std::optional<bool>>> booleans { { u"true"_s, true }, { u"1"_s, true },
        { u" false\n"_s, false }, { u"0"_s, false }, { u"TRUE"_s, std::nullopt }, { u"ja"_s, std::nullopt } };
    for (const auto &[text, value] : booleans)
        QCOMPARE(af(text, u"100"_s).protectedIdentity, value);
    // xs:int: a sign, leading zeros, white space.
    const QList<std::pair<QString, std::optional<int>>> integers { { u"75"_s, 75 }, { u"+075"_s, 75 },
        { u" 100 "_s, 100 }, { u"-0"_s, 0 }, { u"7.5"_s, std::nullopt }, { u"1e2"_s, std::nullopt },
        { u"99999999999"_s, std::nullopt } };
    for (const auto &[text, value] : integers)
        QCOMPARE(af(u"false"_s, text).extentPercent, value);
    // LEFI: JOB days and payment days as JSON numbers in any whole form.
    for (const auto &[text, value] : QList<std::pair<QString, std::optional<int>>> { { u"450"_s, 450 },
             { u"450.0"_s, 450 }, { u"4.5e2"_s, 450 }, { u"4.555e2"_s, std::nullopt }, { u"\"450\""_s, 450 } }) {
        const QString document = utf8(
            R"({"formansinformation": {"programjobdagar": [{"antalForbrukade": %1, "harForbrukatMaxAntal": true}],
"utbetalningsuppgift": [{"datum": "2026-01-01", "utbetalningsdetalj": [{"dagar": %1}]}]}})")
                                     .arg(text);
        const Answer answer
            = parsed(u"<ns2:FK><ns2:data><ns2:lefiJsonSvar>%1</ns2:lefiJsonSvar></ns2:data></ns2:FK>"_s.arg(
                QString::fromLatin1(document.toUtf8().toBase64())));
        const LefiData *l = answer.outcome(Agency::FK).get<LefiData>();
        QVERIFY(l && l->jobDays);
        QCOMPARE(l->jobDays->used, value.value_or(0));
        QVERIFY(l->jobDays->allUsed);
        QCOMPARE(l->payments.first().details.first().days, value);
    }
}

QTEST_GUILESS_MAIN(TestLexical)
#include "tst_lexical.moc"
