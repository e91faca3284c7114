#pragma once
// Shared by the test executables: where the official contract is (tests skip without it)
// and the TEST-ONLY certificates made fresh for TLS tests.

#include <QDateTime>

#include <QString>
#include <optional>

namespace ssbtek::test {

// The instant the tests run at: $SSBTEK_NOW when set (tests/run-on-dates.sh sets it, with the
// system clock moved by faketime to match), else a fixed day. Never the wall clock.
QDateTime now();
inline QDate today()
{
    return now().toLocalTime().date();
}
// Fixes the program's clock (ssbtek::clock) at now(), and sets SSBTEK_NOW so that the programs
// a test starts (ssbtek-cli, ssbtek-sim, the window) run at the same instant.
void fixClock();

// Where a test needs something the machine should have (a PostgreSQL server, openssl): under CI
// (CI=true) its absence fails the test, since a skipped test proves nothing; elsewhere it skips.
bool inCi();
#define SSBTEK_REQUIRE(condition, why)                                                                                 \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (ssbtek::test::inCi())                                                                                  \
                QFAIL(qPrintable(QStringLiteral("CI needs this: ") + (why)));                                          \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)

// ../shared/ssbtek-contract from the source tree, or $SSBTEK_CONTRACT_DIR; empty when absent.
QString contractDir();
// The wrapper XSD of an SSBTEK version inside the contract; empty when absent.
QString wrapperXsd(int version);

// A fixture file from `dir`, with every @BASE64:file@ replaced by the base64 of that file
// in the same folder, and @BASE64WRAP:file@ by the same in lines of 76 characters.
QByteArray fixture(const QString &dir, const QString &name);
QByteArray readFile(const QString &path);

// A folder of test certificates (made once per process by tests/support/make-test-certs.sh).
// Empty when openssl is missing. Files: ca.pem, server.pem/.key, client.pem/.key, client.p12,
// client-legacy.p12, other-ca.pem, other-client.pem/.key, untrusted.pem/.key,
// wronghost.pem/.key, expired.pem/.key, passphrase.txt ("test-only"); caseworker-ca.pem with
// anna, dora and okand .pem/.key (subject CN = the login) for ssbtek-gateway.
QString certificates();
inline QString cert(const QString &file)
{
    return certificates() + QLatin1Char('/') + file;
}

} // namespace ssbtek::test
