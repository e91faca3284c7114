#pragma once
// "Ändringar sedan senast": the answer on screen against the person's latest saved one, as a
// table of new, removed and changed rows, in a window of its own.

#include "presentation/answerdiff.h"
#include "shown.h"
#include "store/savedanswer.h"

#include <QMainWindow>

class QLabel;

namespace ssbtek::ui {

class ChangesWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `person` as shown; `earlier` the saved answer compared with; `askedAt` and `period` those
    // of the answer on screen.
    ChangesWindow(const QString &person, const store::SavedResult &earlier, const QDateTime &askedAt,
        const Period &period, const QList<Change> &changes, QWidget *parent = nullptr);

    QLabel *header() const { return m_header; }

private:
    QLabel *m_header;
};

} // namespace ssbtek::ui
