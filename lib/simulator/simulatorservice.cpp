#include "simulatorservice.h"

#include "answerwriter.h"
#include "requestchecker.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

SimulatorService::SimulatorService(SimulatorServer *server)
    : m_server(server)
{
}

bool SimulatorService::newRequest(const QByteArray &requestType, const QMap<QByteArray, QByteArray> &httpHeaders)
{
    if (requestType != "POST")
        return false;
    m_pending.insert(serverSocket(), Pending { httpHeaders, {} });
    return true;
}

void SimulatorService::processXML(const QByteArray &xmlChunk)
{
    m_pending[serverSocket()].body += xmlChunk;
}

void SimulatorService::endRequest()
{
    QAbstractSocket *socket = serverSocket();
    const Pending pending = m_pending.take(socket);
    const SimRequest request = SimRequest::parse(pending.body, pending.headers);
    m_server->record(request);
    const Reply reply = answer(request);
    m_server->recordAnswer(reply.body);
    if (reply.delayMs > 0) {
        QPointer<QAbstractSocket> guarded(socket);
        QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, this, [guarded, reply] {
            if (guarded)
                send(guarded, reply);
        });
    } else {
        send(socket, reply);
    }
}

SimulatorService::Reply SimulatorService::answer(const SimRequest &request) const
{
    const SimulatorOptions &options = m_server->options();
    Reply reply;
    reply.fault = options.fault;
    reply.delayMs = options.delayMs;
    reply.redirectTo = options.redirectTo;
    const ProtocolVersion served = options.versions.value(0, ProtocolVersion::latest());

    if (!request.problem.isEmpty()) {
        reply.status = 500;
        reply.body
            = answerwriter::fault(u"hamtaBastjanstInformation"_s, served, u"SSBT-XML"_s, { u"Internal error"_s });
        return reply;
    }
    std::optional<ProtocolVersion> version;
    for (const ProtocolVersion &v : options.versions) {
        if (v.namespaceUri == request.namespaceUri)
            version = v;
    }
    const bool knownOperation
        = request.operation == u"hamtaBastjanstInformation" || request.operation == u"testaBastjanstInformation";
    if (!version || !knownOperation) {
        // As the real service: another version's namespace gets a generic fault.
        reply.status = 500;
        reply.body = answerwriter::fault(knownOperation ? request.operation : u"hamtaBastjanstInformation"_s, served,
            u"SSBT-NS"_s, { u"Internal error"_s });
        return reply;
    }
    if (request.operation == u"testaBastjanstInformation") {
        reply.body = answerwriter::testAnswer(*version, options.pingErrors);
        return reply;
    }
    // Strict as the schema: order, cardinality, types; and the contract itself where known.
    QStringList problems = checkFetchRequest(request.body, version->namespaceUri, version->skvQueryInRequest);
    problems += m_server->schemaProblems(request.body, *version);
    if (!problems.isEmpty()) {
        reply.status = 500;
        reply.body = answerwriter::fault(request.operation, *version, u"SSBT-SCHEMA"_s, problems.mid(0, 5));
        return reply;
    }
    if (version->skvQueryInRequest && request.included.contains(Agency::SKV) && !request.skvHasQuery) {
        reply.status = 500;
        reply.body = answerwriter::fault(request.operation, *version, u"SSBT-500"_s, { u"Internal error"_s });
        return reply;
    }
    const TestPerson *catalogued = m_server->catalogue().find(request.personnummer);
    const std::optional<TestPerson> asked
        = catalogued ? std::optional(catalogued->asOfFetch(m_server->countFetch(request.personnummer))) : std::nullopt;
    const TestPerson *person = asked ? &*asked : nullptr;
    if (person) {
        const QJsonObject behaviour = person->agencies.value(u"behaviour").toObject();
        if (const auto f = faultFromName(behaviour.value(u"fault").toString()))
            reply.fault = *f;
        reply.delayMs = qMax(reply.delayMs, behaviour.value(u"delayMs").toInt());
        // A slow agency makes the whole answer slow: SSBTEK waits for every asked agency.
        for (Agency a : request.included.toList()) {
            const int seconds = person->agencies.value(agencyCode(a)).toObject().value(u"delaySeconds").toInt();
            reply.delayMs = qMax(reply.delayMs, seconds * 1000);
        }
    }
    if (reply.fault == Fault::SoapFault) {
        reply.status = 500;
        reply.body = answerwriter::fault(
            request.operation, *version, u"SSBT-SIM"_s, { u"Simulated fault"_s, u"Second message"_s });
        return reply;
    }
    reply.body = answerwriter::fetchAnswer(request, person, *version, m_server->today());
    return reply;
}

void SimulatorService::send(QAbstractSocket *socket, const Reply &reply)
{
    auto head = [](int status, const QByteArray &contentType, qint64 length) {
        const QByteArray reason = status == 200 ? "OK" : "Internal Server Error";
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
    };
    const QByteArray xmlType = "text/xml; charset=utf-8";
    switch (reply.fault) {
    case Fault::Silent:
        return;
    case Fault::Http500Html: {
        const QByteArray html
            = "<html><head><title>500</title></head><body><h1>Internal Server Error</h1></body></html>";
        socket->write(head(500, "text/html", html.size()) + html);
        return;
    }
    case Fault::EmptyBody:
        socket->write(head(200, xmlType, 0));
        return;
    case Fault::Truncated: {
        const QByteArray part = reply.body.left(reply.body.size() / 2);
        socket->write(head(200, xmlType, part.size()) + part);
        return;
    }
    case Fault::CloseMidAnswer:
        socket->write(head(200, xmlType, reply.body.size()) + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Fault::CloseAfterRequest:
        socket->disconnectFromHost();
        return;
    case Fault::Redirect:
        socket->write(
            "HTTP/1.1 302 Found\r\nLocation: " + reply.redirectTo.toEncoded() + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Fault::None:
    case Fault::SoapFault:
        break;
    }
    socket->write(head(reply.status, xmlType, reply.body.size()) + reply.body);
}

} // namespace ssbtek::sim
