// IT staff's settings page and the certificate warning, through real widgets (offscreen).

#include "core/clock.h"
#include "simulator/simulatorserver.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lockedValuesCannotBeChangedAndSourcesShow();
    void invalidValuesAreNotSaved();
    void showsTheClientCertificateAndExplainsAWrongPassphrase();
    void throughAGatewayTheCertificateIsTheCaseworkersOwn();
    void testConnectionShowsARowPerAgencyAndTheServerCertificate();
    void warnsInTheMainWindowFrom30DaysBeforeExpiry();
    void warnsAboutALegalBasisPastItsEnd();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ssbtek-settings-tests"_s);
    QSettings().clear();
    test::fixClock();
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
}

void TestSettingsDialog::lockedValuesCannotBeChangedAndSourcesShow()
{
    ConfigLayers layers(
        write(u"system.conf"_s,
            "[organisation]\nnumber=555000-0003\nname=Exempels kommun\n[locks]\nkeys=organisation/number\n"),
        write(u"user.conf"_s, "[caseworker]\nid=anna\n"));
    ui::SettingsDialog dialog(layers);
    QLineEdit *number = dialog.field(u"organisation/number"_s);
    QVERIFY(!number->isEnabled());
    QCOMPARE(number->text(), u"555000-0003"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"organisation/number/source"_s)->text(), u"system, locked"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"organisation/name/source"_s)->text(), u"system"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"caseworker/id/source"_s)->text(), u"yours"_s);
    QVERIFY(dialog.field(u"caseworker/id"_s)->isEnabled());
    dialog.field(u"caseworker/id"_s)->setText(u"bertil"_s);
    QVERIFY(dialog.save());
    QSettings user(m_dir.filePath(u"user.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"caseworker/id"_s).toString(), u"bertil"_s);
    QVERIFY(!user.contains(u"organisation/number"_s)); // a locked key is never written
}

void TestSettingsDialog::invalidValuesAreNotSaved()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user2.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    dialog.field(u"endpoint/url"_s)->setText(u"http://ssbtek.example/"_s);
    dialog.field(u"organisation/number"_s)->setText(u"555000-0004"_s);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problems()->text().contains(u"endpoint/url"));
    QVERIFY(dialog.problems()->text().contains(u"organisation/number"));
    QSettings user(m_dir.filePath(u"user2.conf"_s), QSettings::IniFormat);
    QVERIFY(!user.contains(u"endpoint/url"_s));
}

void TestSettingsDialog::showsTheClientCertificateAndExplainsAWrongPassphrase()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user3.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    dialog.field(u"tls/certificate"_s)->setText(test::cert(u"client.pem"_s));
    dialog.field(u"tls/key"_s)->setText(test::cert(u"client.key"_s));
    dialog.showCertificate();
    QVERIFY(dialog.certificateDetails()->text().contains(u"CN=client"));
    QVERIFY(dialog.certificateDetails()->text().contains(u"TEST-ONLY CA"));
    QVERIFY(dialog.certificateDetails()->text().contains(u"left"));
    dialog.field(u"tls/certificate"_s)->clear();
    dialog.field(u"tls/key"_s)->clear();
    dialog.field(u"tls/pkcs12"_s)->setText(test::cert(u"client.p12"_s));
    dialog.passphrase()->setText(u"wrong"_s);
    dialog.showCertificate();
    QVERIFY(dialog.certificateDetails()->text().contains(u"passphrase is wrong"));
    dialog.passphrase()->setText(u"test-only"_s);
    dialog.showCertificate();
    QVERIFY(dialog.certificateDetails()->text().contains(u"CN=client"));
}

