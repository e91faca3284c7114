#include "replyclassifier.h"

#include "soapenvelope.h"

#include <QLocale>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

ClientFailure failure(ClientFailure::Kind kind, const ReplyObservation &o, QString detail = {})
{
    ClientFailure f;
    f.kind = kind;
    f.httpStatus = o.httpStatus;
    f.networkError = o.networkError;
    f.sslErrors = o.sslErrors;
    f.detail = std::move(detail);
    f.requestSent = o.sentOnce;
    return f;
}

ClientFailure::Kind tlsKind(const QList<QSslError::SslError> &errors)
{
    for (auto e : errors) {
        if (e == QSslError::CertificateExpired || e == QSslError::CertificateNotYetValid)
            return ClientFailure::Kind::TlsExpired;
    }
    for (auto e : errors) {
        if (e == QSslError::HostNameMismatch)
            return ClientFailure::Kind::TlsHostMismatch;
    }
    for (auto e : errors) {
        switch (e) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateSignatureFailed:
            return ClientFailure::Kind::TlsUntrusted;
        default:
            break;
        }
    }
    return ClientFailure::Kind::TlsHandshake;
}

} // namespace

std::optional<ClientFailure> classifyReply(
    const ReplyObservation &o, const ProtocolVersion &version, QStringView expectedResponse)
{
    using K = ClientFailure::Kind;
    if (o.cancelled)
        return failure(K::Cancelled, o);
    if (o.tooLarge)
        return failure(K::AnswerTooLarge, o, QLocale::c().formattedDataSize(o.sizeLimit));
    if (o.connectTimedOut || o.timedOut || o.networkError == QNetworkReply::TimeoutError)
        return failure(K::Timeout, o);
    if (!o.sslErrors.isEmpty())
        return failure(tlsKind(o.sslErrors), o, o.networkErrorText);
    switch (o.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        return failure(K::TlsHandshake, o, o.networkErrorText);
    case QNetworkReply::HostNotFoundError:
        return failure(K::HostNotFound, o);
    case QNetworkReply::ConnectionRefusedError:
        return failure(K::ConnectionRefused, o);
    case QNetworkReply::RemoteHostClosedError:
        if (o.body.isEmpty() && o.httpStatus == 0)
            return failure(o.https ? K::ClientCertificateRejected : K::ConnectionClosed, o);
        return failure(K::ConnectionClosed, o);
    case QNetworkReply::ContentReSendError: // closed after the request, before any answer: not sent again
        // Over TLS 1.3 a server that refuses the client certificate says so only after the
        // client has sent: closed, nothing received, as with RemoteHostClosedError.
        return failure(
            o.https && o.body.isEmpty() && o.httpStatus == 0 ? K::ClientCertificateRejected : K::ConnectionClosed, o);
    case QNetworkReply::OperationCanceledError:
        return failure(K::Cancelled, o);
    default:
        break;
    }
    if (o.body.isEmpty()) {
        if (o.httpStatus >= 300)
            return failure(K::HttpStatus, o);
        if (o.networkError != QNetworkReply::NoError)
            return failure(K::Network, o, o.networkErrorText);
        return failure(K::EmptyAnswer, o);
    }

    const EnvelopeSummary envelope = summarizeEnvelope(o.body);
    switch (envelope.kind) {
    case EnvelopeSummary::Kind::Fault: {
        ClientFailure f = failure(K::SoapFault, o);
        f.fault = envelope.fault;
        return f;
    }
    case EnvelopeSummary::Kind::NotSoap:
        if (o.httpStatus >= 300)
            return failure(K::HttpStatus, o, envelope.problem);
        if (o.networkError != QNetworkReply::NoError)
            return failure(K::ConnectionClosed, o, envelope.problem);
        return failure(K::NotSoap, o, envelope.problem);
    case EnvelopeSummary::Kind::Body:
        break;
    }
    if (envelope.bodyNamespace != version.namespaceUri) {
        if (const auto other = ProtocolVersion::byNamespace(envelope.bodyNamespace))
            return failure(K::WrongVersion, o, other->label());
        return failure(K::NotSoap, o, u"unexpected namespace %1"_s.arg(envelope.bodyNamespace));
    }
    if (envelope.bodyName != expectedResponse)
        return failure(K::NotSoap, o, u"unexpected element %1"_s.arg(envelope.bodyName));
    if (o.httpStatus >= 300)
        return failure(K::HttpStatus, o);
    return std::nullopt;
}

} // namespace ssbtek
