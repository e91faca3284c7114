// The passphrase in the desktop's keychain, against a real GNOME Keyring (run by
// with-keyring.sh in a private D-Bus session and home): store, read, replace and delete; the
// start-up prompt keeps it and finds it again; the settings page keeps and forgets it; and,
// run without any session bus, the fallback is said rather than failed.

#include "secrets/keychain.h"
#include "testsupport.h"
#include "ui/passphraseprompt.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadReplaceDelete();
    void servicesDoNotSeeEachOthersSecrets();
    void thePromptKeepsThePassphraseAndStartUpFindsIt();
    void aKeptPassphraseThatNoLongerOpensTheFileIsAskedAgain();
    void theSettingsPageKeepsAndForgetsIt();
    void withoutAKeychainTheFallbackIsSaid();

private:
    bool keyringRun() const { return qEnvironmentVariableIsSet("SSBTEK_TEST_KEYRING"); }
    secrets::Keychain m_keychain { u"se.ssbtek.Client.tests"_s };
    QTemporaryDir m_dir;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ssbtek-keychain-tests"_s);
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
}

void TestKeychain::storeReadReplaceDelete()
{
    QVERIFY2(keyringRun(), "needs the keyring of with-keyring.sh (ctest runs it so)");
    QVERIFY(!m_keychain.write(u"entry"_s, "first"));
    auto read = m_keychain.read(u"entry"_s);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, QByteArray("first"));
    QVERIFY(!m_keychain.write(u"entry"_s, QByteArray("sec\0ond ö", 10))); // replaced, binary kept whole
    QCOMPARE(*m_keychain.read(u"entry"_s), QByteArray("sec\0ond ö", 10));
    QVERIFY(!m_keychain.remove(u"entry"_s));
    const auto gone = m_keychain.read(u"entry"_s);
    QVERIFY(!gone);
    QCOMPARE(int(gone.error().kind), int(secrets::KeychainError::Kind::NotFound));
    QVERIFY(!m_keychain.remove(u"entry"_s)); // nothing kept is no error
}

void TestKeychain::servicesDoNotSeeEachOthersSecrets()
{
    QVERIFY2(keyringRun(), "needs the keyring of with-keyring.sh (ctest runs it so)");
    QVERIFY(!m_keychain.write(u"shared-name"_s, "ours"));
    const auto other = secrets::Keychain(u"se.example.Other"_s).read(u"shared-name"_s);
    QVERIFY(!other);
    QCOMPARE(int(other.error().kind), int(secrets::KeychainError::Kind::NotFound));
    QVERIFY(!m_keychain.remove(u"shared-name"_s));
}

void TestKeychain::thePromptKeepsThePassphraseAndStartUpFindsIt()
{
    QVERIFY2(keyringRun(), "needs the keyring of with-keyring.sh (ctest runs it so)");
    TlsSettings tls;
    tls.pkcs12Path = test::cert(u"client.p12"_s);
    QVERIFY(!ui::PassphrasePrompt::kept(tls, m_keychain)); // nothing kept yet: the prompt is shown
    ui::PassphrasePrompt prompt(tls, m_keychain);
    prompt.keepBox()->setChecked(true);
    QTest::keyClicks(prompt.field(), u"wrong"_s);
    prompt.accept(); // refused at once, nothing kept
    QVERIFY(prompt.isVisible() || prompt.result() != QDialog::Accepted);
    QVERIFY(!prompt.problem()->isHidden());
    QVERIFY(!m_keychain.read(secrets::pkcs12PassphraseName(tls.pkcs12Path)));
    prompt.field()->setText(u"test-only"_s);
    prompt.accept();
    QCOMPARE(prompt.result(), int(QDialog::Accepted));
    QCOMPARE(*m_keychain.read(secrets::pkcs12PassphraseName(tls.pkcs12Path)), QByteArray("test-only"));
    // The next start finds it without asking.
    const auto kept = ui::PassphrasePrompt::kept(tls, m_keychain);
    QVERIFY(kept);
    QCOMPARE(*kept, QByteArray("test-only"));
    QVERIFY(!m_keychain.remove(secrets::pkcs12PassphraseName(tls.pkcs12Path)));
}

void TestKeychain::aKeptPassphraseThatNoLongerOpensTheFileIsAskedAgain()
{
    QVERIFY2(keyringRun(), "needs the keyring of with-keyring.sh (ctest runs it so)");
    TlsSettings tls;
    tls.pkcs12Path = test::cert(u"client.p12"_s);
    // A renewed certificate in the same file, with another passphrase.
    QVERIFY(!m_keychain.write(secrets::pkcs12PassphraseName(tls.pkcs12Path), "last-years"));
    QVERIFY(!ui::PassphrasePrompt::kept(tls, m_keychain));
    QVERIFY(!m_keychain.remove(secrets::pkcs12PassphraseName(tls.pkcs12Path)));
}

void TestKeychain::theSettingsPageKeepsAndForgetsIt()
{
    QVERIFY2(keyringRun(), "needs the keyring of with-keyring.sh (ctest runs it so)");
    ConfigLayers layers(m_dir.filePath(u"none.conf"_s), m_dir.filePath(u"user.conf"_s));
    ui::SettingsDialog dialog(layers, nullptr, m_keychain);
    const QString p12 = test::cert(u"client.p12"_s);
    QVERIFY(dialog.useCertificate(p12, u"test-only"_s));
    dialog.keepPassphraseBox()->setChecked(true);
    QVERIFY2(dialog.save(), qPrintable(dialog.problems()->text()));
    QVERIFY2(dialog.problems()->text().contains(u"kept in the keychain"), qPrintable(dialog.problems()->text()));
    QCOMPARE(*m_keychain.read(secrets::pkcs12PassphraseName(p12)), QByteArray("test-only"));
    dialog.forgetPassphrase();
    const auto gone = m_keychain.read(secrets::pkcs12PassphraseName(p12));
    QVERIFY(!gone);
    QCOMPARE(int(gone.error().kind), int(secrets::KeychainError::Kind::NotFound));
}

void TestKeychain::withoutAKeychainTheFallbackIsSaid()
{
    QVERIFY2(!keyringRun(), "needs a desktop without a keychain (ctest runs it so)");
    const auto read = m_keychain.read(u"entry"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().kind == secrets::KeychainError::Kind::Unavailable, qPrintable(read.error().message));
    QVERIFY(secrets::describe(read.error()).contains(u"asked for at each start"));
    // The start-up then asks, as before.
    TlsSettings tls;
    tls.pkcs12Path = test::cert(u"client.p12"_s);
    QVERIFY(!ui::PassphrasePrompt::kept(tls, m_keychain));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
