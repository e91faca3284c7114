#include "connectwizard.h"
#include "connectiontest.h"
#include "presentation/tones.h"
#include "shown.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

namespace {

// The keys each page is answerable for: its problems are said there.
QStringList keysOf(ConnectWizard::Page page)
{
    switch (page) {
    case ConnectWizard::ConnectionPage:
        return { u"endpoint/url"_s, u"endpoint/version"_s, u"endpoint/gateway"_s };
    case ConnectWizard::CertificatePage:
        return { u"tls/pkcs12"_s, u"tls/certificate"_s, u"tls/key"_s, u"tls/ca"_s };
    case ConnectWizard::OrganisationPage:
        return { u"organisation/number"_s, u"organisation/name"_s, u"lefi/actorId"_s, u"query/legalBasis"_s };
    case ConnectWizard::TestPage:
    case ConnectWizard::FinishPage:
        break;
    }
    return {};
}

QString layerText(const ConfigLayers &layers, const QString &key)
{
    return layers.value(key).value.toString();
}

QLineEdit *lineFor(const QString &key, const ConfigLayers &layers)
{
    const AppSettings::Key *spec = AppSettings::key(key);
    auto *edit = new QLineEdit(layerText(layers, key));
    edit->setObjectName(key);
    if (spec) {
        edit->setPlaceholderText(spec->description());
        edit->setAccessibleName(spec->labelText());
        edit->setAccessibleDescription(spec->description());
    }
    return edit;
}

} // namespace

ConnectWizard::ConnectWizard(ConfigLayers layers, QWidget *parent)
    : QWizard(parent)
    , m_layers(std::move(layers))
{
    setWindowTitle(tr("Connect to SSBTEK"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(ConnectionPage, connectionPage());
    setPage(CertificatePage, certificatePage());
    setPage(OrganisationPage, organisationPage());
    setPage(TestPage, testPage());
    setPage(FinishPage, finishPage());
    setButtonText(QWizard::FinishButton, tr("&Use for me"));
    resize(760, 560);
}

QLabel *ConnectWizard::problemLabel(Page page)
{
    auto *label = new QLabel;
    label->setObjectName(u"problem"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: %1;"_s.arg(toneText(Tone::Problem).name()));
    m_problems.insert(page, label);
    return label;
}

QWizardPage *ConnectWizard::connectionPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Where SSBTEK answers"));
    page->setSubTitle(tr("The address Försäkringskassan gave the municipality, or the municipality's gateway."));
    auto *form = new QFormLayout(page);
    m_address = lineFor(u"endpoint/url"_s, m_layers);
    m_address->setPlaceholderText(u"https://…"_s);
    form->addRow(AppSettings::labelOf(u"endpoint/url"_s) + u':', m_address);
    m_version = new QComboBox;
    m_version->setAccessibleName(AppSettings::labelOf(u"endpoint/version"_s));
    for (const AppSettings::Key::Choice &c : AppSettings::key(u"endpoint/version")->choices)
        m_version->addItem(AppSettings::Key::choiceText(c), c.value);
    m_version->setCurrentIndex(std::max(0, m_version->findData(layerText(m_layers, u"endpoint/version"_s))));
    form->addRow(AppSettings::labelOf(u"endpoint/version"_s) + u':', m_version);
    m_gateway = new QCheckBox(AppSettings::labelOf(u"endpoint/gateway"_s));
    m_gateway->setChecked(layerText(m_layers, u"endpoint/gateway"_s) == u"true");
    m_gateway->setToolTip(AppSettings::key(u"endpoint/gateway")->description());
    form->addRow(QString(), m_gateway);
    form->addRow(problemLabel(ConnectionPage));
    return page;
}

QWizardPage *ConnectWizard::certificatePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The client certificate"));
    page->setSubTitle(tr("The organisation's function certificate (through a gateway: the caseworker's own). "
                         "A PKCS#12 file or a PEM certificate with its key."));
    auto *layout = new QVBoxLayout(page);
    auto *choose = new QPushButton(tr("Choose &certificate…"));
    connect(choose, &QPushButton::clicked, this, &ConnectWizard::chooseCertificate);
    layout->addWidget(choose, 0, Qt::AlignLeft);
    m_certificateText = new QLabel(tr("No certificate chosen yet."));
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_certificateText);
    auto *form = new QFormLayout;
    m_ca = lineFor(u"tls/ca"_s, m_layers);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the trusted CA certificates"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_ca->text());
        if (!path.isEmpty())
            m_ca->setText(path);
    });
    caRow->addWidget(browse);
    form->addRow(AppSettings::labelOf(u"tls/ca"_s) + u':', caRow);
    layout->addLayout(form);
    layout->addWidget(problemLabel(CertificatePage));
    layout->addStretch(1);
    // What is configured already counts as chosen (its passphrase, if any, is asked again).
    m_certificate.tls.pkcs12Path = layerText(m_layers, u"tls/pkcs12"_s);
    m_certificate.tls.certificatePath = layerText(m_layers, u"tls/certificate"_s);
    m_certificate.tls.keyPath = layerText(m_layers, u"tls/key"_s);
    return page;
}

