// Saves results into an SQLite store as fast as it can, printing each id once committed:
// the process the crash test kills with SIGKILL mid-way.
//   store-writer PATH COUNT

#include "store/store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace ssbtek::store;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    StoreSettings settings;
    settings.sqlitePath = QString::fromLocal8Bit(argv[1]);
    auto store = Store::open(settings);
    if (!store)
        return 1;
    const int count = QByteArray(argv[2]).toInt();
    for (int i = 0; i < count; ++i) {
        SavedResult r;
        r.caseworker = QStringLiteral("writer");
        r.person = QStringLiteral("198504129829");
        r.note = QStringLiteral("save %1").arg(i);
        r.caseId = QString::number(i);
        // Each answer is recognisably whole: its length and content follow from i.
        r.rawAnswer = QByteArray(20000 + i, char('a' + i % 26));
        const auto id = (*store)->saveResult(r);
        if (!id)
            return 1;
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
