#include "tablemodel.h"
#include "tones.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

TableModel::TableModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
{
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant &cell = m_table.rows.at(index.row()).value(index.column());
    const Column::Kind kind = m_table.columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(cell, m_table.columns.at(index.column()));
    case Qt::ToolTipRole: // the whole text where a narrowed column elides it
        return kind == Column::Kind::Text ? cellText(cell, m_table.columns.at(index.column())) : QVariant();
    case Qt::ForegroundRole:
        // A gap that is not a zero, or a value that could not be read, stands out.
        if ((!cell.isValid() && !m_table.columns.at(index.column()).missingText.isEmpty())
            || cell.metaType() == QMetaType::fromType<Amount>() || cell.metaType() == QMetaType::fromType<Total>())
            return QVariant(toneText(Tone::Problem));
        return {};
    case Qt::UserRole:
        return cell;
    case Qt::TextAlignmentRole:
        return kind == Column::Kind::Money || kind == Column::Kind::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) // the tooltip where a narrowed column elides it
        return m_table.columns.at(section).title;
    if (role == Qt::UserRole)
        return int(m_table.columns.at(section).kind);
    return {};
}

QString delimitedText(const QAbstractItemModel &model, QChar separator)
{
    // Text a spreadsheet would take for a formula (= + - @, or a tab or CR before them) gets
    // a leading apostrophe: an agency's free text never runs as a formula on the caseworker's
    // machine. Exact amounts are numbers and stay as they are.
    auto neutralised = [](QString text) {
        static const QString starts = u"=+-@\t\r"_s;
        if (!text.isEmpty() && starts.contains(text.front()))
            text.prepend(u'\'');
        return text;
    };
    auto field = [separator](QString text) {
        if (text.contains(separator) || text.contains(u'"') || text.contains(u'\n')) {
            text.replace(u"\""_s, u"\"\""_s);
            text = u'"' + text + u'"';
        }
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << field(neutralised(model.headerData(c, Qt::Horizontal).toString()));
    lines << header.join(separator);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            // Exact money as a plain decimal, so spreadsheets read it as a number; an amount
            // that could not be read, or an incomplete sum, in words.
            const bool isMoney = model.headerData(c, Qt::Horizontal, Qt::UserRole).toInt() == int(Column::Kind::Money);
            const QVariant raw = model.data(index, Qt::UserRole);
            const bool exact = raw.isValid() && raw.metaType() != QMetaType::fromType<Amount>()
                && raw.metaType() != QMetaType::fromType<Total>();
            row << field(isMoney && exact ? Money::fromOre(raw.toLongLong()).toDecimalString().replace(u'.', u',')
                                          : neutralised(model.data(index).toString()));
        }
        lines << row.join(separator);
    }
    return lines.join(u'\n') + u'\n';
}

Total columnSum(const QAbstractItemModel &model, int column)
{
    Total sum;
    for (int r = 0; r < model.rowCount(); ++r)
        addCell(sum, model.data(model.index(r, column), Qt::UserRole));
    return sum;
}

Total columnSum(const Table &table, int column)
{
    Total sum;
    for (const QList<QVariant> &row : table.rows)
        addCell(sum, row.value(column));
    return sum;
}

} // namespace ssbtek::presentation
