#include "settingsdialog.h"
#include "certificatechooser.h"
#include "connectiontest.h"
#include "presentation/tones.h"
#include "shown.h"

#include "client/certificateinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

namespace {

using Kind = AppSettings::Key::Kind;
using Group = AppSettings::Key::Group;

QString describe(const CertificateInfo &c)
{
    if (c.isNull())
        return SettingsDialog::tr("(none)");
    QString text = SettingsDialog::tr("<b>Subject:</b> %1<br><b>Issuer:</b> %2<br><b>Serial:</b> %3<br><b>Valid:</b> "
                                      "%4 – %5 (%n day(s) left)",
        nullptr, int(c.daysLeft))
                       .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(), c.serial.toHtmlEscaped(),
                           c.notBefore.toLocalTime().date().toString(Qt::ISODate),
                           c.notAfter.toLocalTime().date().toString(Qt::ISODate));
    if (const auto w = c.warning(SettingsDialog::tr("certificate")))
        text += u"<br>"_s + inTone(Tone::Problem, u"⚠ "_s + w->toHtmlEscaped());
    return text;
}

bool isSwitchOn(const QString &text)
{
    return text == u"true" || text == u"1";
}

// The value a layer gives, as the file writes it (a list joined by commas).
QString layerText(const ConfigLayers::Value &v)
{
    return v.value.typeId() == QMetaType::QStringList ? v.value.toStringList().join(u',') : v.value.toString();
}

const QStringList TlsFileKeys { u"tls/pkcs12"_s, u"tls/pkcs12PassphraseFile"_s, u"tls/certificate"_s, u"tls/key"_s };

} // namespace

SettingsDialog::SettingsDialog(ConfigLayers layers, QWidget *parent, secrets::Keychain keychain)
    : QDialog(parent)
    , m_layers(std::move(layers))
    , m_keychain(std::move(keychain))
    , m_recheck(new QTimer(this))
{
    setWindowTitle(tr("SSBTEK settings"));
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(150);
    connect(m_recheck, &QTimer::timeout, this, &SettingsDialog::recheck);

    auto *layout = new QVBoxLayout(this);
    auto *files = new QLabel(tr("System-wide (set by IT): %1<br>Yours: %2")
                                 .arg(m_layers.systemFile().toHtmlEscaped(), m_layers.userFile().toHtmlEscaped()));
    files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    files->setWordWrap(true);
    layout->addWidget(files);
    auto *tabs = new QTabWidget;
    tabs->setAccessibleName(tr("Groups of settings"));
    for (const Group group : { Group::Connection, Group::Certificate, Group::Organisation, Group::Lookups, Group::Rules,
             Group::Store, Group::FollowUp })
        tabs->addTab(group == Group::Certificate ? certificatePage() : page(group), AppSettings::Key::groupText(group));

    auto *test = new QWidget;
    auto *testLayout = new QVBoxLayout(test);
    auto *run = new QPushButton(tr("&Test connection"));
    run->setAccessibleDescription(tr("Asks SSBTEK's test operation with these settings; nothing about a person is "
                                     "sent."));
    testLayout->addWidget(run, 0, Qt::AlignLeft);
    m_testTable = ConnectionTest::makeTable();
    testLayout->addWidget(m_testTable);
    tabs->addTab(test, tr("Test connection"));
    layout->addWidget(tabs, 1);

    m_problems = new QLabel;
    m_problems->setObjectName(u"settingsProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: %1;"_s.arg(toneText(Tone::Problem).name()));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_problems->setText(warnings(recheck()));
    resize(860, 620);
}

