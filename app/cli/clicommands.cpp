#include "clicommands.h"

#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "core/jsonwriter.h"
#include "core/privatefiles.h"
#include "explain/explanations.h"
#include "i18n/translations.h"
#include "lookup/household.h"
#include "lookup/lookupsession.h"
#include "protocol/soapenvelope.h"
#include "simulator/runtime.h"
#include "store/followup.h"
#include "store/queryaudit.h"
#include "store/savedanswer.h"
#include "store/store.h"
#include "ui/models/answerdiff.h"
#include "ui/models/householdoverview.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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

std::unique_ptr<sim::Runtime> prepareRuntime(const QCommandLineParser &parser)
{
    QString error;
    auto runtime = sim::Runtime::prepare(settingsFrom(parser), &error);
    if (!runtime) {
        err() << Text::tr("The built-in simulator could not start: ") << error << '\n';
        return nullptr;
    }
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

QString netSum(const QList<BenefitPayment> &payments)
{
    Total total;
    for (const BenefitPayment &p : payments)
        total.add(p.net);
    return ui::totalText(total);
}

// One or a few lines per agency for people at a terminal.
QStringList summary(Agency agency, const AgencyOutcome &o)
{
    QStringList lines;
    if (o.state == AgencyOutcome::State::Error) {
        lines << explain::agencyError(agency, o.error);
        return lines;
    }
    if (const int n = o.unreadableAmounts())
        lines << Text::tr(
            "WARNING: %n amount(s) could not be read; kept as received, left out of the sums", nullptr, n);
    if (const auto *af = o.get<AfData>()) {
        if (af->activityReport)
            lines << Text::tr("activity report %1 (%2): %3")
                         .arg(af->activityReport->code, af->activityReport->latestDate.toString(Qt::ISODate),
                             explain::activityReport(af->activityReport->code).text);
        if (af->registered)
            lines << (*af->registered
                    ? Text::tr("registered job seeker since %1").arg(af->registeredFrom.toString(Qt::ISODate))
                    : Text::tr("not registered as a job seeker"));
        if (af->protectedIdentity.value_or(false))
            lines << Text::tr("PROTECTED IDENTITY");
    } else if (const auto *tns = o.get<TnsData>()) {
        lines << Text::tr("%1 vehicle(s)").arg(tns->vehicles.size());
        for (const VehicleHolding &v : tns->vehicles)
            lines << u"%1  %2 %3  %4  %5"_s.arg(v.registrationNumber, v.make, v.model, v.vehicleYear, v.kind);
    } else if (const auto *miv = o.get<MivData>()) {
        for (const PermitDecision &p : miv->permits)
            lines << (p.isPermanent()
                    ? Text::tr("%1: permanent").arg(p.permitTypeName)
                    : Text::tr("%1: valid %2 – %3")
                          .arg(p.permitTypeName, p.validFrom.toString(Qt::ISODate), p.validTo.toString(Qt::ISODate)));
        if (miv->permits.isEmpty())
            lines << Text::tr("no permit decisions");
    } else if (const auto *lefi = o.get<LefiData>()) {
        QStringList providers;
        for (const LefiProvider &p : lefi->providers)
            providers << p.code + u' ' + p.state;
        lines << Text::tr("providers: %1").arg(providers.join(u", "_s));
        lines << Text::tr("%1 payment(s), net %2").arg(lefi->payments.size()).arg(netSum(lefi->payments));
        lines << Text::tr("%1 preliminary payment(s), net %2")
                     .arg(lefi->preliminaryPayments.size())
                     .arg(netSum(lefi->preliminaryPayments));
        if (lefi->jobDays)
            lines << Text::tr("JOB days used: %1%2")
                         .arg(lefi->jobDays->used)
                         .arg(lefi->jobDays->allUsed ? Text::tr(" (all)") : QString());
        if (lefi->pensionHoldings && !lefi->pensionHoldings->total.isAbsent())
            lines << Text::tr("pension holdings: %1").arg(ui::amountText(lefi->pensionHoldings->total));
        for (const LefiPerson &p : lefi->persons) {
            for (const QString &address : p.addresses)
                lines << Text::tr("address: %1").arg(address);
            if (p.addressesWithheld)
                lines << Text::tr("address: withheld (protected identity)");
        }
        for (const LefiDeviation &d : lefi->deviations)
            lines << Text::tr("deviation %1 for %2: %3").arg(d.code, d.groupCode, explain::lefiDeviation(d.code).text);
    } else if (const auto *so = o.get<SoData>()) {
        for (const UnemploymentFundAnswer &f : so->funds) {
            Total total;
            for (const UnemploymentPayment &p : f.payments)
                total.add(p.netAfterTax);
            lines << Text::tr("%1: %2 payment(s), net after tax %3")
                         .arg(f.fund)
                         .arg(f.payments.size())
                         .arg(ui::totalText(total));
        }
        if (so->funds.isEmpty())
            lines << Text::tr("no a-kassa payments");
    } else if (const auto *csn = o.get<CsnData>()) {
        lines << explain::csnResult(csn->resultCode, csn->resultText).text;
        for (const CsnPerson &p : csn->persons) {
            if (!p.hit)
                lines << explain::csnNotFound().text;
            for (const CsnCase &c : p.cases)
                lines << u"%1 %2: %3"_s.arg(studySupportKindName(c.kind), c.number, c.status);
        }
    } else if (const auto *skv = o.get<SkvData>()) {
        const QString name = skv->perPart ? QString() : (skv->firstName + u' ' + skv->lastName).trimmed();
        if (!skv->identities().isEmpty())
            lines << Text::tr("about %1").arg((skv->identities().join(u", "_s) + u' ' + name).trimmed());
        for (const SkvCapitalRecord &c : skv->capital)
            lines << Text::tr("taxation year %1: capital income %2").arg(c.taxationYear, ui::amountText(c.income));
        for (const SkvPart &p : skv->parts)
            lines << (p.error ? u"%1: %2"_s.arg(p.name, explain::agencyError(Agency::SKV, *p.error))
                              : Text::tr("%1: %2 value(s)").arg(p.name).arg(p.fields.size()));
    }
    return lines;
}

// Prints an answer; returns the exit code it deserves.
void printAnswerText(const Answer &answer)
{
    for (Agency a : AllAgencies) {
        const AgencyOutcome o = answer.outcome(a);
        const QStringList lines = summary(a, o);
        out() << agencyCode(a).leftJustified(4) << ' ' << AgencyOutcome::stateKey(o.state).leftJustified(9) << ' '
              << lines.value(0) << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out() << QString(17, u' ') << lines.at(i) << '\n';
    }
}

int printAnswer(const QCommandLineParser &parser, const Answer &answer, const QJsonObject &meta)
{
    if (wantsJson(parser)) {
        if (!printJson([&](JsonWriter &w) { writeAnswerJson(w, answer, meta); }))
            return OutputFailed;
    } else {
        printAnswerText(answer);
        out().flush();
        if (out().status() != QTextStream::Ok)
            return OutputFailed;
    }
    return answer.complete() && answer.fullyReadable() ? Ok : Partial;
}

// Runs one call to its end; `onDone` connects the success signal and may change the code.
template <typename Connect, typename Start> int runCall(const ClientSettings &settings, Connect onDone, Start start)
{
    SsbtekClient client(settings);
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&client, &SsbtekClient::failed, &loop, [&](const ClientFailure &f) {
        code = report(f);
        loop.quit();
    });
    onDone(client, loop, code);
    start(client);
    loop.exec();
    return code;
}

} // namespace

