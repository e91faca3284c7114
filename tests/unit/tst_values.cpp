#include "core/amount.h"
#include "core/base64.h"
#include "core/money.h"
#include "core/organisationsnummer.h"
#include "core/period.h"

#include <QRandomGenerator>
#include <QStringList>

#include <QTest>
#include <cmath>
#include <limits>

using namespace ssbtek;

class TestValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void organisationNumberForms_data();
    void organisationNumberForms();
    void organisationNumberRejections_data();
    void organisationNumberRejections();
    void decimalReadsEveryFormTheSchemaAllows_data();
    void decimalReadsEveryFormTheSchemaAllows();
    void jsonNumberReadsEveryFormJsonAllows_data();
    void jsonNumberReadsEveryFormJsonAllows();
    void whatIsNotAnExactAmountIsKeptAsReceived_data();
    void whatIsNotAnExactAmountIsKeptAsReceived();
    void randomValidFormsGiveTheExactOre();
    void randomInvalidFormsAreUnreadableNeverZero();
    void moneyDisplaysTheSwedishWay();
    void moneyAddsWithoutRounding();
    void aTotalSaysWhatItCouldNotAdd();
    void base64DecodesAsQtDoes();
    void periodPresets();
    void periodTwoYearLimit();
};

void TestValues::base64DecodesAsQtDoes()
{
    // Our one-pass decoder against Qt's strict one (whitespace removed first, as the parser
    // did before): the same bytes, the same refusals, on edge cases and random texts.
    auto qt = [](QByteArray text) -> std::optional<QByteArray> {
        text.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
        auto r = QByteArray::fromBase64Encoding(
            text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        return r ? std::optional<QByteArray>(r.decoded) : std::nullopt;
    };
    QList<QByteArray> texts { "", "TWFu", "TWE=", "TQ==", "TQ", "TWE", "TQ=", "T===", "TW=u", "====", "=",
        "TQ==TQ==", "TW Fu\n", " T Q = = ", "TQ=\n=", "TWFu-_", "TWFu!", "\tT\r\nWFu", "TWFuTQ=", "TWFu TQ= =" };
    QRandomGenerator random(20261130);
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 5000; ++i) {
        QByteArray t;
        const int length = random.bounded(0, 40);
        for (int j = 0; j < length; ++j) {
            const int pick = random.bounded(0, 100);
            t += pick < 85  ? alphabet.at(random.bounded(0, 64))
                : pick < 92 ? "=\n \t"[random.bounded(0, 4)]
                : pick < 99 ? '\n'
                            : "-_*<\x80"[random.bounded(0, 5)];
        }
        texts << t;
    }
    int accepted = 0;
    for (const QByteArray &t : texts) {
        const auto ours = decodeBase64(t);
        QCOMPARE(ours.has_value(), qt(t).has_value());
        if (ours) {
            QCOMPARE(*ours, *qt(t));
            ++accepted;
        }
    }
    QVERIFY(accepted > 1000 && accepted < texts.size()); // both kinds were tried
    QCOMPARE(*decodeBase64("U1NCVEVL\n"), QByteArray("SSBTEK"));
}

void TestValues::organisationNumberForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("with hyphen") << "555000-0003";
    QTest::newRow("ten digits") << "5550000003";
    QTest::newRow("wire form") << "165550000003";
    QTest::newRow("spaces") << " 555000-0003 ";
}

void TestValues::organisationNumberForms()
{
    QFETCH(QString, input);
    const auto o = Organisationsnummer::parse(input);
    QVERIFY(o.hasValue());
    QCOMPARE(o->wire(), QStringLiteral("165550000003"));
    QCOMPARE(o->display(), QStringLiteral("555000-0003"));
}

void TestValues::organisationNumberRejections_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("error");
    QTest::newRow("empty") << "" << int(Organisationsnummer::Error::Empty);
    QTest::newRow("letters") << "55500A-0003" << int(Organisationsnummer::Error::BadCharacters);
    QTest::newRow("short") << "555000-003" << int(Organisationsnummer::Error::BadLength);
    QTest::newRow("12 digits not 16") << "195550000003" << int(Organisationsnummer::Error::BadLength);
    QTest::newRow("a personnummer") << "850412-9829" << int(Organisationsnummer::Error::NotLegalEntity);
    QTest::newRow("check digit") << "555000-0004" << int(Organisationsnummer::Error::BadChecksum);
}

