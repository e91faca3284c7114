#pragma once
// The benchmarks' command lines: options are taken out of the arguments, the rest is positional.

#include "client/tlssettings.h"

#include <QStringList>

namespace bench {

// The value after `name`, removed from `args` together with it; empty when absent.
inline QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return QString();
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

// --cert, --key and --ca: the client certificate and the CA to trust.
inline ssbtek::TlsSettings takeTls(QStringList &args)
{
    ssbtek::TlsSettings tls;
    tls.certificatePath = takeOption(args, QStringLiteral("--cert"));
    tls.keyPath = takeOption(args, QStringLiteral("--key"));
    tls.caPath = takeOption(args, QStringLiteral("--ca"));
    return tls;
}

} // namespace bench
