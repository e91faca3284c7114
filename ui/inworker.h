#pragma once
// Work made off the GUI thread, its result used on it: `make` runs in the global thread pool
// (it must touch only plain values), `use` runs afterwards in the GUI thread, and only while
// `receiver` still exists. The window and the household view present answers this way.

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace ssbtek::ui {

template <typename Make, typename Use> void inWorker(QObject *receiver, Make make, Use use)
{
    QThreadPool::globalInstance()->start(
        [alive = QPointer<QObject>(receiver), make = std::move(make), use = std::move(use)]() mutable {
            auto made = std::make_shared<decltype(make())>(make());
            QMetaObject::invokeMethod(
                qApp,
                [alive, made, use = std::move(use)]() mutable {
                    if (alive)
                        use(std::move(*made));
                },
                Qt::QueuedConnection);
        });
}

} // namespace ssbtek::ui