QWidget *SettingsDialog::page(Group group)
{
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const AppSettings::Key &spec : AppSettings::keys()) {
        if (spec.group == group)
            addRow(form, spec);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

void SettingsDialog::addRow(QFormLayout *form, const AppSettings::Key &spec)
{
    const QString &key = spec.key;
    const ConfigLayers::Value v = m_layers.value(key);
    const QString written = layerText(v);
    Field field;
    field.spec = &spec;
    field.locked = v.locked;
    QWidget *editor = nullptr;
    QPushButton *browse = nullptr;
    switch (spec.kind) {
    case Kind::YesNo: {
        auto *box = new QCheckBox(spec.labelText());
        box->setChecked(written.isEmpty() ? spec.defaultNumber != 0 : isSwitchOn(written.trimmed().toLower()));
        connect(box, &QCheckBox::toggled, this, [this, key] { touch(key); });
        editor = box;
        break;
    }
    case Kind::Number: {
        auto *spin = new QSpinBox;
        spin->setRange(spec.minimum, spec.maximum);
        if (!spec.unitText().isEmpty())
            spin->setSuffix(u" "_s + spec.unitText());
        spin->setSpecialValueText(spec.zeroWords()); // shown for the minimum, where 0 means something
        bool ok = false;
        const int n = written.trimmed().toInt(&ok);
        spin->setValue(ok ? n : spec.defaultNumber);
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { touch(key); });
        editor = spin;
        break;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox;
        for (const AppSettings::Key::Choice &c : spec.choices)
            combo->addItem(AppSettings::Key::choiceText(c), c.value);
        const int at = combo->findData(written.trimmed());
        if (at >= 0)
            combo->setCurrentIndex(at);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { touch(key); });
        editor = combo;
        break;
    }
    case Kind::Text:
    case Kind::Address:
    case Kind::File:
    case Kind::List: {
        auto *edit = new QLineEdit(written);
        edit->setPlaceholderText(spec.description());
        edit->setClearButtonEnabled(!v.locked);
        connect(edit, &QLineEdit::textChanged, this, [this, key] { touch(key); });
        if (spec.kind == Kind::File && !v.locked) {
            browse = new QPushButton(tr("Choose…"));
            browse->setAccessibleName(tr("Choose a file for %1").arg(spec.labelText()));
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
                if (!path.isEmpty())
                    edit->setText(path);
            });
        }
        editor = edit;
        break;
    }
    }
    editor->setObjectName(key);
    editor->setAccessibleName(spec.labelText());
    editor->setAccessibleDescription(spec.description());
    editor->setToolTip(spec.description());

    auto *row = new QHBoxLayout;
    row->addWidget(editor, spec.kind == Kind::Number || spec.kind == Kind::Choice ? 0 : 1);
    if (browse)
        row->addWidget(browse);
    if (spec.kind == Kind::Number || spec.kind == Kind::Choice)
        row->addStretch(1);
    auto *source = new QLabel;
    source->setObjectName(key + u"/source"_s);
    if (v.locked) {
        editor->setEnabled(false);
        const QString file = m_layers.lockedBy(key);
        source->setText(u"🔒 "_s + tr("locked by IT"));
        source->setToolTip(tr("Set by IT in %1; it cannot be changed here.").arg(file));
        editor->setToolTip(source->toolTip());
        editor->setAccessibleDescription(source->toolTip());
        source->setAccessibleName(tr("Locked by IT in %1").arg(file));
    } else {
        source->setText(ConfigLayers::sourceText(v.source));
        source->setStyleSheet(u"color: %1;"_s.arg(toneText(Tone::Muted).name()));
    }
    row->addWidget(source);

    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addLayout(row);
    field.problem = new QLabel;
    field.problem->setObjectName(key + u"/problem"_s);
    field.problem->setWordWrap(true);
    field.problem->setStyleSheet(u"color: %1;"_s.arg(toneText(Tone::Problem).name()));
    field.problem->hide();
    cell->addWidget(field.problem);

    field.editor = editor;
    if (spec.kind == Kind::YesNo) {
        form->addRow(QString(), cell); // the check box carries its label
    } else {
        auto *label = new QLabel(spec.labelText() + u':');
        label->setBuddy(editor);
        form->addRow(label, cell);
    }
    field.initial = text(field);
    // What the widget cannot show ("yes" for a switch, a number out of its limits) stays the
    // value until changed, so its problem is said; any value chosen then differs and is written.
    const bool shown = written.isEmpty() || spec.kind == Kind::Text || spec.kind == Kind::Address
        || spec.kind == Kind::File || spec.kind == Kind::List
        || (spec.kind == Kind::YesNo
                ? QStringList { u"true"_s, u"false"_s, u"1"_s, u"0"_s }.contains(written.trimmed().toLower())
                : field.initial == written.trimmed());
    if (!shown)
        field.initial = written;
    m_fields.insert(key, field);
}

