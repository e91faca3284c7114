#pragma once
// The legal basis a lookup cites (lagtext), as IT configures it: the wording, the laws it
// cites and the days it may be cited. Presets are data, so a new law is a new preset, not a
// new program; and a preset citing a law that has been replaced stops being offered.

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ssbtek {

struct RepealedLaw
{
    QString law; // "2001:453"
    QString name; // "socialtjänstlagen (2001:453)"
    QDate repealed; // the first day it no longer applies
    QString replacedBy; // "socialtjänstlagen (2025:400)"
};
// The laws the program knows to have been replaced since presets were first written.
const QList<RepealedLaw> &repealedLaws();

struct LegalBasisPreset
{
    Q_DECLARE_TR_FUNCTIONS(LegalBasisPreset)

public:
    QString text; // what is sent as lagtext
    QStringList laws; // "2025:400", …: given with law=, else every "(YYYY:NNN)" the text cites
    QDate validFrom; // invalid: open
    QDate validTo;
    bool testData = false; // the simulator's: never sent to a real endpoint

    // "text | law=2025:400 | from=2025-07-01 | to=2026-12-31": only the text is required; an
    // entry without "|" is a text alone, as older settings hold them.
    static LegalBasisPreset parse(const QString &entry);
    // A wording alone, its laws read from its citations (as typed, or sent).
    static LegalBasisPreset ofText(const QString &text);
    QString entry() const;
    // The last day it may be cited: its own end, or the day before a law it cites was replaced.
    QDate lastDay() const;
    bool inForce(QDate day) const;
    // Why it may not be cited on `day`, for people; empty when it may.
    QString problem(QDate day) const;
};

// The simulator's wording: fictitious data needs no legal basis, and says so.
LegalBasisPreset simulatorLegalBasis();

// Why `legalBasis` may not be sent on `day`: not configured, the simulator's test wording to a
// real endpoint, a law that has been replaced, or a configured preset whose days are over.
// Empty when it may.
QStringList legalBasisProblems(
    const QString &legalBasis, const QList<LegalBasisPreset> &presets, QDate day, bool testEnvironment);

} // namespace ssbtek
