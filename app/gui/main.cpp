// ssbtek-client: the caseworker's window.

#include "core/privatefiles.h"
#include "i18n/translations.h"
#include "lookup/openrequest.h"
#include "runtime/runtime.h"
#include "ui/instancechannel.h"
#include "ui/mainwindow.h"
#include "ui/passphraseprompt.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QJsonObject>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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
    parser.addPositionalArgument(u"link"_s,
        QApplication::translate("main", "A lookup link from the case system: ssbtek:lookup?person=…&case=…"),
        u"[ssbtek:lookup?…]"_s);
    parser.addOptions({
        { u"lang"_s, QApplication::translate("main", "Language: sv or en (default: the setting, else the system's)."),
            u"lang"_s },
        { u"person"_s,
            QApplication::translate("main", "Open with this person filled in (the case system's hand-over)."),
            u"personnummer"_s },
        { u"case-id"_s, QApplication::translate("main", "The errand's case id."), u"id"_s },
        { u"co-applicant"_s, QApplication::translate("main", "The co-applicant (medsökande)."), u"personnummer"_s },
        { u"child"_s, QApplication::translate("main", "A child; repeat for each."), u"personnummer"_s },
        { u"from"_s, QApplication::translate("main", "First day of the period (YYYY-MM-DD)."), u"date"_s },
        { u"to"_s, QApplication::translate("main", "Last day of the period (YYYY-MM-DD)."), u"date"_s },
        { u"purpose"_s, QApplication::translate("main", "One of the purposes offered."), u"text"_s },
        { u"screenshot"_s,
            QApplication::translate(
                "main", "Save a picture of the window to this PNG file once it is shown, then exit."),
            u"file"_s },
    });
    parser.process(app);

    // A lookup handed over by the case system: refused whole with the reason if anything is wrong,
    // handed to this user's running window if there is one, else opened in this one.
    std::optional<ssbtek::lookup::OpenRequest> request;
    {
        QMap<QString, QStringList> fields;
        for (const QString &name :
            { u"person"_s, u"case-id"_s, u"co-applicant"_s, u"child"_s, u"from"_s, u"to"_s, u"purpose"_s }) {
            if (parser.isSet(name))
                fields.insert(name, parser.values(name));
        }
        const QStringList links = parser.positionalArguments();
        if (links.size() > 1 || (!links.isEmpty() && !fields.isEmpty())) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"),
                QApplication::translate("main", "Give one link, or the options, not both."));
            return 2;
        }
        if (!links.isEmpty() || !fields.isEmpty()) {
            auto parsed = links.isEmpty() ? ssbtek::lookup::OpenRequest::fromOptions(fields)
                                          : ssbtek::lookup::OpenRequest::fromLink(QUrl(links.first()));
            if (!parsed) {
                // Said on stderr for the case system's log (the reason names no person), and to
                // the caseworker.
                const QString why = QApplication::translate("main", "The lookup from the case system is refused: %1")
                                        .arg(parsed.error());
                std::fprintf(stderr, "ssbtek-client: %s\n", why.toLocal8Bit().constData());
                QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"), why);
                return 2;
            }
            request = std::move(parsed).value();
            if (ssbtek::ui::InstanceChannel::handOver(QJsonObject { { u"open"_s, request->toJson() } }))
                return 0; // the running window has it
        }
    }

    if (!settings.tls.pkcs12Path.isEmpty() && settings.pkcs12PassphraseFile.isEmpty()) {
        // From the desktop's keychain where the person chose to keep it there, else asked for
        // and held in memory for this session only.
        if (const auto passphrase = ssbtek::ui::PassphrasePrompt::obtain(settings.tls, ssbtek::secrets::Keychain()))
            settings.tls.pkcs12Passphrase = *passphrase;
    }
    const auto prepared = ssbtek::runtime::Runtime::prepare(settings);
    if (!prepared) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"),
            QApplication::translate("main", "The built-in simulator could not start: %1").arg(prepared.error()));
        return 1;
    }
    const auto &runtime = prepared.value();
    ssbtek::ui::MainWindow window(runtime->settings, runtime->simulated());
    window.show();
    ssbtek::ui::InstanceChannel channel;
    if (channel.listen().hasValue()) { // later hand-overs come here; without it each start is on its own
        QObject::connect(&channel, &ssbtek::ui::InstanceChannel::received, &window, [&window](const QJsonObject &m) {
            const auto handed = ssbtek::lookup::OpenRequest::fromJson(m.value(u"open"_s).toObject());
            if (handed)
                window.openRequest(*handed);
        });
    }
    if (request)
        window.openRequest(*request);
    if (parser.isSet(u"screenshot"_s)) {
        const QString file = parser.value(u"screenshot"_s);
        QTimer::singleShot(
            0, &window, [&window, file] { QApplication::exit(window.grab().save(file, "PNG") ? 0 : 1); });
    }
    return app.exec();
}