QString languageSetting(const QStringList &arguments)
{
    return AppSettings::load(ConfigLayers::standard(i18n::argumentValue(arguments, u"config"_s))).language;
}

void addOptions(QCommandLineParser &p)
{
    p.addOptions({
        { u"lang"_s, Text::tr("Language of the output: sv or en (default: the setting, else the system's)."),
            u"lang"_s },
        { u"config"_s, Text::tr("Read settings from this INI file instead of the user's settings."), u"file"_s },
        { u"endpoint"_s, Text::tr("SSBTEK endpoint URL (https://…; http:// only to 127.0.0.1)."), u"url"_s },
        { u"ssbtek-version"_s, Text::tr("SSBTEK version: 10 or 11."), u"n"_s },
        { u"pkcs12"_s, Text::tr("Client certificate and key, PKCS#12."), u"file"_s },
        { u"passphrase-file"_s, Text::tr("File holding the PKCS#12 passphrase."), u"file"_s },
        { u"cert"_s, Text::tr("Client certificate, PEM."), u"file"_s },
        { u"key"_s, Text::tr("Client private key, PEM."), u"file"_s },
        { u"ca"_s, Text::tr("CA certificates to trust, PEM (default: the system's)."), u"file"_s },
        { u"timeout"_s, Text::tr("Answer timeout in seconds."), u"seconds"_s },
        { u"connect-timeout"_s, Text::tr("Connect timeout in seconds."), u"seconds"_s },
        { u"org-number"_s, Text::tr("The asking organisation's number."), u"number"_s },
        { u"org-name"_s, Text::tr("The asking organisation's name."), u"name"_s },
        { u"caseworker"_s, Text::tr("Caseworker identity sent with the query (default: login name)."), u"id"_s },
        { u"lefi-actor"_s, Text::tr("The municipality's LEFI actor id (aktörsid)."), u"id"_s },
        { u"person"_s, Text::tr("query: personnummer or samordningsnummer."), u"pnr"_s },
        { u"from"_s, Text::tr("query: first day, YYYY-MM-DD."), u"date"_s },
        { u"to"_s, Text::tr("query: last day, YYYY-MM-DD."), u"date"_s },
        { u"agencies"_s, Text::tr("query: agencies to ask, e.g. AF,CSN,FK (default: all)."), u"codes"_s },
        { u"case-id"_s, Text::tr("query: case id, at most 31 characters (default: generated)."), u"id"_s },
        { u"co-applicant"_s, Text::tr("query: the co-applicant (medsökande) of a household lookup."), u"pnr"_s },
        { u"child"_s, Text::tr("query: a child in a household lookup (repeat for each)."), u"pnr"_s },
        { u"current-case"_s, Text::tr("query: confirm that the person belongs to a current case of your unit.") },
        { u"purpose"_s, Text::tr("query: purpose of the request."), u"text"_s },
        { u"legal-basis"_s, Text::tr("query: legal basis of the request."), u"text"_s },
        { u"show-protected"_s,
            Text::tr("query: for a person with protected identity, also show the addresses (and allow "
                     "--save-raw); recorded in the audit log. Without it they are held back.") },
        { u"save-raw"_s, Text::tr("query: also save the SOAP answer, exactly as received, to this file."), u"file"_s },
        { u"save"_s,
            Text::tr(
                "query: also keep the answer in the store, as the window's Save does; its id is printed (for diff).") },
        { u"format"_s, Text::tr("Output: json (default when not a terminal) or text."), u"format"_s },
        { u"store"_s, Text::tr("The SQLite store (audit log and saved results) to use."), u"file"_s },
        { u"days"_s,
            Text::tr("retention, audit retention: delete saved answers (audit records) older than this many days."),
            u"days"_s },
        { u"caseworker-filter"_s, Text::tr("audit list: only this caseworker's records."), u"id"_s },
        { u"findings"_s, Text::tr("audit review: what the review found."), u"text"_s },
        { u"follow-up"_s, Text::tr("audit review: what is done about it."), u"text"_s },
        { u"filters"_s, Text::tr("audit review: the filters and patterns used."), u"text"_s },
        { u"pattern"_s,
            Text::tr("audit list: only lookups showing this follow-up pattern: outside-hours, many-persons, "
                     "many-caseworkers, lone-case-id, repeated-unsaved."),
            u"name"_s },
    });
}

