#pragma once
// The numbered schema migrations, per backend. Version N is reached by running the
// statements of 1..N in order; each migration runs in one transaction.

#include <QList>
#include <QStringList>

namespace ssbtek::store::migrations {

QList<QStringList> sqlite();
QList<QStringList> postgres();

} // namespace ssbtek::store::migrations
