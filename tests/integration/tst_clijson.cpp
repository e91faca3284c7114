// The CLI's documented JSON (`ssbtek-cli parse FILE --format json`) byte for byte as it was
// when Qt's QJsonDocument wrote it, now that it is written as it goes: for every fixture answer
// and every catalogue person's answer in v10 and v11. cli-json.sha256 holds what the earlier
// writer printed for each; to see one that differs, set SSBTEK_CLI_JSON_KEEP=DIR and compare
// the files left there. Also: a full disk is said, with its own exit code.

#include "client/requestbuilder.h"
#include "client/ssbtekclient.h"
#include "simulator/answerwriter.h"
#include "simulator/personcatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

// Not the suite's date (tests/run-on-dates.sh moves it): the catalogue's answers follow the day.
const QDate AnswerDay(2026, 6, 15);
const QByteArray AnswerInstant = "2026-06-15T10:00:00";

} // namespace

class TestCliJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theJsonIsWhatItWas_data();
    void theJsonIsWhatItWas();
    void aFullDiskIsSaidWithItsOwnExitCode();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run parse(const QString &file, const QString &outputFile = QString()) const;
    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_expected; // name → sha256 (hex)
    QStringList m_inputs;
};

void TestCliJson::initTestCase()
{
    QFile table(QStringLiteral(EXPECTED));
    QVERIFY2(table.open(QIODevice::ReadOnly), qPrintable(table.fileName()));
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2)
            m_expected.insert(QString::fromUtf8(parts.at(0)), parts.at(1));
    }
    for (const QString &name : QDir(QStringLiteral(FIXTURES)).entryList({ u"answer-*.xml"_s })) {
        QVERIFY(QFile::copy(QStringLiteral(FIXTURES) + u'/' + name, m_dir.filePath(name)));
        m_inputs << name;
    }
    // Each catalogue person asked about every agency, in each version, as the simulator answers.
    const auto catalogue = sim::PersonCatalogue::load();
    QVERIFY2(catalogue, qPrintable(catalogue.errorOr()));
    for (const sim::TestPerson &person : catalogue->persons()) {
        for (const ProtocolVersion &version : ProtocolVersion::all()) {
            Query q;
            q.person = *Personnummer::parse(person.personnummer, AnswerDay);
            q.period = Period::parse(u"2026-01-01"_s, u"2026-06-15"_s);
            q.purpose = u"Utredning av ekonomiskt bistånd"_s;
            q.legalBasis = u"Testkommunens grund (2025:400)"_s;
            q.caseId = u"JSON-1"_s;
            q.correlationId = u"00000000-0000-4000-8000-000000000001"_s;
            q.askedAt = QDateTime(AnswerDay, QTime(10, 0), Qt::UTC);
            q.organisationNumber = u"555000-0003"_s;
            q.organisationName = u"Testkommunen"_s;
            q.caseworker = u"anna"_s;
            q.lefi = LefiQuery::standard(u"000-00"_s);
            const auto built = RequestBuilder::build(q, version);
            QVERIFY2(built.hasValue(), qPrintable(person.personnummer));
            const sim::SimRequest request = sim::SimRequest::parse(SsbtekClient::envelope(built->message, version), {});
            const QString name = u"person-%1-%2.xml"_s.arg(person.personnummer, version.label());
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sim::answerwriter::fetchAnswer(request, &person, version, AnswerDay));
            m_inputs << name;
        }
    }
}

TestCliJson::Run TestCliJson::parse(const QString &file, const QString &outputFile) const
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SSBTEK_NOW"_s, QString::fromLatin1(AnswerInstant));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    cli.setProcessEnvironment(env);
    if (!outputFile.isEmpty())
        cli.setStandardOutputFile(outputFile);
    cli.start(QStringLiteral(SSBTEK_CLI), { u"parse"_s, m_dir.filePath(file), u"--format"_s, u"json"_s });
    if (!cli.waitForFinished(60000))
        return {};
    return { cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, cli.readAllStandardOutput(),
        cli.readAllStandardError() };
}

void TestCliJson::theJsonIsWhatItWas_data()
{
    QTest::addColumn<QString>("input");
    for (const QString &name : m_inputs)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCliJson::theJsonIsWhatItWas()
{
    QFETCH(QString, input);
    const Run run = parse(input);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 5, run.err.constData()); // 5: an agency failed, as some persons show
    if (const QString keep = qEnvironmentVariable("SSBTEK_CLI_JSON_KEEP"); !keep.isEmpty()) {
        QFile::copy(m_dir.filePath(input), keep + u'/' + input);
        QFile out(keep + u'/' + input + u".json"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(run.out);
    }
    QVERIFY2(m_expected.contains(input), "not in cli-json.sha256: a new fixture or person needs its line");
    QCOMPARE(QCryptographicHash::hash(run.out, QCryptographicHash::Sha256).toHex(), m_expected.value(input));
}

void TestCliJson::aFullDiskIsSaidWithItsOwnExitCode()
{
    const Run run = parse(u"answer-v11-mixed.xml"_s, u"/dev/full"_s);
    QCOMPARE(run.exitCode, 8);
    QVERIFY2(run.err.contains("could not be written"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_clijson.moc"