AppSettings settingsFrom(const QCommandLineParser &p)
{
    // IT's system-wide files (and their locks) always apply; --config replaces the user's own.
    // An option is one more layer, above the user's file: the library refuses it for a key IT
    // has locked, and nothing is done with settings that were not what was asked for.
    ConfigLayers layers = ConfigLayers::standard(p.value(u"config"_s));
    const std::pair<const char16_t *, const char16_t *> options[] = {
        { u"endpoint", u"endpoint/url" },
        { u"ssbtek-version", u"endpoint/version" },
        { u"pkcs12", u"tls/pkcs12" },
        { u"passphrase-file", u"tls/pkcs12PassphraseFile" },
        { u"cert", u"tls/certificate" },
        { u"key", u"tls/key" },
        { u"ca", u"tls/ca" },
        { u"timeout", u"timeouts/answerSeconds" },
        { u"connect-timeout", u"timeouts/connectSeconds" },
        { u"org-number", u"organisation/number" },
        { u"org-name", u"organisation/name" },
        { u"caseworker", u"caseworker/id" },
        { u"lefi-actor", u"lefi/actorId" },
        { u"store", u"store/path" },
    };
    QStringList refused;
    for (const auto &[option, key] : options) {
        const QString name = QString::fromUtf16(option), k = QString::fromUtf16(key);
        if (!p.isSet(name))
            continue;
        const bool set = name == u"store" // a file given is a SQLite store
            ? layers.setCommandLineValue(u"store/backend"_s, u"sqlite"_s)
                && layers.setCommandLineValue(k, p.value(name))
            : layers.setCommandLineValue(k, p.value(name));
        if (!set)
            refused << Text::tr("--%1: %2 is locked by %3.")
                           .arg(name, layers.isLocked(k) ? k : u"store/backend"_s,
                               layers.lockedBy(layers.isLocked(k) ? k : u"store/backend"_s));
    }
    if (!refused.isEmpty()) {
        err() << refused.join(u'\n') << '\n' << Text::tr("Nothing was done.") << '\n';
        err().flush();
        std::exit(InvalidInput);
    }
    return AppSettings::load(layers);
}

namespace {

// The test operation's answer, per agency: called, not called, or its error. The code: 5
// when an agency's test failed.
int printTestAnswer(const QCommandLineParser &parser, const ProtocolVersion &version, const TestAnswer &answer)
{
    const bool json = wantsJson(parser);
    int code = Ok;
    QJsonObject agencies;
    for (Agency a : AllAgencies) {
        const AgencyTestResult r = answer.result(a);
        const QString state = AgencyTestResult::stateKey(r.state);
        if (r.state == AgencyTestResult::State::Error)
            code = Partial;
        if (json) {
            QJsonObject o { { u"status"_s, state } };
            if (r.state == AgencyTestResult::State::Error)
                o.insert(u"error"_s, errorJson(r.error));
            agencies.insert(agencyCode(a), o);
        } else {
            out() << agencyCode(a).leftJustified(4) << ' ' << state;
            if (r.state == AgencyTestResult::State::Error)
                out() << "  " << r.describe();
            out() << '\n';
        }
    }
    if (json && !printJson(QJsonObject { { u"version"_s, version.label() }, { u"agencies"_s, agencies } }))
        return OutputFailed;
    out().flush();
    return code;
}

} // namespace

int ping(const QCommandLineParser &parser)
{
    const auto runtime = prepareRuntime(parser);
    if (!runtime)
        return InvalidInput;
    auto onDone = [&](SsbtekClient &client, QEventLoop &loop, int &code) {
        QObject::connect(&client, &SsbtekClient::tested, &loop, [&](const TestAnswer &answer) {
            code = printTestAnswer(parser, runtime->settings.version, answer);
            loop.quit();
        });
    };
    return runCall(runtime->settings.clientSettings(), onDone, [](SsbtekClient &client) { client.test(); });
}

