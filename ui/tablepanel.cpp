#include "tablepanel.h"

#include "core/privatefiles.h"

#include "presentation/tablemodel.h"
#include "shown.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ssbtek::ui {

TablePanel::TablePanel(const Table &table, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(table.title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(table.title.toHtmlEscaped()));
    top->addWidget(title);
    top->addStretch(1);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(table.title));
    m_filter->setMaximumWidth(220);
    top->addWidget(m_filter);
    auto *copy = new QPushButton(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1 as text").arg(table.title));
    auto *csv = new QPushButton(tr("Export CSV…"));
    csv->setAccessibleName(tr("Export %1 as CSV").arg(table.title));
    top->addWidget(copy);
    top->addWidget(csv);
    layout->addLayout(top);

    m_model = new TableModel(table, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    // Unsorted until asked: enabling sorting sorts by the header's indicator, and a sort of
    // 5 000 rows through the proxy is 10 ms of a stalled window before the tab appears.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // rows of one height: no per-row sizing
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(table.title);
    // Widths from the first rows only: measuring every one of 20 000 payments stalls the window
    // (200 rows still took 15 ms of the FK tab's 40; the rows are alike, 50 tell as much).
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < table.columns.size(); ++c)
        m_natural.append(m_view->columnWidth(c));
    m_view->viewport()->installEventFilter(this);
    // Short tables need no scrolling: fit their height to the rows.
    const int rows = std::min<int>(int(table.rows.size()), 12);
    m_view->setMinimumHeight(
        m_view->horizontalHeader()->height() + std::max(rows, 1) * m_view->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_view);
    m_sums = new QLabel;
    m_sums->setWordWrap(true);
    m_sums->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sums);
    if (table.rows.isEmpty()) {
        m_view->hide();
        m_filter->hide();
        copy->hide();
        csv->hide();
        m_sums->setText(QStringLiteral("<i>%1</i>").arg(table.emptyText.toHtmlEscaped()));
    }

    auto *copyAction = new QAction(tr("Copy table"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &TablePanel::copyToClipboard);
    connect(copy, &QPushButton::clicked, this, &TablePanel::copyToClipboard);
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateSums);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateSums);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updateSums);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::updateSums);
    if (!table.rows.isEmpty())
        updateSums();
}

const Table &TablePanel::table() const
{
    return m_model->table();
}

void TablePanel::updateSums()
{
    QStringList parts;
    parts << tr("%n row(s)", nullptr, m_proxy->rowCount());
    // Unfiltered, the sums are the table's: read from the cells, not 5 000 rows through the proxy.
    const bool everyRow = m_proxy->rowCount() == m_model->rowCount();
    const Table &table = m_model->table();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (table.columns.at(c).kind == Column::Kind::Money) {
            const Total sum = everyRow ? columnSum(table, c) : columnSum(*m_proxy, c);
            parts << tr("%1: %2").arg(table.columns.at(c).title, totalText(sum));
        }
    }
    m_sums->setText(parts.join(QStringLiteral(" · ")));
}

void TablePanel::copyToClipboard()
{
    QApplication::clipboard()->setText(delimitedText(*m_proxy, QLatin1Char('\t')));
}

namespace {
QString &exportDirectoryValue()
{
    static QString directory;
    return directory;
}
} // namespace

void setExportDirectory(const QString &directory)
{
    exportDirectoryValue() = directory;
}

QString exportPath(const QString &fileName)
{
    const QString directory = exportDirectoryValue();
    return directory.isEmpty() ? fileName : QDir(directory).filePath(fileName);
}

bool TablePanel::exportCsv(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Export CSV"),
            exportPath(m_model->table().title + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
        if (target.isEmpty())
            return false;
    }
    // Written whole or not at all (a full disk leaves no half file), and 0600.
    const QByteArray bytes = "\xEF\xBB\xBF" + delimitedText(*m_proxy, QLatin1Char(';')).toUtf8();
    const QString problem = privatefiles::write(target, bytes);
    if (!problem.isEmpty() && path.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), problem);
    return problem.isEmpty();
}

void TablePanel::hideEmptyColumns()
{
    const Table &t = table();
    for (int c = 0; c < t.columns.size(); ++c) {
        const bool empty = std::all_of(t.rows.cbegin(), t.rows.cend(),
            [c](const QList<QVariant> &row) { return c >= row.size() || row.at(c).toString().isEmpty(); });
        m_view->setColumnHidden(c, empty && !t.rows.isEmpty());
    }
}

bool TablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TablePanel::fitColumns()
{
    const Table &t = table();
    const int available = m_view->viewport()->width();
    QList<int> widths = m_natural;
    // The stretched last column is never narrower than the header's default section.
    const bool stretch = m_view->horizontalHeader()->stretchLastSection();
    if (stretch && !widths.isEmpty())
        widths.last() = std::max(widths.last(), m_view->horizontalHeader()->defaultSectionSize());
    int total = 0;
    for (int c = 0; c < widths.size(); ++c) {
        if (!m_view->isColumnHidden(c))
            total += widths.at(c);
    }
    int overflow = total - available;
    for (const Column::Priority priority : { Column::Priority::Minor, Column::Priority::Normal }) {
        // Right to left within a priority: the first columns are read first.
        for (int c = int(widths.size()) - 1; c >= 0 && overflow > 0; --c) {
            const Column &column = t.columns.at(c);
            if (column.kind != Column::Kind::Text || column.priority != priority || m_view->isColumnHidden(c))
                continue;
            const int least = std::min(widths.at(c), std::max(m_view->fontMetrics().averageCharWidth() * 6, 40));
            const int give = std::min(overflow, widths.at(c) - least);
            widths[c] -= give;
            overflow -= give;
        }
    }
    for (int c = 0; c < widths.size(); ++c) {
        if (!(stretch && c == widths.size() - 1))
            m_view->setColumnWidth(c, widths.at(c));
    }
}

} // namespace ssbtek::ui
