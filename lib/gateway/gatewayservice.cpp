#include "gatewayservice.h"

#include "gatewayserver.h"

#include "answer/answerparser.h"
#include "core/clock.h"
#include "lookup/lookuprecords.h"
#include "simulator/answerwriter.h"
#include "store/queryaudit.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGateway, "ssbtek.gateway")

namespace ssbtek::gateway {

namespace {

constexpr qsizetype MaxRequestBytes = 1024 * 1024; // a lookup request is a few kB

const QString FetchOperation = u"hamtaBastjanstInformation"_s;
const QString TestOperation = u"testaBastjanstInformation"_s;

// The query a request asks, as far as the rules and the audit record need it.
Query queryOf(const RequestSummary &s, const QString &login)
{
    Query q;
    if (const auto person = Personnummer::parse(s.personnummer))
        q.person = *person;
    q.period = Period::parse(s.fromDate, s.toDate);
    q.agencies = s.included;
    q.purpose = s.purpose;
    q.legalBasis = s.legalBasis;
    q.caseId = s.caseId.trimmed();
    q.correlationId = s.correlationId;
    q.organisationNumber = s.organisationNumber;
    q.organisationName = s.organisationName;
    q.caseworker = login;
    return q;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Internal Server Error" : "Status";
    }
}

} // namespace

struct GatewayService::Call
{
    QPointer<QAbstractSocket> socket;
    QString operation;
    ProtocolVersion version;
    QUrl endpoint;
    Query query;
    qint64 askedId = 0; // 0: not a lookup (the test operation)
    QElapsedTimer timer;
    SsbtekClient *client = nullptr;
    std::unique_ptr<QObject> connections; // deleted when the call ends: its signals go with it
};

GatewayService::GatewayService(GatewayServer *server)
    : m_server(server)
{
}

GatewayService::~GatewayService() = default;

bool GatewayService::newRequest(const QByteArray &requestType, const QMap<QByteArray, QByteArray> &httpHeaders)
{
    const QByteArray path = httpHeaders.value("_path");
    const bool get = requestType == "GET" && (path == "/health" || path == "/metrics");
    if (requestType != "POST" && !get)
        return false;
    Pending p { requestType, path, {}, httpHeaders.value("content-length").toLongLong() > MaxRequestBytes };
    m_pending.insert(serverSocket(), p);
    return true;
}

void GatewayService::processXML(const QByteArray &xmlChunk)
{
    Pending &p = m_pending[serverSocket()];
    if (p.body.size() + xmlChunk.size() > MaxRequestBytes)
        p.tooLarge = true;
    else
        p.body += xmlChunk;
}

void GatewayService::endRequest()
{
    QAbstractSocket *socket = serverSocket();
    const Pending p = m_pending.take(socket);
    if (p.method == "GET" && p.path == "/metrics") {
        writeHttp(socket, 200, "text/plain; version=0.0.4", m_server->metrics().prometheus());
    } else if (p.method == "GET") {
        serveHealth(socket);
    } else if (p.tooLarge) {
        m_server->metrics().refused(u"too-large"_s);
        writeHttp(socket, 413, "text/plain", "A request to SSBTEK is never this large.\n");
    } else {
        serveSoap(socket, p.body);
    }
}

Expected<store::Store *, store::StoreError> GatewayService::store()
{
    if (m_store)
        return m_store.get();
    auto opened = store::Store::open(m_server->settings().service.storeSettings());
    if (!opened)
        return unexpected(opened.error());
    m_store = std::move(opened).value();
    m_store->setWritesForCaseworkers(true);
    return m_store.get();
}

Expected<qint64, store::StoreError> GatewayService::append(const store::AuditRecord &record)
{
    const auto opened = store();
    if (!opened)
        return unexpected(opened.error());
    store::Store *s = *opened;
    QElapsedTimer t;
    t.start();
    auto written = s->appendAudit(record);
    m_server->metrics().auditSeconds(t.nsecsElapsed() / 1e9);
    if (!written)
        m_store.reset(); // the connection may be gone (a restarted server): open it again next time
    return written;
}

