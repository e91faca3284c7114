#include "settingsdialog.h"
#include "models/tones.h"

#include "protocol/certificateinfo.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssbtek::ui {

namespace {

QString describe(const CertificateInfo &c)
{
    if (c.isNull())
        return SettingsDialog::tr("(none)");
    QString text
        = SettingsDialog::tr("<b>Subject:</b> %1<br><b>Issuer:</b> %2<br><b>Serial:</b> %3<br><b>Valid:</b> %4 – %5 "
                             "(%n day(s) left)",
            nullptr, int(c.daysLeft))
              .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(), c.serial.toHtmlEscaped(),
                  c.notBefore.toLocalTime().date().toString(Qt::ISODate),
                  c.notAfter.toLocalTime().date().toString(Qt::ISODate));
    if (const auto w = c.warning(SettingsDialog::tr("certificate")))
        text += QStringLiteral("<br>") + inTone(Tone::Problem, QStringLiteral("⚠ ") + w->toHtmlEscaped());
    return text;
}

bool isFileKey(const QString &key)
{
    return key.startsWith(QStringLiteral("tls/")) || key.endsWith(QStringLiteral("File"))
        || key == QStringLiteral("store/path");
}

} // namespace

void rememberServerCertificate(const QSslCertificate &certificate)
{
    if (!certificate.isNull())
        QSettings().setValue(QStringLiteral("state/serverCertificate"), certificate.toPem());
}

QSslCertificate lastServerCertificate()
{
    const QList<QSslCertificate> list = QSslCertificate::fromData(
        QSettings().value(QStringLiteral("state/serverCertificate")).toByteArray(), QSsl::Pem);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

SettingsDialog::SettingsDialog(ConfigLayers layers, QWidget *parent)
    : QDialog(parent)
    , m_layers(std::move(layers))
{
    setWindowTitle(tr("SSBTEK settings"));
    auto *layout = new QVBoxLayout(this);
    auto *files = new QLabel(tr("System-wide (set by IT): %1<br>Yours: %2")
                                 .arg(m_layers.systemFile().toHtmlEscaped(), m_layers.userFile().toHtmlEscaped()));
    files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(files);
    auto *tabs = new QTabWidget;
    tabs->addTab(
        page({ QStringLiteral("endpoint/url"), QStringLiteral("endpoint/gateway"), QStringLiteral("endpoint/version"),
            QStringLiteral("timeouts/connectSeconds"), QStringLiteral("timeouts/answerSeconds"),
            QStringLiteral("limits/maxAnswerMegabytes"), QStringLiteral("household/maxConcurrent") }),
        tr("Connection"));
    tabs->addTab(
        page({ QStringLiteral("organisation/number"), QStringLiteral("organisation/name"),
            QStringLiteral("caseworker/id"), QStringLiteral("lefi/actorId"), QStringLiteral("lefi/version"),
            QStringLiteral("query/purpose"), QStringLiteral("query/legalBasis"), QStringLiteral("ui/language") }),
        tr("Organisation"));

    QWidget *certs = page({ QStringLiteral("tls/pkcs12"), QStringLiteral("tls/pkcs12PassphraseFile"),
        QStringLiteral("tls/certificate"), QStringLiteral("tls/key"), QStringLiteral("tls/ca") });
    auto *certLayout = qobject_cast<QFormLayout *>(certs->layout());
    m_passphrase = new QLineEdit;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("PKCS#12 passphrase (never stored)"));
    m_passphrase->setPlaceholderText(tr("used now, never stored"));
    certLayout->addRow(tr("PKCS#12 passphrase:"), m_passphrase);
    auto *show = new QPushButton(tr("Show certificate"));
    certLayout->addRow(QString(), show);
    m_certificate = new QLabel;
    m_certificate->setObjectName(QStringLiteral("clientCertificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    certLayout->addRow(tr("Client certificate:"), m_certificate);
    m_server = new QLabel(describe(CertificateInfo::of(lastServerCertificate())));
    m_server->setObjectName(QStringLiteral("serverCertificate"));
    m_server->setWordWrap(true);
    certLayout->addRow(tr("Server, last connection:"), m_server);
    tabs->addTab(certs, tr("Certificates"));
    tabs->addTab(page({ QStringLiteral("store/backend"), QStringLiteral("store/path"), QStringLiteral("store/host"),
                     QStringLiteral("store/port"), QStringLiteral("store/database"), QStringLiteral("store/user"),
                     QStringLiteral("store/passwordFile"), QStringLiteral("store/retentionDays"),
                     QStringLiteral("store/auditRetentionDays") }),
        tr("Store"));

    auto *test = new QWidget;
    auto *testLayout = new QVBoxLayout(test);
    auto *run = new QPushButton(tr("&Test connection"));
    testLayout->addWidget(run);
    m_testTable = new QTableWidget(0, 3);
    m_testTable->setHorizontalHeaderLabels({ tr("Agency"), tr("Test"), tr("Details") });
    m_testTable->horizontalHeader()->setStretchLastSection(true);
    m_testTable->verticalHeader()->setVisible(false);
    m_testTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    testLayout->addWidget(m_testTable);
    tabs->addTab(test, tr("Test connection"));
    layout->addWidget(tabs);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(Tone::Problem).name()));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &SettingsDialog::showCertificate);
    // The certificate's role follows the endpoint: whose certificate it is changes with a gateway.
    for (const QString &key : { QStringLiteral("endpoint/url"), QStringLiteral("endpoint/gateway") })
        connect(m_fields.value(key), &QLineEdit::editingFinished, this, &SettingsDialog::showCertificate);
    connect(run, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    showCertificate();
    m_problems->setText(warnings(current()));
    resize(820, 560);
}

