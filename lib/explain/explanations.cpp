#include "explanations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::explain {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Explain)
};

Explanation unknown(const QString &what, const QString &code)
{
    return { Text::tr("Unknown %1 code \"%2\": not in this program's catalogue. Ask IT staff to look it up.")
                 .arg(what, code),
        false };
}

} // namespace

Explanation activityReport(const QString &code)
{
    const QString c = code.trimmed();
    if (c == u"200")
        return { Text::tr("The job seeker has submitted an activity report for the period.") };
    if (c == u"500")
        return { Text::tr("Arbetsförmedlingen cannot find the person as a job seeker.") };
    if (c == u"501")
        return { Text::tr("No activity report was submitted for the period.") };
    if (c == u"502")
        return { Text::tr("Arbetsförmedlingen had a technical error: the activity report status is not known. Ask "
                          "again later.") };
    return unknown(Text::tr("activity report"), c);
}

Explanation afProcessingStatus(std::optional<int> code, const QString &text)
{
    if (!code)
        return { Text::tr("Arbetsförmedlingen gave no processing status."), false };
    if (*code == 0)
        return { Text::tr("Arbetsförmedlingen handled the question normally.") };
    return { Text::tr("Arbetsförmedlingen reports processing status %1: %2").arg(*code).arg(text), false };
}

Explanation errorSource(AgencyError::Source source, const QString &sourceCode)
{
    switch (source) {
    case AgencyError::Source::Ssbtek:
        return { Text::tr("The error arose in SSBTEK itself, for example when the agency did not answer in time.") };
    case AgencyError::Source::Agency:
        return { Text::tr("The agency reported the error, for example a technical error on its side.") };
    case AgencyError::Source::Client:
        return { Text::tr("The agency's part arrived but could not be read by this program.") };
    case AgencyError::Source::Unknown:
        break;
    }
    return unknown(Text::tr("error source"), sourceCode);
}

Explanation errorCode(Agency agency, const QString &code)
{
    if (agency == Agency::CSN && code == u"-1005")
        return { Text::tr("CSN refused the question as against its contract, often because the case id is longer than "
                          "31 characters.") };
    if (agency == Agency::FK && code == u"LEFI-VERSION")
        return { Text::tr("Försäkringskassan does not support the LEFI version in the settings.") };
    if (agency == Agency::SKV && code == u"404")
        return { Text::tr("Skatteverket has no such information about the person.") };
    return unknown(Text::tr("error"), code);
}

QString agencyError(Agency agency, const AgencyError &error)
{
    QString text = errorSource(error.source, error.sourceCode).text;
    if (!error.code.isEmpty())
        text += u' ' + Text::tr("Error code %1.").arg(error.code);
    const Explanation meaning = errorCode(agency, error.code);
    if (meaning.known)
        text += u' ' + meaning.text;
    if (!error.messages.isEmpty())
        text += u' ' + Text::tr("The message: %1").arg(error.messages.join(u" — "_s));
    return text;
}

Explanation lefiProviderState(const QString &code)
{
    if (code == u"OK")
        return { Text::tr("Available: the provider's data is included.") };
    if (code == u"FELANDE")
        return { Text::tr("Failing: the provider had an error, so its data is missing from the answer.") };
    if (code == u"OTILLGANGLIG")
        return { Text::tr("Unavailable: the provider could not be reached, so its data is missing from the answer.") };
    return unknown(Text::tr("provider state"), code);
}

Explanation lefiDeviation(const QString &code)
{
    if (code == u"INTERNT_FEL")
        return { Text::tr("An internal error: this benefit group is missing from the answer.") };
    if (code == u"OBEHORIG")
        return { Text::tr("Not authorised: the municipality may not see this benefit group, so it is left out.") };
    return unknown(Text::tr("deviation"), code);
}

Explanation tnsResult(const QString &result)
{
    if (result == u"OK")
        return { Text::tr("Transportstyrelsen answered normally.") };
    if (result == u"FEL")
        return { Text::tr("Transportstyrelsen could not answer the question; see its error list.") };
    return unknown(Text::tr("Transportstyrelsen result"), result);
}

Explanation csnResult(const QString &code, const QString &text)
{
    if (code.trimmed() == u"0")
        return { Text::tr("CSN answered normally.") };
    return { Text::tr("CSN reports result code %1: %2").arg(code, text), false };
}

Explanation csnNotFound()
{
    return { Text::tr("CSN has no study support registered for the person (\"Ej träff\").") };
}

Explanation permitValidity(const QString &validity)
{
    if (validity == u"PERMANENT")
        return { Text::tr("Permanent: valid without an end date.") };
    if (validity == u"TIDBEGRANSAT")
        return { Text::tr("Time-limited: valid until the end date.") };
    if (validity.isEmpty())
        return { Text::tr("Migrationsverket gave no validity for the decision."), false };
    return unknown(Text::tr("validity"), validity);
}

} // namespace ssbtek::explain
