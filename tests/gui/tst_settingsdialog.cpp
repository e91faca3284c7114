// IT staff's settings page and the certificate warning, through real widgets (offscreen).

#include "core/clock.h"
#include "simulator/simulatorserver.h"
#include "testsupport.h"
#include "ui/connectwizard.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
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
    void labelsAreWordsNotKeys();
    void typedFieldsRefuseInvalidValues();
    void invalidValuesAreNotSaved();
    void showsTheClientCertificateAndExplainsAWrongPassphrase();
    void theCertificateChooserReadsPkcs12AndPem();
    void throughAGatewayTheCertificateIsTheCaseworkersOwn();
    void aSwitchThatIsNeitherTrueNorFalseIsShownAndNotSaved();
    void testConnectionShowsARowPerAgencyAndTheServerCertificate();
    void theAssistantChecksEachPageTestsAndWritesTheFileToDeploy();
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
    const QString system = write(u"system.conf"_s,
        "[organisation]\nnumber=555000-0003\nname=Exempels kommun\n[timeouts]\nanswerSeconds=90\n"
        "[locks]\nkeys=organisation/number, timeouts/answerSeconds\n");
    ConfigLayers layers(system, write(u"user.conf"_s, "[caseworker]\nid=anna\n"));
    ui::SettingsDialog dialog(layers);
    QLineEdit *number = dialog.field(u"organisation/number"_s);
    QVERIFY(!number->isEnabled());
    QCOMPARE(number->text(), u"555000-0003"_s);
    auto *lock = dialog.findChild<QLabel *>(u"organisation/number/source"_s);
    QVERIFY(lock->text().contains(u"🔒"));
    QVERIFY2(lock->toolTip().contains(system), qPrintable(lock->toolTip())); // which file locks it
    QVERIFY(!dialog.editor(u"timeouts/answerSeconds"_s)->isEnabled()); // a locked number too
    QCOMPARE(dialog.value(u"timeouts/answerSeconds"_s), u"90"_s);
    QVERIFY(!dialog.setValue(u"organisation/number"_s, u"555000-0011"_s));
    QVERIFY(!dialog.setValue(u"timeouts/answerSeconds"_s, u"30"_s));
    QCOMPARE(dialog.findChild<QLabel *>(u"organisation/name/source"_s)->text(), u"system"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"caseworker/id/source"_s)->text(), u"yours"_s);
    QVERIFY(dialog.field(u"caseworker/id"_s)->isEnabled());
    // Typed into the disabled field anyway (as a script might): still not written.
    number->setText(u"555000-0011"_s);
    dialog.field(u"caseworker/id"_s)->setText(u"bertil"_s);
    QVERIFY(dialog.save());
    QSettings user(m_dir.filePath(u"user.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"caseworker/id"_s).toString(), u"bertil"_s);
    QVERIFY(!user.contains(u"organisation/number"_s)); // a locked key is never written
    QVERIFY(!user.contains(u"timeouts/answerSeconds"_s));
    // Nothing else was touched, so nothing else is written: IT's later values keep applying.
    QCOMPARE(user.allKeys(), QStringList { u"caseworker/id"_s });
}

void TestSettingsDialog::labelsAreWordsNotKeys()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user-words.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const AppSettings::Key &k : AppSettings::keys()) {
        QWidget *editor = dialog.editor(k.key);
        QVERIFY2(editor, qPrintable(k.key));
        QVERIFY2(!editor->accessibleName().contains(u'/'), qPrintable(editor->accessibleName()));
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().startsWith(k.key), qPrintable(label->text()));
    }
    QCOMPARE(dialog.editor(u"timeouts/connectSeconds"_s)->metaObject()->className(), "QSpinBox");
    QCOMPARE(dialog.editor(u"endpoint/version"_s)->metaObject()->className(), "QComboBox");
    QCOMPARE(dialog.editor(u"endpoint/gateway"_s)->metaObject()->className(), "QCheckBox");
    QVERIFY(!dialog.windowTitle().isEmpty());
}

