#pragma once
// The caseworker's question: personnummer (checked as typed), period with presets,
// agencies, purpose and legal basis, optional case id. Enter asks.

#include "config/access.h"
#include "domain/protocolversion.h"
#include "domain/query.h"
#include "lookup/household.h"

#include "core/clock.h"
#include "core/period.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QToolButton;

namespace ssbtek::lookup {
struct OpenRequest;
}

namespace ssbtek::ui {

class QueryForm : public QWidget
{
    Q_OBJECT
public:
    explicit QueryForm(QWidget *parent = nullptr);

    // The form's content over `base` (organisation, caseworker, LEFI from the settings);
    // nullopt, with the reason shown in the form, when it is not complete.
    std::optional<Query> query(const Query &base);
    // The household of the last query() that succeeded: the applicant alone, or with the
    // co-applicant and children typed under "Household".
    const QList<HouseholdMember> &members() const { return m_members; }
    void clearHousehold();
    // With more than one configured, the caseworker chooses the version (and so the endpoint).
    void setVersions(const QList<ProtocolVersion> &versions, const ProtocolVersion &current);
    QComboBox *versionBox() const { return m_versionBox; }
    void setRunning(bool running);
    void setToday(QDate today); // for the period presets; tests set a fixed day
    void setPeriod(const Period &period); // own dates, e.g. handed over by the case system
    // A lookup handed over by the case system: person, case id, household, period and purpose
    // filled in, the confirmation of the current case left to the caseworker. False (and why in
    // the form) when its purpose is not one offered here; the rest is filled all the same.
    bool fill(const lookup::OpenRequest &request);
    void showProblem(const QString &text);
    // The configured choices for purpose and legal basis (the text stays editable); no legal
    // basis at all is said beside the field.
    void setPresets(const QStringList &purposes, const QStringList &legalBases);
    // Agencies the organisation may ask; the others cannot be chosen (and are unticked).
    void setEnabledAgencies(const AgencySet &enabled);
    // Case id and confirmation required or not; the contact-centre purpose's limits.
    void setAccessPolicy(const AccessPolicy &policy);
    QCheckBox *currentCaseBox() const { return m_currentCase; }
    // The caseworker's last choices (agencies, period preset, purpose, legal basis).
    void saveChoices(QSettings &settings) const;
    void restoreChoices(QSettings &settings);

    QLineEdit *personField() const { return m_person; }
    QPushButton *runButton() const { return m_run; }
    QLabel *problemLabel() const { return m_problem; }
    QCheckBox *agencyBox(Agency agency) const;
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *legalBasisBox() const { return m_legalBasis; }
    QLabel *legalBasisNote() const { return m_legalBasisNote; }
    QLineEdit *caseIdField() const { return m_caseId; }
    QLineEdit *coApplicantField() const { return m_coApplicant; }
    QLineEdit *childrenField() const { return m_children; }
    QToolButton *householdToggle() const { return m_householdToggle; }

Q_SIGNALS:
    void submitted();
    void versionChosen(int number);

private:
    void checkPerson();
    void applyPreset(int index);
    void syncAllBox();

    QLineEdit *m_person;
    QLabel *m_personProblem;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodNote;
    QCheckBox *m_all;
    QList<QCheckBox *> m_agencies;
    AgencySet m_enabled = AgencySet::all();
    AccessPolicy m_access;
    QCheckBox *m_currentCase;
    void applyAgencyLimits();
    QComboBox *m_purpose;
    QComboBox *m_legalBasis;
    QLabel *m_legalBasisNote;
    QLineEdit *m_caseId;
    QLabel *m_version;
    QComboBox *m_versionBox;
    QLabel *m_problem;
    QPushButton *m_run;
    QDate m_today = clock::today();
    QToolButton *m_householdToggle;
    QWidget *m_householdBox;
    QLineEdit *m_coApplicant;
    QLineEdit *m_children;
    QList<HouseholdMember> m_members;
    bool m_householdAsked = false; // the fields hold the household last asked about
};

} // namespace ssbtek::ui
