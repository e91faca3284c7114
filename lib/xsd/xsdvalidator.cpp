#include "xsdvalidator.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

void collectError(void *context, const xmlError *error)
{
    auto *problems = static_cast<QStringList *>(context);
    if (error && problems->size() < 50)
        problems->append(u"line %1: %2"_s.arg(error->line).arg(QString::fromUtf8(error->message).trimmed()));
}

void structuredErrorAdapter(void *context, xmlErrorPtr error)
{
    collectError(context, error);
}

constexpr int ParseOptions = XML_PARSE_NONET; // no network, no entity substitution

} // namespace

struct XsdValidator::Private
{
    xmlSchemaPtr schema = nullptr;
    QString loadError;
};

XsdValidator::XsdValidator(const QString &xsdPath)
    : d(std::make_unique<Private>())
{
    QStringList problems;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(QFile::encodeName(xsdPath).constData());
    if (!parser) {
        d->loadError = u"cannot open %1"_s.arg(xsdPath);
        return;
    }
    xmlSchemaSetParserStructuredErrors(parser, structuredErrorAdapter, &problems);
    d->schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!d->schema)
        d->loadError = problems.isEmpty() ? u"cannot load %1"_s.arg(xsdPath) : problems.join(u'\n');
}

XsdValidator::~XsdValidator()
{
    if (d->schema)
        xmlSchemaFree(d->schema);
}

QString XsdValidator::wrapperSchemaPath(const QString &contractDir, int version)
{
    return u"%1/v%2/se/forsakringskassan/schema/integration/ssbt/_%2/sammansatt_bastjanst_v%2.xsd"_s.arg(contractDir)
        .arg(version);
}

bool XsdValidator::isLoaded() const
{
    return d->schema != nullptr;
}

QString XsdValidator::loadError() const
{
    return d->loadError;
}

QStringList XsdValidator::validate(const QByteArray &xml, bool soapBodyChild) const
{
    if (!d->schema)
        return { d->loadError };
    QStringList problems;
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "message.xml", nullptr, ParseOptions);
    if (!doc)
        return { u"not well-formed XML"_s };
    xmlNodePtr element = xmlDocGetRootElement(doc);
    if (soapBodyChild) {
        auto isSoap = [](xmlNodePtr n, const char *name) {
            return n && n->type == XML_ELEMENT_NODE && n->ns
                && xmlStrEqual(n->ns->href, BAD_CAST "http://schemas.xmlsoap.org/soap/envelope/")
                && xmlStrEqual(n->name, BAD_CAST name);
        };
        xmlNodePtr body = nullptr;
        if (isSoap(element, "Envelope")) {
            for (xmlNodePtr c = element->children; c; c = c->next) {
                if (isSoap(c, "Body"))
                    body = c;
            }
        }
        element = nullptr;
        for (xmlNodePtr c = body ? body->children : nullptr; c && !element; c = c->next) {
            if (c->type == XML_ELEMENT_NODE)
                element = c;
        }
        if (!element) {
            xmlFreeDoc(doc);
            return { u"no element inside a SOAP Body"_s };
        }
    }
    xmlSchemaValidCtxtPtr ctx = xmlSchemaNewValidCtxt(d->schema);
    xmlSchemaSetValidStructuredErrors(ctx, structuredErrorAdapter, &problems);
    const int rc = soapBodyChild ? xmlSchemaValidateOneElement(ctx, element) : xmlSchemaValidateDoc(ctx, doc);
    xmlSchemaFreeValidCtxt(ctx);
    xmlFreeDoc(doc);
    if (rc != 0 && problems.isEmpty())
        problems.append(u"invalid (libxml2 code %1)"_s.arg(rc));
    return problems;
}

} // namespace ssbtek
