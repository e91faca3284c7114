#pragma once
// IT staff's page: every setting with where its value comes from (locked ones cannot be
// changed here), client and CA certificates with their details and days left, the server
// certificate seen at the last connection, and Test connection with a row per agency.

#include "answer/queryrunner.h"
#include "config/configlayers.h"
#include "config/settings.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace ssbtek::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ConfigLayers layers, QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QLineEdit *passphrase() const { return m_passphrase; }
    QLabel *certificateDetails() const { return m_certificate; }
    QTableWidget *testTable() const { return m_testTable; }
    QLabel *problems() const { return m_problems; }
    // The settings as the fields now say (not yet saved).
    AppSettings current() const;

public Q_SLOTS:
    bool save(); // refuses (and says why) while a value is invalid
    void testConnection();
    void showCertificate();

Q_SIGNALS:
    void tested(const ssbtek::TestAnswer &answer);

private:
    // What works but needs attention (an expired legal basis preset, a certificate expiring soon).
    static QString warnings(const AppSettings &settings);
    QWidget *page(const QStringList &keys);

    ConfigLayers m_layers;
    QMap<QString, QLineEdit *> m_fields;
    QLineEdit *m_passphrase;
    QLabel *m_certificate;
    QLabel *m_server;
    QLabel *m_problems;
    QTableWidget *m_testTable;
    QueryRunner *m_runner = nullptr;
};

// The server certificate seen at the last connection, kept as PEM in the user's state.
void rememberServerCertificate(const QSslCertificate &certificate);
QSslCertificate lastServerCertificate();

} // namespace ssbtek::ui
