#pragma once
// Validates XML against an XSD with libxml2: requests in tests, and requests and answers
// in the simulator. Never fetches anything from the network; safe to share across threads
// once loaded (each validate() uses its own context).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ssbtek {

class XsdValidator
{
public:
    // Loads the schema (and what it imports, relative to its own path).
    explicit XsdValidator(const QString &xsdPath);
    ~XsdValidator();
    XsdValidator(const XsdValidator &) = delete;
    XsdValidator &operator=(const XsdValidator &) = delete;

    // Where a version's wrapper XSD lies inside a copy of the published contract.
    static QString wrapperSchemaPath(const QString &contractDir, int version);

    bool isLoaded() const;
    QString loadError() const;

    // Validates the whole document, or with `soapBodyChild` the first element inside a
    // SOAP 1.1 Body. Returns the problems; empty means valid.
    QStringList validate(const QByteArray &xml, bool soapBodyChild = false) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ssbtek