void GatewayService::serveSoap(QAbstractSocket *socket, const QByteArray &body)
{
    QElapsedTimer took; // the gateway's whole part: checks, records and the call
    took.start();
    const GatewaySettings &settings = m_server->settings();
    const RequestSummary request = RequestSummary::read(body);
    const auto version = ProtocolVersion::byNamespace(request.namespaceUri);
    const bool isLookup = request.operation == FetchOperation;
    const bool isTest = request.operation == TestOperation;
    const QString operation = isTest ? TestOperation : FetchOperation;

    // Who asks: the certificate, whatever the request says.
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    const ClientIdentity id = m_server->caseworkers().identify(
        ssl ? ssl->peerCertificateChain() : QList<QSslCertificate>(), clock::systemNow());
    Query query = queryOf(request, id.login);
    const ProtocolVersion recordVersion = version.value_or(settings.service.version);
    const QUrl endpoint = settings.service.withVersion(recordVersion.number).endpoint;
    auto refusal = [&](const QString &key, const QString &detail) {
        store::AuditRecord r = store::auditFor(query, query.caseId, recordVersion, endpoint, u"refused:"_s + key);
        r.kind = u"refused"_s;
        r.detail = lookup::jsonText({ { u"korrelationsid"_s, query.correlationId },
            { u"operation"_s, request.operation }, { u"why"_s, detail } });
        return r;
    };
    if (id.refusal != ClientIdentity::Refusal::None) {
        query.caseworker.clear();
        const store::AuditRecord r = refusal(ClientIdentity::refusalKey(id.refusal), id.problem);
        refuse(socket, recordVersion, ClientIdentity::refusalKey(id.refusal),
            tr("ssbtek-gateway: your certificate is not accepted (%1). Ask IT for a certificate from the "
               "municipality's caseworker CA.")
                .arg(id.problem),
            &r);
        return;
    }
    const auto opened = store();
    const auto member = opened
        ? (*opened)->staffMember(id.login)
        : Expected<std::optional<store::StaffMember>, store::StoreError>(unexpected(opened.error()));
    if (!member) {
        m_store.reset();
        refuse(socket, recordVersion, u"store-unavailable"_s,
            tr("ssbtek-gateway: nothing was sent to SSBTEK, because the audit log cannot be reached. Try again "
               "later; IT has been told by the gateway's health check."),
            nullptr);
        return;
    }
    if (!*member || !(*member)->enabled) {
        const QString key = *member ? u"disabled-login"_s : u"unknown-login"_s;
        const store::AuditRecord r = refusal(key, key);
        refuse(socket, recordVersion, key,
            *member ? tr("ssbtek-gateway: the login %1 is disabled. Ask your supervisor or IT.").arg(id.login)
                    : tr("ssbtek-gateway: the login %1 is not in the staff table. Ask IT to add it.").arg(id.login),
            &r);
        return;
    }
    if (!version || !settings.service.configuredVersions().contains(*version) || (!isLookup && !isTest)
        || !request.problem.isEmpty()) {
        const store::AuditRecord r = refusal(u"bad-request"_s, request.problem);
        QStringList served;
        for (const ProtocolVersion &v : settings.service.configuredVersions())
            served << v.label();
        refuse(socket, recordVersion, u"bad-request"_s,
            tr("ssbtek-gateway: this is not an SSBTEK request of a version the gateway serves (%1).")
                .arg(served.join(u", "_s)),
            isLookup ? &r : nullptr);
        return;
    }
    auto call = std::make_unique<Call>();
    call->operation = operation;
    call->version = *version;
    call->endpoint = endpoint;
    call->timer = took;
    if (isTest) { // about no one: forwarded for any member of staff, not audited
        forward(socket, std::move(call), body);
        return;
    }
    // The rules, as on the desktop: case, purpose, agencies, period, legal basis. The
    // caseworker confirmed the current case in their window; the case id must be there.
    QStringList problems = m_server->policyFor((*member)->role).problems(query, true);
    if (!query.person)
        problems.prepend(tr("The personnummer is not valid."));
    if (!query.period.isValid())
        problems.prepend(tr("The period is not valid."));
    const auto configured = Organisationsnummer::parse(settings.service.organisationNumber);
    const auto asked = Organisationsnummer::parse(request.organisationNumber);
    if (configured && !(asked && *asked == *configured))
        problems << tr("The request names another organisation than the gateway's.");
    if (!problems.isEmpty()) {
        const store::AuditRecord r = refusal(u"policy"_s, problems.join(u' '));
        refuse(socket, recordVersion, u"policy"_s,
            tr("ssbtek-gateway: the lookup was not sent. %1").arg(problems.join(u' ')), &r);
        return;
    }
    const QByteArray rewritten = withCaseworker(body, id.login);
    if (rewritten.isEmpty()) {
        const store::AuditRecord r = refusal(u"bad-request"_s, u"not exactly one handlaggare"_s);
        refuse(socket, recordVersion, u"bad-request"_s,
            tr("ssbtek-gateway: the request must name exactly one handläggare."), &r);
        return;
    }
    // No record, no request.
    const auto askedId = append(lookup::askedRecord(query, *version, endpoint, { { u"via"_s, u"gateway"_s } }));
    if (!askedId) {
        refuse(socket, recordVersion, u"audit-unavailable"_s,
            tr("ssbtek-gateway: the lookup was not sent, because its audit record could not be written."), nullptr);
        return;
    }
    call->query = query;
    call->askedId = *askedId;
    forward(socket, std::move(call), rewritten);
}

