#include "lookuprecords.h"

#include "store/queryaudit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace ssbtek::lookup {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const QString &detail)
{
    return QJsonDocument::fromJson(detail.toUtf8()).object();
}

store::AuditRecord askedRecord(
    const Query &query, const ProtocolVersion &version, const QUrl &endpoint, const QJsonObject &extra)
{
    store::AuditRecord asked = store::auditFor(query, query.caseId, version, endpoint, u"asked"_s);
    asked.kind = u"asked"_s;
    QJsonObject detail { { u"korrelationsid"_s, query.correlationId },
        { u"from"_s, query.period.from.toString(Qt::ISODate) }, { u"to"_s, query.period.to.toString(Qt::ISODate) },
        { u"host"_s, QSysInfo::machineHostName() }, { u"pid"_s, qint64(QCoreApplication::applicationPid()) } };
    if (!query.openedFrom.isEmpty())
        detail.insert(u"openedFrom"_s, query.openedFrom);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        detail.insert(it.key(), it.value());
    asked.detail = jsonText(detail);
    return asked;
}

store::AuditRecord outcomeRecord(
    const Query &query, qint64 askedId, const ProtocolVersion &version, const QUrl &endpoint, const QString &outcome)
{
    store::AuditRecord r = store::auditFor(query, query.caseId, version, endpoint, outcome);
    r.detail = jsonText({ { u"asked"_s, askedId }, { u"korrelationsid"_s, query.correlationId } });
    return r;
}

} // namespace ssbtek::lookup
