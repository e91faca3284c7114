#pragma once
// Files with personal data (the store, exports, saved answers) are the user's alone: made
// 0600, in folders made 0700, and written whole or not at all.

#include <QByteArray>
#include <QString>

namespace ssbtek::privatefiles {

// Sets the process's umask to 077, so every file and folder it makes (SQLite's -wal and
// -shm too) is its user's alone. Called first thing by the programs.
void restrictNewFiles();

// KDSoap prints whole messages when KDSOAP_DEBUG is set: payloads with personal data on a
// terminal or in a log. The programs clear it before any SOAP object exists.
void noPayloadDumps();

// Writes `bytes` to `path` atomically (a temporary file renamed over it), mode 0600. An
// empty string when written; otherwise why not, for people.
QString write(const QString &path, const QByteArray &bytes);

// Makes `dir` (and missing parents) and sets it to 0700; false when it could not.
bool makePrivateDir(const QString &dir);

// Why a file holding a secret (a passphrase, a password) must not be used: group or others
// may read it, or it is not a regular file. Empty when it is fine.
QString secretFileProblem(const QString &path);

} // namespace ssbtek::privatefiles
