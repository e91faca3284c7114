#pragma once
// A saved result read again as the answer it was: parsed from the raw answer kept exactly
// as received, so it reads the same after the program's parser changes.

#include "answer/answer.h"
#include "core/expected.h"
#include "domain/query.h"
#include "store.h"

#include <QUrl>

namespace ssbtek::store {

Expected<Answer, StoreError> answerOf(const SavedResult &saved);

// A saved result read from the store and as the answer it was.
struct SavedAnswer
{
    SavedResult saved;
    Answer answer;
};
// Opening a saved answer is an access like a lookup: an "opened" record (who, whom, which
// saved answer, `why`: "review", "compare", "diff") is written first, and without it the
// answer is not given.
Expected<SavedAnswer, StoreError> loadAnswer(Store &store, qint64 id, const QString &reader, const QString &why);

// Saves the answer to `query` (raw, exactly as received) and audits the saving; the id.
Expected<qint64, StoreError> saveAnswer(Store &store, const Query &query, const QString &caseId,
    const ProtocolVersion &version, const QUrl &endpoint, const QByteArray &soap, const QString &note);

} // namespace ssbtek::store
