#pragma once
// The PKCS#12 passphrase at start-up. Kept in the desktop's keychain when the person chose so
// (and used without asking while it still opens the certificate); else asked for, again while
// it is wrong, and held in memory for the session only.

#include "client/tlssettings.h"
#include "secrets/keychain.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ssbtek::ui {

class PassphrasePrompt : public QDialog
{
    Q_OBJECT
public:
    PassphrasePrompt(TlsSettings tls, secrets::Keychain keychain, QWidget *parent = nullptr);

    // The passphrase kept for tls.pkcs12Path when it opens the file; no dialog is shown.
    static std::optional<QByteArray> kept(const TlsSettings &tls, const secrets::Keychain &keychain);
    // The kept one, else the person's answer (nullopt: cancelled).
    static std::optional<QByteArray> obtain(
        const TlsSettings &tls, const secrets::Keychain &keychain, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QCheckBox *keepBox() const { return m_keep; }
    QLabel *problem() const { return m_problem; }
    QByteArray passphrase() const;

public Q_SLOTS:
    void accept() override; // stays open while the passphrase is wrong; keeps it when asked

private:
    TlsSettings m_tls;
    secrets::Keychain m_keychain;
    QLineEdit *m_field;
    QCheckBox *m_keep;
    QLabel *m_problem;
};

} // namespace ssbtek::ui