void GatewayService::forward(QAbstractSocket *socket, std::unique_ptr<Call> call, const QByteArray &body)
{
    call->socket = socket;
    call->client = takeClient(call->version);
    call->connections = std::make_unique<QObject>();
    Call *c = call.release(); // owned by its connections until finish()
    connect(c->client, &SsbtekClient::forwarded, c->connections.get(),
        [this, c](const ForwardedAnswer &answer) { finish(c, answer, std::nullopt); });
    connect(c->client, &SsbtekClient::failed, c->connections.get(),
        [this, c](const ClientFailure &failure) { finish(c, std::nullopt, failure); });
    m_server->metrics().inFlight(+1);
    c->client->forward(body, c->operation + u"Response"_s);
}

void GatewayService::finish(
    Call *raw, const std::optional<ForwardedAnswer> &answer, const std::optional<ClientFailure> &failure)
{
    std::unique_ptr<Call> call(raw);
    call->connections.reset();
    giveBack(call->client);
    Metrics &metrics = m_server->metrics();
    // In flight until the answer has left: a stopping instance waits for that.
    const auto settle = qScopeGuard([this, socket = call->socket] { settleInFlight(socket); });
    const std::optional<ClientFailure> judged = failure ? failure : answer->failure;
    if (judged)
        metrics.failed(judged->key());
    if (call->askedId == 0) {
        metrics.testForwarded();
    } else {
        metrics.lookupForwarded();
        QString outcome;
        if (judged) {
            outcome = store::outcomeOf(*judged);
        } else {
            ParseOptions options;
            options.maxBytes = qint64(m_server->settings().service.maxAnswerMegabytes) * 1024 * 1024;
            const auto parsed = AnswerParser::parse(answer->body, call->version, call->query.agencies, options);
            outcome = parsed ? store::outcomeOf(*parsed) : u"failed:unreadable"_s;
        }
        const auto recorded
            = append(lookup::outcomeRecord(call->query, call->askedId, call->version, call->endpoint, outcome));
        if (!recorded) {
            metrics.refused(u"outcome-not-recorded"_s);
            if (call->socket)
                writeFault(call->socket, call->version, call->operation, u"GW-AUDIT"_s,
                    tr("ssbtek-gateway: the answer came, but its audit record could not be written, so it is "
                       "not passed on. The lookup is recorded as asked."));
            return;
        }
    }
    metrics.lookupSeconds(call->timer.nsecsElapsed() / 1e9);
    if (!call->socket)
        return; // the caller is gone; the lookup is on record all the same
    if (answer) {
        writeHttp(call->socket, answer->httpStatus, answer->contentType, answer->body);
        return;
    }
    writeFault(call->socket, call->version, call->operation, u"GW-UPSTREAM"_s,
        tr("ssbtek-gateway: SSBTEK could not be asked (%1). %2").arg(failure->key(), failure->message()));
}

