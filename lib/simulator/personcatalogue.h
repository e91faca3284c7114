#pragma once
// The simulator's fictitious test persons, kept as data (resources/simulator/catalogue.json).

#include "core/expected.h"
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssbtek::sim {

struct TestPerson
{
    QString personnummer; // 12 digits
    QString firstName;
    QString lastName;
    QString shows; // what this person shows, for trainers and testers
    QJsonObject agencies; // per agency code: what the simulator answers
    QJsonObject expect; // what a client should see (checked by the simulator tests)
    QJsonObject later; // per agency code: what replaces `agencies` from the second fetch on,
                       // as if a month had passed (the changes-since-last-time case)

    // The person as the `fetch`th fetch about them in one run of the simulator sees them.
    TestPerson asOfFetch(int fetch) const;
};

class PersonCatalogue
{
public:
    // The built-in catalogue, or one from a file; nullopt with *error set when unreadable.
    static Expected<PersonCatalogue, QString> load(const QString &path = QString());

    const QList<TestPerson> &persons() const { return m_persons; }
    const TestPerson *find(const QString &personnummer) const;

private:
    QList<TestPerson> m_persons;
};

} // namespace ssbtek::sim
