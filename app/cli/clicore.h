#pragma once
// What ssbtek-cli's commands share: its two streams, JSON output, exit codes for failures, the
// runtime (the built-in simulator where nothing is configured) and the text for people.

#include "clicommands.h"

#include "answer/answer.h"
#include "client/ssbtekclient.h"
#include "core/jsonwriter.h"
#include "runtime/runtime.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ssbtek::cli {

// The translation context lupdate files the CLI's strings under, one for all its files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &err();
QTextStream &out();
// JSON straight to standard output as it is made; false, and said, when not all of it went out.
bool printJson(const std::function<void(JsonWriter &)> &write);
bool printJson(const QJsonValue &value);
int exitCodeFor(const ClientFailure &f);
// Says the failure on standard error; its exit code.
int report(const ClientFailure &f);
// The settings' runtime, the built-in simulator started where no endpoint is set; null (said) when it cannot.
std::unique_ptr<runtime::Runtime> prepareRuntime(const QCommandLineParser &parser);
// --format json, or standard output not a terminal.
bool wantsJson(const QCommandLineParser &parser);
QJsonObject errorJson(const AgencyError &e);

// The text for people (clitext.cpp): a whole answer (the same document as the window and the
// PDF show; the income per month when `period` is valid), or the answer as the format asks (the
// code: Ok, or Partial where an asked agency is missing).
void printAnswerText(const Answer &answer, const Period &period);
int printAnswer(const QCommandLineParser &parser, const Answer &answer, const Period &period, const QJsonObject &meta);

// Runs one call to its end; `onDone` connects the success signal and may change the code.
template <typename Connect, typename Start> int runCall(const ClientSettings &settings, Connect onDone, Start start)
{
    SsbtekClient client(settings);
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&client, &SsbtekClient::failed, &loop, [&](const ClientFailure &f) {
        code = report(f);
        loop.quit();
    });
    onDone(client, loop, code);
    start(client);
    loop.exec();
    return code;
}

} // namespace ssbtek::cli
