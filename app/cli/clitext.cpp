#include "clicore.h"

#include "answer/answerjson.h"
#include "presentation/answerdocument.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

void printAnswerText(const Answer &answer, const Period &period)
{
    presentation::writeDocumentText(out(), presentation::answerDocument(answer, period));
}

int printAnswer(const QCommandLineParser &parser, const Answer &answer, const Period &period, const QJsonObject &meta)
{
    if (wantsJson(parser)) {
        if (!printJson([&](JsonWriter &w) { writeAnswerJson(w, answer, meta); }))
            return OutputFailed;
    } else {
        printAnswerText(answer, period);
        out().flush();
        if (out().status() != QTextStream::Ok)
            return OutputFailed;
    }
    return answer.complete() && answer.fullyReadable() ? Ok : Partial;
}

} // namespace ssbtek::cli
