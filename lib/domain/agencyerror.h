#pragma once
// An agency's error block (`ssbt:error`, type Error): where it arose, its code and messages.
// The messages may quote the request, so they are shown, never logged.

#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace ssbtek {

struct AgencyError
{
    // kalla: SSBT (the composite service) / BT (the agency); Client: our own reading failed.
    enum class Source { Unknown, Ssbtek, Agency, Client };
    Source source = Source::Unknown;
    QString sourceCode; // as received
    QString code; // felkod
    QStringList messages; // felmeddelande, 1..n

    static Source sourceFromCode(QStringView kalla);
    // Reads an Error element's children (kalla, felkod, felmeddelande*); the reader stands
    // on the element's start and is left on its end.
    static AgencyError read(QXmlStreamReader &xml);
};

} // namespace ssbtek
