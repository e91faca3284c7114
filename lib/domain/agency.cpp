#include "agency.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek {

QString agencyCode(Agency agency)
{
    switch (agency) {
    case Agency::AF:
        return u"AF"_s;
    case Agency::CSN:
        return u"CSN"_s;
    case Agency::FK:
        return u"FK"_s;
    case Agency::SKV:
        return u"SKV"_s;
    case Agency::SO:
        return u"SO"_s;
    case Agency::TNS:
        return u"TNS"_s;
    case Agency::MIV:
        return u"MIV"_s;
    }
    return {};
}

std::optional<Agency> agencyFromCode(QStringView code)
{
    for (Agency a : AllAgencies) {
        if (code.compare(agencyCode(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString agencyName(Agency agency)
{
    switch (agency) {
    case Agency::AF:
        return QCoreApplication::translate("Agency", "Arbetsförmedlingen");
    case Agency::CSN:
        return QCoreApplication::translate("Agency", "CSN");
    case Agency::FK:
        return QCoreApplication::translate("Agency", "Försäkringskassan and Pensionsmyndigheten");
    case Agency::SKV:
        return QCoreApplication::translate("Agency", "Skatteverket");
    case Agency::SO:
        return QCoreApplication::translate("Agency", "Unemployment funds (a-kassor)");
    case Agency::TNS:
        return QCoreApplication::translate("Agency", "Transportstyrelsen");
    case Agency::MIV:
        return QCoreApplication::translate("Agency", "Migrationsverket");
    }
    return {};
}

bool agencyAcceptsPeriod(Agency agency)
{
    return agency == Agency::AF || agency == Agency::CSN || agency == Agency::SO || agency == Agency::TNS;
}

AgencySet::AgencySet(std::initializer_list<Agency> agencies)
{
    for (Agency a : agencies)
        insert(a);
}

AgencySet AgencySet::all()
{
    AgencySet set;
    for (Agency a : AllAgencies)
        set.insert(a);
    return set;
}

std::optional<AgencySet> AgencySet::parse(QStringView codes, QString *unknown)
{
    AgencySet set;
    for (QStringView part : codes.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (part.compare(u"all", Qt::CaseInsensitive) == 0) {
            set = all();
            continue;
        }
        const auto agency = agencyFromCode(part);
        if (!agency) {
            if (unknown)
                *unknown = part.toString();
            return std::nullopt;
        }
        set.insert(*agency);
    }
    return set;
}

QList<Agency> AgencySet::toList() const
{
    QList<Agency> list;
    for (Agency a : AllAgencies) {
        if (contains(a))
            list.append(a);
    }
    return list;
}

QString AgencySet::toString() const
{
    QStringList codes;
    for (Agency a : toList())
        codes.append(agencyCode(a));
    return codes.join(u',');
}

} // namespace ssbtek
