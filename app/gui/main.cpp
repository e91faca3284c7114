// ssbtek-client: the caseworker's window.

#include "core/privatefiles.h"
#include "i18n/translations.h"
#include "simulator/runtime.h"
#include "ui/mainwindow.h"
#include "ui/passphraseprompt.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ssbtek::privatefiles::restrictNewFiles(); // the store, its -wal and -shm, exports: 0600
    ssbtek::privatefiles::noPayloadDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ssbtek-client"_s);
    QApplication::setApplicationName(u"ssbtek-client"_s);
    QApplication::setApplicationDisplayName(u"SSBTEK"_s);
    QApplication::setApplicationVersion(QStringLiteral(SSBTEK_VERSION));
    QApplication::setDesktopFileName(u"se.ssbtek.Client"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"se.ssbtek.Client"_s, QIcon(u":/icons/se.ssbtek.Client.svg"_s)));

    const ssbtek::ConfigLayers layers = ssbtek::ConfigLayers::standard();
    ssbtek::AppSettings settings = ssbtek::AppSettings::load(layers);
    ssbtek::i18n::setUp(app, settings.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "SSBTEK for ekonomiskt bistånd: the caseworker's window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"lang"_s, QApplication::translate("main", "Language: sv or en (default: the setting, else the system's)."),
            u"lang"_s },
        { u"screenshot"_s,
            QApplication::translate(
                "main", "Save a picture of the window to this PNG file once it is shown, then exit."),
            u"file"_s },
    });
    parser.process(app);

    QString error;
    if (!settings.tls.pkcs12Path.isEmpty() && settings.pkcs12PassphraseFile.isEmpty()) {
        // From the desktop's keychain where the person chose to keep it there, else asked for
        // and held in memory for this session only.
        if (const auto passphrase = ssbtek::ui::PassphrasePrompt::obtain(settings.tls, ssbtek::secrets::Keychain()))
            settings.tls.pkcs12Passphrase = *passphrase;
    }
    const auto runtime = ssbtek::sim::Runtime::prepare(settings, &error);
    if (!runtime) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"),
            QApplication::translate("main", "The built-in simulator could not start: %1").arg(error));
        return 1;
    }
    ssbtek::ui::MainWindow window(runtime->settings, runtime->simulated());
    window.show();
    if (parser.isSet(u"screenshot"_s)) {
        const QString file = parser.value(u"screenshot"_s);
        QTimer::singleShot(
            0, &window, [&window, file] { QApplication::exit(window.grab().save(file, "PNG") ? 0 : 1); });
    }
    return app.exec();
}
