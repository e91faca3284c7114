#pragma once
// An audit record's outcome as the log keeps it ("AF=data CSN=error FK=absent …",
// "failed:timeout", "refused:not_allowed", "opened:…") in a short sentence for the reviewer.
// The stored codes stay what programs and the filter read; only the window and the PDF word them.

#include <QCoreApplication>
#include <QString>

namespace ssbtek::presentation {

struct AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(AuditWords)
public:
    static QString outcome(const QString &stored);

    // The review's outcome filter: a choice in words, each matching a part of the stored outcome.
    struct OutcomeChoice
    {
        QString label;
        QString contains; // empty: any
    };
    static QList<OutcomeChoice> outcomeChoices();
};

} // namespace ssbtek::presentation
