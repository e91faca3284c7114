#pragma once
// Runs SSBTEK calls off the GUI thread: the client and the parser live in a worker thread,
// and only finished values come back. One call at a time; cancellable.

#include "answer/answer.h"
#include "client/ssbtekclient.h"

#include <QObject>
#include <QThread>

namespace ssbtek {

class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(ClientSettings settings, QObject *parent = nullptr);
    ~QueryRunner() override;

    bool isBusy() const { return m_busy; }
    const ClientSettings &settings() const { return m_settings; }

public Q_SLOTS:
    bool test(); // the service's test operation: about no one
    void cancel();

Q_SIGNALS:
    void answered(const ssbtek::RawAnswer &raw, const ssbtek::Answer &answer);
    void tested(const ssbtek::TestAnswer &answer);
    void failed(const ssbtek::ClientFailure &failure);
    void receiving(qint64 bytesReceived, qint64 bytesTotal);
    void busyChanged(bool busy);

private:
    // Only a LookupSession sends a lookup about a person: after its "asked" audit record.
    friend class LookupSession;
    bool fetch(const ssbtek::Query &query);
    void setBusy(bool busy);

    ClientSettings m_settings;
    QThread m_thread;
    SsbtekClient *m_client = nullptr; // lives in m_thread
    bool m_busy = false;
    AgencySet m_askedInWorker; // touched only in m_thread
};

} // namespace ssbtek
