#include "connectiontest.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

QTableWidget *ConnectionTest::makeTable()
{
    auto *table = new QTableWidget(0, 3);
    table->setAccessibleName(tr("Test connection, a row per agency"));
    table->setHorizontalHeaderLabels({ tr("Agency"), tr("Test"), tr("Details") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void ConnectionTest::show(QTableWidget *table, const TestAnswer &answer)
{
    table->setRowCount(0);
    for (Agency a : AllAgencies) {
        const AgencyTestResult r = answer.result(a);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(agencyName(a)));
        table->setItem(row, 1, new QTableWidgetItem(AgencyTestResult::stateText(r.state)));
        table->setItem(row, 2, new QTableWidgetItem(r.describe()));
    }
    table->resizeColumnsToContents();
}

void ConnectionTest::start(QObject *owner, QueryRunner *&runner, const AppSettings &settings, QTableWidget *table,
    QLabel *status, std::function<void(const TestAnswer &)> then)
{
    delete runner;
    runner = new QueryRunner(settings.clientSettings(), owner);
    table->setRowCount(0);
    status->setText(tr("Testing %1 …").arg(settings.endpoint.toString()));
    QObject::connect(
        runner, &QueryRunner::failed, status, [status](const ClientFailure &f) { status->setText(f.message()); });
    QObject::connect(runner, &QueryRunner::tested, table, [table, status, then](const TestAnswer &answer) {
        show(table, answer);
        rememberServerCertificate(answer.serverCertificate);
        status->setText(answer.tlsProtocol.isEmpty() ? tr("SSBTEK answered.")
                                                     : tr("SSBTEK answered over %1.").arg(answer.tlsProtocol));
        if (then)
            then(answer);
    });
    runner->test();
}

void rememberServerCertificate(const QSslCertificate &certificate)
{
    if (!certificate.isNull())
        QSettings().setValue(u"state/serverCertificate"_s, certificate.toPem());
}

QSslCertificate lastServerCertificate()
{
    const QList<QSslCertificate> list
        = QSslCertificate::fromData(QSettings().value(u"state/serverCertificate"_s).toByteArray(), QSsl::Pem);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

} // namespace ssbtek::ui
