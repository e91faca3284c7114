#pragma once
// A lookup handed over by the case system, so the person and the case id are never typed again:
// from the command line (ssbtek-client --person P --case-id C …) or from a link
// (ssbtek:lookup?person=…&case=…). Only these fields exist; anything else, a personnummer that
// does not check, a malformed date or case id, refuses the whole request with the reason. It
// fills the form; nothing is sent until the caseworker confirms. A running window receives it as
// JSON over its local socket.

#include "core/expected.h"
#include "core/period.h"
#include "core/personnummer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ssbtek::lookup {

struct OpenRequest
{
    Q_DECLARE_TR_FUNCTIONS(OpenRequest)
public:
    enum class Source { CommandLine, Link };
    Source source = Source::CommandLine;
    Personnummer person;
    QString caseId;
    std::optional<Personnummer> coApplicant;
    QList<Personnummer> children;
    std::optional<Period> period;
    QString purpose; // one of the purposes offered; empty: the form's

    static constexpr int MaxCaseIdLength = 64;
    static constexpr int MaxChildren = 12;

    // `arguments` as QCommandLineParser gives them: option name → values (repeated --child).
    static Expected<OpenRequest, QString> fromOptions(const QMap<QString, QStringList> &options);
    static Expected<OpenRequest, QString> fromLink(const QUrl &link);
    static bool isLink(const QString &argument); // "ssbtek:…"

    QJsonObject toJson() const; // for the local socket
    static Expected<OpenRequest, QString> fromJson(const QJsonObject &json);

    // "link", "command-line": for the audit record of the lookup it starts.
    QString sourceKey() const;
};

} // namespace ssbtek::lookup
