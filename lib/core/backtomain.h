#pragma once
// The one way work done in another thread comes back: `use(result)` runs in the main thread,
// and only if `receiver` still exists by then (checked there, where it could be destroyed).
// The window's workers (ui/inworker.h) and the store's thread (store/storethread.h) use it.

#include <QCoreApplication>
#include <QPointer>

#include <memory>
#include <utility>

namespace ssbtek {

template <typename Result, typename Use> void backToMain(QPointer<QObject> receiver, Result result, Use use)
{
    auto held = std::make_shared<Result>(std::move(result)); // the slot object must be copyable
    QMetaObject::invokeMethod(
        qApp,
        [receiver, held, use = std::move(use)]() mutable {
            if (receiver)
                use(std::move(*held));
        },
        Qt::QueuedConnection);
}

} // namespace ssbtek
