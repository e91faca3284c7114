#pragma once
// The store's own thread, so that a window never waits on SQL (an fsync, a busy database, a
// large saved answer): a connection opened in that thread, and work posted to it one item at a
// time, in order. Each item's result comes back to the main thread, and only while its receiver
// still exists. What is posted is done: destroying this object first finishes what is queued
// (so a save the caseworker asked for is not lost when the window closes), then closes the
// connection in its thread.

#include "store.h"

#include "core/backtomain.h"

#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

namespace ssbtek::store {

class StoreThread
{
public:
    // A connection to the same store as `store`, opened in a new thread.
    static Expected<std::unique_ptr<StoreThread>, StoreError> start(const Store &store);
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs `work(Store &)` in the store's thread (it must capture only plain values), then
    // `done(result)` in the main thread if `receiver` still exists.
    template <typename Work, typename Done> void post(QObject *receiver, Work work, Done done)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this, alive = QPointer<QObject>(receiver), work = std::move(work), done = std::move(done)]() mutable {
                backToMain(alive, work(*m_store), std::move(done));
            },
            Qt::QueuedConnection);
    }

private:
    StoreThread();

    QThread m_thread;
    QObject m_context; // lives in m_thread: what posted work runs in
    std::unique_ptr<Store> m_store; // made, used and let go in m_thread
};

} // namespace ssbtek::store
