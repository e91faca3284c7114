#pragma once
// ssbtek-cli's commands. Each returns the process exit code (see ExitCode).

#include "config/settings.h"

#include <QCommandLineParser>

namespace ssbtek::cli {

enum ExitCode {
    Ok = 0,
    Usage = 1, // wrong command line
    InvalidInput = 2, // bad personnummer, period, settings or request
    ConnectionFailed = 3, // network, timeout or TLS: nothing reached SSBTEK
    Refused = 4, // SSBTEK (or something in front of it) refused: SOAP fault, HTTP error, not SOAP
    Partial = 5, // an answer came, but some asked agency failed or did not answer
    AuditBroken = 6, // audit verify: the chain is broken (a record was changed)
    StoreFailed = 7, // the audit log or store cannot be read or written
    OutputFailed = 8, // the output could not be written in full (a full disk, a closed pipe)
};

void addOptions(QCommandLineParser &parser);
// The ui/language setting of --config (or the user's settings), read before the parser runs.
QString languageSetting(const QStringList &arguments);
// Settings from --config (or the user's settings) with command-line overrides applied.
AppSettings settingsFrom(const QCommandLineParser &parser);
int ping(const QCommandLineParser &parser);
int query(const QCommandLineParser &parser);
int parse(const QCommandLineParser &parser);
int audit(const QCommandLineParser &parser);
int retention(const QCommandLineParser &parser);
int config(const QCommandLineParser &parser);
// diff A B: what changed between two saved results (ids), as JSON.
int diff(const QCommandLineParser &parser);

} // namespace ssbtek::cli
