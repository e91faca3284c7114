#pragma once
// IT staff's page. Every setting in words, grouped as an administrator thinks (connection,
// certificate, organisation, lookups, access rules, database, log follow-up), each with a widget
// of its kind (numbers as spin boxes with unit and limits, versions and languages as choices,
// switches as check boxes, files with Choose…), its problem beside it as it is typed, and a lock
// with the file that locks it where IT has locked it. One "Choose certificate…" recognises
// PKCS#12 or PEM, asks a PKCS#12 passphrase at once and shows whose certificate it is and its
// days left. Test connection gives a row per agency and the server's certificate.

#include "client/certificateinfo.h"
#include "config/configlayers.h"
#include "config/settings.h"
#include "core/expected.h"
#include "lookup/queryrunner.h"
#include "secrets/keychain.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;
class QWidget;

namespace ssbtek::ui {

struct ChosenCertificate;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(
        ConfigLayers layers, QWidget *parent = nullptr, secrets::Keychain keychain = secrets::Keychain());

    // The widget that edits `key` (a line edit, spin box, combo box or check box).
    QWidget *editor(const QString &key) const;
    // The line edit of a text or file setting; nullptr for other kinds.
    QLineEdit *field(const QString &key) const;
    // Sets `key` as a person would: false (nothing changed) where the widget does not take the
    // value (not a number, out of its limits, no such choice, neither true nor false, locked).
    bool setValue(const QString &key, const QString &text);
    // The value as it would be written to the file ("true", "30", "postgres", a path).
    QString value(const QString &key) const;
    // The problem shown beside `key`'s widget (empty: none).
    QString problemOf(const QString &key) const;

    QLineEdit *passphrase() const { return m_passphrase; }
    // Ticked: save() keeps the PKCS#12 passphrase in the desktop's keychain.
    QCheckBox *keepPassphraseBox() const { return m_keepPassphrase; }
    QLabel *certificateDetails() const { return m_certificate; }
    QTableWidget *testTable() const { return m_testTable; }
    QLabel *problems() const { return m_problems; }
    // The settings as the fields now say (not yet saved).
    AppSettings current() const;

    // Takes a certificate file as "Choose certificate…" does once the file is chosen: PKCS#12
    // with `passphrase` (refused at once when it is wrong, nothing changed), PEM with its key
    // in the same file or in `keyPath`. The error says what is wrong, for IT staff.
    Expected<CertificateInfo, QString> useCertificate(
        const QString &path, const QString &passphrase = QString(), const QString &keyPath = QString());

public Q_SLOTS:
    bool save(); // refuses (and says why) while a value is invalid
    void testConnection();
    void showCertificate();
    void chooseCertificate(); // file dialog, then the passphrase or the key as needed
    void forgetPassphrase(); // removes the PKCS#12 file's passphrase from the keychain

Q_SIGNALS:
    void tested(const ssbtek::TestAnswer &answer);

private:
    struct Field
    {
        const AppSettings::Key *spec = nullptr;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        QString initial; // the value at opening: unchanged values are not written
        bool touched = false; // changed by a person (or setValue) since opening
        bool locked = false;
        bool changed(const QString &now) const { return touched && !locked && now != initial; }
    };
    // What works but needs attention (an expired legal basis preset, a certificate expiring soon).
    static QString warnings(const QList<AppSettings::Problem> &problems);
    QWidget *page(AppSettings::Key::Group group);
    void addRow(QFormLayout *form, const AppSettings::Key &spec);
    QWidget *certificatePage();
    void take(const ChosenCertificate &chosen); // into the tls/ fields and the passphrase
    QString text(const Field &field) const;
    void touch(const QString &key); // a person changed it: recheck, and it may be written
    QList<AppSettings::Problem> recheck(); // the fields' problems and the certificate, from one check
    void showProblems(const QList<AppSettings::Problem> &problems); // beside each field
    void showCertificate(const AppSettings &settings);

    ConfigLayers m_layers;
    QMap<QString, Field> m_fields;
    secrets::Keychain m_keychain;
    QLineEdit *m_passphrase = nullptr;
    QCheckBox *m_keepPassphrase = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_problems = nullptr;
    QTableWidget *m_testTable = nullptr;
    QTimer *m_recheck = nullptr;
    QueryRunner *m_runner = nullptr;
};

} // namespace ssbtek::ui