QWidget *SettingsDialog::certificatePage()
{
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    m_role = new QLabel;
    m_role->setObjectName(u"certificateRole"_s);
    m_role->setWordWrap(true);
    layout->addWidget(m_role);
    auto *choose = new QPushButton(tr("Choose &certificate…"));
    choose->setAccessibleDescription(tr("A PKCS#12 file (.p12, .pfx) or a PEM certificate with its key; the "
                                        "passphrase is asked for at once."));
    const bool locked = std::any_of(
        TlsFileKeys.cbegin(), TlsFileKeys.cend(), [this](const QString &key) { return m_layers.isLocked(key); });
    choose->setEnabled(!locked);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseCertificate);
    layout->addWidget(choose, 0, Qt::AlignLeft);
    m_certificate = new QLabel;
    m_certificate->setObjectName(u"clientCertificate"_s);
    m_certificate->setAccessibleName(tr("Client certificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_certificate);

    auto *passphraseRow = new QFormLayout;
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("PKCS#12 passphrase"));
    m_passphrase->setAccessibleDescription(tr("Used now; never written to a file"));
    m_passphrase->setPlaceholderText(tr("used now; never written to a file"));
    connect(m_passphrase, &QLineEdit::textChanged, m_recheck, qOverload<>(&QTimer::start));
    auto *passphraseLabel = new QLabel(tr("PKCS#12 passphrase:"));
    passphraseLabel->setBuddy(m_passphrase);
    passphraseRow->addRow(passphraseLabel, m_passphrase);
    m_keepPassphrase = new QCheckBox(tr("&Keep it in this desktop's keychain (GNOME Keyring, KWallet)"));
    m_keepPassphrase->setToolTip(tr("Saved then; without a keychain it is asked for at each start."));
    m_keepPassphrase->setAccessibleDescription(m_keepPassphrase->toolTip());
    auto *forget = new QPushButton(tr("&Forget the kept passphrase"));
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetPassphrase);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepPassphrase);
    keepRow->addWidget(forget);
    keepRow->addStretch(1);
    passphraseRow->addRow(QString(), keepRow);
    layout->addLayout(passphraseRow);

    auto *files = new QGroupBox(tr("Files"));
    auto *form = new QFormLayout(files);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const AppSettings::Key &spec : AppSettings::keys()) {
        if (spec.group == Group::Certificate)
            addRow(form, spec);
    }
    layout->addWidget(files);

    auto *serverBox = new QGroupBox(tr("Server, last connection"));
    auto *serverLayout = new QVBoxLayout(serverBox);
    m_server = new QLabel(describe(CertificateInfo::of(lastServerCertificate())));
    m_server->setObjectName(u"serverCertificate"_s);
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serverLayout->addWidget(m_server);
    layout->addWidget(serverBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

QString SettingsDialog::text(const Field &field) const
{
    if (const auto *box = qobject_cast<const QCheckBox *>(field.editor))
        return box->isChecked() ? u"true"_s : u"false"_s;
    if (const auto *spin = qobject_cast<const QSpinBox *>(field.editor))
        return QString::number(spin->value());
    if (const auto *combo = qobject_cast<const QComboBox *>(field.editor))
        return combo->currentData().toString();
    if (const auto *edit = qobject_cast<const QLineEdit *>(field.editor))
        return edit->text().trimmed();
    return QString();
}

void SettingsDialog::touch(const QString &key)
{
    if (m_fields.contains(key))
        m_fields[key].touched = true;
    m_recheck->start();
}

QWidget *SettingsDialog::editor(const QString &key) const
{
    return m_fields.value(key).editor;
}

QLineEdit *SettingsDialog::field(const QString &key) const
{
    return qobject_cast<QLineEdit *>(editor(key));
}

QString SettingsDialog::value(const QString &key) const
{
    return m_fields.contains(key) ? text(m_fields.value(key)) : QString();
}

QString SettingsDialog::problemOf(const QString &key) const
{
    const QLabel *label = m_fields.value(key).problem;
    return label && !label->isHidden() ? label->text() : QString();
}

bool SettingsDialog::setValue(const QString &key, const QString &text)
{
    const Field f = m_fields.value(key);
    if (!f.editor || f.locked)
        return false;
    if (auto *box = qobject_cast<QCheckBox *>(f.editor)) {
        if (text != u"true" && text != u"false")
            return false;
        box->setChecked(text == u"true");
    } else if (auto *spin = qobject_cast<QSpinBox *>(f.editor)) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < spin->minimum() || n > spin->maximum())
            return false;
        spin->setValue(n);
    } else if (auto *combo = qobject_cast<QComboBox *>(f.editor)) {
        const int at = combo->findData(text);
        if (at < 0)
            return false;
        combo->setCurrentIndex(at);
    } else if (auto *edit = qobject_cast<QLineEdit *>(f.editor)) {
        edit->setText(text);
    }
    touch(key);
    return true;
}

