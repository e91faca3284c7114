// The JSON object reader that keeps large arrays as bytes and reads them one element at a
// time: it must see exactly what a whole-document parse sees, whatever the threshold, and
// refuse what is cut off or nested without end.

#include "agencies/jsonnumbers.h"
#include "agencies/jsonobjectreader.h"
#include "agencies/parsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ssbtek::parsing;
using namespace Qt::StringLiterals;

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seesWhatTheWholeDocumentHolds_data();
    void seesWhatTheWholeDocumentHolds();
    void readsLongArraysInRunsCutBetweenElements();
    void refusesWhatIsCutOff();
    void refusesEndlessNesting();
    void numbersKeepTheirTextWhereverTheyAreRead();
};

namespace {

const QByteArray Sample = R"({
  "utlamnare": [ {"utlamnare": {"id": "FK"}, "tillstand": {"id": "OK"}} ],
  "we\"ird [key]": "a } string ] with \" quotes \\\\",
  "formansinformation": {
    "utbetalningsuppgift": [
      {"datum": "2026-01-24", "nettobelopp": 100.5, "text": "[{\"not\": \"nested\"}]"},
      {"datum": "2026-02-24", "nettobelopp": {"summa": 200}, "utbetalningsdetalj": [{"forman": {"id": "AS"}}]},
      {"datum": "2026-03-24", "nettobelopp": -3}
    ],
    "omvardnadsbidragarende": {"beslut": {"fattades": "2025-05-05"}},
    "programjobdagar": [ {"antalForbrukade": 450, "harForbrukatMaxAntal": true} ]
  },
  "utbetalningar": []
})";

QJsonArray collect(const JsonObjectReader &r, QStringView key)
{
    QJsonArray out;
    QString error;
    const bool ok = r.forEach(
        { key }, [&](const JsonView &v) { out.append(v.toJsonValue()); }, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return out;
}

} // namespace

void TestJsonReader::seesWhatTheWholeDocumentHolds_data()
{
    QTest::addColumn<qsizetype>("largeBytes");
    QTest::newRow("every array read element by element") << qsizetype(0);
    QTest::newRow("only the payments") << qsizetype(200);
    QTest::newRow("nothing large") << qsizetype(1 << 30);
}

void TestJsonReader::seesWhatTheWholeDocumentHolds()
{
    QFETCH(qsizetype, largeBytes);
    // The reader keeps numbers as text (jsonnumbers.h): it sees what Qt sees of the marked text.
    const QJsonObject whole = QJsonDocument::fromJson(markNumbers(Sample)).object();
    QVERIFY(!whole.isEmpty());
    const auto root = JsonObjectReader::read(Sample, largeBytes);
    QVERIFY2(root.hasValue(), root ? "" : qPrintable(root.error()));
    QCOMPARE(
        root->keys(), QStringList({ u"utlamnare"_s, u"we\"ird [key]"_s, u"formansinformation"_s, u"utbetalningar"_s }));
    QCOMPARE(collect(*root, u"utlamnare"), whole.value(u"utlamnare").toArray());
    QCOMPARE(root->members().value(u"we\"ird [key]"), whole.value(u"we\"ird [key]"));
    QVERIFY(collect(*root, u"utbetalningar").isEmpty());
    QVERIFY(collect(*root, u"absent").isEmpty());
    const auto fi = root->object(u"formansinformation");
    QVERIFY(fi.hasValue());
    const QJsonObject wholeFi = whole.value(u"formansinformation").toObject();
    QCOMPARE(collect(*fi, u"utbetalningsuppgift"), wholeFi.value(u"utbetalningsuppgift").toArray());
    // A single object where a list may stand is one element.
    QCOMPARE(collect(*fi, u"omvardnadsbidragarende"), QJsonArray { wholeFi.value(u"omvardnadsbidragarende") });
    QCOMPARE(collect(*fi, u"programjobdagar"), wholeFi.value(u"programjobdagar").toArray());
    QCOMPARE(fi->keys().size(), 3);
    // Everything else, large or not, whole: what the readers of the small members see.
    QJsonObject rest = wholeFi;
    rest.remove(u"utbetalningsuppgift"_s);
    QCOMPARE(*fi->allExcept({ u"utbetalningsuppgift" }), rest);
}

void TestJsonReader::refusesWhatIsCutOff()
{
    // Cut anywhere inside, the document is refused (or, cut inside the large array, its
    // reading fails) — and nothing crashes or reads past the bytes.
    qsizetype refused = 0;
    for (qsizetype cut = 1; cut < Sample.size() - 2; cut += 3) {
        const QByteArray part = Sample.left(cut);
        const auto root = JsonObjectReader::read(part, 0);
        if (!root) {
            ++refused;
            continue;
        }
        const auto fi = root->object(u"formansinformation");
        QString error;
        if (!fi
            || !fi->forEach(
                { u"utbetalningsuppgift" }, [](const JsonView &) {}, &error))
            ++refused;
    }
    QCOMPARE(refused, (Sample.size() - 3 + 2) / 3);
    QVERIFY(!JsonObjectReader::read("[1, 2]"));
    QVERIFY(!JsonObjectReader::read(""));
    QVERIFY(!JsonObjectReader::read(R"({"a": [1, 2,, 3]})", 0)
        || !JsonObjectReader::read(R"({"a": [1, 2,, 3]})", 0)->forEach({ u"a" }, [](const JsonView &) {}));
}

