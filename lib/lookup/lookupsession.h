#pragma once
// The one way a lookup about a person is sent. In order, and nothing skipped:
//   the rules (settings valid, case, purpose, agencies, period, legal basis)
//   → an "asked" audit record, committed        (no record: nothing is sent, notSent())
//   → the call, sent at most once
//   → the outcome record, naming the asked one  (no record: the answer is held, not given)
//   → only then answered() or failed(), for the window, the household run and the CLI
// to show, print, save or export. The records are written in the store's thread
// (store::StoreThread), so a window never waits on the disk; the order above holds because
// each step starts only when the one before has come back. A lookup killed mid-call leaves
// its "asked" record; the next start finds it and marks it interrupted (recoverInterrupted()).

#include "config/access.h"
#include "lookup/queryrunner.h"
#include "store/store.h"
#include "store/storethread.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace ssbtek {

class LookupSession : public QObject
{
    Q_OBJECT
public:
    // `store` (where the records are written) must outlive the session; none: nothing is sent.
    LookupSession(ClientSettings client, AccessPolicy policy, store::StoreThread *store, QObject *parent = nullptr);
    // A call still running is cancelled, and recorded as such.
    ~LookupSession() override;

    // Checks the rules and, when they pass, writes the "asked" record and then sends `query`
    // (its case id and korrelationsid are made here when empty). Empty when it is on its way
    // (busy from now on: answered(), failed(), notSent() or outcomeNotRecorded() follows);
    // otherwise why not, for people.
    QStringList start(Query query, bool currentCaseConfirmed);
    void cancel();
    bool isBusy() const { return m_busy; }
    const Query &query() const { return m_query; } // the last one started, as sent
    const ClientSettings &clientSettings() const { return m_runner.settings(); }
    qint64 askedRecordId() const { return m_askedId; }
    bool refusedForAuditLog() const { return m_auditLogRefused; } // the last lookup: its "asked" record failed

    // An outcome whose record could not be written is held here, not given out.
    bool holdsUnrecordedOutcome() const { return m_pending.has_value(); }
    // Tries to write the held outcome's record again: on success it is given out as usual
    // (answered() or failed()), else outcomeNotRecorded() again.
    void retryOutcomeRecord();

    // Marks "asked" records of `caseworker` with no outcome as interrupted: those of a process
    // on this machine that is gone, and any older than `staleSeconds` (the longest a call can
    // take). The number marked.
    static Expected<int, store::StoreError> recoverInterrupted(
        store::Store &store, const QString &caseworker, int staleSeconds);

Q_SIGNALS:
    // The "asked" record could not be written, so nothing was sent. `why` is for people.
    void notSent(const QStringList &why);
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
    void sendAsked(qint64 askedId);
    // Writes the outcome's record in the store's thread; then gives it out, or holds it.
    void record(Outcome outcome);
    // The outcome's record, written in the store's thread after the "asked" one and naming it.
    void postOutcome(const Outcome &outcome, std::function<void(const Expected<qint64, store::StoreError> &)> done);
    static Outcome cancelledOutcome();
    void deliver(const Outcome &outcome);
    void setBusy(bool busy);

    QueryRunner m_runner;
    AccessPolicy m_policy;
    store::StoreThread *m_store;
    bool m_cancelled = false; // cancel() before the call was sent: it is not sent
    bool m_recording = false; // the outcome's record is being written
    // The "asked" record's id as the store's thread wrote it (read there too, in order).
    std::shared_ptr<qint64> m_askedSlot;
    Query m_query;
    qint64 m_askedId = 0;
    bool m_busy = false;
    bool m_auditLogRefused = false;
    std::optional<Outcome> m_pending;
};

} // namespace ssbtek