QString SettingsDialog::warnings(const AppSettings &settings)
{
    QStringList lines;
    for (const AppSettings::Problem &p : settings.check()) {
        if (p.warning)
            lines << tr("Warning: %1: %2").arg(p.key, p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QWidget *SettingsDialog::page(const QStringList &keys)
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    for (const QString &key : keys) {
        const ConfigLayers::Value v = m_layers.value(key);
        auto *edit = new QLineEdit(v.value.metaType().id() == QMetaType::QStringList
                ? v.value.toStringList().join(QLatin1Char(','))
                : v.value.toString());
        edit->setObjectName(key);
        edit->setAccessibleName(key);
        QString description;
        for (const AppSettings::Key &k : AppSettings::keys()) {
            if (k.key == key)
                description = k.description();
        }
        edit->setPlaceholderText(description);
        edit->setToolTip(description);
        if (v.locked) {
            edit->setEnabled(false);
            edit->setToolTip(tr("Set by IT in the system-wide configuration; it cannot be changed here."));
        }
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        if (isFileKey(key) && !v.locked) {
            auto *browse = new QPushButton(tr("Choose…"));
            browse->setAccessibleName(tr("Choose a file for %1").arg(key));
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
                if (!path.isEmpty())
                    edit->setText(path);
            });
            row->addWidget(browse);
        }
        auto *source = new QLabel(v.locked ? tr("system, locked") : ConfigLayers::sourceText(v.source));
        source->setObjectName(key + QStringLiteral("/source"));
        row->addWidget(source);
        form->addRow(key + QLatin1Char(':'), row);
        m_fields.insert(key, edit);
    }
    return w;
}

