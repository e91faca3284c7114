#include "core/personnummer.h"

#include <QTest>

using namespace ssbtek;
using Error = Personnummer::Error;

Q_DECLARE_METATYPE(Personnummer::Error)

class TestPersonnummer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsEveryWrittenForm_data();
    void acceptsEveryWrittenForm();
    void rejectsWithTheReason_data();
    void rejectsWithTheReason();
    void resolvesTheCenturyAgainstTheReferenceDate_data();
    void resolvesTheCenturyAgainstTheReferenceDate();
    void recognisesCoordinationNumbers();
    void explainsEveryError();
};

static const QDate Reference(2026, 11, 24);

void TestPersonnummer::acceptsEveryWrittenForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("display");
    QTest::newRow("YYMMDD-NNNN") << "850412-9829"
                                 << "198504129829"
                                 << "19850412-9829";
    QTest::newRow("YYMMDDNNNN") << "8504129829"
                                << "198504129829"
                                << "19850412-9829";
    QTest::newRow("YYYYMMDD-NNNN") << "19850412-9829"
                                   << "198504129829"
                                   << "19850412-9829";
    QTest::newRow("YYYYMMDDNNNN") << "198504129829"
                                  << "198504129829"
                                  << "19850412-9829";
    QTest::newRow("spaces trimmed") << "  850412-9829 \t"
                                    << "198504129829"
                                    << "19850412-9829";
    QTest::newRow("leap day 2000") << "000229-9808"
                                   << "200002299808"
                                   << "20000229-9808";
}

void TestPersonnummer::acceptsEveryWrittenForm()
{
    QFETCH(QString, input);
    QFETCH(QString, wire);
    QFETCH(QString, display);
    const auto p = Personnummer::parse(input, Reference);
    QVERIFY2(p.hasValue(), qPrintable(input));
    QCOMPARE(p->wire(), wire);
    QCOMPARE(p->display(), display);
}

void TestPersonnummer::rejectsWithTheReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::newRow("empty") << "   " << Error::Empty;
    QTest::newRow("letters") << "85041A-9829" << Error::BadCharacters;
    QTest::newRow("separator misplaced") << "8504-129829" << Error::BadCharacters;
    QTest::newRow("two separators") << "850412--829" << Error::BadCharacters;
    QTest::newRow("plus with 12 digits") << "19850412+9829" << Error::BadCharacters;
    QTest::newRow("nine digits") << "850412982" << Error::BadLength;
    QTest::newRow("eleven digits") << "19850412982" << Error::BadLength;
    QTest::newRow("month 13") << "851312-9820" << Error::BadDate;
    QTest::newRow("30 February") << "850230-9821" << Error::BadDate;
    QTest::newRow("29 February, no leap year") << "19850229-9820" << Error::BadDate;
    QTest::newRow("29 February 1900 with +") << "000229+9808" << Error::BadDate;
    QTest::newRow("coordination day 92") << "850492-9826" << Error::BadDate;
    QTest::newRow("born tomorrow") << "20261125-9800" << Error::FutureDate;
    QTest::newRow("bad check digit") << "850412-9828" << Error::BadChecksum;
    QTest::newRow("swapped digits") << "850412-9289" << Error::BadChecksum;
}

void TestPersonnummer::rejectsWithTheReason()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    const auto p = Personnummer::parse(input, Reference);
    QVERIFY2(!p.hasValue(), qPrintable(input));
    QCOMPARE(p.error(), error);
}

void TestPersonnummer::resolvesTheCenturyAgainstTheReferenceDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("born");
    // Check digits computed over YYMMDDNNN.
    QTest::newRow("born this century") << "100101-9809" << Reference << QDate(2010, 1, 1);
    QTest::newRow("two-digit year later than today's: last century") << "300101-9805" << Reference << QDate(1930, 1, 1);
    QTest::newRow("birthday later this year: 100 years back") << "261224-9801" << Reference << QDate(1926, 12, 24);
    QTest::newRow("+ means 100 or older") << "100101+9809" << Reference << QDate(1910, 1, 1);
    QTest::newRow("+ on an old two-digit year") << "300101+9805" << Reference << QDate(1830, 1, 1);
    QTest::newRow("other reference date") << "300101-9805" << QDate(2031, 1, 1) << QDate(2030, 1, 1);
}

void TestPersonnummer::resolvesTheCenturyAgainstTheReferenceDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, reference);
    QFETCH(QDate, born);
    const auto p = Personnummer::parse(input, reference);
    QVERIFY2(p.hasValue(), qPrintable(input));
    QCOMPARE(p->birthDate(), born);
    QCOMPARE(p->wire().left(8), born.toString(u"yyyyMMdd"));
}

void TestPersonnummer::recognisesCoordinationNumbers()
{
    // Day 72 = the 12th + 60.
    const auto p = Personnummer::parse(u"850472-9826", Reference);
    QVERIFY(p.hasValue());
    QVERIFY(p->isCoordinationNumber());
    QCOMPARE(p->birthDate(), QDate(1985, 4, 12));
    QCOMPARE(p->wire(), QStringLiteral("198504729826"));
    QVERIFY(!Personnummer::parse(u"850412-9829", Reference)->isCoordinationNumber());
}

void TestPersonnummer::explainsEveryError()
{
    for (Error e :
        { Error::Empty, Error::BadCharacters, Error::BadLength, Error::BadDate, Error::FutureDate, Error::BadChecksum })
        QVERIFY(!Personnummer::errorText(e).isEmpty());
    QVERIFY(Personnummer::errorText(Error::BadChecksum) != Personnummer::errorText(Error::BadDate));
}

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