// Counts the lookup out of flight once its answer is handed to the system (flush writes
// what it can without blocking), so that a stopping instance does not exit with it unsent.
void GatewayService::settleInFlight(QPointer<QAbstractSocket> socket)
{
    if (socket)
        socket->flush();
    m_server->metrics().inFlight(-1);
}

void GatewayService::refuse(QAbstractSocket *socket, const ProtocolVersion &version, const QString &reason,
    const QString &message, const store::AuditRecord *record)
{
    m_server->metrics().refused(reason);
    qCInfo(lcGateway) << "refused:" << reason; // the reason only: no login, no person
    if (record && !append(*record))
        m_server->metrics().refused(u"refusal-not-recorded"_s);
    writeFault(socket, version, FetchOperation, u"GW-"_s + reason.toUpper(), message);
}

void GatewayService::serveHealth(QAbstractSocket *socket)
{
    const GatewaySettings &settings = m_server->settings();
    QJsonObject storeState;
    const auto opened = store();
    if (opened) {
        store::Store *s = *opened;
        QSqlQuery q(s->database());
        const bool ok = q.exec(s->isPostgres() ? u"SELECT NOT pg_is_in_recovery()"_s : u"SELECT 1"_s) && q.next()
            && q.value(0).toBool();
        storeState.insert(u"writable"_s, ok);
        if (!ok) {
            m_store.reset();
            storeState.insert(u"problem"_s, u"the store does not answer or is read-only"_s);
        }
    } else {
        storeState.insert(u"writable"_s, false);
        storeState.insert(u"problem"_s, u"the store cannot be opened"_s);
    }
    QPointer<QAbstractSocket> guarded(socket);
    auto respond = [this, guarded, storeState, settings](const UpstreamHealth &h) {
        if (!guarded)
            return;
        const QDateTime expiry = m_server->upstreamCertificateExpiry();
        const bool ok = storeState.value(u"writable"_s).toBool() && h.reachable;
        const QJsonObject body { { u"status"_s, ok ? u"ok"_s : u"failing"_s }, { u"store"_s, storeState },
            { u"upstream"_s,
                QJsonObject { { u"reachable"_s, h.reachable }, { u"checkedAt"_s, h.checkedAt.toString(Qt::ISODate) },
                    { u"problem"_s, h.problem } } },
            { u"certificateDaysLeft"_s, expiry.isValid() ? clock::systemNow().daysTo(expiry) : -1 },
            { u"inFlight"_s, m_server->metrics().inFlightNow() } };
        writeHttp(
            guarded, ok ? 200 : 503, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n');
    };
    const UpstreamHealth cached = m_server->upstreamHealth();
    if (cached.checkedAt.isValid() && cached.checkedAt.secsTo(clock::systemNow()) < settings.healthCacheSeconds) {
        respond(cached);
        return;
    }
    // The service's test operation, about no one; its result is kept for a while.
    SsbtekClient *client = takeClient(settings.service.version);
    auto *context = new QObject(this);
    auto done = [this, client, context, respond](bool reachable, const QString &problem) {
        context->deleteLater();
        giveBack(client);
        const UpstreamHealth h { clock::systemNow(), reachable, problem };
        m_server->setUpstreamHealth(h);
        respond(h);
    };
    connect(client, &SsbtekClient::tested, context, [done](const TestAnswer &) { done(true, QString()); });
    connect(client, &SsbtekClient::failed, context, [done](const ClientFailure &f) { done(false, f.key()); });
    client->test();
}

SsbtekClient *GatewayService::takeClient(const ProtocolVersion &version)
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i)->settings().version == version)
            return m_idle.takeAt(i);
    }
    // One client per call at a time; each keeps its connection to SSBTEK alive for the next.
    return new SsbtekClient(m_server->settings().service.withVersion(version.number).clientSettings(), this);
}

void GatewayService::giveBack(SsbtekClient *client)
{
    m_idle.append(client);
}

void GatewayService::writeHttp(
    QAbstractSocket *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

void GatewayService::writeFault(QAbstractSocket *socket, const ProtocolVersion &version, const QString &operation,
    const QString &code, const QString &message)
{
    writeHttp(socket, 500, "text/xml; charset=utf-8", sim::answerwriter::fault(operation, version, code, { message }));
}

} // namespace ssbtek::gateway
