#include "clicore.h"

#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "core/jsonwriter.h"
#include "core/privatefiles.h"
#include "explain/explanations.h"
#include "i18n/translations.h"
#include "lookup/household.h"
#include "lookup/lookupsession.h"
#include "presentation/answerdiff.h"
#include "store/savedanswer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

int audit(const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().value(1);
    auto store = store::Store::open(settingsFrom(parser).storeSettings());
    if (!store) {
        err() << store.error().message() << '\n';
        return StoreFailed;
    }
    if (what == u"verify") {
        const auto chain = (*store)->verifyAudit();
        if (!chain) {
            err() << chain.error().message() << '\n';
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
            err() << deleted.error().message() << '\n';
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
            err() << id.error().message() << '\n';
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
            err() << fetched.error().message() << '\n';
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
        err() << store.error().message() << '\n';
        return StoreFailed;
    }
    const auto deleted = (*store)->applyRetention(days, settings.effectiveCaseworker());
    if (!deleted) {
        err() << deleted.error().message() << '\n';
        return StoreFailed;
    }
    out() << Text::tr("Deleted %1 saved answer(s) older than %2 days; the deletion is in the audit log.")
                 .arg(*deleted)
                 .arg(days)
          << '\n';
    return Ok;
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
        err() << store.error().message() << '\n';
        return StoreFailed;
    }
    const QString reader = settingsFrom(parser).effectiveCaseworker();
    const auto earlier = store::loadAnswer(**store, a, reader, u"diff"_s);
    const auto later = store::loadAnswer(**store, b, reader, u"diff"_s);
    if (!earlier || !later) {
        const store::StoreError &e = !earlier ? earlier.error() : later.error();
        err() << e.message() << '\n';
        // An id that is not there (or not yours) is a wrong command line, not a broken store.
        return e.kind == store::StoreError::Kind::NoSuchResult ? InvalidInput : StoreFailed;
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
        for (const presentation::Change &c : presentation::diffAnswers(earlier->answer, later->answer))
            changes.append(QJsonObject { { u"agency"_s, agencyCode(c.agency) }, { u"section"_s, c.section },
                { u"change"_s, presentation::changeKindKey(c.kind) }, { u"row"_s, c.rowValues },
                { u"before"_s, c.beforeValues }, { u"after"_s, c.afterValues } });
    }
    return printJson(QJsonObject { { u"person"_s, earlier->saved.person }, { u"earlier"_s, side(earlier->saved) },
               { u"later"_s, side(later->saved) }, { u"changes"_s, changes } })
        ? Ok
        : OutputFailed;
}

} // namespace ssbtek::cli