int parse(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(1);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        err() << Text::tr("Give a readable file with a saved SOAP answer: ssbtek-cli parse FILE") << '\n';
        return InvalidInput;
    }
    ParseOptions options;
    options.maxBytes = qint64(settingsFrom(parser).maxAnswerMegabytes) * 1024 * 1024;
    if (file.size() > options.maxBytes) {
        err() << Text::tr("The file is larger than the answer size limit in the settings.") << '\n';
        return Refused;
    }
    const QByteArray soap = file.readAll();
    // What the answer is: a lookup's, the test operation's, or a SOAP fault — and in which
    // version, from the answer's own namespace unless one is given.
    const EnvelopeSummary envelope = summarizeEnvelope(soap);
    if (envelope.kind == EnvelopeSummary::Kind::NotSoap) {
        err() << Text::tr("The file is not a SOAP answer: ") << envelope.problem << '\n';
        return Refused;
    }
    if (envelope.kind == EnvelopeSummary::Kind::Fault) {
        ClientFailure fault;
        fault.kind = ClientFailure::Kind::SoapFault;
        fault.fault = envelope.fault;
        return report(fault);
    }
    std::optional<ProtocolVersion> version = ProtocolVersion::byNamespace(envelope.bodyNamespace);
    if (parser.isSet(u"ssbtek-version"_s))
        version = ProtocolVersion::parse(parser.value(u"ssbtek-version"_s));
    if (!version) {
        err() << Text::tr("The file is in no known SSBTEK version's namespace.") << '\n';
        return Refused;
    }
    if (envelope.bodyName == u"testaBastjanstInformationResponse") {
        const auto answer = TestAnswer::parse(soap, *version);
        if (!answer) {
            err() << Text::tr("The answer could not be read: ") << answer.error() << '\n';
            return Refused;
        }
        return printTestAnswer(parser, *version, *answer);
    }
    QString unknown;
    const auto asked = parser.isSet(u"agencies"_s) ? AgencySet::parse(parser.value(u"agencies"_s), &unknown)
                                                   : std::optional<AgencySet>(AgencySet::all());
    if (!asked) {
        err() << Text::tr("Unknown agency code: ") << unknown << '\n';
        return InvalidInput;
    }
    const auto answer = AnswerParser::parse(soap, *version, *asked, options);
    if (!answer) {
        err() << Text::tr("The answer could not be read: ") << answer.error().message << '\n';
        return Refused;
    }
    return printAnswer(parser, *answer, {});
}

