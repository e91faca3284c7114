// The JSON object reader that keeps large arrays as bytes and reads them one element at a
// time: it must see exactly what a whole-document parse sees, whatever the threshold, and
// refuse what is cut off or nested without end.

#include "agencies/jsonobjectreader.h"

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
    const bool ok = r.forEach({ key }, [&](const JsonView &v) { out.append(v.toJsonValue()); }, &error);
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
    const QJsonObject whole = QJsonDocument::fromJson(Sample).object();
    QVERIFY(!whole.isEmpty());
    const auto root = JsonObjectReader::read(Sample, largeBytes);
    QVERIFY2(root.hasValue(), root ? "" : qPrintable(root.error()));
    QCOMPARE(root->keys(), QStringList({ u"utlamnare"_s, u"we\"ird [key]"_s, u"formansinformation"_s, u"utbetalningar"_s }));
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
        if (!fi || !fi->forEach({ u"utbetalningsuppgift" }, [](const JsonView &) {}, &error))
            ++refused;
    }
    QCOMPARE(refused, (Sample.size() - 3 + 2) / 3);
    QVERIFY(!JsonObjectReader::read("[1, 2]"));
    QVERIFY(!JsonObjectReader::read(""));
    QVERIFY(!JsonObjectReader::read(R"({"a": [1, 2,, 3]})", 0) || !JsonObjectReader::read(R"({"a": [1, 2,, 3]})", 0)->forEach({ u"a" }, [](const JsonView &) {}));
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
            list += R"({"n": )" + QByteArray::number(i) + R"(, "s": "a, [b] {c} \"d\", e\\", "l": [[1, 2], {"x": ","}]})";
    }
    list += "]";
    const QByteArray json = R"({"head": 1, "list": )" + list + R"(, "tail": [1]})";
    const QJsonArray whole = QJsonDocument::fromJson(json).object().value(u"list").toArray();
    QCOMPARE(whole.size(), 3000);
    const auto root = JsonObjectReader::read(json, 0);
    QVERIFY(root.hasValue());
    QCOMPARE(collect(*root, u"list"), whole);
    QCOMPARE(collect(*root, u"tail"), QJsonArray({ 1 }));

    // A broken element in a late run is refused, not skipped.
    QByteArray broken = json;
    broken.replace(R"({"n": 2999,)", R"({"n": 2999,,)");
    const auto brokenRoot = JsonObjectReader::read(broken, 0);
    QVERIFY(brokenRoot.hasValue()); // the structure is whole; the element is not
    QString error;
    int seen = 0;
    QVERIFY(!brokenRoot->forEach({ u"list" }, [&](const JsonView &) { ++seen; }, &error));
    QVERIFY(seen < 3000);
    QVERIFY(error.contains(u"not well-formed"));
}

void TestJsonReader::refusesEndlessNesting()
{
    const QByteArray deep = "{\"a\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!JsonObjectReader::read(deep, 0));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
