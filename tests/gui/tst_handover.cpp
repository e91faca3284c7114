// The case system starts ssbtek-client with a link or options while the caseworker's window is
// open: the new process hands the lookup to the running window over the user's local socket
// and ends; a malformed link is refused with the reason and hands nothing over.

#include "testsupport.h"
#include "ui/instancechannel.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestHandOver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aSecondStartHandsTheLookupToTheRunningWindow();
    void aMalformedLinkIsRefusedAndNothingHandedOver();
    void theSocketIsTheUsersOnly();

private:
    QProcess *start(const QStringList &arguments);
    QTemporaryDir m_home;
    std::unique_ptr<ui::InstanceChannel> m_channel;
};

void TestHandOver::initTestCase()
{
    test::fixClock();
    QDir(m_home.path()).mkpath(u"run"_s);
    QFile::setPermissions(m_home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // The running window's end of it, as the program opens it for $XDG_RUNTIME_DIR.
    m_channel
        = std::make_unique<ui::InstanceChannel>(QDir(m_home.filePath(u"run"_s)).filePath(u"ssbtek-client.socket"_s));
    const auto listening = m_channel->listen();
    QVERIFY2(listening, qPrintable(listening.errorOr()));
}

QProcess *TestHandOver::start(const QStringList &arguments)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"SSBTEK_NOW"_s, u"2026-11-16T10:00:00"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(SSBTEK_CLIENT), arguments);
    return p;
}

void TestHandOver::aSecondStartHandsTheLookupToTheRunningWindow()
{
    QSignalSpy received(m_channel.get(), &ui::InstanceChannel::received);
    QProcess *link = start({ u"ssbtek:lookup?person=19850412-9829&case=SOC-2026-0417"_s });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(link->state(), QProcess::NotRunning, 20000);
    QCOMPARE(link->exitCode(), 0); // ended: no second window
    const QJsonObject open = received.at(0).at(0).toJsonObject().value(u"open"_s).toObject();
    QCOMPARE(open.value(u"person"_s).toString(), u"198504129829"_s);
    QCOMPARE(open.value(u"case-id"_s).toString(), u"SOC-2026-0417"_s);
    QCOMPARE(open.value(u"source"_s).toString(), u"link"_s);

    QProcess *options = start({ u"--person"_s, u"19850412-9829"_s, u"--case-id"_s, u"SOC-2"_s, u"--child"_s,
        u"19971212-9841"_s, u"--from"_s, u"2026-08-01"_s, u"--to"_s, u"2026-08-31"_s });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(options->state(), QProcess::NotRunning, 20000);
    const QJsonObject second = received.at(1).at(0).toJsonObject().value(u"open"_s).toObject();
    QCOMPARE(second.value(u"source"_s).toString(), u"command-line"_s);
    QCOMPARE(second.value(u"from"_s).toString(), u"2026-08-01"_s);
}

void TestHandOver::aMalformedLinkIsRefusedAndNothingHandedOver()
{
    QSignalSpy received(m_channel.get(), &ui::InstanceChannel::received);
    QProcess *bad = start({ u"ssbtek:lookup?person=19850412-9829&endpoint=https://elsewhere.example/"_s });
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += bad->readAllStandardError()).contains("refused"), 20000);
    QVERIFY2(said.contains("Unknown field"), said.constData());
    QVERIFY(!said.contains("19850412")); // the reason names no person
    bad->kill(); // it waits for the caseworker to read the message
    bad->waitForFinished(5000);
    QTest::qWait(200);
    QCOMPARE(received.size(), 0);
}

void TestHandOver::theSocketIsTheUsersOnly()
{
    const QFileInfo socket(m_channel->name());
    QVERIFY(socket.exists());
    QCOMPARE(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
}

QTEST_MAIN(TestHandOver)
#include "tst_handover.moc"