void TestValues::organisationNumberRejections()
{
    QFETCH(QString, input);
    QFETCH(int, error);
    const auto o = Organisationsnummer::parse(input);
    QVERIFY(!o.hasValue());
    QCOMPARE(int(o.error()), error);
    QVERIFY(!Organisationsnummer::errorText(o.error()).isEmpty());
}

void TestValues::decimalReadsEveryFormTheSchemaAllows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ore");
    QTest::newRow("whole") << "1234" << qint64(123400);
    QTest::newRow("two decimals") << "1234.50" << qint64(123450);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("negative") << "-0.05" << qint64(-5);
    QTest::newRow("plus") << "+7" << qint64(700);
    QTest::newRow("leading zeros") << "000012.05" << qint64(1205);
    QTest::newRow("zeros beyond öre") << "8360.5000000" << qint64(836050);
    QTest::newRow("white space around") << " \t\n8360.50\r\n " << qint64(836050);
    QTest::newRow("no whole part") << ".5" << qint64(50);
    QTest::newRow("no fraction after the point") << "5." << qint64(500);
    QTest::newRow("minus zero") << "-0.00" << qint64(0);
    QTest::newRow("a float would drift") << "0.10" << qint64(10);
    QTest::newRow("largest") << "92233720368547758.07" << std::numeric_limits<qint64>::max();
}

void TestValues::decimalReadsEveryFormTheSchemaAllows()
{
    QFETCH(QString, text);
    QFETCH(qint64, ore);
    const Amount a = Amount::fromDecimal(text);
    QVERIFY2(a.isExact(), qPrintable(text));
    QCOMPARE(a.exact()->ore(), ore);
}

void TestValues::jsonNumberReadsEveryFormJsonAllows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ore");
    QTest::newRow("integer") << "3100" << qint64(310000);
    QTest::newRow("decimals") << "8360.5" << qint64(836050);
    QTest::newRow("zeros beyond öre") << "8360.500" << qint64(836050);
    QTest::newRow("negative") << "-250" << qint64(-25000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("exponent") << "1.5E3" << qint64(150000);
    QTest::newRow("exponent with plus") << "15e+2" << qint64(150000);
    QTest::newRow("negative exponent") << "12345e-2" << qint64(12345);
    QTest::newRow("a zero with any exponent") << "0e-99999999999" << qint64(0);
    QTest::newRow("past a double's precision") << "12345678901234.56" << qint64(1234567890123456);
}

void TestValues::jsonNumberReadsEveryFormJsonAllows()
{
    QFETCH(QString, text);
    QFETCH(qint64, ore);
    const Amount a = Amount::fromJsonNumber(text);
    QVERIFY2(a.isExact(), qPrintable(text));
    QCOMPARE(a.exact()->ore(), ore);
}

void TestValues::whatIsNotAnExactAmountIsKeptAsReceived_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");
    QTest::newRow("a digit beyond öre") << "1.005" << false;
    QTest::newRow("a digit far beyond öre") << "100.0000000000000000001" << false;
    QTest::newRow("json: a digit beyond öre") << "1.005" << true;
    QTest::newRow("json: past a double's precision") << "100.0000000000000000001" << true;
    QTest::newRow("json: negative exponent") << "1e-3" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("only space") << "   " << false;
    QTest::newRow("comma") << "12,05" << false;
    QTest::newRow("grouped") << "1 234" << false;
    QTest::newRow("letters") << "12kr" << false;
    QTest::newRow("only sign") << "-" << false;
    QTest::newRow("dot only") << "." << false;
    QTest::newRow("two points") << "1.2.3" << false;
    QTest::newRow("exponent is not xs:decimal") << "1e3" << false;
    QTest::newRow("no-break space") << "\u00A012" << false;
    QTest::newRow("overflow") << "99999999999999999999" << false;
    QTest::newRow("json overflow") << "1e20" << true;
    QTest::newRow("json: plus") << "+7" << true;
    QTest::newRow("json: leading zero") << "012" << true;
    QTest::newRow("json: bare point") << ".5" << true;
    QTest::newRow("json: white space") << " 7" << true;
    QTest::newRow("NaN") << "NaN" << true;
}