QString SettingsDialog::warnings(const QList<AppSettings::Problem> &problems)
{
    QStringList lines;
    for (const AppSettings::Problem &p : problems) {
        if (p.warning)
            lines << tr("Warning: %1: %2").arg(AppSettings::labelOf(p.key), p.message);
    }
    return lines.join(u'\n');
}

QList<AppSettings::Problem> SettingsDialog::recheck()
{
    // The settings read and checked once (the check opens the certificate), for both.
    const AppSettings s = current();
    const QList<AppSettings::Problem> problems = s.check();
    showProblems(problems);
    showCertificate(s);
    return problems;
}

void SettingsDialog::showProblems(const QList<AppSettings::Problem> &problems)
{
    QMap<QString, QStringList> byKey;
    for (const AppSettings::Problem &p : problems)
        byKey[p.key].append(p.warning ? u"⚠ "_s + p.message : p.message);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QStringList messages = byKey.value(it.key());
        it->problem->setText(messages.join(u'\n'));
        it->problem->setVisible(!messages.isEmpty());
        it->editor->setAccessibleDescription(
            messages.isEmpty() ? it->spec->description() : messages.join(u' ')); // read out by screen readers
    }
}

AppSettings SettingsDialog::current() const
{
    // The layers as they are, with the values changed here (where not locked) over the user's.
    QVariantMap values;
    for (const AppSettings::Key &k : AppSettings::keys()) {
        const Field f = m_fields.value(k.key);
        const QString now = f.editor ? text(f) : QString();
        values.insert(k.key, f.editor && f.changed(now) ? QVariant(now) : m_layers.value(k.key).value);
    }
    AppSettings s = AppSettings::load(values);
    if (!m_passphrase->text().isEmpty())
        s.tls.pkcs12Passphrase = m_passphrase->text().toUtf8();
    return s;
}

bool SettingsDialog::save()
{
    const AppSettings s = current();
    const QList<AppSettings::Problem> problems = s.check();
    QStringList errors;
    for (const AppSettings::Problem &p : problems) {
        // The passphrase is asked for, not stored: a missing one is no reason to refuse (a
        // missing certificate is).
        if (!p.warning
            && !(p.key == u"tls/pkcs12" && s.tls.hasClientCertificate() && m_passphrase->text().isEmpty()
                && s.pkcs12PassphraseFile.isEmpty()))
            errors << AppSettings::labelOf(p.key) + u": "_s + p.message;
    }
    showProblems(problems);
    if (!errors.isEmpty()) {
        m_problems->setText(tr("Not saved:\n%1").arg(errors.join(u'\n')));
        return false;
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString now = text(*it);
        if (!it->changed(now))
            continue; // unchanged: what the system file says keeps applying
        if (now.isEmpty())
            m_layers.removeUserValue(it.key());
        else if (it->spec->kind == Kind::List)
            m_layers.setUserValue(it.key(), now.split(u',', Qt::SkipEmptyParts));
        else
            m_layers.setUserValue(it.key(), now);
        it->initial = now;
        it->touched = false;
    }
    m_layers.sync();
    QString kept;
    if (m_keepPassphrase->isChecked() && !s.tls.pkcs12Path.isEmpty() && !m_passphrase->text().isEmpty()) {
        const auto error
            = m_keychain.write(secrets::pkcs12PassphraseName(s.tls.pkcs12Path), m_passphrase->text().toUtf8());
        kept = error ? secrets::describe(*error) : tr("The passphrase is kept in the keychain.");
    }
    m_problems->setText((tr("Saved. Restart the program for a new endpoint or certificate to take effect.") + u'\n'
        + kept + u'\n' + warnings(problems))
                            .trimmed());
    return true;
}