void TestJsonReader::readsLongArraysInRunsCutBetweenElements()
{
    // Far more than one run (4 KB at the least): elements with commas, brackets, escaped
    // quotes and backslashes in their strings, nested arrays, and a few values not objects.
    QByteArray list = "[";
    for (int i = 0; i < 3000; ++i) {
        if (i > 0)
            list += i % 7 == 0 ? " ,\n " : ",";
        if (i % 500 == 0)
            list += QByteArray::number(i);
        else
            list += R"({"n": )" + QByteArray::number(i)
                + R"(, "s": "a, [b] {c} \"d\", e\\", "l": [[1, 2], {"x": ","}]})";
    }
    list += "]";
    const QByteArray json = R"({"head": 1, "list": )" + list + R"(, "tail": [1]})";
    const QJsonArray whole = QJsonDocument::fromJson(markNumbers(json)).object().value(u"list").toArray();
    QCOMPARE(whole.size(), 3000);
    const auto root = JsonObjectReader::read(json, 0);
    QVERIFY(root.hasValue());
    QCOMPARE(collect(*root, u"list"), whole);
    QCOMPARE(collect(*root, u"tail"),
        QJsonArray({ u"\u0001"
                     "1"_s }));

    // A broken element in a late run is refused, not skipped.
    QByteArray broken = json;
    broken.replace(R"({"n": 2999,)", R"({"n": 2999,,)");
    const auto brokenRoot = JsonObjectReader::read(broken, 0);
    QVERIFY(brokenRoot.hasValue()); // the structure is whole; the element is not
    QString error;
    int seen = 0;
    QVERIFY(!brokenRoot->forEach(
        { u"list" }, [&](const JsonView &) { ++seen; }, &error));
    QVERIFY(seen < 3000);
    QVERIFY(error.contains(u"not well-formed"));
}

void TestJsonReader::refusesEndlessNesting()
{
    const QByteArray deep = "{\"a\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!JsonObjectReader::read(deep, 0));
}

void TestJsonReader::numbersKeepTheirTextWhereverTheyAreRead()
{
    // A long array (read in runs by simdjson) and small members (read by Qt): the same text.
    QByteArray list = "[";
    for (int i = 0; i < 200; ++i)
        list += (i ? "," : "")
            + QByteArray(R"({"n": 100.005, "big": 12345678901234567890, "e": 1.5E3, "s": "-12", "k": {"a": 7}})");
    list += "]";
    const QByteArray json = R"({"small": {"summa": 8360.50, "t": "x1e5", "b": true, "z": -0}, "list": )" + list + "}";
    const auto root = JsonObjectReader::read(json, 0);
    QVERIFY(root.hasValue());
    int seen = 0;
    QVERIFY(root->forEach({ u"list" }, [&](const JsonView &v) {
        ++seen;
        QVERIFY(isNumber(v.value("n")));
        QVERIFY(money(v.value("n")).isUnreadable()); // a digit beyond öre: not rounded to 100.01 or 100.00
        QCOMPARE(money(v.value("n")).raw(), u"100.005"_s);
        QCOMPARE(string(v.value("big")), u"12345678901234567890"_s); // a double would say 1.2345678901234567e+19
        QCOMPARE(money(v.value("e")).exact()->ore(), qint64(150000));
        QVERIFY(!isNumber(v.value("s"))); // a string stays a string …
        QCOMPARE(money(v.value("s")).exact()->ore(), qint64(-1200)); // … read as xs:decimal
        QCOMPARE(integer(value(v.value("k"), { "a" })), std::optional<int>(7));
    }));
    QCOMPARE(seen, 200);
    const QJsonValue small = root->allExcept({ u"list" })->value(u"small"_s);
    QCOMPARE(money(small).exact()->ore(), qint64(836050)); // {"summa": …}
    QCOMPARE(string(value(small, { "t" })), u"x1e5"_s); // numbers inside strings are left alone
    QCOMPARE(boolean(value(small, { "b" })), std::optional<bool>(true));
    QCOMPARE(money(value(small, { "z" })).exact()->ore(), qint64(0));
    // What looks like a number but is not one of JSON's form is kept as text too, and read as
    // an amount that could not be read — by Qt and by simdjson alike, never as something else.
    for (const char *bad : { "01", "1.", "-", "1e", ".5", "+1", "1.2.3", "1e5e5" }) {
        const QByteArray text = "{\"a\": " + QByteArray(bad) + ", \"l\": [" + QByteArray(bad) + "]}";
        const auto r = JsonObjectReader::read(text, 0);
        QVERIFY2(r.hasValue(), bad);
        const ssbtek::Amount a = money(r->members().value(u"a"_s));
        QVERIFY2(a.isUnreadable() && a.raw() == QString::fromLatin1(bad), bad);
        QVERIFY(r->forEach({ u"l" }, [&](const JsonView &v) { QCOMPARE(money(v).raw(), QString::fromLatin1(bad)); }));
    }
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
