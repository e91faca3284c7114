#include "requestbuilder.h"

#include "core/clock.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
};

// Every element of the wrapper schema is qualified (elementFormDefault="qualified");
// KDSoap leaves a child unqualified unless told, so each one is marked.
class ElementFactory
{
public:
    explicit ElementFactory(QString ns)
        : m_ns(std::move(ns))
    {
    }

    KDSoapValue text(const QString &name, const QString &value) const
    {
        KDSoapValue v(name, value);
        v.setNamespaceUri(m_ns);
        v.setQualified(true);
        return v;
    }
    KDSoapValue container(const QString &name, const KDSoapValueList &children = KDSoapValueList()) const
    {
        KDSoapValue v(name, children);
        v.setNamespaceUri(m_ns);
        v.setQualified(true);
        return v;
    }
    KDSoapValue container(const QString &name, std::initializer_list<KDSoapValue> children) const
    {
        KDSoapValueList list;
        for (const KDSoapValue &c : children)
            list.append(c);
        return container(name, list);
    }
    KDSoapValue period(const QString &name, const Period &p) const
    {
        return container(name,
            { text(u"fromDatum"_s, p.from.toString(Qt::ISODate)), text(u"tomDatum"_s, p.to.toString(Qt::ISODate)) });
    }

private:
    QString m_ns;
};

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

QString isoWithOffset(const QDateTime &when)
{
    return when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString RequestBuilder::generateCaseId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(MaxCaseIdLength);
}

