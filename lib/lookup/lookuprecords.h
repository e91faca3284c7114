#pragma once
// The records of one lookup, the same from every front end (the window, the CLI, the
// household run and ssbtek-gateway): "asked" before the request leaves, then the outcome
// naming it, or "interrupted" when the process that asked is gone.

#include "domain/protocolversion.h"
#include "domain/query.h"
#include "store/records.h"

#include <QJsonObject>
#include <QUrl>

namespace ssbtek::lookup {

// "asked": the korrelationsid, the period, and where the call runs (host and process), so
// that a lookup killed mid-call can be found and marked interrupted.
store::AuditRecord askedRecord(
    const Query &query, const ProtocolVersion &version, const QUrl &endpoint, const QJsonObject &extra = {});
// The outcome ("query"): what came of the lookup whose "asked" record is `askedId`.
store::AuditRecord outcomeRecord(
    const Query &query, qint64 askedId, const ProtocolVersion &version, const QUrl &endpoint, const QString &outcome);

QString jsonText(const QJsonObject &object);
QJsonObject jsonOf(const QString &detail);

} // namespace ssbtek::lookup
