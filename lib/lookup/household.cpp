#include "household.h"

#include "client/requestbuilder.h"
#include "core/expected.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

// A member not sent: its "asked" record could not be written (or the session refused it).
ClientFailure notSentFailure(const QStringList &why)
{
    ClientFailure f;
    f.kind = ClientFailure::Kind::InvalidRequest;
    f.detail = why.join(u' ');
    return f;
}
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Household)
};
} // namespace

QString HouseholdMember::roleKey(Role role)
{
    switch (role) {
    case Role::Applicant:
        return u"applicant"_s;
    case Role::CoApplicant:
        return u"co-applicant"_s;
    case Role::Child:
        return u"child"_s;
    }
    return {};
}

QString HouseholdMember::roleText(Role role)
{
    switch (role) {
    case Role::Applicant:
        return Text::tr("Applicant");
    case Role::CoApplicant:
        return Text::tr("Co-applicant");
    case Role::Child:
        return Text::tr("Child");
    }
    return {};
}

QString HouseholdMember::label() const
{
    return roleText(role) + u' ' + person.display();
}

Expected<QList<HouseholdMember>, QString> householdOf(
    const Personnummer &applicant, const std::optional<Personnummer> &coApplicant, const QList<Personnummer> &children)
{
    using Role = HouseholdMember::Role;
    QList<HouseholdMember> members { { Role::Applicant, applicant } };
    if (coApplicant)
        members.append({ Role::CoApplicant, *coApplicant });
    for (const Personnummer &child : children)
        members.append({ Role::Child, child });
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (members.at(i).person.wire() == members.at(j).person.wire())
                return unexpected(Text::tr("%1 is given twice in the household.").arg(members.at(i).person.display()));
        }
    }
    return members;
}

HouseholdRun::HouseholdRun(
    ClientSettings settings, AccessPolicy policy, store::StoreThread *store, int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_policy(std::move(policy))
    , m_store(store)
    , m_maxConcurrent(std::max(1, maxConcurrent))
{
}

HouseholdRun::~HouseholdRun() = default;

QStringList HouseholdRun::start(const Query &base, const QList<HouseholdMember> &members, bool currentCaseConfirmed)
{
    if (m_busy)
        return { Text::tr("A household lookup is already running.") };
    if (members.isEmpty())
        return { Text::tr("The household has no members.") };
    // One case id for the whole household: the audit shows the calls belong together.
    m_caseId = base.caseId.trimmed().isEmpty() ? RequestBuilder::generateCaseId() : base.caseId.trimmed();
    m_results.clear();
    for (const HouseholdMember &m : members) {
        Query q = base;
        q.person = m.person;
        q.caseId = m_caseId;
        q.correlationId.clear(); // each call its own
        // Every member is checked before any is sent: a household is asked whole or not at all.
        if (const QStringList refused = m_policy.problems(q, currentCaseConfirmed); !refused.isEmpty())
            return refused;
        m_results.append({ m, q, std::nullopt, std::nullopt, std::nullopt, QString(), false });
    }
    m_confirmed = currentCaseConfirmed;
    m_next = 0;
    m_peak = 0;
    m_cancelled = false;
    m_runningOn.clear();
    m_busy = true;
    Q_EMIT busyChanged(true);
    const int wanted = int(std::min<qsizetype>(m_maxConcurrent, members.size()));
    while (int(m_sessions.size()) < wanted) {
        auto session = std::make_unique<LookupSession>(m_settings, m_policy, m_store);
        LookupSession *l = session.get();
        connect(l, &LookupSession::answered, this, [this, l](const RawAnswer &raw, const Answer &answer) {
            const int index = m_runningOn.take(l);
            m_results[index].raw = raw;
            m_results[index].answer = answer;
            Q_EMIT memberFinished(index);
            startNext(l);
        });
        connect(l, &LookupSession::failed, this, [this, l](const ClientFailure &failure) {
            const int index = m_runningOn.take(l);
            m_results[index].failure = failure;
            Q_EMIT memberFinished(index);
            startNext(l);
        });
        connect(l, &LookupSession::notSent, this, [this, l](const QStringList &why) {
            const int index = m_runningOn.take(l);
            m_results[index].sent = false;
            m_results[index].failure = notSentFailure(why);
            Q_EMIT memberFinished(index);
            startNext(l);
        });
        connect(l, &LookupSession::outcomeNotRecorded, this, [this, l](const QString &message) {
            const int index = m_runningOn.take(l);
            m_results[index].notRecorded = message;
            Q_EMIT memberFinished(index);
            startNext(l); // it holds an outcome without its record, so it sends nothing more
        });
        m_sessions.push_back(std::move(session));
    }
    for (int i = 0; i < wanted; ++i)
        startNext(m_sessions[size_t(i)].get());
    return {};
}

void HouseholdRun::startNext(LookupSession *session)
{
    if (!m_busy)
        return;
    while (!m_cancelled && m_next < m_results.size() && !session->holdsUnrecordedOutcome()) {
        const int index = m_next++;
        const QStringList refused = session->start(m_results.at(index).query, m_confirmed);
        if (refused.isEmpty()) {
            m_runningOn.insert(session, index);
            m_results[index].sent = true;
            m_results[index].query = session->query(); // with its korrelationsid
            m_peak = std::max(m_peak, int(m_runningOn.size()));
            return;
        }
        m_results[index].failure = notSentFailure(refused);
        Q_EMIT memberFinished(index);
    }
    if (!m_runningOn.isEmpty())
        return; // the others are still running
    // Members never sent (the run was cancelled) are said so, not left waiting.
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i).done()) {
            ClientFailure f;
            f.kind = ClientFailure::Kind::Cancelled;
            m_results[i].failure = f;
            Q_EMIT memberFinished(i);
        }
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished();
}

void HouseholdRun::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    for (auto it = m_runningOn.cbegin(); it != m_runningOn.cend(); ++it)
        it.key()->cancel();
}

} // namespace ssbtek