AppSettings SettingsDialog::current() const
{
    // The layers as they are, with this dialog's (unlocked) values over the user's.
    QSettings scratch(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ssbtek-client-scratch"), QString());
    scratch.clear();
    for (const AppSettings::Key &k : AppSettings::keys()) {
        const ConfigLayers::Value v = m_layers.value(k.key);
        const QLineEdit *edit = m_fields.value(k.key);
        QVariant value = edit && edit->isEnabled() ? QVariant(edit->text()) : v.value;
        if (k.key.endsWith(QStringLiteral("Presets")) && edit && edit->isEnabled())
            value = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        const bool list = value.typeId() == QMetaType::QStringList; // a list's toString() is empty
        if (value.isValid() && (list ? !value.toStringList().isEmpty() : !value.toString().isEmpty()))
            scratch.setValue(k.key, value);
    }
    AppSettings s = AppSettings::load(scratch);
    scratch.clear();
    if (!m_passphrase->text().isEmpty())
        s.tls.pkcs12Passphrase = m_passphrase->text().toUtf8();
    return s;
}

bool SettingsDialog::save()
{
    const AppSettings s = current();
    QStringList errors;
    for (const AppSettings::Problem &p : s.check()) {
        // The passphrase is asked for, not stored: a missing one is no reason to refuse (a
        // missing certificate is).
        if (!p.warning
            && !(p.key == QStringLiteral("tls/pkcs12") && s.tls.hasClientCertificate() && m_passphrase->text().isEmpty()
                && m_fields.value(QStringLiteral("tls/pkcs12PassphraseFile"))->text().isEmpty()))
            errors << p.key + QStringLiteral(": ") + p.message;
    }
    if (!errors.isEmpty()) {
        m_problems->setText(tr("Not saved:\n%1").arg(errors.join(QLatin1Char('\n'))));
        return false;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->isEnabled())
            continue;
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            m_layers.removeUserValue(it.key());
        else if (it.key().endsWith(QStringLiteral("Presets")))
            m_layers.setUserValue(it.key(), text.split(QLatin1Char(','), Qt::SkipEmptyParts));
        else
            m_layers.setUserValue(it.key(), text);
    }
    m_layers.sync();
    m_problems->setText((tr("Saved. Restart the program for a new endpoint or certificate to take effect.")
        + QLatin1Char('\n') + warnings(s))
                            .trimmed());
    return true;
}

void SettingsDialog::showCertificate()
{
    // Whose certificate it is first: through a gateway the caseworker's own, else the organisation's.
    const AppSettings s = current();
    const QString role = QStringLiteral("<i>%1</i><br>").arg(s.clientCertificateRole().toHtmlEscaped());
    if (!s.tls.hasClientCertificate()) {
        m_certificate->setText(role + tr("No client certificate is configured."));
        return;
    }
    const auto ssl = s.clientSettings().tls.toSslConfiguration();
    if (!ssl) {
        m_certificate->setText(role + inTone(Tone::Problem, ssl.error().message.toHtmlEscaped()));
        return;
    }
    m_certificate->setText(role + describe(CertificateInfo::of(ssl->localCertificate())));
}

void SettingsDialog::testConnection()
{
    const AppSettings s = current();
    if (s.usesSimulator()) {
        m_problems->setText(
            tr("No endpoint is configured: the built-in simulator would answer. Enter an endpoint to test."));
        return;
    }
    delete m_runner;
    m_runner = new QueryRunner(s.clientSettings(), this);
    m_testTable->setRowCount(0);
    m_problems->setText(tr("Testing %1 …").arg(s.endpoint.toString()));
    connect(m_runner, &QueryRunner::failed, this, [this](const ClientFailure &f) { m_problems->setText(f.message()); });
    connect(m_runner, &QueryRunner::tested, this, [this](const TestAnswer &answer) {
        m_testTable->setRowCount(0);
        for (Agency a : AllAgencies) {
            const AgencyTestResult r = answer.result(a);
            const int row = m_testTable->rowCount();
            m_testTable->insertRow(row);
            m_testTable->setItem(row, 0, new QTableWidgetItem(agencyName(a)));
            m_testTable->setItem(row, 1, new QTableWidgetItem(AgencyTestResult::stateText(r.state)));
            m_testTable->setItem(row, 2, new QTableWidgetItem(r.describe()));
        }
        m_testTable->resizeColumnsToContents();
        rememberServerCertificate(answer.serverCertificate);
        m_server->setText(describe(CertificateInfo::of(answer.serverCertificate)));
        m_problems->setText(answer.tlsProtocol.isEmpty() ? tr("SSBTEK answered.")
                                                         : tr("SSBTEK answered over %1.").arg(answer.tlsProtocol));
        Q_EMIT tested(answer);
    });
    m_runner->test();
}

} // namespace ssbtek::ui
