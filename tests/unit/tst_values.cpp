#include "core/base64.h"
#include "core/money.h"
#include "core/organisationsnummer.h"
#include "core/period.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ssbtek;

class TestValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void organisationNumberForms_data();
    void organisationNumberForms();
    void organisationNumberRejections_data();
    void organisationNumberRejections();
    void moneyParsesExactly_data();
    void moneyParsesExactly();
    void moneyRejectsWhatIsNotAnAmount_data();
    void moneyRejectsWhatIsNotAnAmount();
    void moneyDisplaysTheSwedishWay();
    void moneyAddsWithoutRounding();
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
        auto r = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        return r ? std::optional<QByteArray>(r.decoded) : std::nullopt;
    };
    QList<QByteArray> texts { "", "TWFu", "TWE=", "TQ==", "TQ", "TWE", "TQ=", "T===", "TW=u", "====", "=", "TQ==TQ==",
                              "TW Fu\n", " T Q = = ", "TQ=\n=", "TWFu-_", "TWFu!", "\tT\r\nWFu", "TWFuTQ=", "TWFu TQ= =" };
    QRandomGenerator random(20261130);
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 5000; ++i) {
        QByteArray t;
        const int length = random.bounded(0, 40);
        for (int j = 0; j < length; ++j) {
            const int pick = random.bounded(0, 100);
            t += pick < 85 ? alphabet.at(random.bounded(0, 64)) : pick < 92 ? "=\n \t"[random.bounded(0, 4)] : pick < 99 ? '\n' : "-_*<\x80"[random.bounded(0, 5)];
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

void TestValues::moneyParsesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("whole") << "1234" << qint64(123400) << "1234.00";
    QTest::newRow("two decimals") << "1234.50" << qint64(123450) << "1234.50";
    QTest::newRow("one decimal") << "12.5" << qint64(1250) << "12.50";
    QTest::newRow("comma") << "12,05" << qint64(1205) << "12.05";
    QTest::newRow("negative") << "-0.05" << qint64(-5) << "-0.05";
    QTest::newRow("grouped") << "1 234 567,89" << qint64(123456789) << "1234567.89";
    QTest::newRow("plus") << "+7" << qint64(700) << "7.00";
    QTest::newRow("a float would drift") << "0.10" << qint64(10) << "0.10";
}

void TestValues::moneyParsesExactly()
{
    QFETCH(QString, text);
    QFETCH(qint64, ore);
    QFETCH(QString, decimal);
    const auto m = Money::parse(text);
    QVERIFY(m.has_value());
    QCOMPARE(m->ore(), ore);
    QCOMPARE(m->toDecimalString(), decimal);
}

void TestValues::moneyRejectsWhatIsNotAnAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("three decimals") << "1.005";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("letters") << "12kr";
    QTest::newRow("only sign") << "-";
    QTest::newRow("dot only") << ".";
    QTest::newRow("overflow") << "99999999999999999999";
}

void TestValues::moneyRejectsWhatIsNotAnAmount()
{
    QFETCH(QString, text);
    QVERIFY(!Money::parse(text).has_value());
}

void TestValues::moneyDisplaysTheSwedishWay()
{
    QCOMPARE(Money::fromOre(123456789).toDisplayString(), QStringLiteral("1\u00A0234\u00A0567,89\u00A0kr"));
    QCOMPARE(Money::fromOre(-500).toDisplayString(), QStringLiteral("−5,00\u00A0kr"));
    QCOMPARE(Money::fromKronor(999).toDisplayString(), QStringLiteral("999,00\u00A0kr"));
}

void TestValues::moneyAddsWithoutRounding()
{
    Money sum;
    for (int i = 0; i < 1000; ++i)
        sum += *Money::parse(u"0.10");
    QCOMPARE(sum.toDecimalString(), QStringLiteral("100.00"));
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
