// Hostile answers: external entities are never fetched, entity expansion and nesting depth
// are bounded, and a malformed document of any kind is an error value, never a crash.

#include "agencies/csn/csnparser.h"
#include "agencies/skv/skvparser.h"
#include "answer/answerparser.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Ns = "http://schema.forsakringskassan.se/integration/ssbt/11";

QByteArray answerWith(const QByteArray &doctype, const QByteArray &miv)
{
    return "<?xml version=\"1.0\"?>" + doctype
        + "<s:Envelope "
          "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><a:hamtaBastjanstInformationResponse "
          "xmlns:a=\""
        + Ns + "\"><a:svarsdata><a:MIV><a:data><response><hemland>" + miv
        + "</hemland></response></a:data></a:MIV></a:svarsdata></a:hamtaBastjanstInformationResponse></s:Body></"
          "s:Envelope>";
}
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void externalEntitiesAreNeverFetched();
    void entityExpansionIsBounded();
    void deepNestingIsAnErrorNotACrash();
    void hostileEmbeddedDocumentsToo();
};

void TestHostile::externalEntitiesAreNeverFetched()
{
    QTemporaryFile secret;
    QVERIFY(secret.open());
    secret.write("TOP-SECRET-CONTENT");
    secret.flush();
    const QByteArray doctype
        = "<!DOCTYPE s:Envelope [<!ENTITY x SYSTEM \"file://" + secret.fileName().toUtf8() + "\">]>";
    const auto answer
        = AnswerParser::parse(answerWith(doctype, "&x;"), *ProtocolVersion::byNumber(11), { Agency::MIV });
    // Either refused or read without the file's content: never the content.
    if (answer) {
        const MivData *miv = answer->outcome(Agency::MIV).get<MivData>();
        QVERIFY(!miv || !miv->homeCountry.contains(u"TOP-SECRET"));
        QVERIFY(!answer->outcome(Agency::MIV).raw.contains("TOP-SECRET"));
    }
}

void TestHostile::entityExpansionIsBounded()
{
    // "Billion laughs": ten levels of ten-fold expansion (10^10 characters if expanded).
    QByteArray doctype = "<!DOCTYPE s:Envelope [<!ENTITY l0 \"ha\">";
    for (int i = 1; i <= 10; ++i) {
        doctype += "<!ENTITY l" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            doctype += "&l" + QByteArray::number(i - 1) + ';';
        doctype += "\">";
    }
    doctype += "]>";
    QElapsedTimer t;
    t.start();
    const auto answer
        = AnswerParser::parse(answerWith(doctype, "&l10;"), *ProtocolVersion::byNumber(11), { Agency::MIV });
    QVERIFY(!answer.hasValue()); // refused: the expansion limit is hit
    QVERIFY(t.elapsed() < 5000);
}

void TestHostile::deepNestingIsAnErrorNotACrash()
{
    QByteArray deep;
    for (int i = 0; i < 200000; ++i)
        deep += "<x>";
    const auto answer = AnswerParser::parse(answerWith({}, deep), *ProtocolVersion::byNumber(11), { Agency::MIV });
    QVERIFY(!answer.hasValue()); // unclosed: an error value; and no stack was exhausted on the way
    QByteArray closed = deep;
    for (int i = 0; i < 200000; ++i)
        closed += "</x>";
    // Deep but well-formed: the depth bound refuses it, saying why, without recursion.
    const auto nested = AnswerParser::parse(answerWith({}, closed), *ProtocolVersion::byNumber(11), { Agency::MIV });
    QVERIFY(!nested.hasValue());
    QVERIFY2(nested.error().message.contains(u"nested too deeply"), qPrintable(nested.error().message));
    // Ordinary depth is fine.
    const auto shallow = AnswerParser::parse(
        answerWith({}, "<x><y>Testland</y></x>"), *ProtocolVersion::byNumber(11), { Agency::MIV });
    QVERIFY(shallow.hasValue());
    QCOMPARE(shallow->outcome(Agency::MIV).get<MivData>()->homeCountry, u"Testland"_s);
}

void TestHostile::hostileEmbeddedDocumentsToo()
{
    QByteArray bomb = "<!DOCTYPE CSNSvar [<!ENTITY a \"aaaaaaaaaa\">";
    for (int i = 1; i <= 8; ++i) {
        bomb += "<!ENTITY " + QByteArray(i + 1, 'a') + " \"";
        for (int j = 0; j < 10; ++j)
            bomb += '&' + QByteArray(i, 'a') + ';';
        bomb += "\">";
    }
    bomb
        += "]><CSNSvar "
           "xmlns=\"http://schema.csn.se/v4.0/kommunfraga\"><GemensamtSvarEkbistand><Resultat><ResultatText>&aaaaaaaaa;"
           "</ResultatText></Resultat></GemensamtSvarEkbistand></CSNSvar>";
    QVERIFY(!parseCsn(bomb).hasValue());
    const auto skv = parseSkvDocument(QString::fromUtf8("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                                        "<x><Fornamn>&e;</Fornamn></x>"));
    QVERIFY(!skv || !skv->firstName.contains(u"root:"));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
