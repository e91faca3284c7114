#include "clicore.h"

#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "client/soapenvelope.h"
#include "core/privatefiles.h"
#include "presentation/answerdocument.h"
#include "presentation/householdjson.h"
#include "store/queryaudit.h"
#include "store/savedanswer.h"
#include "store/storethread.h"

#include <QFile>
#include <QJsonArray>

#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

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
    return printAnswer(parser, *answer, Period(), {}); // a saved answer does not say its period
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

int queryHousehold(const QCommandLineParser &parser, const Query &base, const QList<HouseholdMember> &members,
    store::Store &store, store::StoreThread *recorder, const runtime::Runtime &runtime)
{
    const ClientSettings client = runtime.settings.clientSettings();
    HouseholdRun run(client, runtime.settings.lookupPolicy(), recorder, runtime.settings.householdMaxConcurrent);
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
    const presentation::HouseholdOverview overview = presentation::householdOverview(results, base.period);
    bool allFailed = true, anyGap = false;
    for (const MemberResult &r : results) {
        allFailed = allFailed && !r.answer;
        anyGap = anyGap || !r.answer || !r.answer->complete() || !r.answer->fullyReadable();
    }
    if (wantsJson(parser)) {
        const bool written = printJson([&](JsonWriter &w) {
            presentation::writeHouseholdJson(w, run.caseId(), results, overview, runtime.simulated(), saved);
        });
        if (!written)
            return OutputFailed;
    } else {
        for (const MemberResult &r : results) {
            out() << "== " << r.member.label() << " ==\n";
            if (r.failure)
                out() << Text::tr("Error") << " (" << r.failure->key() << "): " << r.failure->message() << '\n';
            else
                printAnswerText(*r.answer, base.period);
        }
        out() << "== " << Text::tr("Household: net income per month") << " ==\n";
        for (const QString &line : presentation::tableText(overview.income.asTable()))
            out() << line << '\n';
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
        err() << Text::tr("The audit log cannot be written, so the query was not sent: ") << store.error().message()
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
    // The lookups' records are written in the store's thread, as in the window.
    auto recorder = store::StoreThread::start(**store);
    if (!recorder) {
        err() << Text::tr("The audit log cannot be written, so the query was not sent: ") << recorder.error().message()
              << '\n';
        return StoreFailed;
    }
    if (household->size() > 1)
        return queryHousehold(parser, q, *household, **store, recorder->get(), *runtime);

    // The one lookup path: rules, "asked" record, call, outcome record; only then the answer.
    LookupSession session(runtime->settings.clientSettings(), runtime->settings.lookupPolicy(), recorder->get());
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&session, &LookupSession::notSent, &loop, [&](const QStringList &why) {
        err() << why.join(u'\n') << '\n';
        code = StoreFailed;
        loop.quit();
    });
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
                      << recorded.error().message() << '\n';
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
                err() << Text::tr("The answer could not be saved: ") << id.error().message() << '\n';
                code = StoreFailed;
            }
        }
        const int printed = printAnswer(parser, answer, q.period, meta);
        if (code == Ok)
            code = printed;
    });
    if (const QStringList refused = session.start(q, parser.isSet(u"current-case"_s)); !refused.isEmpty()) {
        err() << refused.join(u'\n') << Text::tr(" (--case-id ID --current-case)") << '\n';
        return InvalidInput;
    }
    loop.exec();
    return code;
}

} // namespace ssbtek::cli
