#include "passphraseprompt.h"
#include "certificatechooser.h"
#include "presentation/tones.h"
#include "shown.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

namespace {

bool opens(const TlsSettings &tls, const QByteArray &passphrase)
{
    return bool(CertificateChooser::read(tls.pkcs12Path, QString::fromUtf8(passphrase)));
}

} // namespace

PassphrasePrompt::PassphrasePrompt(TlsSettings tls, secrets::Keychain keychain, QWidget *parent)
    : QDialog(parent)
    , m_tls(std::move(tls))
    , m_keychain(std::move(keychain))
    , m_field(new QLineEdit)
    , m_keep(new QCheckBox(tr("&Keep it in this desktop's keychain")))
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Certificate passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *label
        = new QLabel(tr("Passphrase of the client certificate %1:").arg(QFileInfo(m_tls.pkcs12Path).fileName()));
    label->setWordWrap(true);
    label->setBuddy(m_field);
    layout->addWidget(label);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Passphrase of the client certificate"));
    layout->addWidget(m_field);
    m_keep->setToolTip(tr("GNOME Keyring, KWallet or another Secret Service keeps it, locked with your login; "
                          "it is not asked for again while it opens this certificate."));
    m_keep->setAccessibleDescription(m_keep->toolTip());
    layout->addWidget(m_keep);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(toneText(Tone::Problem).name()));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphrasePrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QByteArray PassphrasePrompt::passphrase() const
{
    return m_field->text().toUtf8();
}

void PassphrasePrompt::accept()
{
    if (!opens(m_tls, passphrase())) {
        m_problem->setText(tr("The passphrase does not open the certificate. Try again."));
        m_problem->show();
        m_field->selectAll();
        m_field->setFocus();
        return;
    }
    if (m_keep->isChecked()) {
        if (const auto error = m_keychain.write(secrets::pkcs12PassphraseName(m_tls.pkcs12Path), passphrase())) {
            // Not kept, but the session goes on with it.
            QMessageBox::information(this, windowTitle(), secrets::describe(*error));
        }
    }
    QDialog::accept();
}

std::optional<QByteArray> PassphrasePrompt::kept(const TlsSettings &tls, const secrets::Keychain &keychain)
{
    const auto stored = keychain.read(secrets::pkcs12PassphraseName(tls.pkcs12Path));
    if (!stored || !opens(tls, *stored))
        return std::nullopt; // none kept, no keychain, or a renewed certificate in the same file
    return *stored;
}

std::optional<QByteArray> PassphrasePrompt::obtain(
    const TlsSettings &tls, const secrets::Keychain &keychain, QWidget *parent)
{
    if (auto stored = kept(tls, keychain))
        return stored;
    PassphrasePrompt prompt(tls, keychain, parent);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.passphrase();
}

} // namespace ssbtek::ui
