#include "answerparser.h"

#include "protocol/soapenvelope.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString AgencyOutcome::stateKey(State state)
{
    switch (state) {
    case State::NotAsked:
        return u"not_asked"_s;
    case State::Absent:
        return u"absent"_s;
    case State::Data:
        return u"data"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

bool Answer::complete() const
{
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        if (it->state == AgencyOutcome::State::Absent || it->state == AgencyOutcome::State::Error)
            return false;
    }
    return true;
}

Expected<Answer, ParseFailure> AnswerParser::parse(
    const QByteArray &soap, const ProtocolVersion &version, const AgencySet &asked)
{
    Answer answer;
    answer.version = version;
    for (Agency a : AllAgencies)
        answer.agencies[a].state
            = asked.contains(a) ? AgencyOutcome::State::Absent : AgencyOutcome::State::NotAsked;

    QXmlStreamReader xml(soap);
    bool inResponse = false;
    bool sawResponse = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && inResponse
            && xml.name() == u"hamtaBastjanstInformationResponse") {
            inResponse = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inResponse) {
            if (xml.name() == u"hamtaBastjanstInformationResponse") {
                if (xml.namespaceUri() != version.namespaceUri)
                    return unexpected(
                        ParseFailure { u"the answer is in namespace %1"_s.arg(xml.namespaceUri()) });
                inResponse = sawResponse = true;
            }
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"korrelationsid") {
            answer.correlationId = xml.readElementText().trimmed();
        } else if (name == u"frageTidpunkt") {
            answer.askedAt = xml.readElementText().trimmed();
        } else if (name == u"svarsdata") {
            while (xml.readNextStartElement()) {
                const auto agency = agencyFromCode(xml.name());
                if (!agency || xml.name() != agencyCode(*agency)
                    || xml.namespaceUri() != version.namespaceUri) {
                    xml.skipCurrentElement(); // unknown: ignored, as the contract allows
                    continue;
                }
                AgencyOutcome &outcome = answer.agencies[*agency];
                // An agency we did not ask for that answers anyway is still shown.
                outcome.state = AgencyOutcome::State::Data;
                bool any = false;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"error" && xml.namespaceUri() == version.namespaceUri) {
                        outcome.state = AgencyOutcome::State::Error;
                        outcome.error = AgencyError::read(xml);
                    } else {
                        xml.skipCurrentElement();
                    }
                    any = true;
                }
                if (!any)
                    outcome.state = AgencyOutcome::State::Absent;
            }
        } else {
            xml.skipCurrentElement(); // the echoed question and anything newer
        }
    }
    if (xml.hasError())
        return unexpected(
            ParseFailure { u"the answer is not well-formed XML (%1) at line %2"_s.arg(xml.errorString())
                               .arg(xml.lineNumber()) });
    if (!sawResponse)
        return unexpected(ParseFailure { u"the answer holds no hamtaBastjanstInformationResponse"_s });
    return answer;
}

} // namespace ssbtek
