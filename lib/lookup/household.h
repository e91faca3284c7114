#pragma once
// A household lookup: the applicant (sökande), an optional co-applicant (medsökande) and
// children. SSBTEK answers about one person per call, so each member is one call; they run
// concurrently, at most a configured number at a time, all with the same case id.

#include "answer/answer.h"
#include "core/expected.h"
#include "lookupsession.h"

#include <QObject>

#include <memory>
#include <vector>

namespace ssbtek {

struct HouseholdMember
{
    enum class Role { Applicant, CoApplicant, Child };
    Role role = Role::Applicant;
    Personnummer person;

    static QString roleKey(Role role); // "applicant" | "co-applicant" | "child"
    static QString roleText(Role role); // for people: "Applicant", "Co-applicant", "Child"
    QString label() const; // "Applicant 19850412-9829"
};

// The applicant, the co-applicant and the children as members; a message when one is
// given twice. The applicant comes first.
Expected<QList<HouseholdMember>, QString> householdOf(
    const Personnummer &applicant, const std::optional<Personnummer> &coApplicant, const QList<Personnummer> &children);

// What became of one member's call: answered, failed, or still waiting.
struct MemberResult
{
    HouseholdMember member;
    Query query; // the member's own query (person replaced, the shared case id)
    std::optional<RawAnswer> raw;
    std::optional<Answer> answer;
    std::optional<ClientFailure> failure;
    QString notRecorded; // the outcome's audit record could not be written: nothing of it is given
    bool sent = false; // the call was made (a cancelled run leaves the rest unsent)
    bool done() const { return answer || failure || !notRecorded.isEmpty(); }
};

class HouseholdRun : public QObject
{
    Q_OBJECT
public:
    // Each member is one lookup through its own LookupSession: checked, recorded, sent.
    HouseholdRun(ClientSettings settings, AccessPolicy policy, store::StoreThread *store, int maxConcurrent,
        QObject *parent = nullptr);
    ~HouseholdRun() override;

    // Starts one call per member over `base` (its person is replaced; its case id is kept, or
    // one is made for all). Empty when started; otherwise why nothing was sent. A member whose
    // "asked" record cannot be written is not sent and fails with InvalidRequest.
    QStringList start(const Query &base, const QList<HouseholdMember> &members, bool currentCaseConfirmed);
    void cancel();
    bool isBusy() const { return m_busy; }
    const QList<MemberResult> &results() const { return m_results; }
    QString caseId() const { return m_caseId; }
    int maxConcurrent() const { return m_maxConcurrent; }
    int peakConcurrent() const { return m_peak; } // the most calls that ran at once

Q_SIGNALS:
    void memberFinished(int index); // answered or failed: results().at(index)
    void finished();
    void busyChanged(bool busy);

private:
    void startNext(LookupSession *session);

    ClientSettings m_settings;
    AccessPolicy m_policy;
    store::StoreThread *m_store;
    bool m_confirmed = false;
    int m_maxConcurrent;
    std::vector<std::unique_ptr<LookupSession>> m_sessions;
    QList<MemberResult> m_results;
    QHash<LookupSession *, int> m_runningOn; // session → member index
    int m_next = 0;
    int m_peak = 0;
    bool m_busy = false;
    bool m_cancelled = false;
    QString m_caseId;
};

} // namespace ssbtek
