#include "requestsummary.h"

#include "soapenvelope.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ssbtek {

RequestSummary RequestSummary::read(const QByteArray &body)
{
    RequestSummary r;
    const EnvelopeSummary envelope = summarizeEnvelope(body);
    if (envelope.kind != EnvelopeSummary::Kind::Body) {
        r.problem = envelope.problem.isEmpty() ? u"a Fault is no request"_s : envelope.problem;
        return r;
    }
    r.namespaceUri = envelope.bodyNamespace;
    r.operation = envelope.bodyName;

    QXmlStreamReader xml(body);
    QString parent;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"personidentitet") {
            r.personnummer = xml.readElementText().trimmed();
        } else if (name == u"arendeidentitet") {
            r.caseId = xml.readElementText();
        } else if (name == u"korrelationsid") {
            r.correlationId = xml.readElementText();
        } else if (name == u"organisationsnummer" && r.organisationNumber.isEmpty()) {
            r.organisationNumber = xml.readElementText().trimmed();
        } else if (name == u"namn" && r.organisationName.isEmpty()) {
            r.organisationName = xml.readElementText().trimmed();
        } else if (name == u"handlaggare") {
            r.caseworker = xml.readElementText().trimmed();
            ++r.caseworkerElements;
        } else if (name == u"syfte") {
            r.purpose = xml.readElementText();
        } else if (name == u"lagtext") {
            r.legalBasis = xml.readElementText();
        } else if (name == u"fromDatum" && r.fromDate.isEmpty()) {
            r.fromDate = xml.readElementText().trimmed();
        } else if (name == u"tomDatum" && r.toDate.isEmpty()) {
            r.toDate = xml.readElementText().trimmed();
        } else if (const auto agency = agencyFromCode(name); agency && name == agencyCode(*agency)) {
            const QStringView include = xml.attributes().value(QLatin1String("inkludera"));
            if (include == u"true" || include == u"1")
                r.included.insert(*agency);
            parent = name.toString();
        } else if (name == u"fraga" && parent == u"SKV") {
            r.skvHasQuery = true;
        }
    }
    if (xml.hasError())
        r.problem = xml.errorString();
    return r;
}

QByteArray withCaseworker(const QByteArray &body, const QString &caseworker)
{
    // Found in the bytes, so that nothing else of the request changes; then read back with
    // the XML reader, so that a look-alike in a comment or CDATA cannot stand in for it.
    static const QRegularExpression element(
        u"<([A-Za-z_][\\w.-]*:)?handlaggare(\\s[^>]*)?>([^<]*)</\\1handlaggare\\s*>"_s);
    const QString text = QString::fromUtf8(body);
    auto matches = element.globalMatch(text);
    if (!matches.hasNext())
        return {};
    const QRegularExpressionMatch match = matches.next();
    if (matches.hasNext())
        return {};
    QString escaped = caseworker.toHtmlEscaped();
    QString rewritten = text;
    rewritten.replace(match.capturedStart(3), match.capturedLength(3), escaped);
    QByteArray result = rewritten.toUtf8();
    const RequestSummary check = RequestSummary::read(result);
    if (!check.problem.isEmpty() || check.caseworkerElements != 1 || check.caseworker != caseworker.trimmed())
        return {};
    return result;
}

} // namespace ssbtek
