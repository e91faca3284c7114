#pragma once
// The one way a lookup about a person is sent. In order, and nothing skipped:
//   the rules (settings valid, case, purpose, agencies, period, legal basis)
//   → an "asked" audit record, committed        (no record: nothing is sent)
//   → the call, sent at most once
//   → the outcome record, naming the asked one  (no record: the answer is held, not given)
//   → only then answered() or failed(), for the window, the household run and the CLI
// to show, print, save or export. A lookup killed mid-call leaves its "asked" record; the
// next start finds it and marks it interrupted (recoverInterrupted()).

#include "config/access.h"
#include "lookup/queryrunner.h"
#include "store/store.h"

#include <QObject>

#include <optional>

namespace ssbtek {

class LookupSession : public QObject
{
    Q_OBJECT
public:
    // `store` must outlive the session.
    LookupSession(ClientSettings client, AccessPolicy policy, store::Store *store, QObject *parent = nullptr);
    // A call still running is cancelled, and recorded as such.
    ~LookupSession() override;

    // Checks the rules, writes the "asked" record and sends `query` (its case id and
    // korrelationsid are made here when empty). Empty when sent; otherwise why not, for people.
    QStringList start(Query query, bool currentCaseConfirmed);
    void cancel();
    bool isBusy() const { return m_busy; }
    const Query &query() const { return m_query; } // the last one started, as sent
    const ClientSettings &clientSettings() const { return m_runner.settings(); }
    qint64 askedRecordId() const { return m_askedId; }
    bool refusedForAuditLog() const { return m_auditLogRefused; } // the last start(): the record failed

    // An outcome whose record could not be written is held here, not given out.
    bool holdsUnrecordedOutcome() const { return m_pending.has_value(); }
    // Tries to write the held outcome's record again; on success it is given out as usual.
    bool retryOutcomeRecord();

    // Marks "asked" records of `caseworker` with no outcome as interrupted: those of a process
    // on this machine that is gone, and any older than `staleSeconds` (the longest a call can
    // take). The number marked.
    static Expected<int, store::StoreError> recoverInterrupted(
        store::Store &store, const QString &caseworker, int staleSeconds);

Q_SIGNALS:
    void answered(const ssbtek::RawAnswer &raw, const ssbtek::Answer &answer);
    void failed(const ssbtek::ClientFailure &failure);
    // The outcome came but its record could not be written: nothing is shown until
    // retryOutcomeRecord() succeeds. `message` says why, without personal data.
    void outcomeNotRecorded(const QString &message);
    void receiving(qint64 bytesReceived, qint64 bytesTotal);
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        std::optional<RawAnswer> raw;
        std::optional<Answer> answer;
        std::optional<ClientFailure> failure;
    };
    void finish(Outcome outcome);
    bool record(const Outcome &outcome);
    void deliver(const Outcome &outcome);
    void setBusy(bool busy);

    QueryRunner m_runner;
    AccessPolicy m_policy;
    store::Store *m_store;
    Query m_query;
    qint64 m_askedId = 0;
    bool m_busy = false;
    bool m_auditLogRefused = false;
    std::optional<Outcome> m_pending;
};

} // namespace ssbtek