int audit(const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().value(1);
    auto store = store::Store::open(settingsFrom(parser).storeSettings());
    if (!store) {
        err() << store.error().message << '\n';
        return StoreFailed;
    }
    if (what == u"verify") {
        const auto chain = (*store)->verifyAudit();
        if (!chain) {
            err() << chain.error().message << '\n';
            return StoreFailed;
        }
        if (!chain->intact) {
            out() << Text::tr("BROKEN: ") << chain->problem << Text::tr(" (%1 records checked)").arg(chain->records)
                  << '\n';
            return AuditBroken;
        }
        out() << Text::tr("Audit chain intact: %1 records.").arg(chain->records);
        if (chain->startsAfter)
            out() << Text::tr(" Audit retention deleted the records through %1; the chain is anchored there.")
                         .arg(chain->startsAfter);
        // A log cut short at its end still verifies: the newest record's time shows it.
        if (chain->newestAt.isValid())
            out() << Text::tr(" Newest record: %1 (UTC).")
                         .arg(chain->newestAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        out() << '\n';
        return Ok;
    }
    if (what == u"retention") {
        const AppSettings settings = settingsFrom(parser);
        const int days = parser.isSet(u"days"_s) ? parser.value(u"days"_s).toInt() : settings.auditRetentionDays;
        if (days <= 0) {
            err() << Text::tr("Give --days N (or set store/auditRetentionDays): how old an audit record may get.")
                  << '\n';
            return InvalidInput;
        }
        const auto deleted = (*store)->applyAuditRetention(days, settings.effectiveCaseworker());
        if (!deleted) {
            err() << deleted.error().message << '\n';
            return StoreFailed;
        }
        out() << Text::tr("Deleted %1 audit record(s) older than %2 days; a record of the deletion is in the chain.")
                     .arg(*deleted)
                     .arg(days)
              << '\n';
        return Ok;
    }
    if (what == u"review") {
        store::ReviewRecord review;
        review.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
        review.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
        review.findings = parser.value(u"findings"_s).trimmed();
        review.followUp = parser.value(u"follow-up"_s).trimmed();
        review.filters = parser.value(u"filters"_s).trimmed();
        if (!review.from.isValid() || !review.to.isValid() || review.to < review.from || review.findings.isEmpty()) {
            err() << Text::tr(
                "Give the period reviewed (--from, --to) and --findings; --follow-up and --filters are optional.")
                  << '\n';
            return InvalidInput;
        }
        review.reviewer = settingsFrom(parser).effectiveCaseworker();
        const auto id = (*store)->appendAudit(store::toAudit(review));
        if (!id) {
            err() << id.error().message << '\n';
            return StoreFailed;
        }
        out() << Text::tr("Review recorded as audit record %1.").arg(*id) << '\n';
        return Ok;
    }
    if (what == u"list") {
        store::AuditFilter filter;
        if (parser.isSet(u"person"_s)) {
            const auto person = Personnummer::parse(parser.value(u"person"_s));
            if (!person) {
                err() << Text::tr("Personnummer: ") << Personnummer::errorText(person.error()) << '\n';
                return InvalidInput;
            }
            filter.person = person->wire();
        }
        filter.caseworker = parser.value(u"caseworker-filter"_s);
        filter.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
        filter.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
        std::optional<store::Pattern> pattern;
        if (parser.isSet(u"pattern"_s)) {
            pattern = store::patternFromKey(parser.value(u"pattern"_s));
            if (!pattern) {
                QStringList keys;
                for (store::Pattern p : store::AllPatterns)
                    keys << store::patternKey(p);
                err() << Text::tr("Unknown pattern; known: %1").arg(keys.join(u", "_s)) << '\n';
                return Usage;
            }
        }
        const auto fetched = (*store)->audit(pattern ? store::patternScope(filter) : filter);
        if (!fetched) {
            err() << fetched.error().message << '\n';
            return StoreFailed;
        }
        QList<store::AuditRecord> records = *fetched;
        if (pattern) // judged on everyone's lookups in the period, then narrowed to the filter
            records = store::narrow(store::findPattern(*pattern, records, settingsFrom(parser).followUp), filter);
        QJsonArray list;
        for (const store::AuditRecord &r : records)
            list.append(QJsonObject { { u"id"_s, r.id }, { u"at"_s, r.at.toString(Qt::ISODateWithMs) },
                { u"kind"_s, r.kind }, { u"caseworker"_s, r.caseworker }, { u"unit"_s, r.unit },
                { u"person"_s, r.person }, { u"purpose"_s, r.purpose }, { u"legalBasis"_s, r.legalBasis },
                { u"version"_s, r.version }, { u"agencies"_s, r.agencies }, { u"outcome"_s, r.outcome },
                { u"caseId"_s, r.caseId }, { u"endpoint"_s, r.endpoint }, { u"detail"_s, r.detail } });
        return printJson(list) ? Ok : OutputFailed;
    }
    err() << Text::tr("Use: ssbtek-cli audit verify | audit list [--person P] [--caseworker-filter C] [--from D] [--to "
                      "D] [--pattern NAME] | audit review --from D --to D --findings TEXT [--follow-up TEXT] "
                      "[--filters TEXT] | audit retention [--days N]")
          << '\n';
    return Usage;
}

int config(const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().value(1);
    const ConfigLayers layers = ConfigLayers::standard(parser.value(u"config"_s));
    if (what == u"show") {
        out() << Text::tr("# system-wide: %1\n# user: %2\n").arg(layers.systemFile(), layers.userFile());
        for (const AppSettings::Key &k : AppSettings::keys()) {
            const ConfigLayers::Value v = layers.value(k.key);
            QString value = v.value.metaType().id() == QMetaType::QStringList ? v.value.toStringList().join(u", "_s)
                                                                              : v.value.toString();
            if (k.key.contains(u"password", Qt::CaseInsensitive) && !k.key.endsWith(u"File"))
                value = u"********"_s; // never printed
            out() << k.key.leftJustified(28) << " = " << value.leftJustified(40) << "  ["
                  << ConfigLayers::sourceName(v.source) << (v.locked ? Text::tr(", locked") : QString()) << "]  # "
                  << k.description() << '\n';
        }
        return Ok;
    }
    if (what == u"check") {
        const AppSettings settings = AppSettings::load(layers);
        const auto problems = settings.check();
        bool errors = false;
        for (const AppSettings::Problem &p : problems) {
            out() << (p.warning ? Text::tr("WARNING ") : Text::tr("ERROR   ")) << p.key << ": " << p.message << '\n';
            errors = errors || !p.warning;
        }
        if (problems.isEmpty())
            out() << Text::tr("The configuration is valid.")
                  << (settings.usesSimulator() ? Text::tr(" (No endpoint: the built-in simulator.)") : QString())
                  << '\n';
        return errors ? InvalidInput : Ok;
    }
    err() << Text::tr("Use: ssbtek-cli config show | config check") << '\n';
    return Usage;
}

int retention(const QCommandLineParser &parser)
{
    const AppSettings settings = settingsFrom(parser);
    const int days = parser.isSet(u"days"_s) ? parser.value(u"days"_s).toInt() : settings.retentionDays;
    if (days <= 0) {
        err() << Text::tr("Give --days N (or set store/retentionDays): how old a saved answer may get.") << '\n';
        return Usage;
    }
    auto store = store::Store::open(settings.storeSettings());
    if (!store) {
        err() << store.error().message << '\n';
        return StoreFailed;
    }
    const auto deleted = (*store)->applyRetention(days, settings.effectiveCaseworker());
    if (!deleted) {
        err() << deleted.error().message << '\n';
        return StoreFailed;
    }
    out() << Text::tr("Deleted %1 saved answer(s) older than %2 days; the deletion is in the audit log.")
                 .arg(*deleted)
                 .arg(days)
          << '\n';
    return Ok;
}

namespace {

// The applicant alone, or with --co-applicant and --child: the household's members.
std::optional<QList<HouseholdMember>> householdFrom(const QCommandLineParser &parser, const Personnummer &applicant)
{
    auto parse = [](const QString &text, const QString &what) -> std::optional<Personnummer> {
        const auto p = Personnummer::parse(text);
        if (!p) {
            err() << what << u": "_s << Personnummer::errorText(p.error()) << '\n';
            return std::nullopt;
        }
        return *p;
    };
    std::optional<Personnummer> coApplicant;
    if (parser.isSet(u"co-applicant"_s)
        && !(coApplicant = parse(parser.value(u"co-applicant"_s), Text::tr("Co-applicant"))))
        return std::nullopt;
    QList<Personnummer> children;
    for (const QString &c : parser.values(u"child"_s)) {
        const auto child = parse(c, Text::tr("Child"));
        if (!child)
            return std::nullopt;
        children.append(*child);
    }
    auto members = householdOf(applicant, coApplicant, children);
    if (!members) {
        err() << members.error() << '\n';
        return std::nullopt;
    }
    return *members;
}

// What could be summed, complete or not ("complete" and "gaps" say which); null when the sum
// is out of range, never a wrapped number.
QJsonValue sumJson(const Total &t)
{
    return t.overflowed() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.sum().toDecimalString());
}

QJsonObject overviewJson(const ui::HouseholdOverview &o, const QList<MemberResult> &results)
{
    const ui::IncomeOverview &income = o.income;
    QJsonArray months, persons, total;
    for (qsizetype m = 0; m < income.months.size(); ++m) {
        months.append(income.months.at(m).toString(u"yyyy-MM"_s));
        total.append(sumJson(income.total(int(m))));
    }
    for (qsizetype p = 0; p < income.sources.size(); ++p) {
        const QString &label = income.sources.at(p);
        QJsonObject person { { u"role"_s, HouseholdMember::roleKey(results.at(p).member.role) },
            { u"person"_s, results.at(p).member.person.wire() },
            { u"complete"_s, !income.unreadable.contains(label) && !income.incomplete.contains(label) } };
        if (income.unreadable.contains(label)) {
            person.insert(u"amounts"_s, QJsonValue::Null); // could not be read: not zero
        } else {
            QJsonArray amounts;
            for (qsizetype m = 0; m < income.months.size(); ++m)
                amounts.append(sumJson(income.amounts.at(m).at(p)));
            person.insert(u"amounts"_s, amounts);
        }
        persons.append(person);
    }
    return { { u"months"_s, months }, { u"persons"_s, persons }, { u"total"_s, total },
        { u"complete"_s, income.complete() }, { u"gaps"_s, QJsonArray::fromStringList(o.gaps) } };
}

int queryHousehold(const QCommandLineParser &parser, const Query &base, const QList<HouseholdMember> &members,
    store::Store &store, const sim::Runtime &runtime)
{
    const ClientSettings client = runtime.settings.clientSettings();
    HouseholdRun run(client, runtime.settings.lookupPolicy(), &store, runtime.settings.householdMaxConcurrent);
    QEventLoop loop;
    int code = Ok;
    QHash<int, qint64> saved;
    QObject::connect(&run, &HouseholdRun::memberFinished, &loop, [&](int index) {
        const MemberResult &r = run.results().at(index);
        // Each member's lookup was recorded by its own session, all with the household's case id.
        if (!r.notRecorded.isEmpty()) {
            err() << r.member.label() << ": " << r.notRecorded << '\n';
            code = StoreFailed;
        }
        if (r.raw && parser.isSet(u"save"_s)) {
            const auto id = store::saveAnswer(
                store, r.query, run.caseId(), r.raw->version, r.raw->endpoint, r.raw->soap, QString());
            if (id)
                saved.insert(index, *id);
            else
                code = StoreFailed;
        }
    });
    QObject::connect(&run, &HouseholdRun::finished, &loop, &QEventLoop::quit);
    if (const QStringList refused = run.start(base, members, parser.isSet(u"current-case"_s)); !refused.isEmpty()) {
        err() << refused.join(u'\n') << Text::tr(" (--case-id ID --current-case)") << '\n';
        return InvalidInput;
    }
    if (run.isBusy())
        loop.exec();

    // A member with protected identity: addresses held back unless --show-protected, which
    // is recorded for each such member first.
    QList<MemberResult> results = run.results();
    for (MemberResult &r : results) {
        if (!r.answer || !r.answer->protectedIdentity())
            continue;
        const bool shown = parser.isSet(u"show-protected"_s)
            && store.appendAudit(store::disclosureFor(r.query, run.caseId(), client.version, client.endpoint, u"cli"_s))
                   .hasValue();
        if (!shown)
            r.answer = withholdProtectedDetails(*r.answer);
    }
    const ui::HouseholdOverview overview = ui::householdOverview(results, base.period);
    bool allFailed = true, anyGap = false;
    for (const MemberResult &r : results) {
        allFailed = allFailed && !r.answer;
        anyGap = anyGap || !r.answer || !r.answer->complete() || !r.answer->fullyReadable();
    }
    if (wantsJson(parser)) {
        const bool written = printJson([&](JsonWriter &w) {
            w.beginObject();
            w.member("caseId"_L1, run.caseId());
            w.key("household"_L1).beginArray();
            for (qsizetype i = 0; i < results.size(); ++i) {
                const MemberResult &r = results.at(i);
                QJsonObject member { { u"role"_s, HouseholdMember::roleKey(r.member.role) },
                    { u"person"_s, r.member.person.wire() } };
                if (r.failure)
                    member.insert(u"failure"_s,
                        QJsonObject { { u"kind"_s, r.failure->key() }, { u"message"_s, r.failure->message() } });
                if (saved.contains(int(i)))
                    member.insert(u"savedId"_s, saved.value(int(i)));
                if (r.answer)
                    writeAnswerJson(w, *r.answer, member);
                else
                    w.value(member);
            }
            w.endArray();
            w.member("overview"_L1, QJsonValue(overviewJson(overview, results)));
            w.member("simulated"_L1, runtime.simulated());
            w.endObject();
        });
        if (!written)
            return OutputFailed;
    } else {
        for (const MemberResult &r : results) {
            out() << "== " << r.member.label() << " ==\n";
            if (r.failure)
                out() << Text::tr("Error") << " (" << r.failure->key() << "): " << r.failure->message() << '\n';
            else
                printAnswerText(*r.answer);
        }
        out() << "== " << Text::tr("Household: net income per month") << " ==\n";
        const ui::Table table = overview.income.asTable();
        QList<QStringList> lines { {} };
        for (const ui::Column &c : table.columns)
            lines.first() << c.title;
        for (const auto &row : table.rows) {
            QStringList cells;
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                cells << ui::cellText(row.value(c), table.columns.at(c));
            lines << cells;
        }
        QList<qsizetype> widths(table.columns.size());
        for (const QStringList &line : std::as_const(lines)) {
            for (qsizetype c = 0; c < line.size(); ++c)
                widths[c] = std::max(widths[c], line.at(c).size());
        }
        for (const QStringList &line : std::as_const(lines)) {
            QString text;
            for (qsizetype c = 0; c < line.size(); ++c)
                text += (c == 0 ? line.at(c).leftJustified(widths[c]) : u"  "_s + line.at(c).rightJustified(widths[c]));
            out() << text << '\n';
        }
        for (const QString &gap : overview.gaps)
            out() << Text::tr("Not in the sums: ") << gap << '\n';
    }
    out().flush();
    if (code != Ok)
        return code;
    if (allFailed)
        return exitCodeFor(*results.first().failure);
    return anyGap ? Partial : Ok;
}

} // namespace

