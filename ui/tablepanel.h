#pragma once
// One table on screen: title, a filter, the sortable view, sums of the money columns over
// the rows shown, and Copy / Export CSV.

#include "presentation/presentation.h"
#include "shown.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ssbtek::presentation {
class TableModel;
}

namespace ssbtek::ui {

// Where save dialogs start (files/exportFolder, else Documents): set once by the main window.
void setExportDirectory(const QString &directory);
// `fileName` in that folder, as a save dialog's suggestion.
QString exportPath(const QString &fileName);

class TablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TablePanel(const Table &table, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *sums() const { return m_sums; }
    const Table &table() const;
    // Hides the columns no row has a value in (shown again when a row has one).
    void hideEmptyColumns();
    // Widths from content; where they do not fit, text columns give way by priority (minor
    // first) so that dates and amounts stay whole. Runs as the view is resized.
    void fitColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void copyToClipboard();
    bool exportCsv(const QString &path = QString()); // asks for a path when none is given

private:
    void updateSums();

    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_sums;
    QList<int> m_natural; // each column's width from its content
};

} // namespace ssbtek::ui
