#pragma once
// Turns what was observed of one HTTP exchange into "an answer" or a typed failure: the
// network error, the HTTP status, the TLS errors and whether the body is SOAP, told apart.

#include "clientfailure.h"
#include "domain/protocolversion.h"

#include <QByteArray>
#include <optional>

namespace ssbtek {

struct ReplyObservation
{
    int networkError = 0; // QNetworkReply::NetworkError
    QString networkErrorText;
    int httpStatus = 0;
    QByteArray body;
    bool https = false;
    bool timedOut = false; // the answer timeout fired
    bool sentOnce = false; // the request reached the wire (and was never sent again)
    bool connectTimedOut = false; // ours: no request was sent in time
    bool cancelled = false;
    bool tooLarge = false;
    qint64 sizeLimit = 0;
    QList<QSslError::SslError> sslErrors;
};

// nullopt: the body is the expected response element of `version`.
std::optional<ClientFailure> classifyReply(
    const ReplyObservation &observed, const ProtocolVersion &version, QStringView expectedResponse);

} // namespace ssbtek