int query(const QCommandLineParser &parser)
{
    const auto person = Personnummer::parse(parser.value(u"person"_s));
    if (!person) {
        err() << Text::tr("Personnummer: ") << Personnummer::errorText(person.error()) << '\n';
        return InvalidInput;
    }
    const auto household = householdFrom(parser, *person);
    if (!household)
        return InvalidInput;
    const Period period = Period::parse(parser.value(u"from"_s), parser.value(u"to"_s));
    if (!period.isValid()) {
        err() << Text::tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD, the start not after the end.") << '\n';
        return InvalidInput;
    }
    QString unknown;
    const AppSettings configured = settingsFrom(parser);
    const auto agencies = parser.isSet(u"agencies"_s) ? AgencySet::parse(parser.value(u"agencies"_s), &unknown)
                                                      : std::optional<AgencySet>(configured.enabledAgencies);
    if (!agencies) {
        err() << Text::tr("Unknown agency code: ") << unknown << Text::tr(" (known: AF, CSN, FK, SKV, SO, TNS, MIV)")
              << '\n';
        return InvalidInput;
    }
    // Direct access must be logged: without a working audit log nothing is sent.
    auto store = store::Store::open(settingsFrom(parser).storeSettings());
    if (!store) {
        err() << Text::tr("The audit log cannot be written, so the query was not sent: ") << store.error().message
              << '\n';
        return StoreFailed;
    }
    const auto runtime = prepareRuntime(parser);
    if (!runtime)
        return InvalidInput;
    // A lookup of this caseworker's that a kill or crash interrupted is marked so first.
    LookupSession::recoverInterrupted(
        **store, runtime->settings.effectiveCaseworker(), runtime->settings.longestCallSeconds());

    Query q = runtime->settings.baseQuery();
    q.person = *person;
    q.period = period;
    q.agencies = *agencies;
    q.caseId = parser.value(u"case-id"_s);
    if (parser.isSet(u"purpose"_s))
        q.purpose = parser.value(u"purpose"_s);
    if (parser.isSet(u"legal-basis"_s))
        q.legalBasis = parser.value(u"legal-basis"_s);
    if (household->size() > 1)
        return queryHousehold(parser, q, *household, **store, *runtime);

    // The one lookup path: rules, "asked" record, call, outcome record; only then the answer.
    LookupSession session(runtime->settings.clientSettings(), runtime->settings.lookupPolicy(), store->get());
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&session, &LookupSession::failed, &loop, [&](const ClientFailure &f) {
        code = report(f);
        loop.quit();
    });
    QObject::connect(&session, &LookupSession::outcomeNotRecorded, &loop, [&](const QString &message) {
        err() << message << '\n';
        code = StoreFailed;
        loop.quit();
    });
    QObject::connect(&session, &LookupSession::answered, &loop, [&](const RawAnswer &raw, const Answer &received) {
        loop.quit();
        // Protected identity: the addresses and the raw answer stay back unless the caseworker
        // asks for them, and that is on record before anything is shown.
        bool disclose = false;
        if (received.protectedIdentity() && parser.isSet(u"show-protected"_s)) {
            const ClientSettings &c = session.clientSettings();
            const auto recorded = (*store)->appendAudit(
                store::disclosureFor(session.query(), session.query().caseId, c.version, c.endpoint, u"cli"_s));
            disclose = recorded.hasValue();
            if (!disclose) {
                err() << Text::tr("The addresses stay held back: the audit record could not be written. ")
                      << recorded.error().message << '\n';
                code = StoreFailed;
            }
        }
        const Answer answer = disclose ? received : withholdProtectedDetails(received);
        if (received.protectedIdentity() && !disclose)
            err() << Text::tr("Protected identity: the addresses are held back (--show-protected shows them, and is "
                              "recorded in the audit log).")
                  << '\n';
        if (parser.isSet(u"save-raw"_s) && received.protectedIdentity() && !disclose) {
            err() << Text::tr("The raw answer was not written: protected identity.") << '\n';
            code = InvalidInput;
        } else if (parser.isSet(u"save-raw"_s)) {
            if (const QString problem = privatefiles::write(parser.value(u"save-raw"_s), raw.soap);
                !problem.isEmpty()) {
                err() << problem << '\n';
                code = InvalidInput;
            }
        }
        QJsonObject meta { { u"simulated"_s, runtime->simulated() }, { u"caseId"_s, raw.caseId },
            { u"elapsedMs"_s, raw.elapsedMs } };
        if (parser.isSet(u"save"_s)) {
            const auto id = store::saveAnswer(
                **store, session.query(), raw.caseId, raw.version, raw.endpoint, raw.soap, QString());
            if (id) {
                meta.insert(u"savedId"_s, *id);
                if (!wantsJson(parser))
                    err() << Text::tr("Saved as %1.").arg(*id) << '\n';
            } else {
                err() << Text::tr("The answer could not be saved: ") << id.error().message << '\n';
                code = StoreFailed;
            }
        }
        const int printed = printAnswer(parser, answer, meta);
        if (code == Ok)
            code = printed;
    });
    if (const QStringList refused = session.start(q, parser.isSet(u"current-case"_s)); !refused.isEmpty()) {
        err() << refused.join(u'\n') << Text::tr(" (--case-id ID --current-case)") << '\n';
        return session.refusedForAuditLog() ? StoreFailed : InvalidInput;
    }
    loop.exec();
    return code;
}

