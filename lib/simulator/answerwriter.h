#pragma once
// Writes SSBTEK answers as the real service shapes them: per asked agency a data or an
// error block, the agency content in its own namespaces.

#include "domain/protocolversion.h"
#include "personcatalogue.h"
#include "simrequest.h"

#include <QByteArray>
#include <QDate>

namespace ssbtek::sim {

namespace answerwriter {

// `today` resolves the catalogue's relative dates; effected payments outside the
// request's period are left out, as the real service does.
QByteArray fetchAnswer(
    const SimRequest &request, const TestPerson *person, const ProtocolVersion &version, QDate today);
QByteArray testAnswer(const ProtocolVersion &version, const QJsonObject &agencyErrors = {});
// A SOAP fault with SSBTEK's BastjanstInformationFault detail.
QByteArray fault(
    const QString &operation, const ProtocolVersion &version, const QString &errorCode, const QStringList &messages);

} // namespace answerwriter

} // namespace ssbtek::sim
