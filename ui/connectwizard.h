#pragma once
// Tools → Connect to SSBTEK…: IT's first run, so no one edits INI by hand to start. The
// address and version, the certificate (one Choose certificate…), the organisation and the
// legal basis, a test of the connection, then either these settings for this user or
// "Write system-wide file…": the file to deploy to /etc/xdg/ssbtek-client/, with the locks the
// administrator chooses. Each page is checked with the same rules as every lookup.

#include "certificatechooser.h"
#include "config/configlayers.h"
#include "config/settings.h"
#include "lookup/queryrunner.h"

#include <QMap>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ssbtek::ui {

class ConnectWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { ConnectionPage, CertificatePage, OrganisationPage, TestPage, FinishPage };

    explicit ConnectWizard(ConfigLayers layers, QWidget *parent = nullptr);

    QLineEdit *address() const { return m_address; }
    QComboBox *version() const { return m_version; }
    QCheckBox *gateway() const { return m_gateway; }
    QLineEdit *caFile() const { return m_ca; }
    QLineEdit *organisationNumber() const { return m_orgNumber; }
    QLineEdit *organisationName() const { return m_orgName; }
    QLineEdit *lefiActorId() const { return m_lefiActor; }
    QLineEdit *legalBasis() const { return m_legalBasis; }
    QTableWidget *testTable() const { return m_testTable; }
    QLabel *problem(Page page) const { return m_problems.value(page); }
    // The locks offered for the system-wide file, by the keys they lock ("endpoint/*, endpoints/*").
    const QMap<QString, QCheckBox *> &lockBoxes() const { return m_locks; }

    // Takes a certificate file as Choose certificate… does once it is chosen.
    Expected<CertificateInfo, QString> useCertificate(
        const QString &path, const QString &passphrase = QString(), const QString &keyPath = QString());

    QVariantMap values() const; // the keys this assistant sets, as they would be written
    QStringList locks() const; // the locks ticked
    AppSettings settings() const; // as entered, with the passphrase given (never written)
    // The problems of `page`'s fields now (empty: it may be left).
    QStringList problemsOf(Page page) const;

    bool validateCurrentPage() override;
    int nextId() const override;

public Q_SLOTS:
    void chooseCertificate();
    void testConnection();
    // The file to deploy; asks where when `path` is empty. The error is shown on the page.
    bool writeSystemFile(const QString &path = QString());
    bool saveForMe(); // the values into this user's own file (what IT locked is left alone)
    void accept() override; // Finish: saveForMe()

Q_SIGNALS:
    void tested(const ssbtek::TestAnswer &answer);

private:
    QWizardPage *connectionPage();
    QWizardPage *certificatePage();
    QWizardPage *organisationPage();
    QWizardPage *testPage();
    QWizardPage *finishPage();
    QLabel *problemLabel(Page page);
    void showCertificate();

    ConfigLayers m_layers;
    ChosenCertificate m_certificate;
    QLineEdit *m_address = nullptr;
    QComboBox *m_version = nullptr;
    QCheckBox *m_gateway = nullptr;
    QLabel *m_certificateText = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_orgNumber = nullptr;
    QLineEdit *m_orgName = nullptr;
    QLineEdit *m_lefiActor = nullptr;
    QLineEdit *m_legalBasis = nullptr;
    QTableWidget *m_testTable = nullptr;
    QLabel *m_testStatus = nullptr;
    QMap<Page, QLabel *> m_problems;
    QMap<QString, QCheckBox *> m_locks;
    QueryRunner *m_runner = nullptr;
};

} // namespace ssbtek::ui
