#pragma once
// The caseworker's window: the question on the left, SSBTEK's answer on the right, a
// banner whenever the built-in simulator (fictitious data) answers.

#include "answer/queryrunner.h"
#include "config/settings.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ssbtek::ui {

class QueryForm;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `simulated`: the endpoint in `settings` is the built-in simulator.
    MainWindow(const AppSettings &settings, bool simulated, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueryForm *form() const { return m_form; }
    QTableWidget *resultTable() const { return m_table; }
    QLabel *resultHeader() const { return m_header; }
    QLabel *banner() const { return m_banner; }
    QueryRunner *runner() const { return m_runner; }

public Q_SLOTS:
    void runQuery();
    void testConnection();
    void cancel();

private:
    void showAnswer(const RawAnswer &raw, const Answer &answer);
    void showTest(const TestAnswer &answer);
    void showFailure(const ClientFailure &failure);
    void setBusy(bool busy);
    void updateElapsed();
    void fitTable();
    void addRow(Agency agency, const QString &state, const QString &details, bool problem);

    AppSettings m_settings;
    QueryRunner *m_runner;
    QueryForm *m_form;
    QLabel *m_banner;
    QLabel *m_header;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QTimer m_tick;
    QElapsedTimer m_clock;
    Query m_lastQuery;
};

} // namespace ssbtek::ui
