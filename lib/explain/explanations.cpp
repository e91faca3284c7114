#include "explanations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::explain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Explain", text);
}

Explanation unknown(const QString &what, const QString &code)
{
    return { tr("Unknown %1 code \"%2\": not in this program's catalogue. Ask IT staff to look it up.")
                     .arg(what, code),
             false };
}

} // namespace

Explanation activityReport(const QString &code)
{
    const QString c = code.trimmed();
    if (c == u"200")
        return { tr("The job seeker has submitted an activity report for the period.") };
    if (c == u"500")
        return { tr("Arbetsförmedlingen cannot find the person as a job seeker.") };
    if (c == u"501")
        return { tr("No activity report was submitted for the period.") };
    if (c == u"502")
        return { tr("Arbetsförmedlingen had a technical error: the activity report status is not known. Ask "
                    "again later.") };
    return unknown(tr("activity report"), c);
}

Explanation afProcessingStatus(std::optional<int> code, const QString &text)
{
    if (!code)
        return { tr("Arbetsförmedlingen gave no processing status."), false };
    if (*code == 0)
        return { tr("Arbetsförmedlingen handled the question normally.") };
    return { tr("Arbetsförmedlingen reports processing status %1: %2").arg(*code).arg(text), false };
}

Explanation errorSource(AgencyError::Source source, const QString &sourceCode)
{
    switch (source) {
    case AgencyError::Source::Ssbtek:
        return { tr("The error arose in SSBTEK itself, for example when the agency did not answer in time.") };
    case AgencyError::Source::Agency:
        return { tr("The agency reported the error, for example a technical error on its side.") };
    case AgencyError::Source::Client:
        return { tr("The agency's part arrived but could not be read by this program.") };
    case AgencyError::Source::Unknown:
        break;
    }
    return unknown(tr("error source"), sourceCode);
}

Explanation errorCode(Agency agency, const QString &code)
{
    if (agency == Agency::CSN && code == u"-1005")
        return { tr("CSN refused the question as against its contract, often because the case id is longer than "
                    "31 characters.") };
    if (agency == Agency::FK && code == u"LEFI-VERSION")
        return { tr("Försäkringskassan does not support the LEFI version in the settings.") };
    if (agency == Agency::SKV && code == u"404")
        return { tr("Skatteverket has no such information about the person.") };
    return unknown(tr("error"), code);
}

QString agencyError(Agency agency, const AgencyError &error)
{
    QString text = errorSource(error.source, error.sourceCode).text;
    if (!error.code.isEmpty())
        text += u' ' + tr("Error code %1.").arg(error.code);
    const Explanation meaning = errorCode(agency, error.code);
    if (meaning.known)
        text += u' ' + meaning.text;
    if (!error.messages.isEmpty())
        text += u' ' + tr("The message: %1").arg(error.messages.join(u" — "_s));
    return text;
}

Explanation lefiProviderState(const QString &code)
{
    if (code == u"OK")
        return { tr("Available: the provider's data is included.") };
    if (code == u"FELANDE")
        return { tr("Failing: the provider had an error, so its data is missing from the answer.") };
    if (code == u"OTILLGANGLIG")
        return { tr("Unavailable: the provider could not be reached, so its data is missing from the answer.") };
    return unknown(tr("provider state"), code);
}

Explanation lefiDeviation(const QString &code)
{
    if (code == u"INTERNT_FEL")
        return { tr("An internal error: this benefit group is missing from the answer.") };
    if (code == u"OBEHORIG")
        return { tr("Not authorised: the municipality may not see this benefit group, so it is left out.") };
    return unknown(tr("deviation"), code);
}

Explanation tnsResult(const QString &result)
{
    if (result == u"OK")
        return { tr("Transportstyrelsen answered normally.") };
    if (result == u"FEL")
        return { tr("Transportstyrelsen could not answer the question; see its error list.") };
    return unknown(tr("Transportstyrelsen result"), result);
}

Explanation csnResult(const QString &code, const QString &text)
{
    if (code.trimmed() == u"0")
        return { tr("CSN answered normally.") };
    return { tr("CSN reports result code %1: %2").arg(code, text), false };
}

Explanation csnNotFound()
{
    return { tr("CSN has no study support registered for the person (\"Ej träff\").") };
}

Explanation permitValidity(const QString &validity)
{
    if (validity == u"PERMANENT")
        return { tr("Permanent: valid without an end date.") };
    if (validity == u"TIDBEGRANSAT")
        return { tr("Time-limited: valid until the end date.") };
    if (validity.isEmpty())
        return { tr("Migrationsverket gave no validity for the decision."), false };
    return unknown(tr("validity"), validity);
}

} // namespace ssbtek::explain
