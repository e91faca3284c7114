#include "clicore.h"

#include <QFile>
#include <QJsonArray>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// JSON straight to standard output as it is made (an answer of 20 MB is never held as text);
// false, and said, when standard output took less than all of it.
bool printJson(const std::function<void(JsonWriter &)> &write)
{
    out().flush(); // what the text stream holds goes first
    QFile file;
    bool written = file.open(stdout, QIODevice::WriteOnly);
    if (written) {
        JsonWriter writer(&file);
        write(writer);
        written = writer.flush() && file.flush();
    }
    if (!written)
        err() << Text::tr("The output could not be written in full (is the disk full, or the reader gone?).") << '\n';
    return written;
}

bool printJson(const QJsonValue &value)
{
    return printJson([&value](JsonWriter &w) { w.value(value); });
}

int exitCodeFor(const ClientFailure &f)
{
    switch (f.kind) {
    case ClientFailure::Kind::InvalidRequest:
    case ClientFailure::Kind::Configuration:
    case ClientFailure::Kind::InsecureUrl:
        return InvalidInput;
    case ClientFailure::Kind::SoapFault:
    case ClientFailure::Kind::HttpStatus:
    case ClientFailure::Kind::NotSoap:
    case ClientFailure::Kind::WrongVersion:
    case ClientFailure::Kind::EmptyAnswer:
    case ClientFailure::Kind::AnswerTooLarge:
    case ClientFailure::Kind::Unreadable: // came, but could not be read: as before, 4
        return Refused;
    default:
        return ConnectionFailed;
    }
}

int report(const ClientFailure &f)
{
    err() << Text::tr("Error") << " (" << f.key() << "): " << f.message() << '\n';
    if (f.kind == ClientFailure::Kind::SoapFault && !f.fault.faultCode.isEmpty())
        err() << "  faultcode: " << f.fault.faultCode << '\n';
    err().flush();
    return exitCodeFor(f);
}

std::unique_ptr<runtime::Runtime> prepareRuntime(const QCommandLineParser &parser)
{
    auto prepared = runtime::Runtime::prepare(settingsFrom(parser));
    if (!prepared) {
        err() << Text::tr("The built-in simulator could not start: ") << prepared.error() << '\n';
        return nullptr;
    }
    auto runtime = std::move(prepared).value();
    if (runtime->simulated()) {
        err() << Text::tr("Testmiljö — fiktiva uppgifter: the built-in simulator answers (no endpoint is configured).")
              << '\n';
        err().flush();
    }
    return runtime;
}

bool wantsJson(const QCommandLineParser &parser)
{
    if (parser.isSet(u"format"_s))
        return parser.value(u"format"_s) == u"json";
    return !isatty(STDOUT_FILENO);
}

QJsonObject errorJson(const AgencyError &e)
{
    return QJsonObject { { u"source"_s, e.sourceCode }, { u"code"_s, e.code },
        { u"messages"_s, QJsonArray::fromStringList(e.messages) } };
}

} // namespace ssbtek::cli