void TestValues::whatIsNotAnExactAmountIsKeptAsReceived()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    const Amount a = json ? Amount::fromJsonNumber(text) : Amount::fromDecimal(text);
    QVERIFY(a.isUnreadable());
    QVERIFY(!a.exact());
    QCOMPARE(a.raw(), text);
}

namespace {

// A random lexical form of `ore` that the reader must read exactly: xs:decimal's, or JSON's.
QString randomForm(qint64 ore, bool json, QRandomGenerator &random)
{
    const bool negative = ore < 0;
    const quint64 magnitude = negative ? quint64(-(ore + 1)) + 1 : quint64(ore);
    QString whole = QString::number(magnitude / 100);
    QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0') && random.bounded(2))
        fraction.chop(1);
    fraction += QString(int(random.bounded(4)), u'0'); // zeros beyond öre are exact
    QString text;
    if (json) {
        if (random.bounded(3) == 0 && whole != u"0") { // an exponent: move the point left by k
            const int k = int(random.bounded(1, int(whole.size()) + 1));
            const QString digits = whole + fraction;
            const QString mantissa = digits.left(whole.size() - k) + u'.' + digits.mid(whole.size() - k);
            QString m = mantissa.startsWith(u'.') ? u'0' + mantissa : mantissa;
            while (m.size() > 1 && m.startsWith(u'0') && m.at(1) != u'.')
                m.remove(0, 1);
            if (m.endsWith(u'.'))
                m.chop(1);
            text = m + (random.bounded(2) ? u"e"_qs : u"E"_qs) + (random.bounded(2) ? u"+"_qs : QString())
                + QString::number(k);
        } else {
            text = whole + (fraction.isEmpty() ? QString() : u'.' + fraction);
        }
        return (negative ? u"-"_qs : QString()) + text;
    }
    whole = QString(int(random.bounded(3)), u'0') + whole; // leading zeros
    text = whole + (fraction.isEmpty() && random.bounded(2) ? QString() : u'.' + fraction);
    const QString sign = negative ? u"-"_qs : random.bounded(2) ? u"+"_qs : QString();
    const QStringList space { QString(), u" "_qs, u"\t"_qs, u"\n "_qs, u"\r\n"_qs };
    return space.at(random.bounded(int(space.size()))) + sign + text + space.at(random.bounded(int(space.size())));
}

} // namespace

void TestValues::randomValidFormsGiveTheExactOre()
{
    QRandomGenerator random(20261204);
    for (int i = 0; i < 20000; ++i) {
        // Amounts of every size, from öre to the largest 64-bit one.
        const int digits = int(random.bounded(1, 19));
        qint64 ore = qint64(random.bounded(quint64(1), quint64(1) << 62) % quint64(std::pow(10.0, digits)));
        if (random.bounded(4) == 0)
            ore = -ore;
        const bool json = random.bounded(2);
        const QString text = randomForm(ore, json, random);
        const Amount a = json ? Amount::fromJsonNumber(text) : Amount::fromDecimal(text);
        QVERIFY2(a.isExact() && a.exact()->ore() == ore, qPrintable(u"%1 read from \"%2\""_qs.arg(ore).arg(text)));
    }
}

