#pragma once
// Work made off the GUI thread, its result used on it: `make` runs in `pool` (it must touch only
// plain values), `use` runs afterwards in the GUI thread, and only while `receiver` still
// exists. The window and the household view present answers (and the window writes PDFs) this
// way, each in a pool of its own that it waits for as it goes, so nothing it started outlives it
// and nothing waits for work of others.

#include "core/backtomain.h"

#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace ssbtek::ui {

template <typename Make, typename Use> void inWorker(QThreadPool &pool, QObject *receiver, Make make, Use use)
{
    pool.start([alive = QPointer<QObject>(receiver), make = std::move(make), use = std::move(use)]() mutable {
        backToMain(alive, make(), std::move(use));
    });
}

} // namespace ssbtek::ui
