#include "xmltext.h"

namespace ssbtek {

QString readText(QXmlStreamReader &xml, int maxDepth)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (++depth > maxDepth) {
                xml.raiseError(QStringLiteral("elements nested too deeply"));
                return text;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace ssbtek