QByteArray RequestBuilder::lefiJson(const Query &query)
{
    QJsonObject o;
    o.insert(u"personnummer"_s, query.person ? query.person->wire() : QString());
    o.insert(u"period"_s,
        QJsonObject { { u"from"_s, query.period.from.toString(Qt::ISODate) },
            { u"tom"_s, query.period.to.toString(Qt::ISODate) } });
    const LefiQuery &l = query.lefi;
    const std::pair<const char *, const QStringList *> groups[] = {
        { "formansinformation", &l.benefits },
        { "ansprak", &l.pmClaims },
        { "beslut", &l.pmDecisions },
        { "preliminaraUtbetalningar", &l.preliminaryPayments },
        { "utbetalningar", &l.payments },
        { "ovrigInformation", &l.otherInformation },
    };
    for (const auto &[key, list] : groups) {
        if (!list->isEmpty())
            o.insert(QLatin1String(key), toJsonArray(*list));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<RequestProblem> RequestBuilder::check(const Query &query, const ProtocolVersion &version)
{
    using F = RequestProblem::Field;
    QList<RequestProblem> problems;
    auto add = [&](F field, const QString &message) { problems.append({ field, message }); };

    if (!query.person)
        add(F::Person, Text::tr("A valid personal identity number is required."));
    if (!query.period.from.isValid() || !query.period.to.isValid())
        add(F::Period, Text::tr("The period needs a start and an end date."));
    else if (query.period.from > query.period.to)
        add(F::Period, Text::tr("The period ends before it starts."));
    if (query.agencies.isEmpty())
        add(F::Agencies, Text::tr("Choose at least one agency."));
    if (query.purpose.trimmed().isEmpty())
        add(F::Purpose, Text::tr("State the purpose of the request."));
    if (query.legalBasis.trimmed().isEmpty())
        add(F::LegalBasis, Text::tr("State the legal basis of the request."));
    if (query.caseId.size() > MaxCaseIdLength)
        add(F::CaseId, Text::tr("The case id may be at most 31 characters: CSN refuses longer ones."));
    if (!Organisationsnummer::parse(query.organisationNumber))
        add(F::Organisation, Text::tr("The organisation number in the settings is not valid."));
    if (query.organisationName.trimmed().isEmpty())
        add(F::Organisation, Text::tr("The organisation name is missing from the settings."));
    if (query.caseworker.trimmed().isEmpty())
        add(F::Caseworker, Text::tr("The caseworker's identity is missing."));
    for (const DataProcessor &p : query.dataProcessors) {
        if (!Organisationsnummer::parse(p.organisationNumber) || p.name.trimmed().isEmpty())
            add(F::DataProcessor, Text::tr("A data processor needs a valid organisation number and a name."));
    }
    for (auto it = query.agencyPeriods.cbegin(); it != query.agencyPeriods.cend(); ++it) {
        if (!agencyAcceptsPeriod(it.key()))
            add(F::AgencyPeriod, Text::tr("%1 takes no period of its own.").arg(agencyCode(it.key())));
        else if (!it.value().isValid())
            add(F::AgencyPeriod, Text::tr("The period for %1 is not valid.").arg(agencyCode(it.key())));
    }
    if (query.agencies.contains(Agency::FK)) {
        if (query.lefi.actorId.trimmed().isEmpty())
            add(F::Lefi,
                Text::tr("Försäkringskassan needs the municipality's LEFI actor id (aktörsid) in the settings."));
        if (query.lefi.isEmpty())
            add(F::Lefi, Text::tr("Choose at least one benefit group for Försäkringskassan."));
        if (query.period.exceedsTwoYears() && !query.lefi.periodLimitExempt)
            add(F::Period, Text::tr("Försäkringskassan (LEFI) answers for at most two years at a time."));
    }
    if (version.skvQueryInRequest && query.agencies.contains(Agency::SKV)) {
        const SkvQuery skv = query.skv.value_or(SkvQuery::defaultFor(query.period));
        if (skv.years.isEmpty() || !skv.anyPart())
            add(F::Skv, Text::tr("Skatteverket needs at least one taxation year and one part."));
    }
    return problems;
}

Expected<BuiltRequest, QList<RequestProblem>> RequestBuilder::build(const Query &query, const ProtocolVersion &version)
{
    const QList<RequestProblem> problems = check(query, version);
    if (!problems.isEmpty())
        return unexpected(problems);

    BuiltRequest built;
    built.caseId = query.caseId.trimmed().isEmpty() ? generateCaseId() : query.caseId.trimmed();
    built.correlationId
        = query.correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : query.correlationId;
    built.askedAt = query.askedAt.isValid() ? query.askedAt : clock::now().toLocalTime();

    const ElementFactory e(version.namespaceUri);
    const auto organisation = Organisationsnummer::parse(query.organisationNumber);

    KDSoapValueList general;
    general << e.text(u"frageTidpunkt"_s, isoWithOffset(built.askedAt))
            << e.text(u"korrelationsid"_s, built.correlationId)
            << e.text(u"fraganSkallInkluderasISvaret"_s, boolText(query.echoQuestion))
            << e.container(u"ingivare"_s,
                   { e.text(u"organisationsnummer"_s, organisation->wire()),
                       e.text(u"namn"_s, query.organisationName.trimmed()),
                       e.text(u"handlaggare"_s, query.caseworker.trimmed()) })
            << e.text(u"personidentitet"_s, query.person->wire()) << e.text(u"arendeidentitet"_s, built.caseId)
            << e.period(u"tidsperiod"_s, query.period);
    for (const DataProcessor &p : query.dataProcessors) {
        KDSoapValueList fields;
        if (p.order)
            fields << e.text(u"ordningsnummer"_s, QString::number(*p.order));
        fields << e.text(u"organisationsnummer"_s, Organisationsnummer::parse(p.organisationNumber)->wire())
               << e.text(u"namn"_s, p.name.trimmed());
        general << e.container(u"personuppgiftsbitrade"_s, fields);
    }
    general << e.text(u"syfte"_s, query.purpose.trimmed()) << e.text(u"lagtext"_s, query.legalBasis.trimmed());

    KDSoapValueList specific;
    for (Agency agency : AllAgencies) {
        const bool included = query.agencies.contains(agency);
        KDSoapValueList children;
        if (included) {
            if (agencyAcceptsPeriod(agency) && query.agencyPeriods.contains(agency))
                children << e.period(u"tidsperiod"_s, query.agencyPeriods.value(agency));
            if (agency == Agency::FK) {
                built.lefiJson = lefiJson(query);
                KDSoapValueList fraga;
                if (!query.lefi.apiVersion.isEmpty())
                    fraga << e.text(u"version"_s, query.lefi.apiVersion);
                fraga << e.text(u"aktorsid"_s, query.lefi.actorId.trimmed())
                      << e.text(u"lefiJsonFraga"_s, QString::fromLatin1(built.lefiJson.toBase64()));
                children << e.container(u"fraga"_s, fraga);
            }
            if (agency == Agency::SKV && version.skvQueryInRequest) {
                const SkvQuery skv = query.skv.value_or(SkvQuery::defaultFor(query.period));
                KDSoapValueList fraga;
                for (int year : skv.years)
                    fraga << e.text(u"ar"_s, QString::number(year));
                fraga << e.text(u"foretagsinformation"_s, boolText(skv.companyInformation))
                      << e.text(u"individuppgifter"_s, boolText(skv.individualData))
                      << e.text(u"skattekonto"_s, boolText(skv.taxAccount))
                      << e.text(u"skatteuppgifter"_s, boolText(skv.taxData))
                      << e.text(u"beskattningsbilagor"_s, boolText(skv.taxAppendices));
                children << e.container(u"fraga"_s, fraga);
            }
        }
        KDSoapValue element = e.container(agencyCode(agency), children);
        element.childValues().attributes() << KDSoapValue(u"inkludera"_s, boolText(included));
        specific << element;
    }

    built.message = e.container(u"hamtaBastjanstInformation"_s,
        { e.container(u"generellaFrageparametrar"_s, general), e.container(u"specifikaFrageparametrar"_s, specific) });
    return built;
}

KDSoapMessage RequestBuilder::buildTest(const ProtocolVersion &version)
{
    KDSoapMessage message;
    message = ElementFactory(version.namespaceUri).container(u"testaBastjanstInformation"_s);
    return message;
}

} // namespace ssbtek