void TestSettingsDialog::typedFieldsRefuseInvalidValues()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user-typed.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    QCOMPARE(dialog.value(u"timeouts/connectSeconds"_s), u"10"_s); // the default shown
    QVERIFY(!dialog.setValue(u"timeouts/connectSeconds"_s, u"abc"_s));
    QVERIFY(!dialog.setValue(u"timeouts/connectSeconds"_s, u"0"_s));
    QVERIFY(!dialog.setValue(u"household/maxConcurrent"_s, u"11"_s));
    QVERIFY(!dialog.setValue(u"endpoint/version"_s, u"12"_s));
    QVERIFY(!dialog.setValue(u"endpoint/gateway"_s, u"yes"_s));
    QVERIFY(!dialog.setValue(u"store/backend"_s, u"mysql"_s));
    // Typed by a person: the spin box takes no letters and stops at its limit.
    auto *spin = qobject_cast<QSpinBox *>(dialog.editor(u"limits/maxAnswerMegabytes"_s));
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"x9999"_s);
    spin->interpretText();
    QVERIFY(spin->value() <= 1024);
    QVERIFY(!spin->text().contains(u'x'));
    QVERIFY(dialog.setValue(u"timeouts/connectSeconds"_s, u"30"_s));
    QVERIFY(dialog.setValue(u"endpoint/version"_s, u"10"_s));
    QVERIFY(dialog.setValue(u"store/backend"_s, u"sqlite"_s)); // the value shown already: nothing to write
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QSettings user(m_dir.filePath(u"user-typed.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"timeouts/connectSeconds"_s).toString(), u"30"_s);
    QCOMPARE(user.value(u"endpoint/version"_s).toString(), u"10"_s);
    QVERIFY(!user.contains(u"store/backend"_s));
    QVERIFY(!user.contains(u"timeouts/answerSeconds"_s));
}

void TestSettingsDialog::invalidValuesAreNotSaved()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user2.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    // Typed as a person types: the problem appears beside the field, in words, before saving.
    QTest::keyClicks(dialog.field(u"endpoint/url"_s), u"http://ssbtek.example/"_s);
    QTest::keyClicks(dialog.field(u"organisation/number"_s), u"555000-0004"_s);
    QTRY_VERIFY(!dialog.problemOf(u"organisation/number"_s).isEmpty());
    QVERIFY(!dialog.problemOf(u"endpoint/url"_s).isEmpty());
    QVERIFY(dialog.problemOf(u"caseworker/id"_s).isEmpty());
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problems()->text().contains(u"Address: "));
    QVERIFY(dialog.problems()->text().contains(u"Organisation number: "));
    QSettings user(m_dir.filePath(u"user2.conf"_s), QSettings::IniFormat);
    QVERIFY(!user.contains(u"endpoint/url"_s));
    // Corrected, the problem beside the number goes.
    dialog.field(u"organisation/number"_s)->setText(u"555000-0003"_s);
    QTRY_VERIFY(dialog.problemOf(u"organisation/number"_s).isEmpty());
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

