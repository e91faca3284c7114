// The translations: Swedish complete and current with the sources (a new string without its
// Swedish fails here), placeholders kept, plural forms given, the language chosen as documented,
// and the texts the libraries produce at run time found in the Swedish catalogue.

#include "client/clientfailure.h"
#include "core/personnummer.h"
#include "domain/agency.h"
#include "explain/explanations.h"
#include "i18n/translations.h"
#include "recordingtranslator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QList<Message> list;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return list;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isEndElement()) {
            if (xml.name() == u"message")
                list.append(m);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS" && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message { context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes" };
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations = { xml.readElementText() };
        } else if (name == u"numerusform") {
            m.translations.append(xml.readElementText());
        }
    }
    return list;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SSBTEK_SOURCE_DIR "/translations/ssbtek_") + language + u".ts"_s;
}

// %1…%99 and %n, as a sorted list (a translation may reorder them, never drop or add one).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QString describe(const Message &m)
{
    return m.context + u" | "_s + m.source.left(80);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void swedishIsCompleteAndKeepsPlaceholders();
    void englishHasEveryPluralForm();
    void everySourceStringHasItsSwedish();
    void theLanguageIsChosenAsDocumented();
    void libraryTextsAreFoundInSwedish();
};

void TestTranslations::swedishIsCompleteAndKeepsPlaceholders()
{
    QString language;
    const QList<Message> messages = readTs(tsPath(u"sv"_s), &language);
    QCOMPARE(language, u"sv_SE"_s);
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            problems.append(m.type + u": "_s + describe(m));
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems.append(u"empty: "_s + describe(m));
        else if (m.numerus && m.translations.size() != 2)
            problems.append(u"Swedish has two plural forms: "_s + describe(m));
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems.append(u"placeholders differ: "_s + describe(m));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishHasEveryPluralForm()
{
    const QList<Message> swedish = readTs(tsPath(u"sv"_s));
    const QList<Message> english = readTs(tsPath(u"en"_s));
    qsizetype plurals = 0;
    for (const Message &m : swedish)
        plurals += m.numerus ? 1 : 0;
    QCOMPARE(english.size(), plurals); // English is the source language: only the plurals
    for (const Message &m : english) {
        QVERIFY2(m.numerus && m.type.isEmpty() && m.translations.size() == 2 && !m.translations.contains(QString()),
            qPrintable(describe(m)));
        QVERIFY2(m.translations.at(0) != m.translations.at(1) || !m.source.contains(u"(s)"_s), qPrintable(describe(m)));
    }
}

void TestTranslations::everySourceStringHasItsSwedish()
{
    // lupdate over the sources, into a copy of the Swedish file: a string new in the code (or
    // changed) arrives unfinished, which is what a forgotten translation looks like.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"ssbtek_sv.ts"_s);
    QVERIFY(QFile::copy(tsPath(u"sv"_s), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(SSBTEK_LUPDATE),
        { u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, QStringLiteral(SSBTEK_SOURCE_DIR "/lib"),
            QStringLiteral(SSBTEK_SOURCE_DIR "/ui"), QStringLiteral(SSBTEK_SOURCE_DIR "/app"), u"-ts"_s, copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> current = readTs(copy);
    QStringList missing;
    for (const Message &m : current) {
        if (!m.type.isEmpty())
            missing.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"Strings without Swedish (run the update_translations target and translate them):\n"_s
            + missing.join(u'\n')));
    QCOMPARE(current.size(), readTs(tsPath(u"sv"_s)).size()); // nothing in the file that the code lost
}

void TestTranslations::theLanguageIsChosenAsDocumented()
{
    QCOMPARE(i18n::choose(u"sv"_s, { u"en-US"_s }), u"sv"_s); // the request wins
    QCOMPARE(i18n::choose(u"EN"_s, { u"sv-SE"_s }), u"en"_s);
    QCOMPARE(i18n::choose(u"de"_s, { u"sv-SE"_s }), u"sv"_s); // one we lack: the system's
    QCOMPARE(i18n::choose(QString(), { u"sv_SE.UTF-8"_s }), u"sv"_s);
    QCOMPARE(i18n::choose(QString(), { u"de-DE"_s, u"sv-FI"_s }), u"sv"_s); // first we speak
    QCOMPARE(i18n::choose(QString(), { u"fr-FR"_s }), u"en"_s); // none: English, the source
    QCOMPARE(i18n::choose(QString(), { u"C"_s }), u"en"_s);

    QCOMPARE(i18n::argumentValue({ u"app"_s, u"--lang"_s, u"sv"_s }, u"lang"_s), u"sv"_s);
    QCOMPARE(i18n::argumentValue({ u"app"_s, u"query"_s, u"--lang=en"_s }, u"lang"_s), u"en"_s);
    QCOMPARE(i18n::argumentValue({ u"app"_s, u"--language"_s, u"sv"_s }, u"lang"_s), QString());
    QCOMPARE(i18n::argumentValue({ u"app"_s, u"--"_s, u"--lang"_s, u"sv"_s }, u"lang"_s), QString());
    QCOMPARE(i18n::argumentValue({ u"--lang"_s, u"sv"_s }, u"lang"_s), QString()); // argv[0] is the program
}

void TestTranslations::libraryTextsAreFoundInSwedish()
{
    test::RecordingTranslator recorder;
    QVERIFY(recorder.load(u"sv"_s));
    QCoreApplication::installTranslator(&recorder);

    QCOMPARE(Personnummer::errorText(Personnummer::parse(u"19850412-9828"_s, QDate(2026, 11, 24)).error()),
        u"Kontrollsiffran stämmer inte: leta efter en felskriven siffra."_s);
    for (int e = 0; e <= int(Personnummer::Error::BadChecksum); ++e)
        QVERIFY(!Personnummer::errorText(Personnummer::Error(e)).isEmpty());
    QCOMPARE(agencyName(Agency::FK), u"Försäkringskassan och Pensionsmyndigheten"_s);
    QVERIFY(explain::activityReport(u"500"_s).text.contains(u"hittar inte personen"_s));

    // Every failure kind, every explanation the catalogue has, every agency.
    for (int k = 0; k <= int(ClientFailure::Kind::Network); ++k) {
        ClientFailure f;
        f.kind = ClientFailure::Kind(k);
        f.detail = u"x"_s;
        QVERIFY(!f.message().isEmpty());
    }
    for (const QString &code : { u"200"_s, u"500"_s, u"501"_s, u"502"_s, u"999"_s })
        explain::activityReport(code);
    for (const QString &code : { u"0"_s, u"1"_s, u"OK"_s, u"FEL"_s, u"EJ_TILLGANGLIG"_s, u"X"_s }) {
        explain::lefiProviderState(code);
        explain::lefiDeviation(code);
        explain::tnsResult(code);
        explain::csnResult(code, u"t"_s);
        explain::permitValidity(code);
    }
    explain::csnNotFound();
    for (Agency a : AllAgencies)
        agencyName(a);

    QCoreApplication::removeTranslator(&recorder);
    QVERIFY(recorder.lookups() > 40);
    QVERIFY2(recorder.missed().isEmpty(), qPrintable(recorder.missed().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
