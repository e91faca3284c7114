#pragma once
// SSBTEK's test operation as the settings page and the connection assistant run and show it:
// a row per agency (called, not called, error with its code), what happened in a status line,
// and the server's certificate remembered for the settings page.

#include "config/settings.h"
#include "lookup/queryrunner.h"

#include <QCoreApplication>

#include <functional>

class QLabel;
class QObject;
class QTableWidget;

namespace ssbtek::ui {

struct ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
public:
    static QTableWidget *makeTable();
    static void show(QTableWidget *table, const TestAnswer &answer);
    // Starts the test with `settings`; `runner` (owned by `owner`) is replaced, so an earlier
    // test's answer no longer arrives. `then` runs with the answer once it is shown.
    static void start(QObject *owner, QueryRunner *&runner, const AppSettings &settings, QTableWidget *table,
        QLabel *status, std::function<void(const TestAnswer &)> then);
};

// The server certificate seen at the last connection, kept as PEM in the user's state.
void rememberServerCertificate(const QSslCertificate &certificate);
QSslCertificate lastServerCertificate();

} // namespace ssbtek::ui
