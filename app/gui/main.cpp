// ssbtek-client: the caseworker's window.

#include "simulator/runtime.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ssbtek-client"_s);
    QApplication::setApplicationName(u"ssbtek-client"_s);
    QApplication::setApplicationDisplayName(u"SSBTEK"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QString error;
    ssbtek::AppSettings settings = ssbtek::AppSettings::load(ssbtek::ConfigLayers::standard());
    if (!settings.tls.pkcs12Path.isEmpty() && settings.pkcs12PassphraseFile.isEmpty()) {
        // Held in memory for this session only: the passphrase is never stored.
        bool ok = false;
        const QString passphrase = QInputDialog::getText(nullptr, QApplication::translate("main", "SSBTEK"),
                                                         QApplication::translate("main", "Passphrase of the client certificate:"),
                                                         QLineEdit::Password, QString(), &ok);
        if (ok)
            settings.tls.pkcs12Passphrase = passphrase.toUtf8();
    }
    const auto runtime = ssbtek::sim::Runtime::prepare(settings, &error);
    if (!runtime) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"),
            QApplication::translate("main", "The built-in simulator could not start: %1").arg(error));
        return 1;
    }
    ssbtek::ui::MainWindow window(runtime->settings, runtime->simulated());
    window.show();
    return app.exec();
}