void TestSettingsDialog::theCertificateChooserReadsPkcs12AndPem()
{
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user-choose.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    const QString p12 = test::cert(u"client.p12"_s);
    // A wrong passphrase is refused at once and changes nothing.
    const auto wrong = dialog.useCertificate(p12, u"wrong"_s);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(u"passphrase"), qPrintable(wrong.error()));
    QVERIFY(dialog.value(u"tls/pkcs12"_s).isEmpty());
    const auto fromP12 = dialog.useCertificate(p12, u"test-only"_s);
    QVERIFY2(fromP12, fromP12 ? "" : qPrintable(fromP12.error()));
    QVERIFY(fromP12->subject.contains(u"client"));
    QVERIFY(fromP12->daysLeft > 300);
    QCOMPARE(dialog.value(u"tls/pkcs12"_s), p12);
    QVERIFY(dialog.certificateDetails()->text().contains(u"CN=client"));
    // A PEM certificate alone asks for its key; with it, it replaces the PKCS#12 file.
    const QString pem = test::cert(u"client.pem"_s);
    const auto alone = dialog.useCertificate(pem);
    QVERIFY(!alone);
    QVERIFY2(alone.error().contains(u"private key"), qPrintable(alone.error()));
    QCOMPARE(dialog.value(u"tls/pkcs12"_s), p12);
    QVERIFY(dialog.useCertificate(pem, QString(), test::cert(u"client.key"_s)));
    QVERIFY(dialog.value(u"tls/pkcs12"_s).isEmpty());
    QCOMPARE(dialog.value(u"tls/certificate"_s), pem);
    QVERIFY(dialog.passphrase()->text().isEmpty());
    // One PEM file with both is recognised as such.
    QFile cert(pem), key(test::cert(u"client.key"_s));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    const QString both = write(u"both.pem"_s, cert.readAll() + key.readAll());
    QVERIFY(dialog.useCertificate(both));
    QCOMPARE(dialog.value(u"tls/key"_s), both);
    // The key of another certificate, and a file that is no certificate, are refused.
    QVERIFY(!dialog.useCertificate(pem, QString(), test::cert(u"anna.key"_s)));
    const auto junk = dialog.useCertificate(write(u"junk.txt"_s, "hello"));
    QVERIFY(!junk);
    QVERIFY2(junk.error().contains(u"neither"), qPrintable(junk.error()));
    QCOMPARE(dialog.value(u"tls/key"_s), both);
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QSettings user(m_dir.filePath(u"user-choose.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"tls/certificate"_s).toString(), both);
    QVERIFY(!user.contains(u"tls/pkcs12"_s));
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
    auto *role = dialog.findChild<QLabel *>(u"certificateRole"_s);
    QVERIFY(role->text().contains(u"The organisation's"));
    // IT says the endpoint is a gateway: the same certificate is now shown as the caseworker's own.
    QVERIFY(dialog.setValue(u"endpoint/gateway"_s, u"true"_s));
    QTRY_VERIFY(role->text().contains(u"Yours, personal"));
    QVERIFY(dialog.certificateDetails()->text().contains(u"CN=anna"));
    // Without a certificate it cannot be saved, and the page says what the gateway needs.
    dialog.field(u"tls/certificate"_s)->clear();
    dialog.field(u"tls/key"_s)->clear();
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problems()->text().contains(u"personal certificate"));
    dialog.field(u"tls/certificate"_s)->setText(test::cert(u"anna.pem"_s));
    dialog.field(u"tls/key"_s)->setText(test::cert(u"anna.key"_s));
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QSettings user(m_dir.filePath(u"user-gw.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"endpoint/gateway"_s).toString(), u"true"_s);
}

void TestSettingsDialog::aSwitchThatIsNeitherTrueNorFalseIsShownAndNotSaved()
{
    // IT wrote "yes": the box cannot show it, so the problem is said beside it until it is set.
    ConfigLayers layers(write(u"system-yes.conf"_s, "[endpoint]\ngateway=yes\n"), write(u"user-yes.conf"_s, ""));
    ui::SettingsDialog dialog(layers);
    QVERIFY(dialog.problemOf(u"endpoint/gateway"_s).contains(u"true or false"));
    QVERIFY(!dialog.save());
    // "Off", which the box showed already, is a choice too.
    QVERIFY(dialog.setValue(u"endpoint/gateway"_s, u"false"_s));
    QTRY_VERIFY(dialog.problemOf(u"endpoint/gateway"_s).isEmpty());
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QSettings user(m_dir.filePath(u"user-yes.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"endpoint/gateway"_s).toString(), u"false"_s);
}

void TestSettingsDialog::testConnectionShowsARowPerAgencyAndTheServerCertificate()
{
    sim::SimulatorOptions options;
    options.tls = true;
    options.ssl = *sim::SimulatorOptions::serverSsl(
        test::cert(u"server.pem"_s), test::cert(u"server.key"_s), test::cert(u"ca.pem"_s));
    options.pingErrors.insert(u"CSN"_s,
        QJsonObject { { u"source"_s, u"BT"_s }, { u"code"_s, u"CSN-TEST"_s },
            { u"messages"_s, QJsonArray { u"Testtjänsten svarar inte"_s } } });
    sim::SimulatorServer server(options, *sim::PersonCatalogue::load());
    QVERIFY(server.start().hasValue());
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

void TestSettingsDialog::theAssistantChecksEachPageTestsAndWritesTheFileToDeploy()
{
    sim::SimulatorOptions options;
    options.tls = true;
    options.ssl = *sim::SimulatorOptions::serverSsl(
        test::cert(u"server.pem"_s), test::cert(u"server.key"_s), test::cert(u"ca.pem"_s));
    sim::SimulatorServer server(options, *sim::PersonCatalogue::load());
    QVERIFY(server.start().hasValue());
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), write(u"user-wizard.conf"_s, ""));
    ui::ConnectWizard wizard(layers);
    wizard.restart();
    QCOMPARE(wizard.currentId(), int(ui::ConnectWizard::ConnectionPage));
    // Each page is held until its fields are right, and says why.
    QVERIFY(!wizard.validateCurrentPage());
    QVERIFY(wizard.problem(ui::ConnectWizard::ConnectionPage)->text().contains(u"address"));
    wizard.address()->setText(u"http://ssbtek.example/"_s);
    QVERIFY(!wizard.validateCurrentPage());
    wizard.address()->setText(server.url().toString());
    QVERIFY2(wizard.validateCurrentPage(), qPrintable(wizard.problem(ui::ConnectWizard::ConnectionPage)->text()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ConnectWizard::CertificatePage));
    QVERIFY(!wizard.validateCurrentPage()); // no certificate yet
    QVERIFY(!wizard.useCertificate(test::cert(u"client.p12"_s), u"wrong"_s));
    QVERIFY(wizard.useCertificate(test::cert(u"client.p12"_s), u"test-only"_s));
    wizard.caFile()->setText(test::cert(u"ca.pem"_s));
    QVERIFY2(wizard.validateCurrentPage(), qPrintable(wizard.problem(ui::ConnectWizard::CertificatePage)->text()));
    wizard.next();
    wizard.organisationNumber()->setText(u"555000-0004"_s);
    QVERIFY(!wizard.validateCurrentPage());
    QVERIFY(!wizard.problem(ui::ConnectWizard::OrganisationPage)->text().isEmpty());
    wizard.organisationNumber()->setText(u"555000-0003"_s);
    wizard.organisationName()->setText(u"Testkommunen"_s);
    wizard.lefiActorId()->setText(u"000-00"_s);
    wizard.legalBasis()->setText(u"Testkommunens grund (2025:400)"_s);
    QVERIFY2(wizard.validateCurrentPage(), qPrintable(wizard.problem(ui::ConnectWizard::OrganisationPage)->text()));
    wizard.next();
    // The test operation over mutual TLS with what was entered.
    QSignalSpy tested(&wizard, &ui::ConnectWizard::tested);
    wizard.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
    QCOMPARE(wizard.testTable()->rowCount(), 7);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ConnectWizard::FinishPage));
    // The file to deploy: the values, the locks chosen, never the passphrase.
    const QString system = m_dir.filePath(u"deploy.conf"_s);
    wizard.lockBoxes().value(u"organisation/*, lefi/*"_s)->setChecked(false);
    QVERIFY2(wizard.writeSystemFile(system), qPrintable(wizard.problem(ui::ConnectWizard::FinishPage)->text()));
    QFile written(system);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("test-only"));
    ConfigLayers deployed(system, m_dir.filePath(u"someone-else.conf"_s));
    QCOMPARE(deployed.value(u"endpoint/url"_s).value.toString(), server.url().toString());
    QCOMPARE(deployed.value(u"tls/pkcs12"_s).value.toString(), test::cert(u"client.p12"_s));
    QVERIFY(deployed.isLocked(u"endpoint/url"_s));
    QVERIFY(deployed.isLocked(u"tls/pkcs12"_s));
    QVERIFY(deployed.isLocked(u"query/legalBasis"_s));
    QVERIFY(!deployed.isLocked(u"organisation/number"_s)); // left to the desktops, as chosen
    QVERIFY(!deployed.setUserValue(u"endpoint/url"_s, u"https://elsewhere.example/"_s));
    const AppSettings fromFile = AppSettings::load(deployed);
    QCOMPARE(fromFile.organisationNumber, u"555000-0003"_s);
    QCOMPARE(fromFile.legalBasis, u"Testkommunens grund (2025:400)"_s);
    // Finish: the same settings for this user.
    wizard.accept();
    QSettings user(m_dir.filePath(u"user-wizard.conf"_s), QSettings::IniFormat);
    QCOMPARE(user.value(u"endpoint/url"_s).toString(), server.url().toString());
    QCOMPARE(user.value(u"lefi/actorId"_s).toString(), u"000-00"_s);
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