QWizardPage *ConnectWizard::organisationPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The asking organisation"));
    page->setSubTitle(tr("Sent with every lookup; the legal basis is the municipality's wording in force."));
    auto *form = new QFormLayout(page);
    m_orgNumber = lineFor(u"organisation/number"_s, m_layers);
    m_orgName = lineFor(u"organisation/name"_s, m_layers);
    m_lefiActor = lineFor(u"lefi/actorId"_s, m_layers);
    m_legalBasis = lineFor(u"query/legalBasis"_s, m_layers);
    for (QLineEdit *edit : { m_orgNumber, m_orgName, m_lefiActor, m_legalBasis })
        form->addRow(AppSettings::labelOf(edit->objectName()) + u':', edit);
    form->addRow(problemLabel(OrganisationPage));
    return page;
}

QWizardPage *ConnectWizard::testPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Test the connection"));
    page->setSubTitle(tr("SSBTEK's test operation with these settings; nothing about a person is sent."));
    auto *layout = new QVBoxLayout(page);
    auto *run = new QPushButton(tr("&Test connection"));
    connect(run, &QPushButton::clicked, this, &ConnectWizard::testConnection);
    layout->addWidget(run, 0, Qt::AlignLeft);
    m_testTable = ConnectionTest::makeTable();
    layout->addWidget(m_testTable, 1);
    m_testStatus = problemLabel(TestPage);
    layout->addWidget(m_testStatus);
    return page;
}

QWizardPage *ConnectWizard::finishPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Use the settings"));
    page->setSubTitle(tr("Use for me saves them in your own settings. For every desktop, write the system-wide "
                         "file and deploy it as /etc/xdg/ssbtek-client/ssbtek-client.conf."));
    auto *layout = new QVBoxLayout(page);
    const QList<QPair<QString, QString>> locks {
        { u"endpoint/*, endpoints/*"_s, tr("Lock the address and version") },
        { u"tls/*"_s, tr("Lock the certificate") },
        { u"organisation/*, lefi/*"_s, tr("Lock the organisation and LEFI") },
        { u"query/*"_s, tr("Lock the legal basis and purposes") },
    };
    auto *box = new QGroupBox(tr("In the system-wide file"));
    auto *boxLayout = new QVBoxLayout(box);
    for (const auto &[keys, label] : locks) {
        auto *check = new QCheckBox(label);
        check->setChecked(true);
        check->setToolTip(tr("Caseworkers cannot change %1.").arg(keys));
        m_locks.insert(keys, check);
        boxLayout->addWidget(check);
    }
    auto *write = new QPushButton(tr("&Write system-wide file…"));
    connect(write, &QPushButton::clicked, this, [this] { writeSystemFile(); });
    boxLayout->addWidget(write, 0, Qt::AlignLeft);
    layout->addWidget(box);
    layout->addWidget(problemLabel(FinishPage));
    layout->addStretch(1);
    return page;
}

int ConnectWizard::nextId() const
{
    return currentId() == FinishPage ? -1 : currentId() + 1;
}

