// The streaming JSON writer against the bytes QJsonDocument::toJson(Indented) gives for the
// same document: the CLI's documented output was written with Qt's writer and must not change.

#include "core/jsonwriter.h"
#include "core/money.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void membersOneByOneAsQtWritesThem();
    void amountsAndDatesAsTheirTextForms();
    void aDeviceGetsItInPiecesAndAFullDiskIsSaid();
};

namespace {

QByteArray ours(const QJsonValue &v)
{
    QByteArray out;
    JsonWriter(&out).value(v);
    return out;
}

QByteArray qts(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QString everyEscape()
{
    QString s;
    for (char16_t c = 0; c < 0x80; ++c)
        s += QChar(c);
    s += u"åäö ÅÄÖ é ü € \u2028 \u00a0 \U0001F600"_s;
    s += QChar(0xd800); // a lone high surrogate …
    s += u'x';
    s += QChar(0xdc00); // … and a lone low one
    s += QChar(0xd83d); // a high one at the end
    return s;
}

} // namespace

void TestJsonWriter::writesWhatQtWrites_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("empty containers inside") << QJsonValue(QJsonObject {
        { u"a"_s, QJsonArray() }, { u"b"_s, QJsonObject() }, { u"c"_s, QJsonArray { QJsonArray(), QJsonObject() } } });
    QTest::newRow("every escape") << QJsonValue(QJsonObject { { everyEscape(), everyEscape() } });
    QTest::newRow("scalars") << QJsonValue(
        QJsonArray { true, false, QJsonValue(), 0, -1, 42, qint64(1) << 60, std::numeric_limits<qint64>::min(), 0.1,
            -2.5, 1e20, 1e300, -0.0, 3.0, 1.0 / 3, std::nan(""), HUGE_VAL, u""_s, u"x"_s });
    QTest::newRow("nested, keys sorted by Qt") << QJsonValue(QJsonObject { { u"zeta"_s, 1 },
        { u"Alpha"_s, QJsonObject { { u"b"_s, QJsonArray { 1, QJsonObject { { u"c"_s, u"d"_s } } } } } },
        { u"alpha"_s, u"Ä"_s }, { u"ä"_s, 2 }, { u"_"_s, 3 } });
}

void TestJsonWriter::writesWhatQtWrites()
{
    QFETCH(QJsonValue, document);
    QCOMPARE(ours(document), qts(document));
}

void TestJsonWriter::membersOneByOneAsQtWritesThem()
{
    const QJsonObject expected {
        { u"agencies"_s,
            QJsonObject { { u"AF"_s, QJsonObject { { u"status"_s, u"data"_s } } }, { u"CSN"_s, QJsonObject() } } },
        { u"complete"_s, true }, { u"list"_s, QJsonArray { 1, u"två"_s, QJsonValue() } }, { u"version"_s, u"v11"_s }
    };
    QByteArray out;
    {
        JsonWriter w(&out);
        w.beginObject();
        w.key("agencies"_L1).beginObject();
        w.key("AF"_L1).beginObject();
        w.member("status"_L1, "data"_L1);
        w.endObject();
        w.key("CSN"_L1).beginObject();
        w.endObject();
        w.endObject();
        w.member("complete"_L1, true);
        w.key("list"_L1).beginArray();
        w.integer(1);
        w.string(u"två");
        w.stringOrNull(QString());
        w.endArray();
        w.member("version"_L1, u"v11"_s);
        w.endObject();
    }
    QCOMPARE(out, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::amountsAndDatesAsTheirTextForms()
{
    for (qint64 ore : { qint64(0), qint64(5), qint64(-5), qint64(-100), qint64(123456), qint64(-987654321),
             std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() + 1 }) {
        QByteArray out;
        JsonWriter(&out).money(Money::fromOre(ore));
        QCOMPARE(out, '"' + Money::fromOre(ore).toDecimalString().toUtf8() + '"');
    }
    for (QDate d : { QDate(2026, 1, 31), QDate(1, 2, 3), QDate(9999, 12, 31), QDate(2024, 2, 29) }) {
        QByteArray out;
        JsonWriter(&out).date(d);
        QCOMPARE(out, '"' + d.toString(Qt::ISODate).toUtf8() + '"');
    }
    QByteArray out;
    JsonWriter(&out).date(QDate());
    QCOMPARE(out, "null"_ba);
}

void TestJsonWriter::aDeviceGetsItInPiecesAndAFullDiskIsSaid()
{
    QJsonArray many;
    for (int i = 0; i < 20000; ++i)
        many.append(QJsonObject { { u"i"_s, i }, { u"text"_s, u"rad %1 – ett värde"_s.arg(i) } });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter w(&buffer);
        w.value(many);
        QVERIFY(buffer.size() > 0); // written while it goes, not kept whole
        QVERIFY(buffer.size() < qts(many).size());
        QVERIFY(w.flush());
    }
    QCOMPARE(buffer.data(), qts(many));

    QFile full(u"/dev/full"_s);
    QVERIFY2(
        full.open(QIODevice::WriteOnly | QIODevice::Unbuffered), "Linux has /dev/full: a disk that is always full");
    JsonWriter w(&full);
    w.value(many);
    QVERIFY(!w.flush());
    QVERIFY(w.failed());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
