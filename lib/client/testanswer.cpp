#include "testanswer.h"

#include "domain/protocolversion.h"
#include "soapenvelope.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString AgencyTestResult::stateKey(State state)
{
    switch (state) {
    case State::NotTested:
        return u"not_tested"_s;
    case State::Called:
        return u"called"_s;
    case State::NotCalled:
        return u"not_called"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

QString AgencyTestResult::stateText(State state)
{
    switch (state) {
    case State::NotTested:
        return QCoreApplication::translate("TestAnswer", "not tested");
    case State::Called:
        return QCoreApplication::translate("TestAnswer", "called");
    case State::NotCalled:
        return QCoreApplication::translate("TestAnswer", "not called");
    case State::Error:
        return QCoreApplication::translate("TestAnswer", "error");
    }
    return {};
}

QString AgencyTestResult::describe() const
{
    if (state != State::Error)
        return {};
    return u"%1 %2: %3"_s.arg(error.sourceCode, error.code, error.messages.join(u"; "_s));
}

Expected<TestAnswer, QString> TestAnswer::parse(const QByteArray &soap, const ProtocolVersion &version)
{
    QXmlStreamReader xml(soap);
    // Down to the response element.
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"testaBastjanstInformationResponse")
            break;
    }
    if (xml.atEnd() || xml.hasError())
        return unexpected(xml.hasError() ? xml.errorString() : u"no testaBastjanstInformationResponse"_s);
    if (xml.namespaceUri() != version.namespaceUri)
        return unexpected(u"answer namespace %1"_s.arg(xml.namespaceUri()));

    TestAnswer answer;
    while (xml.readNextStartElement()) {
        const auto agency = agencyFromCode(xml.name());
        if (!agency || xml.name() != agencyCode(*agency)) {
            xml.skipCurrentElement();
            continue;
        }
        AgencyTestResult result;
        bool called = false;
        bool hasError = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"anropad") {
                const QString text = xml.readElementText().trimmed();
                called = text == u"true" || text == u"1";
            } else if (xml.name() == u"error") {
                result.error = AgencyError::read(xml);
                hasError = true;
            } else {
                xml.skipCurrentElement();
            }
        }
        result.state = hasError ? AgencyTestResult::State::Error
                                : (called ? AgencyTestResult::State::Called : AgencyTestResult::State::NotCalled);
        answer.agencies.insert(*agency, result);
    }
    if (xml.hasError())
        return unexpected(xml.errorString());
    return answer;
}

} // namespace ssbtek
