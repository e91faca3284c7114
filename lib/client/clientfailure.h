#pragma once
// Why a call to SSBTEK produced no answer, told apart as far as the wire allows, each
// with a sentence a caseworker or IT person understands. Carries no personal data.

#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace ssbtek {

struct SoapFault
{
    QString faultCode;
    QString faultString;
    QString errorCode; // felkod from the BastjanstInformationFault detail
    QStringList errorMessages; // felmeddelande lines
};

struct ClientFailure
{
    enum class Kind {
        InvalidRequest, // the query was refused before sending (see detail)
        Configuration, // endpoint or certificates unusable
        InsecureUrl, // http:// to anything but loopback
        HostNotFound,
        ConnectionRefused,
        Timeout,
        TlsUntrusted,
        TlsExpired,
        TlsHostMismatch,
        TlsHandshake,
        ClientCertificateRejected, // closed during/after the handshake without a word
        ConnectionClosed, // closed mid-answer
        HttpStatus,
        SoapFault,
        NotSoap,
        WrongVersion, // the answer is in another version's namespace
        EmptyAnswer,
        AnswerTooLarge,
        Cancelled,
        Unreadable, // arrived, but could not be read as an SSBTEK answer
        Network, // any other network error
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    int networkError = 0; // QNetworkReply::NetworkError, for IT staff
    QList<QSslError::SslError> sslErrors;
    SoapFault fault; // when kind == SoapFault
    QString detail; // technical detail (no personal data)
    bool requestSent = false; // the lookup reached the wire: SSBTEK may have received it (once)

    QString message() const; // for people
    QString key() const; // stable identifier for the CLI and logs: "tls_untrusted"
    static QString keyFor(Kind kind);
};

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::ClientFailure)
