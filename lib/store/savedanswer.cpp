#include "savedanswer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "answer/answerparser.h"
#include "queryaudit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::store {

Expected<Answer, StoreError> answerOf(const SavedResult &saved)
{
    const auto version = ProtocolVersion::byNumber(saved.version);
    if (!version)
        return unexpected(StoreError { StoreError::Kind::UnknownVersion, {}, saved.version });
    const auto asked = AgencySet::parse(saved.agencies);
    auto answer = AnswerParser::parse(saved.rawAnswer, *version, asked.value_or(AgencySet::all()));
    if (!answer)
        return unexpected(StoreError { StoreError::Kind::UnreadableAnswer, answer.error().message, 0 });
    return std::move(answer).value();
}

Expected<SavedAnswer, StoreError> loadAnswer(Store &store, qint64 id, const QString &reader, const QString &why)
{
    auto saved = store.loadResult(id);
    if (!saved)
        return unexpected(saved.error());
    AuditRecord opened;
    opened.kind = QStringLiteral("opened");
    opened.caseworker = reader;
    opened.person = saved->person;
    opened.caseId = saved->caseId;
    opened.agencies = saved->agencies;
    opened.version = u"v"_s + QString::number(saved->version);
    opened.outcome = u"opened:"_s + why;
    opened.detail = QString::fromUtf8(QJsonDocument(QJsonObject { { u"saved"_s, id } }).toJson(QJsonDocument::Compact));
    if (const auto audited = store.appendAudit(opened); !audited)
        return unexpected(StoreError { StoreError::Kind::OpenNotAudited, audited.error().message(), 0 });
    auto answer = answerOf(*saved);
    if (!answer)
        return unexpected(answer.error());
    return SavedAnswer { std::move(saved).value(), std::move(answer).value() };
}

Expected<qint64, StoreError> saveAnswer(Store &store, const Query &query, const QString &caseId,
    const ProtocolVersion &version, const QUrl &endpoint, const QByteArray &soap, const QString &note)
{
    SavedResult r;
    r.caseworker = query.caseworker;
    r.person = query.person ? query.person->wire() : QString();
    r.from = query.period.from;
    r.to = query.period.to;
    r.version = version.number;
    r.caseId = caseId;
    r.agencies = query.agencies.toString();
    r.note = note;
    r.rawAnswer = soap;
    const auto id = store.saveResult(r);
    if (!id)
        return unexpected(id.error());
    AuditRecord saved
        = auditFor(query, caseId, version, endpoint, QCoreApplication::translate("Store", "saved as %1").arg(*id));
    saved.kind = QStringLiteral("save");
    if (const auto audited = store.appendAudit(saved); !audited)
        return unexpected(audited.error());
    return *id;
}

} // namespace ssbtek::store
