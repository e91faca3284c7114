#include "clientfailure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {
// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientFailure)
};
} // namespace

QString ClientFailure::keyFor(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
        return u"invalid_request"_s;
    case Kind::Configuration:
        return u"configuration"_s;
    case Kind::InsecureUrl:
        return u"insecure_url"_s;
    case Kind::HostNotFound:
        return u"host_not_found"_s;
    case Kind::ConnectionRefused:
        return u"connection_refused"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::TlsUntrusted:
        return u"tls_untrusted"_s;
    case Kind::TlsExpired:
        return u"tls_expired"_s;
    case Kind::TlsHostMismatch:
        return u"tls_host_mismatch"_s;
    case Kind::TlsHandshake:
        return u"tls_handshake"_s;
    case Kind::ClientCertificateRejected:
        return u"client_certificate_rejected"_s;
    case Kind::ConnectionClosed:
        return u"connection_closed"_s;
    case Kind::HttpStatus:
        return u"http_status"_s;
    case Kind::SoapFault:
        return u"soap_fault"_s;
    case Kind::NotSoap:
        return u"not_soap"_s;
    case Kind::WrongVersion:
        return u"wrong_version"_s;
    case Kind::EmptyAnswer:
        return u"empty_answer"_s;
    case Kind::AnswerTooLarge:
        return u"answer_too_large"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Unreadable:
        return u"unreadable_answer"_s;
    case Kind::Network:
        return u"network"_s;
    }
    return {};
}

QString ClientFailure::key() const
{
    return keyFor(kind);
}

QString ClientFailure::message() const
{
    switch (kind) {
    case Kind::InvalidRequest:
        return Text::tr("The request was not sent: %1").arg(detail);
    case Kind::Configuration:
        return Text::tr("The connection settings cannot be used: %1").arg(detail);
    case Kind::InsecureUrl:
        return Text::tr("The address must start with https://. Unencrypted http:// is allowed only to this computer "
                        "(127.0.0.1), for tests.");
    case Kind::HostNotFound:
        return Text::tr("The server's name could not be found. Check the address in the settings and the network.");
    case Kind::ConnectionRefused:
        return Text::tr("The server refused the connection: nothing is listening at that address and port.");
    case Kind::Timeout:
        return Text::tr("The server did not answer in time. SSBTEK asks several agencies and can be slow; try again, "
                        "or raise the timeout in the settings.");
    case Kind::TlsUntrusted:
        return Text::tr("The server's certificate is not trusted: it is not signed by a CA chosen in the settings.");
    case Kind::TlsExpired:
        return Text::tr("The server's certificate has expired or is not yet valid.");
    case Kind::TlsHostMismatch:
        return Text::tr("The server's certificate was issued for another name than the address in the settings.");
    case Kind::TlsHandshake:
        return Text::tr("The secure connection could not be set up (%1).").arg(detail);
    case Kind::ClientCertificateRejected:
        return Text::tr("The server closed the connection without answering — often because our client certificate "
                        "is missing or was not accepted. Check the certificate in the settings.")
            + (requestSent ? Text::tr(" The lookup was not sent again.") : QString());
    case Kind::ConnectionClosed:
        return requestSent && httpStatus == 0
            ? Text::tr("The connection was closed after the lookup was sent, before any answer came. It was not sent "
                       "again; SSBTEK may have received it once. Try again.")
            : Text::tr("The connection was closed before the whole answer had arrived. Try again.");
    case Kind::HttpStatus:
        return Text::tr("The server answered with HTTP status %1 instead of a SOAP answer.").arg(httpStatus);
    case Kind::SoapFault: {
        QString text = Text::tr("SSBTEK refused the whole request");
        if (!fault.errorCode.isEmpty())
            text += Text::tr(" (error code %1)").arg(fault.errorCode);
        const QString said = fault.errorMessages.isEmpty() ? fault.faultString : fault.errorMessages.join(u"; "_s);
        if (!said.isEmpty())
            text += u": "_s + said;
        return text;
    }
    case Kind::NotSoap:
        return Text::tr("The answer is not a SOAP message (%1).").arg(detail);
    case Kind::WrongVersion:
        return Text::tr("The server answered in another SSBTEK version (%1). Check the version in the settings.")
            .arg(detail);
    case Kind::EmptyAnswer:
        return Text::tr("The server sent an empty answer.");
    case Kind::AnswerTooLarge:
        return Text::tr("The answer is larger than the limit in the settings (%1) and was not read.").arg(detail);
    case Kind::Cancelled:
        return Text::tr("The request was cancelled.");
    case Kind::Unreadable:
        return Text::tr("The answer arrived but could not be read (%1). It has been kept for IT staff.").arg(detail);
    case Kind::Network:
        return Text::tr("A network error stopped the request (%1).").arg(detail);
    }
    return {};
}

} // namespace ssbtek
