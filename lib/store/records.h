#pragma once
// What the store keeps: audit records (append-only, hash-chained) and saved results (the
// raw answer, so a result reopens exactly as it was received).

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ssbtek::store {

struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString kind; // query | save | retention | review
    QString caseworker;
    QString unit;
    QString person; // 12 digits; empty for records about no one
    QString purpose;
    QString legalBasis;
    QString version; // v10, v11
    QString agencies; // asked: "AF,CSN,…"
    QString outcome; // per agency ("AF=data CSN=error …") or the failure ("failed:timeout")
    QString caseId;
    QString endpoint;
    QString detail; // free text for retention and reviews; never a payload
    QString prevHash;
    QString hash;

    // The hash of every field but id and hash, in a fixed order, chained to prevHash.
    // Version 2 (what is written now, "v2:<hex>"): each field as its UTF-8 length, ':' and
    // the field. Version 1 (plain hex, older records): the fields joined by U+001F.
    QString computeHash(int version = 2) const;
    static int hashVersion(const QString &hash) { return hash.startsWith(QLatin1String("v2:")) ? 2 : 1; }
};

struct SavedResult
{
    qint64 id = 0;
    QDateTime savedAt; // UTC
    QString caseworker;
    QString unit;
    QString person;
    QDate from, to;
    int version = 0;
    QString caseId;
    QString agencies; // asked
    QString note;
    QByteArray rawAnswer;
};

struct AuditFilter
{
    QString caseworker;
    QString person;
    QDate from, to; // inclusive, on the record's day (UTC)
    QString purpose; // substring
    QString outcome; // substring, e.g. "error" or "failed"
    QString kind;
    int limit = 5000;
    QString caseId; // exact: every record of one case (a household's lookups share one)
};

} // namespace ssbtek::store
