// ssbtek-client: the caseworker's window.

#include "simulator/runtime.h"
#include "ui/mainwindow.h"

#include <QApplication>
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
    const auto runtime = ssbtek::sim::Runtime::prepare(ssbtek::AppSettings::load(ssbtek::ConfigLayers::standard()), &error);
    if (!runtime) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SSBTEK"),
            QApplication::translate("main", "The built-in simulator could not start: %1").arg(error));
        return 1;
    }
    ssbtek::ui::MainWindow window(runtime->settings, runtime->simulated());
    window.show();
    return app.exec();
}
