#include "storethread.h"

using namespace Qt::StringLiterals;

namespace ssbtek::store {

StoreThread::StoreThread()
{
    m_thread.setObjectName(u"ssbtek-store"_s);
}

Expected<std::unique_ptr<StoreThread>, StoreError> StoreThread::start(const Store &store)
{
    std::unique_ptr<StoreThread> thread(new StoreThread);
    thread->m_context.moveToThread(&thread->m_thread);
    thread->m_thread.start();
    std::optional<StoreError> failed;
    QMetaObject::invokeMethod(
        &thread->m_context,
        [&] {
            auto opened = store.openAnother(); // migrated already by `store`: a connection like it
            if (opened)
                thread->m_store = std::move(opened).value();
            else
                failed = opened.error();
        },
        Qt::BlockingQueuedConnection);
    if (failed)
        return unexpected(*failed); // the destructor ends the thread
    return thread;
}

StoreThread::~StoreThread()
{
    if (m_thread.isRunning()) {
        // Queued after everything posted so far: that is done first, then the connection goes.
        QMetaObject::invokeMethod(
            &m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

} // namespace ssbtek::store
