#include "queryform.h"

#include "lookup/openrequest.h"
#include "presentation/tones.h"
#include "shown.h"

#include "client/requestbuilder.h"
#include "config/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace ssbtek::ui {

namespace {
enum Preset { ThisMonth, Last3, Last6, Last12, Custom };

QString agencyShortName(Agency a)
{
    switch (a) {
    case Agency::FK:
        return QueryForm::tr("Försäkringskassan / PM");
    case Agency::SO:
        return QueryForm::tr("A-kassor");
    default:
        return agencyName(a);
    }
}
} // namespace

QueryForm::QueryForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_person = new QLineEdit;
    m_person->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_person->setAccessibleName(tr("Personal identity number"));
    m_person->setMaxLength(20);
    m_personProblem = new QLabel;
    m_personProblem->setObjectName(QStringLiteral("personProblem"));
    m_personProblem->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(Tone::Problem).name()));
    m_personProblem->setWordWrap(true);
    auto *personBox = new QVBoxLayout;
    personBox->addWidget(m_person);
    personBox->addWidget(m_personProblem);
    form->addRow(tr("&Personnummer:"), personBox);
    qobject_cast<QLabel *>(form->labelForField(personBox))->setBuddy(m_person);

    // A household: the co-applicant and children, each one call of their own.
    m_householdToggle = new QToolButton;
    m_householdToggle->setText(tr("&Household: co-applicant and children…"));
    m_householdToggle->setCheckable(true);
    m_householdToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_householdToggle->setArrowType(Qt::RightArrow);
    m_householdToggle->setAutoRaise(true);
    m_householdBox = new QWidget;
    auto *householdForm = new QFormLayout(m_householdBox);
    householdForm->setContentsMargins(0, 0, 0, 0);
    m_coApplicant = new QLineEdit;
    m_coApplicant->setPlaceholderText(tr("YYYYMMDD-NNNN (optional)"));
    m_coApplicant->setAccessibleName(tr("Co-applicant's personal identity number"));
    m_children = new QLineEdit;
    m_children->setPlaceholderText(tr("one or more, separated by commas"));
    m_children->setAccessibleName(tr("Children's personal identity numbers"));
    householdForm->addRow(tr("C&o-applicant:"), m_coApplicant);
    householdForm->addRow(tr("Chil&dren:"), m_children);
    m_householdBox->setVisible(false);
    connect(m_householdToggle, &QToolButton::toggled, this, [this](bool open) {
        m_householdBox->setVisible(open);
        m_householdToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (open)
            m_coApplicant->setFocus();
    });
    form->addRow(QString(), m_householdToggle);
    form->addRow(QString(), m_householdBox);

    m_preset = new QComboBox;
    m_preset->addItems(
        { tr("This month"), tr("Last 3 months"), tr("Last 6 months"), tr("Last 12 months"), tr("Custom") });
    m_preset->setAccessibleName(tr("Period preset"));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_preset);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–")));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    form->addRow(tr("P&eriod:"), periodRow);
    qobject_cast<QLabel *>(form->labelForField(periodRow))->setBuddy(m_preset);
    m_periodNote = new QLabel(tr("Försäkringskassan answers for at most two years at a time."));
    m_periodNote->setWordWrap(true);
    m_periodNote->setVisible(false);
    form->addRow(QString(), m_periodNote);

    auto *agencies = new QGroupBox(tr("Agencies"));
    auto *grid = new QGridLayout(agencies);
    m_all = new QCheckBox(tr("&All"));
    m_all->setObjectName(QStringLiteral("allAgencies"));
    m_all->setChecked(true);
    grid->addWidget(m_all, 0, 0, 1, 2);
    int i = 0;
    for (Agency a : AllAgencies) {
        auto *box = new QCheckBox(agencyShortName(a));
        box->setChecked(true);
        box->setToolTip(agencyName(a));
        box->setAccessibleName(agencyName(a));
        m_agencies.append(box);
        grid->addWidget(box, 1 + i / 2, i % 2);
        ++i;
        connect(box, &QCheckBox::toggled, this, &QueryForm::syncAllBox);
    }
    connect(m_all, &QCheckBox::clicked, this, [this](bool on) {
        for (QCheckBox *b : std::as_const(m_agencies))
            b->setChecked(on && b->isEnabled());
    });
    layout->addWidget(agencies);

    auto *why = new QFormLayout;
    m_purpose = new QComboBox;
    m_purpose->setEditable(true);
    m_purpose->addItem(AppSettings::defaultPurpose());
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->lineEdit()->setAccessibleName(m_purpose->accessibleName()); // where it is typed
    m_legalBasis = new QComboBox;
    m_legalBasis->setEditable(true);
    m_legalBasis->setAccessibleName(tr("Legal basis"));
    m_legalBasis->lineEdit()->setAccessibleName(m_legalBasis->accessibleName());
    for (QComboBox *box : { m_purpose, m_legalBasis }) {
        // Long legal texts must not widen the form; the whole text shows in the tooltip.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        box->setToolTip(box->currentText());
        box->lineEdit()->setCursorPosition(0);
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
    }
    m_caseId = new QLineEdit;
    m_caseId->setMaxLength(RequestBuilder::MaxCaseIdLength);
    m_caseId->setPlaceholderText(tr("generated when empty"));
    m_caseId->setAccessibleName(tr("Case id"));
    m_version = new QLabel;
    why->addRow(tr("P&urpose:"), m_purpose);
    why->addRow(tr("&Legal basis:"), m_legalBasis);
    m_legalBasisNote
        = new QLabel(tr("No legal basis is configured: IT sets the municipality's wording. Until then no lookup "
                        "is sent."));
    m_legalBasisNote->setObjectName(QStringLiteral("legalBasisNote"));
    m_legalBasisNote->setWordWrap(true);
    m_legalBasisNote->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(Tone::Problem).name()));
    m_legalBasisNote->hide();
    why->addRow(QString(), m_legalBasisNote);
    why->addRow(tr("&Case id:"), m_caseId);
    m_currentCase = new QCheckBox(tr("The person belongs to a current case of my &unit"));
    m_currentCase->setObjectName(QStringLiteral("currentCase"));
    why->addRow(QString(), m_currentCase);
    m_versionBox = new QComboBox;
    m_versionBox->setAccessibleName(tr("SSBTEK version"));
    m_versionBox->hide();
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version);
    versionRow->addWidget(m_versionBox);
    versionRow->addStretch(1);
    auto *versionLabel = new QLabel(tr("SSBTEK &version:"));
    versionLabel->setBuddy(m_versionBox); // a row of widgets has no buddy of its own: the & would show
    why->addRow(versionLabel, versionRow);
    connect(m_versionBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT versionChosen(m_versionBox->itemData(index).toInt()); });
    layout->addLayout(why);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(toneText(Tone::Problem).name()));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_run = new QPushButton(tr("&Ask SSBTEK"));
    m_run->setDefault(true);
    layout->addWidget(m_run);
    layout->addStretch(1);

    connect(m_person, &QLineEdit::textEdited, this, &QueryForm::checkPerson);
    connect(m_person, &QLineEdit::returnPressed, this, &QueryForm::submitted);
    connect(m_caseId, &QLineEdit::returnPressed, this, &QueryForm::submitted);
    // A confirmation is about one person: a new number needs a new one.
    connect(m_person, &QLineEdit::textEdited, m_currentCase, [this] { m_currentCase->setChecked(false); });
    // Another applicant is another household: the last one's members are not asked about again.
    connect(m_person, &QLineEdit::textEdited, this, [this] {
        if (m_householdAsked) {
            m_coApplicant->clear();
            m_children->clear();
            m_householdAsked = false;
        }
    });
    connect(m_purpose, &QComboBox::currentTextChanged, this, &QueryForm::applyAgencyLimits);
    connect(m_run, &QPushButton::clicked, this, &QueryForm::submitted);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &QueryForm::applyPreset);
    auto markCustom = [this] {
        if (m_from->hasFocus() || m_to->hasFocus())
            m_preset->setCurrentIndex(Custom);
        m_periodNote->setVisible(Period { m_from->date(), m_to->date() }.exceedsTwoYears());
    };
    connect(m_from, &QDateEdit::dateChanged, this, markCustom);
    connect(m_to, &QDateEdit::dateChanged, this, markCustom);
    m_preset->setCurrentIndex(Last3);
    applyPreset(Last3);
}