void TestSettingsDialog::throughAGatewayTheCertificateIsTheCaseworkersOwn()
{
    ConfigLayers layers(
        write(u"system-gw.conf"_s,
            "[endpoint]\nurl=https://127.0.0.1:1/\n[organisation]\nnumber=555000-0003\n"
            "name=Testkommunen\n[lefi]\nactorId=000-00\n[query]\nlegalBasis=Testkommunens grund (2025:400)\n"
            "[locks]\nkeys=endpoint/url\n"),
        write(u"user-gw.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    dialog.field(u"tls/certificate"_s)->setText(test::cert(u"anna.pem"_s));
    dialog.field(u"tls/key"_s)->setText(test::cert(u"anna.key"_s));
    dialog.showCertificate();
    QVERIFY(dialog.certificateDetails()->text().contains(u"The organisation's"));
    // IT says the endpoint is a gateway: the same certificate is now shown as the caseworker's own.
    dialog.field(u"endpoint/gateway"_s)->setText(u"true"_s);
    emit dialog.field(u"endpoint/gateway"_s)->editingFinished();
    QVERIFY(dialog.certificateDetails()->text().contains(u"Yours, personal"));
    QVERIFY(dialog.certificateDetails()->text().contains(u"CN=anna"));
    // Without a certificate it cannot be saved, and the page says what the gateway needs.
    dialog.field(u"tls/certificate"_s)->clear();
    dialog.field(u"tls/key"_s)->clear();
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problems()->text().contains(u"personal certificate"));
    // A switch that is neither true nor false is not saved either.
    dialog.field(u"tls/certificate"_s)->setText(test::cert(u"anna.pem"_s));
    dialog.field(u"tls/key"_s)->setText(test::cert(u"anna.key"_s));
    dialog.field(u"endpoint/gateway"_s)->setText(u"yes"_s);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problems()->text().contains(u"endpoint/gateway must be true or false"));
    dialog.field(u"endpoint/gateway"_s)->setText(u"true"_s);
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QSettings user(m_dir.filePath(u"user-gw.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"endpoint/gateway"_s).toString(), u"true"_s);
}

void TestSettingsDialog::testConnectionShowsARowPerAgencyAndTheServerCertificate()
{
    sim::SimulatorOptions options;
    options.tls = true;
    options.ssl = *sim::SimulatorOptions::serverSsl(
        test::cert(u"server.pem"_s), test::cert(u"server.key"_s), test::cert(u"ca.pem"_s), nullptr);
    options.pingErrors.insert(u"CSN"_s,
        QJsonObject { { u"source"_s, u"BT"_s }, { u"code"_s, u"CSN-TEST"_s },
            { u"messages"_s, QJsonArray { u"Testtjänsten svarar inte"_s } } });
    sim::SimulatorServer server(options, *sim::PersonCatalogue::load());
    QVERIFY(server.start());
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user4.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    dialog.field(u"endpoint/url"_s)->setText(server.url().toString());
    dialog.field(u"tls/certificate"_s)->setText(test::cert(u"client.pem"_s));
    dialog.field(u"tls/key"_s)->setText(test::cert(u"client.key"_s));
    dialog.field(u"tls/ca"_s)->setText(test::cert(u"ca.pem"_s));
    QSignalSpy tested(&dialog, &ui::SettingsDialog::tested);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QTableWidget *table = dialog.testTable();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(0, 1)->text(), u"called"_s);
    QCOMPARE(table->item(1, 1)->text(), u"error"_s);
    QVERIFY(table->item(1, 2)->text().contains(u"CSN-TEST"));
    QVERIFY(dialog.findChild<QLabel *>(u"serverCertificate"_s)->text().contains(u"CN=server"));
    QVERIFY(dialog.problems()->text().contains(u"TLS 1."));
}

void TestSettingsDialog::warnsInTheMainWindowFrom30DaysBeforeExpiry()
{
    AppSettings settings;
    settings.endpoint = QUrl(u"https://127.0.0.1:9/ssbtek"_s); // never contacted here
    settings.store.sqlitePath = m_dir.filePath(u"store.sqlite"_s);
    settings.tls.certificatePath = test::cert(u"client-soon.pem"_s); // expires 29 days after it was made
    settings.tls.keyPath = test::cert(u"client-soon.key"_s);
    // The day the test certificates were made (they are made fresh, so from the system clock).
    clock::fixAt(QSslCertificate::fromPath(settings.tls.certificatePath).value(0).effectiveDate());
    ui::MainWindow soon(settings, false);
    QVERIFY(soon.certificateWarning()->isVisibleTo(&soon));
    QVERIFY(soon.certificateWarning()->text().contains(u"days"));
    settings.tls.certificatePath = test::cert(u"client.pem"_s); // a year left
    settings.tls.keyPath = test::cert(u"client.key"_s);
    ui::MainWindow fine(settings, false);
    QVERIFY(!fine.certificateWarning()->isVisibleTo(&fine));
    test::fixClock();
}

void TestSettingsDialog::warnsAboutALegalBasisPastItsEnd()
{
    // IT's presets: one that ended yesterday, one valid through today.
    const QByteArray presets = "[query]\nlegalBasis=I dag (2025:400)\nlegalBasisPresets=\"I går (2025:400) | to="
        + test::today().addDays(-1).toString(Qt::ISODate).toUtf8()
        + "\", \"I dag (2025:400) | to=" + test::today().toString(Qt::ISODate).toUtf8() + "\"\n";
    ConfigLayers layers(write(u"system-bases.conf"_s, presets), write(u"user-bases.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    const QString shown = dialog.problems()->text();
    QVERIFY2(
        shown.contains(u"“I går (2025:400)” could be cited until "_s + test::today().addDays(-1).toString(Qt::ISODate)),
        qPrintable(shown));
    QVERIFY2(!shown.contains(u"“I dag"), qPrintable(shown));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
