#include "changeswindow.h"

#include "tablepanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ssbtek::ui {

ChangesWindow::ChangesWindow(const QString &person, const store::SavedResult &earlier, const QDateTime &askedAt,
    const Period &period, const QList<Change> &changes, QWidget *parent)
    : QMainWindow(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Changes since last time — %1").arg(person));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_header = new QLabel(
        tr("<b>%1</b>: the answer saved %2 (period %3 – %4) against the one asked %5 (period %6).<br>%n change(s).",
            nullptr, int(changes.size()))
            .arg(person, earlier.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                earlier.from.toString(Qt::ISODate), earlier.to.toString(Qt::ISODate),
                askedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), period.toString()));
    m_header->setObjectName(QStringLiteral("changesHeader"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(new TablePanel(changesTable(changes)), 1);
    setCentralWidget(central);
    resize(1100, 600);
}

} // namespace ssbtek::ui