Expected<CertificateInfo, QString> SettingsDialog::useCertificate(
    const QString &path, const QString &passphrase, const QString &keyPath)
{
    for (const QString &key : TlsFileKeys) {
        if (m_fields.value(key).locked)
            return unexpected(tr("IT has locked the certificate in %1.").arg(m_layers.lockedBy(key)));
    }
    const auto chosen = CertificateChooser::read(path, passphrase, keyPath);
    if (!chosen)
        return unexpected(chosen.error());
    take(*chosen);
    return chosen->info;
}

void SettingsDialog::take(const ChosenCertificate &chosen)
{
    // Whole: one kind of certificate, the other's fields emptied.
    setValue(u"tls/pkcs12"_s, chosen.tls.pkcs12Path);
    setValue(u"tls/pkcs12PassphraseFile"_s, QString());
    setValue(u"tls/certificate"_s, chosen.tls.certificatePath);
    setValue(u"tls/key"_s, chosen.tls.keyPath);
    m_passphrase->setText(QString::fromUtf8(chosen.tls.pkcs12Passphrase));
    recheck();
}

void SettingsDialog::chooseCertificate()
{
    const auto chosen = CertificateChooser::choose(this);
    if (!chosen) {
        m_problems->setText(chosen.error());
    } else if (const std::optional<ChosenCertificate> &certificate = *chosen) { // else cancelled
        take(*certificate);
        m_problems->setText(tr("Certificate chosen: %1, %n day(s) left.", nullptr, int(certificate->info.daysLeft))
                                .arg(certificate->info.subject));
    }
}

void SettingsDialog::forgetPassphrase()
{
    const QString path = current().tls.pkcs12Path;
    if (path.isEmpty()) {
        m_problems->setText(tr("No PKCS#12 certificate is configured."));
        return;
    }
    const auto error = m_keychain.remove(secrets::pkcs12PassphraseName(path));
    m_problems->setText(error ? secrets::describe(*error) : tr("No passphrase is kept for %1 now.").arg(path));
}

void SettingsDialog::showCertificate()
{
    showCertificate(current());
}

void SettingsDialog::showCertificate(const AppSettings &s)
{
    // Whose certificate it is first: through a gateway the caseworker's own, else the organisation's.
    m_role->setText(u"<i>%1</i>"_s.arg(s.clientCertificateRole().toHtmlEscaped()));
    if (!s.tls.hasClientCertificate()) {
        m_certificate->setText(tr("No client certificate is configured."));
        return;
    }
    const auto ssl = s.clientSettings().tls.toSslConfiguration();
    if (!ssl) {
        m_certificate->setText(inTone(Tone::Problem, ssl.error().message.toHtmlEscaped()));
        return;
    }
    m_certificate->setText(describe(CertificateInfo::of(ssl->localCertificate())));
}

void SettingsDialog::testConnection()
{
    const AppSettings s = current();
    if (s.usesSimulator()) {
        m_problems->setText(
            tr("No endpoint is configured: the built-in simulator would answer. Enter an endpoint to test."));
        return;
    }
    ConnectionTest::start(this, m_runner, s, m_testTable, m_problems, [this](const TestAnswer &answer) {
        m_server->setText(describe(CertificateInfo::of(answer.serverCertificate)));
        Q_EMIT tested(answer);
    });
}

} // namespace ssbtek::ui
