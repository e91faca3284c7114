#pragma once
// What the simulator read from a request: enough to answer like SSBTEK, and to let tests
// assert on what a client actually sent.

#include "client/requestsummary.h"

#include <QByteArray>
#include <QMap>

namespace ssbtek::sim {

struct SimRequest : RequestSummary
{
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-case, as KDSoapServer gives them

    static SimRequest parse(const QByteArray &body, const QMap<QByteArray, QByteArray> &headers);
};

} // namespace ssbtek::sim
