#pragma once
// The result as one printable document for the case file: header, flags, income overview
// and every agency's facts and tables. HTML, for QTextDocument (print and PDF).

#include "householdoverview.h"
#include "presentation.h"

namespace ssbtek::ui {

struct ReportHeader
{
    QString person; // as shown to people: YYYYMMDD-NNNN
    QString period;
    QString version;
    QString askedAt;
    QString caseId;
    QString caseworker;
    QString organisation;
    bool simulated = false;
};

QString reportHtml(const ReportHeader &header, const Answer &answer, const Period &period);
// A household: the overview, then each member's answer (header.person: the members).
QString householdReportHtml(const ReportHeader &header, const HouseholdOverview &overview,
    const QList<MemberResult> &results, const Period &period);

// Writes HTML as an A4 PDF, whole or not at all (a full disk leaves no half file).
bool writePdf(const QString &html, const QString &path, bool landscape, QString *error = nullptr);

} // namespace ssbtek::ui