QCheckBox *QueryForm::agencyBox(Agency agency) const
{
    return m_agencies.value(int(agency));
}

void QueryForm::setToday(QDate today)
{
    m_today = today;
    applyPreset(m_preset->currentIndex());
}

void QueryForm::setPeriod(const Period &period)
{
    m_preset->setCurrentIndex(Custom);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void QueryForm::applyPreset(int index)
{
    Period p;
    switch (index) {
    case ThisMonth:
        p = Period::thisMonth(m_today);
        break;
    case Last3:
        p = Period::lastMonths(3, m_today);
        break;
    case Last6:
        p = Period::lastMonths(6, m_today);
        break;
    case Last12:
        p = Period::lastMonths(12, m_today);
        break;
    default:
        return;
    }
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

void QueryForm::setEnabledAgencies(const AgencySet &enabled)
{
    m_enabled = enabled;
    applyAgencyLimits();
}

void QueryForm::setAccessPolicy(const AccessPolicy &policy)
{
    m_access = policy;
    m_caseId->setPlaceholderText(
        policy.requireCase ? tr("required: the person's current case") : tr("generated when empty"));
    m_currentCase->setVisible(policy.requireCase);
    applyAgencyLimits();
}

// The organisation's agencies, and under the contact-centre purpose only its own.
void QueryForm::applyAgencyLimits()
{
    const bool contactCentre = m_access.isContactCentre(m_purpose->currentText());
    for (Agency a : AllAgencies) {
        QCheckBox *box = agencyBox(a);
        const bool enabled = m_enabled.contains(a);
        const bool on = enabled && (!contactCentre || m_access.contactCentreAgencies.contains(a));
        box->setEnabled(on);
        if (!on)
            box->setChecked(false);
        box->setToolTip(on ? agencyName(a)
                : !enabled ? tr("%1: not enabled for this organisation (system-wide configuration).").arg(agencyName(a))
                           : tr("%1: not asked while preparing an application.").arg(agencyName(a)));
    }
    syncAllBox();
}

void QueryForm::syncAllBox()
{
    bool all = true;
    for (QCheckBox *b : std::as_const(m_agencies))
        all = all && (b->isChecked() || !b->isEnabled());
    m_all->setChecked(all);
}

void QueryForm::checkPerson()
{
    const QString text = m_person->text();
    int digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    // Judge only once a whole number may be there, so typing is not interrupted.
    if (digits < 10) {
        m_personProblem->clear();
        return;
    }
    const auto p = Personnummer::parse(text);
    m_personProblem->setText(p ? QString() : Personnummer::errorText(p.error()));
    // A complete, valid number is shown at once as people write it, with the century.
    if (p && m_person->cursorPosition() == text.size() && text != p->display()) {
        m_person->setText(p->display());
        m_person->setCursorPosition(int(p->display().size()));
    }
}

std::optional<Query> QueryForm::query(const Query &base)
{
    const auto person = Personnummer::parse(m_person->text());
    if (!person) {
        m_personProblem->setText(Personnummer::errorText(person.error()));
        m_problem->setText(tr("Check the personal identity number."));
        m_person->setFocus();
        return std::nullopt;
    }
    m_person->setText(person->display());
    m_personProblem->clear();
    Query q = base;
    q.person = *person;
    q.period = { m_from->date(), m_to->date() };
    q.agencies = {};
    for (Agency a : AllAgencies) {
        if (agencyBox(a)->isChecked() && m_enabled.contains(a))
            q.agencies.insert(a);
    }
    q.purpose = m_purpose->currentText();
    q.legalBasis = m_legalBasis->currentText();
    q.caseId = m_caseId->text().trimmed();
    const QStringList refused = m_access.problems(q, m_currentCase->isChecked());
    if (!refused.isEmpty()) {
        m_problem->setText(refused.join(QLatin1Char('\n')));
        (q.caseId.isEmpty() ? static_cast<QWidget *>(m_caseId) : m_currentCase)->setFocus();
        return std::nullopt;
    }
    // The household's other members, checked as carefully as the applicant.
    auto member = [this](QLineEdit *field, const QString &text, const QString &who) -> std::optional<Personnummer> {
        const auto p = Personnummer::parse(text);
        if (!p) {
            m_householdToggle->setChecked(true);
            m_problem->setText(tr("%1: %2").arg(who, Personnummer::errorText(p.error())));
            field->setFocus();
            return std::nullopt;
        }
        return *p;
    };
    std::optional<Personnummer> coApplicant;
    if (!m_coApplicant->text().trimmed().isEmpty()) {
        if (!(coApplicant = member(m_coApplicant, m_coApplicant->text(), tr("Co-applicant"))))
            return std::nullopt;
        m_coApplicant->setText(coApplicant->display());
    }
    QList<Personnummer> children;
    QStringList shown;
    for (const QString &text : m_children->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (text.trimmed().isEmpty())
            continue;
        const auto child = member(m_children, text, tr("Child"));
        if (!child)
            return std::nullopt;
        children.append(*child);
        shown << child->display();
    }
    m_children->setText(shown.join(QStringLiteral(", ")));
    const auto members = householdOf(*person, coApplicant, children);
    if (!members) {
        m_householdToggle->setChecked(true);
        m_problem->setText(members.error());
        return std::nullopt;
    }
    m_members = *members;
    m_householdAsked = m_members.size() > 1;
    m_problem->clear();
    return q;
}

bool QueryForm::fill(const lookup::OpenRequest &request)
{
    m_person->setText(request.person.display());
    m_caseId->setText(request.caseId);
    clearHousehold();
    QStringList children;
    for (const Personnummer &c : request.children)
        children << c.display();
    m_coApplicant->setText(request.coApplicant ? request.coApplicant->display() : QString());
    m_children->setText(children.join(QStringLiteral(", ")));
    m_householdToggle->setChecked(request.coApplicant || !request.children.isEmpty());
    if (request.period)
        setPeriod(*request.period);
    m_currentCase->setChecked(false); // the caseworker confirms, as for any person
    m_problem->clear();
    if (!request.purpose.isEmpty()) {
        const int at = m_purpose->findText(request.purpose);
        if (at < 0) {
            m_problem->setText(tr("The case system asked for the purpose \"%1\", which is not offered here: "
                                  "choose the purpose.")
                                   .arg(request.purpose));
            return false;
        }
        m_purpose->setCurrentIndex(at);
    }
    return true;
}

void QueryForm::clearHousehold()
{
    m_coApplicant->clear();
    m_children->clear();
    m_householdAsked = false;
}

void QueryForm::showProblem(const QString &text)
{
    m_problem->setText(text);
}

void QueryForm::saveChoices(QSettings &settings) const
{
    settings.setValue(QStringLiteral("form/agencies"), [this] {
        AgencySet set;
        for (Agency a : AllAgencies) {
            if (agencyBox(a)->isChecked())
                set.insert(a);
        }
        return set.toString();
    }());
    settings.setValue(QStringLiteral("form/preset"), m_preset->currentIndex());
    settings.setValue(QStringLiteral("form/purpose"), m_purpose->currentText());
    settings.setValue(QStringLiteral("form/legalBasis"), m_legalBasis->currentText());
}

void QueryForm::restoreChoices(QSettings &settings)
{
    if (settings.contains(QStringLiteral("form/agencies"))) {
        const auto set = AgencySet::parse(settings.value(QStringLiteral("form/agencies")).toString());
        for (Agency a : AllAgencies)
            agencyBox(a)->setChecked(set && set->contains(a) && m_enabled.contains(a));
    }
    const int preset = settings.value(QStringLiteral("form/preset"), m_preset->currentIndex()).toInt();
    if (preset >= 0 && preset < m_preset->count() - 1) // never restore "Custom": its dates are gone
        m_preset->setCurrentIndex(preset);
    if (settings.contains(QStringLiteral("form/purpose")))
        m_purpose->setCurrentText(settings.value(QStringLiteral("form/purpose")).toString());
    // The last legal basis only while it is still offered (in force): never a repealed law's.
    if (const QString last = settings.value(QStringLiteral("form/legalBasis")).toString();
        m_legalBasis->findText(last) >= 0)
        m_legalBasis->setCurrentText(last);
}

void QueryForm::setPresets(const QStringList &purposes, const QStringList &legalBases)
{
    auto fill = [](QComboBox *box, const QStringList &items) {
        if (items.isEmpty())
            return;
        const QString current = box->currentText();
        box->clear();
        box->addItems(items);
        box->setCurrentText(items.contains(current) ? current : items.first());
        box->lineEdit()->setCursorPosition(0);
    };
    fill(m_purpose, purposes);
    fill(m_legalBasis, legalBases);
    if (legalBases.isEmpty())
        m_legalBasis->clear();
    m_legalBasisNote->setVisible(legalBases.isEmpty());
}

void QueryForm::setVersions(const QList<ProtocolVersion> &versions, const ProtocolVersion &current)
{
    m_versionBox->clear();
    for (const ProtocolVersion &v : versions)
        m_versionBox->addItem(v.label(), v.number);
    m_versionBox->setCurrentIndex(m_versionBox->findData(current.number));
    const bool choice = versions.size() > 1;
    m_versionBox->setVisible(choice);
    m_version->setVisible(!choice);
    m_version->setText(current.label());
}

void QueryForm::setRunning(bool running)
{
    m_run->setEnabled(!running);
}

} // namespace ssbtek::ui
