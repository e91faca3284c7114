#include "queryrunner.h"

#include "answer/answerparser.h"

namespace ssbtek {

QueryRunner::QueryRunner(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<ssbtek::Answer>();
    m_thread.setObjectName(QStringLiteral("ssbtek-query"));
    m_client = new SsbtekClient(m_settings);
    m_client->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);

    // Parsing happens here, in the worker thread, before anything reaches the GUI.
    connect(m_client, &SsbtekClient::fetched, m_client, [this](const RawAnswer &raw) {
        const auto answer = AnswerParser::parse(raw.soap, raw.version, m_askedInWorker);
        QMetaObject::invokeMethod(this, [this, raw, answer] {
            setBusy(false);
            if (answer) {
                Q_EMIT answered(raw, *answer);
            } else {
                ClientFailure f;
                f.kind = ClientFailure::Kind::Unreadable;
                f.detail = answer.error().message;
                Q_EMIT failed(f);
            }
        });
    });
    connect(m_client, &SsbtekClient::tested, this, [this](const TestAnswer &a) {
        setBusy(false);
        Q_EMIT tested(a);
    });
    connect(m_client, &SsbtekClient::failed, this, [this](const ClientFailure &f) {
        setBusy(false);
        Q_EMIT failed(f);
    });
    connect(m_client, &SsbtekClient::receiving, this, &QueryRunner::receiving);
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    QMetaObject::invokeMethod(m_client, &SsbtekClient::cancel);
    m_thread.quit();
    m_thread.wait();
}

bool QueryRunner::fetch(const Query &query)
{
    if (m_busy)
        return false;
    setBusy(true);
    QMetaObject::invokeMethod(m_client, [this, query] {
        m_askedInWorker = query.agencies;
        m_client->fetch(query);
    });
    return true;
}

bool QueryRunner::test()
{
    if (m_busy)
        return false;
    setBusy(true);
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->test(); });
    return true;
}

void QueryRunner::cancel()
{
    QMetaObject::invokeMethod(m_client, &SsbtekClient::cancel);
}

void QueryRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace ssbtek