QVariantMap ConnectWizard::values() const
{
    QVariantMap v;
    v.insert(u"endpoint/url"_s, m_address->text().trimmed());
    v.insert(u"endpoint/version"_s, m_version->currentData().toString());
    v.insert(u"endpoint/gateway"_s, m_gateway->isChecked() ? u"true"_s : u"false"_s);
    v.insert(u"tls/pkcs12"_s, m_certificate.tls.pkcs12Path);
    v.insert(u"tls/certificate"_s, m_certificate.tls.certificatePath);
    v.insert(u"tls/key"_s, m_certificate.tls.keyPath);
    v.insert(u"tls/ca"_s, m_ca->text().trimmed());
    v.insert(u"organisation/number"_s, m_orgNumber->text().trimmed());
    v.insert(u"organisation/name"_s, m_orgName->text().trimmed());
    v.insert(u"lefi/actorId"_s, m_lefiActor->text().trimmed());
    v.insert(u"query/legalBasis"_s, m_legalBasis->text().trimmed());
    return v;
}

QStringList ConnectWizard::locks() const
{
    QStringList list;
    for (auto it = m_locks.cbegin(); it != m_locks.cend(); ++it) {
        if (it.value()->isChecked()) {
            for (const QString &key : it.key().split(u',', Qt::SkipEmptyParts))
                list << key.trimmed();
        }
    }
    return list;
}

AppSettings ConnectWizard::settings() const
{
    AppSettings s = AppSettings::load(values());
    s.tls.pkcs12Passphrase = m_certificate.tls.pkcs12Passphrase;
    return s;
}

QStringList ConnectWizard::problemsOf(Page page) const
{
    QStringList list;
    const AppSettings s = settings();
    if (page == ConnectionPage && s.endpoint.isEmpty())
        list << tr("Enter the address: without one the built-in simulator answers.");
    if (page == CertificatePage && !s.tls.hasClientCertificate())
        list << tr("Choose the client certificate: SSBTEK asks for one.");
    const QStringList keys = keysOf(page);
    for (const AppSettings::Problem &p : s.check()) {
        if (!p.warning && keys.contains(p.key))
            list << p.message;
    }
    list.removeDuplicates();
    return list;
}

bool ConnectWizard::validateCurrentPage()
{
    const auto page = Page(currentId());
    const QStringList problems = problemsOf(page);
    if (QLabel *label = m_problems.value(page))
        label->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

Expected<CertificateInfo, QString> ConnectWizard::useCertificate(
    const QString &path, const QString &passphrase, const QString &keyPath)
{
    auto chosen = CertificateChooser::read(path, passphrase, keyPath);
    if (!chosen)
        return unexpected(chosen.error());
    m_certificate = *chosen;
    showCertificate();
    return m_certificate.info;
}

void ConnectWizard::chooseCertificate()
{
    const auto chosen = CertificateChooser::choose(this);
    if (!chosen) {
        m_problems.value(CertificatePage)->setText(chosen.error());
    } else if (*chosen) { // else cancelled
        m_certificate = **chosen;
        showCertificate();
    }
}

void ConnectWizard::showCertificate()
{
    const CertificateInfo &c = m_certificate.info;
    m_certificateText->setText(tr("%1, issued by %2, valid to %3 (%n day(s) left).", nullptr, int(c.daysLeft))
                                   .arg(c.subject, c.issuer, c.notAfter.toLocalTime().date().toString(Qt::ISODate)));
    m_problems.value(CertificatePage)->clear();
}

void ConnectWizard::testConnection()
{
    ConnectionTest::start(this, m_runner, settings(), m_testTable, m_testStatus,
        [this](const TestAnswer &answer) { Q_EMIT tested(answer); });
}

bool ConnectWizard::writeSystemFile(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Write system-wide file"),
            QDir::home().filePath(u"ssbtek-client.conf"_s), tr("Settings (*.conf);;All files (*)"));
    if (target.isEmpty())
        return false;
    QLabel *status = m_problems.value(FinishPage);
    if (const auto error = ConfigLayers::writeSystemFile(target, values(), locks())) {
        status->setText(*error);
        return false;
    }
    status->setText(
        tr("Written to %1. Deploy it as %2 on every desktop.").arg(target, ConfigLayers::fixedSystemFile()));
    return true;
}

bool ConnectWizard::saveForMe()
{
    const QVariantMap v = values();
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        if (m_layers.isLocked(it.key()))
            continue; // IT's value stands
        if (it.value().toString().isEmpty())
            m_layers.removeUserValue(it.key());
        else
            m_layers.setUserValue(it.key(), it.value());
    }
    m_layers.sync();
    return true;
}

void ConnectWizard::accept()
{
    saveForMe();
    QWizard::accept();
}

} // namespace ssbtek::ui
