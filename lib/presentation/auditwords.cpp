#include "auditwords.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

QString AuditWords::outcome(const QString &stored)
{
    const QString kind = stored.section(u':', 0, 0);
    const QString rest = stored.section(u':', 1);
    if (stored.isEmpty())
        return QString();
    if (stored == u"asked")
        return tr("sent; the answer is recorded next");
    if (stored == u"cancelled")
        return tr("cancelled");
    if (stored == u"interrupted")
        return tr("interrupted: the program ended during the lookup");
    if (stored == u"deleted")
        return tr("deleted");
    if (kind == u"failed")
        return tr("no answer: %1").arg(rest);
    if (kind == u"refused")
        return tr("refused by the gateway: %1").arg(rest);
    if (kind == u"opened")
        return tr("saved answer opened: %1").arg(rest);
    if (kind == u"protected-identity-shown")
        return tr("protected identity's details shown (%1)").arg(rest);
    if (!stored.contains(u'='))
        return stored;

    // One answer: which agencies answered with data, with an error, had nothing, were not asked.
    QStringList data, errors, absent, notAsked;
    bool protectedIdentity = false;
    for (const QString &part : stored.split(u' ', Qt::SkipEmptyParts)) {
        if (part == u"protected-identity") {
            protectedIdentity = true;
            continue;
        }
        const QString code = part.section(u'=', 0, 0);
        const QString state = part.section(u'=', 1);
        if (state == u"data")
            data << code;
        else if (state == u"error")
            errors << code;
        else if (state == u"absent")
            absent << code;
        else if (state == u"not_asked")
            notAsked << code;
    }
    QStringList sentences;
    if (!errors.isEmpty())
        sentences << tr("error from %1").arg(errors.join(u", "_s));
    if (!data.isEmpty())
        sentences << tr("data from %1").arg(data.join(u", "_s));
    if (!absent.isEmpty())
        sentences << tr("nothing at %1").arg(absent.join(u", "_s));
    if (!notAsked.isEmpty() && notAsked.size() < 7)
        sentences << tr("not asked: %1").arg(notAsked.join(u", "_s));
    QString text = sentences.join(u"; "_s);
    if (protectedIdentity)
        text = tr("PROTECTED IDENTITY; %1").arg(text);
    return text;
}

QList<AuditWords::OutcomeChoice> AuditWords::outcomeChoices()
{
    return {
        { tr("any outcome"), QString() },
        { tr("an agency answered with an error"), u"=error"_s },
        { tr("no answer (failed)"), u"failed:"_s },
        { tr("cancelled"), u"cancelled"_s },
        { tr("interrupted"), u"interrupted"_s },
        { tr("refused by the gateway"), u"refused:"_s },
        { tr("protected identity"), u"protected-identity"_s },
    };
}

} // namespace ssbtek::presentation
