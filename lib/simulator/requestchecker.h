#pragma once
// Checks a hamtaBastjanstInformation request as strictly as the wrapper schema does —
// element order, cardinality, types and patterns — without needing the schema files, so
// the simulator refuses what the real service would refuse. (Where the official contract
// is at hand, the simulator also validates against it with libxml2.)

#include <QByteArray>
#include <QStringList>

namespace ssbtek::sim {

// The problems found, empty when the request is well-formed per the contract.
QStringList checkFetchRequest(const QByteArray &soap, const QString &namespaceUri, bool skvQueryAllowed);

} // namespace ssbtek::sim
