#pragma once
// One table model for every table the window shows: a Table (typed columns, immutable
// rows). Display text is formatted for people; Qt::UserRole holds the raw value, which is
// what sorting and sums use.

#include "presentation.h"

#include <QAbstractTableModel>

namespace ssbtek::presentation {

class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TableModel(Table table, QObject *parent = nullptr);

    const Table &table() const { return m_table; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Table m_table;
};

// The rows of any model (in its own order, e.g. a sorted and filtered proxy) as delimited
// text with a header line: tab for the clipboard, ';' for CSV that Swedish Excel opens.
QString delimitedText(const QAbstractItemModel &model, QChar separator);
// The sum of a money column over a model's rows (the cells from Qt::UserRole), saying what it
// could not add.
Total columnSum(const QAbstractItemModel &model, int column);
// … and over every row of a table, straight from its cells (no model, no QModelIndex per row).
Total columnSum(const Table &table, int column);

} // namespace ssbtek::presentation
