#include "certificatechooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace ssbtek::ui {

Expected<ChosenCertificate, QString> CertificateChooser::read(
    const QString &path, const QString &passphrase, const QString &keyPath)
{
    TlsSettings tls;
    switch (TlsSettings::fileKind(path)) {
    case TlsSettings::FileKind::Unreadable:
        return unexpected(tr("%1 cannot be read.").arg(path));
    case TlsSettings::FileKind::Unknown:
        return unexpected(tr("%1 is neither a PKCS#12 file nor a PEM certificate.").arg(path));
    case TlsSettings::FileKind::Pkcs12:
        tls.pkcs12Path = path;
        tls.pkcs12Passphrase = passphrase.toUtf8();
        break;
    case TlsSettings::FileKind::PemWithKey:
        tls.certificatePath = path;
        tls.keyPath = path;
        break;
    case TlsSettings::FileKind::PemCertificate:
        if (keyPath.isEmpty())
            return unexpected(tr("%1 holds the certificate only: choose its private key too.").arg(path));
        tls.certificatePath = path;
        tls.keyPath = keyPath;
        break;
    }
    const auto ssl = tls.toSslConfiguration();
    if (!ssl)
        return unexpected(ssl.error().message);
    return ChosenCertificate { tls, CertificateInfo::of(ssl->localCertificate()) };
}

Expected<std::optional<ChosenCertificate>, QString> CertificateChooser::choose(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Choose certificate"), QString(), tr("Certificates (*.p12 *.pfx *.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return std::optional<ChosenCertificate>(); // cancelled
    const TlsSettings::FileKind kind = TlsSettings::fileKind(path);
    QString passphrase;
    QString keyPath;
    QString last;
    for (;;) {
        if (kind == TlsSettings::FileKind::Pkcs12) {
            bool ok = false;
            const QString ask = tr("Passphrase of %1:").arg(QFileInfo(path).fileName());
            passphrase = QInputDialog::getText(parent, tr("Certificate passphrase"),
                last.isEmpty() ? ask : last + QStringLiteral("\n\n") + ask, QLineEdit::Password, QString(), &ok);
            if (!ok)
                return std::optional<ChosenCertificate>();
        } else if (kind == TlsSettings::FileKind::PemCertificate && keyPath.isEmpty()) {
            keyPath = QFileDialog::getOpenFileName(
                parent, tr("Choose the private key"), QFileInfo(path).path(), tr("Keys (*.key *.pem);;All files (*)"));
            if (keyPath.isEmpty())
                return std::optional<ChosenCertificate>();
        }
        auto chosen = read(path, passphrase, keyPath);
        if (chosen)
            return std::optional<ChosenCertificate>(std::move(chosen).value());
        last = chosen.error();
        if (kind != TlsSettings::FileKind::Pkcs12) // nothing to ask again
            return unexpected(last);
    }
}

} // namespace ssbtek::ui
