#include "legalbasis.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ssbtek {

const QList<RepealedLaw> &repealedLaws()
{
    static const QList<RepealedLaw> laws {
        { u"2001:453"_s, u"socialtjänstlagen (2001:453)"_s, QDate(2025, 7, 1), u"socialtjänstlagen (2025:400)"_s },
    };
    return laws;
}

namespace {

QStringList citedLaws(const QString &text)
{
    static const QRegularExpression citation(u"\\b(\\d{4}:\\d{1,4})\\b"_s);
    QStringList laws;
    for (auto it = citation.globalMatch(text); it.hasNext();) {
        const QString law = it.next().captured(1);
        if (!laws.contains(law))
            laws << law;
    }
    return laws;
}

} // namespace

LegalBasisPreset LegalBasisPreset::parse(const QString &entry)
{
    LegalBasisPreset p;
    const QStringList fields = entry.split(u'|');
    p.text = fields.value(0).trimmed();
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString key = fields.at(i).section(u'=', 0, 0).trimmed();
        const QString value = fields.at(i).section(u'=', 1).trimmed();
        if (key == u"law")
            p.laws = value.split(u',', Qt::SkipEmptyParts);
        else if (key == u"from")
            p.validFrom = QDate::fromString(value, Qt::ISODate);
        else if (key == u"to")
            p.validTo = QDate::fromString(value, Qt::ISODate);
        else if (key == u"test")
            p.testData = value == u"true";
    }
    for (QString &law : p.laws)
        law = law.trimmed().remove(u"SFS "_s);
    if (p.laws.isEmpty())
        p.laws = citedLaws(p.text);
    return p;
}

LegalBasisPreset LegalBasisPreset::ofText(const QString &text)
{
    LegalBasisPreset p;
    p.text = text.trimmed();
    p.laws = citedLaws(p.text);
    return p;
}

QString LegalBasisPreset::entry() const
{
    QStringList fields { text };
    if (laws != citedLaws(text))
        fields << u"law="_s + laws.join(u',');
    if (validFrom.isValid())
        fields << u"from="_s + validFrom.toString(Qt::ISODate);
    if (validTo.isValid())
        fields << u"to="_s + validTo.toString(Qt::ISODate);
    if (testData)
        fields << u"test=true"_s;
    return fields.join(u" | "_s);
}

QDate LegalBasisPreset::lastDay() const
{
    QDate last = validTo;
    for (const RepealedLaw &r : repealedLaws()) {
        if (laws.contains(r.law) && (!last.isValid() || r.repealed.addDays(-1) < last))
            last = r.repealed.addDays(-1);
    }
    return last;
}

bool LegalBasisPreset::inForce(QDate day) const
{
    return problem(day).isEmpty();
}

QString LegalBasisPreset::problem(QDate day) const
{
    if (text.isEmpty())
        return tr("The legal basis is empty.");
    if (validFrom.isValid() && day < validFrom)
        return tr("“%1” may be cited from %2.").arg(text, validFrom.toString(Qt::ISODate));
    for (const RepealedLaw &r : repealedLaws()) {
        if (laws.contains(r.law) && day >= r.repealed)
            return tr("“%1” cites %2, which was replaced by %3 on %4.")
                .arg(text, r.name, r.replacedBy, r.repealed.toString(Qt::ISODate));
    }
    if (validTo.isValid() && day > validTo)
        return tr("“%1” could be cited until %2.").arg(text, validTo.toString(Qt::ISODate));
    return {};
}

LegalBasisPreset simulatorLegalBasis()
{
    LegalBasisPreset p;
    p.text = QCoreApplication::translate(
        "LegalBasisPreset", "Testdata: fiktiva personer i den inbyggda simulatorn, ingen rättslig grund behövs");
    p.testData = true;
    return p;
}

QStringList legalBasisProblems(
    const QString &legalBasis, const QList<LegalBasisPreset> &presets, QDate day, bool testEnvironment)
{
    const QString text = legalBasis.trimmed();
    if (text.isEmpty())
        return { LegalBasisPreset::tr("The legal basis is not configured: IT sets the municipality's wording "
                                      "(query/legalBasis). No lookup is sent without one.") };
    if (!testEnvironment && text == simulatorLegalBasis().text)
        return { LegalBasisPreset::tr(
            "The simulator's test wording is not a legal basis: it is never sent to SSBTEK.") };
    LegalBasisPreset preset = LegalBasisPreset::ofText(text);
    for (const LegalBasisPreset &p : presets) {
        if (p.text == text)
            preset = p; // IT's dates for it
    }
    if (const QString problem = preset.problem(day); !problem.isEmpty())
        return { problem };
    return {};
}

} // namespace ssbtek
