// Drives the real window against the built-in simulator and saves a PNG of each main
// state: ssbtek-screenshots OUTDIR [sv|en] [dark] (run on a display, e.g. Xvfb, by
// take-screenshots.sh). "dark" shows the answer, an agency's error and the settings in a dark
// palette, where the error and warning colours must stay readable.

#include "i18n/translations.h"
#include "runtime/simulatedsettings.h"
#include "simulator/embeddedsimulator.h"
#include "ui/connectwizard.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"
#include "ui/reportcontentdialog.h"
#include "ui/resultview.h"
#include "ui/reviewwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ssbtek;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ssbtek-client-screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    i18n::install(app, argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en"));
    const bool dark = argc > 3 && qstrcmp(argv[3], "dark") == 0;
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(p);
    }
    const QStringList darkShots { QStringLiteral("3-payments"), QStringLiteral("4-agency-error"),
        QStringLiteral("6-settings") };
    QTemporaryDir home; // a store and settings of this run's own
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    QDir().mkpath(out);
    sim::EmbeddedSimulator simulator;
    if (!simulator.start().hasValue())
        return 1;
    AppSettings settings = runtime::simulatorSettings(simulator.url(), QStringLiteral("handlaggare1"));
    ui::MainWindow window(settings, true);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto shoot = [&](const QString &name) {
        if (dark && !darkShots.contains(name))
            return;
        QTest::qWait(300);
        window.grab().save(out + QLatin1Char('/') + name + QStringLiteral(".png"));
    };
    auto ask = [&](const QString &person) {
        QSignalSpy shown(&window, &ui::MainWindow::answerShown);
        QSignalSpy failed(window.session(), &LookupSession::failed);
        window.form()->personField()->setText(person);
        window.form()->caseIdField()->setText(QStringLiteral("SOC-2026-0417"));
        window.form()->currentCaseBox()->setChecked(true);
        window.runQuery();
        if (!QTest::qWaitFor([&] { return shown.size() + failed.size() > 0; }, 20000))
            qWarning("no answer in time");
    };
    auto save = [&](const QString &note) {
        QSignalSpy saved(&window, &ui::MainWindow::resultSaved);
        window.saveResult(note);
        if (!saved.wait(20000))
            qWarning("not saved in time");
    };
    shoot(QStringLiteral("1-start"));
    ask(QStringLiteral("19850412-9829"));
    window.result()->tabs()->setCurrentIndex(0);
    shoot(QStringLiteral("2-overview"));
    window.result()->tabs()->setCurrentIndex(3);
    shoot(QStringLiteral("3-payments"));
    if (!dark) { // the case file's PDF, its first two pages as pictures
        const QString pdf = home.filePath(QStringLiteral("case-file.pdf"));
        QProcess pages;
        if (window.savePdf(pdf).hasValue())
            pages.start(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
                    out + QStringLiteral("/10-pdf") });
        if (!pages.waitForFinished(30000) || pages.exitCode() != 0)
            qWarning("pdftoppm could not render the PDF");
        // What goes in the case file, CSN unticked.
        ui::ReportContentDialog content(
            window.askedAgencies(), QCoreApplication::translate("ssbtek::ui::MainWindow", "Save as PDF"), &window);
        content.agencyBox(Agency::CSN)->setChecked(false);
        content.show();
        if (QTest::qWaitForWindowExposed(&content)) {
            QTest::qWait(300);
            content.grab().save(out + QStringLiteral("/11-case-file-content.png"));
        }
    }
    ask(QStringLiteral("19920930-9849"));
    window.result()->tabs()->setCurrentIndex(1);
    shoot(QStringLiteral("4-agency-error"));

    ask(QStringLiteral("19850412-9829"));
    save(QStringLiteral("Månadsansökan december"));
    ask(QStringLiteral("19580214-9822"));
    ui::ReviewWindow *review = window.review();
    review->resize(1280, 700);
    review->show();
    if (QTest::qWaitForWindowExposed(review)) {
        if (!QTest::qWaitFor([review] { return !review->isLoading(); }, 10000))
            qWarning("the review did not load in time");
        QTest::qWait(300);
        if (!dark)
            review->grab().save(out + QStringLiteral("/5-review.png"));
    }
    review->close();
    ui::SettingsDialog settingsDialog(ConfigLayers::standard());
    settingsDialog.show();
    if (QTest::qWaitForWindowExposed(&settingsDialog)) {
        QTest::qWait(300);
        if (dark) { // a problem beside its field, in the dark palette's problem colour
            settingsDialog.setValue(QStringLiteral("organisation/number"), QStringLiteral("555000-0004"));
            if (auto *tabs = settingsDialog.findChild<QTabWidget *>())
                tabs->setCurrentIndex(2); // the organisation
        }
        QTest::qWait(300);
        settingsDialog.grab().save(out + QStringLiteral("/6-settings.png"));
        if (auto *tabs = dark ? nullptr : settingsDialog.findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(1); // the certificate
            QTest::qWait(200);
            settingsDialog.grab().save(out + QStringLiteral("/6-settings-certificate.png"));
        }
    }
    settingsDialog.close();
    if (!dark) { // the connection assistant, its last page: the file to deploy and its locks
        ui::ConnectWizard wizard(ConfigLayers::standard());
        wizard.address()->setText(QStringLiteral("https://ssbtek.example.se/ssbtek"));
        wizard.show();
        if (QTest::qWaitForWindowExposed(&wizard)) {
            QTest::qWait(200);
            wizard.grab().save(out + QStringLiteral("/9-connect.png"));
        }
        wizard.close();
    }

    // A household: the applicant, a co-applicant and a child whose lookup fails.
    window.form()->clearHousehold();
    window.form()->personField()->setText(QStringLiteral("19850412-9829"));
    window.form()->householdToggle()->setChecked(true);
    window.form()->coApplicantField()->setText(QStringLiteral("19910909-9862"));
    window.form()->childrenField()->setText(QStringLiteral("19971212-9841"));
    window.form()->currentCaseBox()->setChecked(true);
    QSignalSpy householdDone(&window, &ui::MainWindow::householdShown);
    window.runQuery();
    if (!householdDone.wait(20000))
        qWarning("no household answer in time");
    shoot(QStringLiteral("7-household"));

    // Changes since last time: "Ändrad" answers differently from the second lookup on.
    window.form()->clearHousehold();
    window.form()->householdToggle()->setChecked(false);
    ask(QStringLiteral("19870606-9823"));
    save(QStringLiteral("Ansökan november"));
    ask(QStringLiteral("19870606-9823"));
    if (!QTest::qWaitFor([&window] { return !window.isCheckingPrevious(); }, 10000))
        qWarning("the saved answer was not looked for in time");
    QSignalSpy changesShown(&window, &ui::MainWindow::changesShown);
    window.showChanges();
    if (changesShown.wait(20000)) {
        auto *changes = changesShown.first().first().value<QWidget *>();
        if (!dark && QTest::qWaitForWindowExposed(changes)) {
            QTest::qWait(300);
            changes->grab().save(out + QStringLiteral("/8-changes.png"));
        }
    }
    return 0;
}