void TestValues::randomInvalidFormsAreUnreadableNeverZero()
{
    QRandomGenerator random(4122026);
    const QString junk = u"abc,;:_ -+.eE\u00A0\u2212x0"_qs;
    for (int i = 0; i < 20000; ++i) {
        const qint64 ore = qint64(random.bounded(1, 100000000));
        QString text = QString::number(ore / 100) + u'.' + QStringLiteral("%1").arg(ore % 100, 2, 10, QLatin1Char('0'));
        switch (random.bounded(3)) {
        case 0: // a non-zero digit beyond öre, perhaps after zeros: never rounded
            text += QString(int(random.bounded(0, 20)), u'0') + QString::number(random.bounded(1, 10));
            break;
        case 1: { // something else inside the number
            const qsizetype at = random.bounded(1, int(text.size()));
            text.insert(at, junk.at(random.bounded(int(junk.size()))));
            if (Amount::fromDecimal(text)
                    .isExact()) // "+", "-", "0", "." or "e" can land where they still form a number
                continue;
            break;
        }
        default: // two numbers
            text += u' ' + text;
            break;
        }
        const Amount a = Amount::fromDecimal(text);
        QVERIFY2(a.isUnreadable() && a.raw() == text && !a.exact(), qPrintable(text));
        if (const Amount j = Amount::fromJsonNumber(text); !exactOre(text, true)) // "1.5e2" is a JSON number
            QVERIFY2(j.isUnreadable() && j.raw() == text, qPrintable(text));
        Total t;
        t.add(a);
        QVERIFY(!t.complete() && !t.exact());
    }
}

void TestValues::moneyDisplaysTheSwedishWay()
{
    QCOMPARE(Money::fromOre(123456789).toDisplayString(), QStringLiteral("1\u00A0234\u00A0567,89\u00A0kr"));
    QCOMPARE(Money::fromOre(-500).toDisplayString(), QStringLiteral("−5,00\u00A0kr"));
    QCOMPARE(Money::fromKronor(999).toDisplayString(), QStringLiteral("999,00\u00A0kr"));
}

void TestValues::moneyAddsWithoutRounding()
{
    Total sum;
    for (int i = 0; i < 1000; ++i)
        sum.add(Amount::fromDecimal(u"0.10"));
    QVERIFY(sum.complete());
    QCOMPARE(sum.exact()->toDecimalString(), QStringLiteral("100.00"));
}

void TestValues::aTotalSaysWhatItCouldNotAdd()
{
    Total t;
    t.add(Amount::fromDecimal(u"100.00"));
    t.add(Amount()); // absent: nothing to add
    t.add(Amount::fromDecimal(u"12.345")); // not whole öre: counted, not added, not zero
    QCOMPARE(t.unreadable(), 1);
    QVERIFY(!t.complete());
    QVERIFY(!t.exact().has_value()); // the sum is not the month's income …
    QCOMPARE(t.sum().ore(), qint64(10000)); // … only what could be read
    // An overflow is an unknown sum, never a wrapped one.
    Total big;
    big.add(Money::fromOre(std::numeric_limits<qint64>::max()));
    big.add(Money::fromOre(1));
    QVERIFY(big.overflowed());
    QVERIFY(!big.exact().has_value());
    Total both;
    both.add(t);
    both.add(big);
    QVERIFY(both.overflowed() && both.unreadable() == 1);
    QVERIFY(!checkedAdd(Money::fromOre(std::numeric_limits<qint64>::min()), Money::fromOre(-1)));
    QVERIFY(!checkedSubtract(Money::fromOre(std::numeric_limits<qint64>::min()), Money::fromOre(1)));
}

void TestValues::periodPresets()
{
    const QDate today(2026, 3, 15);
    QCOMPARE(Period::thisMonth(today), (Period { QDate(2026, 3, 1), QDate(2026, 3, 31) }));
    QCOMPARE(Period::lastMonths(3, today), (Period { QDate(2025, 12, 1), QDate(2026, 2, 28) }));
    QCOMPARE(Period::lastMonths(12, today).days(), qint64(365));
    QVERIFY(!Period::parse(u"2026-02-30", u"2026-03-01").isValid());
    QVERIFY(!(Period { QDate(2026, 3, 2), QDate(2026, 3, 1) }).isValid());
}

void TestValues::periodTwoYearLimit()
{
    QVERIFY(!(Period { QDate(2024, 1, 1), QDate(2025, 12, 31) }).exceedsTwoYears());
    QVERIFY((Period { QDate(2024, 1, 1), QDate(2026, 1, 1) }).exceedsTwoYears());
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