int diff(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    bool okA = false, okB = false;
    const qint64 a = args.value(1).toLongLong(&okA), b = args.value(2).toLongLong(&okB);
    if (!okA || !okB) {
        err() << Text::tr("Use: ssbtek-cli diff SAVED_ID_A SAVED_ID_B (the earlier first)") << '\n';
        return Usage;
    }
    auto store = store::Store::open(settingsFrom(parser).storeSettings());
    if (!store) {
        err() << store.error().message << '\n';
        return StoreFailed;
    }
    const QString reader = settingsFrom(parser).effectiveCaseworker();
    const auto earlier = store::loadAnswer(**store, a, reader, u"diff"_s);
    const auto later = store::loadAnswer(**store, b, reader, u"diff"_s);
    if (!earlier || !later) {
        err() << (!earlier ? earlier.error() : later.error()).message << '\n';
        return StoreFailed;
    }
    if (earlier->saved.person != later->saved.person) {
        err() << Text::tr("The two saved results are about different persons.") << '\n';
        return InvalidInput;
    }
    auto side = [](const store::SavedResult &s) {
        return QJsonObject { { u"id"_s, s.id }, { u"savedAt"_s, s.savedAt.toString(Qt::ISODateWithMs) },
            { u"from"_s, s.from.toString(Qt::ISODate) }, { u"to"_s, s.to.toString(Qt::ISODate) },
            { u"caseId"_s, s.caseId } };
    };
    // Names a program reads: the source language's, whatever --lang says; values, not text.
    QJsonArray changes;
    {
        const i18n::InSourceLanguage english;
        for (const ui::Change &c : ui::diffAnswers(earlier->answer, later->answer))
            changes.append(QJsonObject { { u"agency"_s, agencyCode(c.agency) }, { u"section"_s, c.section },
                { u"change"_s, ui::changeKindKey(c.kind) }, { u"row"_s, c.rowValues }, { u"before"_s, c.beforeValues },
                { u"after"_s, c.afterValues } });
    }
    return printJson(QJsonObject { { u"person"_s, earlier->saved.person }, { u"earlier"_s, side(earlier->saved) },
               { u"later"_s, side(later->saved) }, { u"changes"_s, changes } })
        ? Ok
        : OutputFailed;
}

} // namespace ssbtek::cli
