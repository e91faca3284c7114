#include "lookupsession.h"

#include "client/requestbuilder.h"
#include "core/clock.h"
#include "lookuprecords.h"
#include "store/queryaudit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LookupSession)
};

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

LookupSession::LookupSession(ClientSettings client, AccessPolicy policy, store::StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(client))
    , m_policy(std::move(policy))
    , m_store(store)
{
    connect(&m_runner, &QueryRunner::answered, this, [this](const RawAnswer &raw, const Answer &answer) {
        record({ raw, answer, std::nullopt });
    });
    connect(&m_runner, &QueryRunner::failed, this, [this](const ClientFailure &failure) {
        record({ std::nullopt, std::nullopt, failure });
    });
    connect(&m_runner, &QueryRunner::receiving, this, &LookupSession::receiving);
}

LookupSession::~LookupSession()
{
    // A lookup still running (its "asked" record perhaps still being written) is recorded as
    // cancelled; best effort, as the store's thread finishes what is queued after the session is
    // gone. Otherwise the next start marks it interrupted.
    if (m_busy && !m_recording && !m_pending)
        postOutcome(cancelledOutcome(), [](const Expected<qint64, store::StoreError> &) {});
}

LookupSession::Outcome LookupSession::cancelledOutcome()
{
    ClientFailure cancelled;
    cancelled.kind = ClientFailure::Kind::Cancelled;
    return { std::nullopt, std::nullopt, cancelled };
}

void LookupSession::postOutcome(
    const Outcome &outcome, std::function<void(const Expected<qint64, store::StoreError> &)> done)
{
    const ClientSettings &client = m_runner.settings();
    const QString what = outcome.answer ? store::outcomeOf(*outcome.answer)
        : outcome.failure               ? store::outcomeOf(*outcome.failure)
                                        : QString();
    // Queued behind the "asked" record in the store's thread: its id is known there by then.
    m_store->post(
        this,
        [slot = m_askedSlot, query = m_query, version = client.version, endpoint = client.endpoint, what](
            store::Store &s) -> Expected<qint64, store::StoreError> {
            if (*slot <= 0)
                return qint64(0); // the "asked" record was not written, so nothing was asked
            return s.appendAudit(lookup::outcomeRecord(query, *slot, version, endpoint, what));
        },
        std::move(done));
}

QStringList LookupSession::start(Query query, bool currentCaseConfirmed)
{
    if (m_busy)
        return { Text::tr("A lookup is already running: wait for it or cancel it.") };
    if (m_pending)
        return { Text::tr("The previous lookup's audit record is not written yet: write it first.") };
    if (!m_store)
        return { Text::tr("No lookup is sent while the audit log cannot be written.") };
    const ClientSettings &client = m_runner.settings();
    QStringList refused = m_policy.problems(query, currentCaseConfirmed);
    for (const RequestProblem &p : RequestBuilder::check(query, client.version))
        refused << p.message;
    if (!refused.isEmpty())
        return refused;
    // Case id and korrelationsid are fixed now, so the record names what is sent.
    if (query.caseId.trimmed().isEmpty())
        query.caseId = RequestBuilder::generateCaseId();
    query.caseId = query.caseId.trimmed();
    if (query.correlationId.isEmpty())
        query.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_auditLogRefused = false;
    m_cancelled = false;
    m_query = query;
    m_askedId = 0;
    m_recording = false;
    m_askedSlot = std::make_shared<qint64>(0);
    setBusy(true);
    m_store->post(
        this,
        [r = lookup::askedRecord(query, client.version, client.endpoint), slot = m_askedSlot](store::Store &s) {
            auto id = s.appendAudit(r);
            if (id)
                *slot = *id;
            return id;
        },
        [this](const Expected<qint64, store::StoreError> &id) {
            if (id) {
                sendAsked(*id);
                return;
            }
            m_auditLogRefused = true;
            setBusy(false);
            Q_EMIT notSent({ Text::tr("The lookup was not sent: its audit record could not be written. %1")
                                 .arg(id.error().message()) });
        });
    return {};
}

void LookupSession::sendAsked(qint64 askedId)
{
    m_askedId = askedId;
    if (m_cancelled) { // cancelled while its record was being written: never sent, and recorded so
        record(cancelledOutcome());
        return;
    }
    m_runner.fetch(m_query);
}

void LookupSession::cancel()
{
    if (!m_busy)
        return;
    if (m_askedId > 0)
        m_runner.cancel();
    else
        m_cancelled = true; // not sent yet: it will not be
}

void LookupSession::record(Outcome outcome)
{
    m_pending.reset();
    m_recording = true;
    postOutcome(outcome, [this, outcome](const Expected<qint64, store::StoreError> &written) {
        m_recording = false;
        setBusy(false);
        if (written) {
            deliver(outcome);
            return;
        }
        m_pending = outcome;
        Q_EMIT outcomeNotRecorded(Text::tr("The answer came, but its audit record could not be written, so it is "
                                           "not shown. It is kept until the record is written. %1")
                                      .arg(written.error().message()));
    });
}

void LookupSession::retryOutcomeRecord()
{
    if (!m_pending || m_busy)
        return;
    setBusy(true); // no other lookup while the record is being written
    record(*m_pending);
}

void LookupSession::deliver(const Outcome &outcome)
{
    if (outcome.answer)
        Q_EMIT answered(*outcome.raw, *outcome.answer);
    else if (outcome.failure)
        Q_EMIT failed(*outcome.failure);
}

void LookupSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

Expected<int, store::StoreError> LookupSession::recoverInterrupted(
    store::Store &store, const QString &caseworker, int staleSeconds)
{
    const QDateTime now = clock::now();
    store::AuditFilter recent;
    recent.caseworker = store.isPostgres() ? QString() : caseworker; // on PostgreSQL the login sees its own
    recent.from = now.toUTC().date().addDays(-30);
    recent.limit = 100000;
    const auto records = store.audit(recent);
    if (!records)
        return unexpected(records.error());
    QSet<qint64> answered;
    for (const store::AuditRecord &r : *records) {
        if (r.kind == u"query" || r.kind == u"interrupted")
            answered.insert(lookup::jsonOf(r.detail).value(u"asked"_s).toInteger());
    }
    int marked = 0;
    const QString host = QSysInfo::machineHostName();
    const qint64 ownPid = QCoreApplication::applicationPid();
    for (const store::AuditRecord &asked : *records) {
        if (asked.kind != u"asked" || answered.contains(asked.id))
            continue;
        const QJsonObject d = lookup::jsonOf(asked.detail);
        const qint64 pid = d.value(u"pid"_s).toInteger();
        const bool here = d.value(u"host"_s).toString() == host;
        const bool gone = here && pid != ownPid && !processRuns(pid);
        const bool stale = asked.at.secsTo(now) > staleSeconds;
        if (!gone && !stale)
            continue; // still running, here or on another machine
        store::AuditRecord r = asked;
        r.id = 0;
        r.at = QDateTime();
        r.kind = u"interrupted"_s;
        r.outcome = u"interrupted"_s;
        r.detail
            = lookup::jsonText({ { u"asked"_s, asked.id }, { u"korrelationsid"_s, d.value(u"korrelationsid"_s) } });
        r.prevHash.clear();
        r.hash.clear();
        const auto written = store.appendAudit(r);
        if (!written)
            return unexpected(written.error());
        ++marked;
    }
    return marked;
}

} // namespace ssbtek
