#pragma once
// Work made off the GUI thread, its result used on it: `make` runs in the global thread pool
// (it must touch only plain values), `use` runs afterwards in the GUI thread, and only while
// `receiver` still exists. The window and the household view present answers this way.

#include "core/backtomain.h"

#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace ssbtek::ui {

template <typename Make, typename Use> void inWorker(QObject *receiver, Make make, Use use)
{
    QThreadPool::globalInstance()->start(
        [alive = QPointer<QObject>(receiver), make = std::move(make), use = std::move(use)]() mutable {
            backToMain(alive, make(), std::move(use));
        });
}

} // namespace ssbtek::ui
