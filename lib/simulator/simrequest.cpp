#include "simrequest.h"

namespace ssbtek::sim {

SimRequest SimRequest::parse(const QByteArray &body, const QMap<QByteArray, QByteArray> &headers)
{
    SimRequest r;
    static_cast<RequestSummary &>(r) = RequestSummary::read(body);
    r.body = body;
    r.headers = headers;
    return r;
}

} // namespace ssbtek::sim
