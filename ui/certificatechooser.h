#pragma once
// One "Choose certificate…" for the settings page and the connection assistant: the file is
// recognised by its content (PKCS#12, PEM with its key, PEM alone), a PKCS#12 passphrase is
// asked at once and asked again while wrong, a PEM certificate alone asks for its key; nothing
// is taken until the certificate and key open together.

#include "client/certificateinfo.h"
#include "client/tlssettings.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace ssbtek::ui {

struct ChosenCertificate
{
    TlsSettings tls; // pkcs12Path and its passphrase, or certificatePath and keyPath
    CertificateInfo info;
};

struct CertificateChooser
{
    Q_DECLARE_TR_FUNCTIONS(CertificateChooser)
public:
    // Reads `path` as its content says: PKCS#12 with `passphrase`, PEM with its key in the same
    // file or in `keyPath`. The error says what is wrong, for IT staff.
    static Expected<ChosenCertificate, QString> read(
        const QString &path, const QString &passphrase = QString(), const QString &keyPath = QString());
    // The file dialog, then the passphrase or the key as needed: the certificate, nothing
    // (cancelled), or why the file cannot be used.
    static Expected<std::optional<ChosenCertificate>, QString> choose(QWidget *parent);
};

} // namespace ssbtek::ui
