// Accessibility, as a screen reader and a keyboard user meet the program: every control in the
// main window (with an answer on screen), the settings and the review has a name through
// QAccessible; the whole query can be made from the keyboard, in the order the form reads.

#include "runtime/simulatedsettings.h"
#include "simulator/embeddedsimulator.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/queryform.h"
#include "ui/resultview.h"
#include "ui/reviewwindow.h"
#include "ui/settingsdialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

// The controls a person acts on: these must say what they are.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::PushButton:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Every visible control under `root` without an accessible name, as "Class objectName".
QStringList unnamed(QWidget *root)
{
    QStringList found;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *a, int depth) {
        if (!a || depth > 40 || a->state().invisible)
            return;
        const QAccessible::Role role = a->role();
        if (isControl(role) && a->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *o = a->object();
            QStringList path; // where it is: the classes of its parents
            for (QObject *p = o; p && path.size() < 4; p = p->parent())
                path << QString::fromLatin1(p->metaObject()->className())
                        + (p->objectName().isEmpty() ? QString() : u":"_s + p->objectName());
            found << u"%1 (role %2)"_s.arg(path.join(u" < "_s)).arg(int(role));
        }
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
            return; // cells are data, not controls
        for (int i = 0; i < a->childCount(); ++i)
            walk(a->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControlOfTheMainWindowHasAName();
    void everyControlOfTheSettingsHasAName();
    void everyControlOfTheReviewHasAName();
    void theWholeQueryIsMadeFromTheKeyboard();

private:
    sim::EmbeddedSimulator m_sim;
    AppSettings m_settings;
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    test::fixClock();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ssbtek-accessibility-tests"_s);
    QSettings().clear();
    const auto started = m_sim.start();
    QVERIFY2(started, qPrintable(started.errorOr()));
    m_settings = runtime::simulatorSettings(m_sim.url(), u"tester"_s);
    m_settings.store.sqlitePath = m_dir.filePath(u"store.sqlite"_s);
}

void TestAccessibility::everyControlOfTheMainWindowHasAName()
{
    ui::MainWindow w(m_settings, true);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &ui::MainWindow::answerShown);
    QTest::keyClicks(w.form()->personField(), u"198504129829"_s);
    w.form()->caseIdField()->setText(u"SOC-2026-0417"_s);
    w.form()->currentCaseBox()->setChecked(true);
    QTest::keyClick(w.form()->personField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    w.form()->householdToggle()->click(); // the household fields too
    QTabWidget *tabs = w.result()->tabs();
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) { // each agency's tab as the caseworker opens it
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        problems << unnamed(&w);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(u"Controls without a name:\n"_s + problems.join(u'\n')));
}

void TestAccessibility::everyControlOfTheSettingsHasAName()
{
    ui::SettingsDialog dialog(ConfigLayers(m_dir.filePath(u"system.conf"_s), m_dir.filePath(u"user.conf"_s)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        problems << unnamed(&dialog);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(u"Controls without a name:\n"_s + problems.join(u'\n')));
}

void TestAccessibility::everyControlOfTheReviewHasAName()
{
    ui::MainWindow w(m_settings, true);
    ui::ReviewWindow *review = w.review();
    QVERIFY(review);
    review->show();
    QVERIFY(QTest::qWaitForWindowExposed(review));
    QTRY_VERIFY(!review->isLoading());
    const QStringList problems = unnamed(review);
    QVERIFY2(problems.isEmpty(), qPrintable(u"Controls without a name:\n"_s + problems.join(u'\n')));
    review->close();
}

void TestAccessibility::theWholeQueryIsMadeFromTheKeyboard()
{
    ui::MainWindow w(m_settings, true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    ui::QueryForm *form = w.form();
    QTRY_VERIFY(form->personField()->hasFocus()); // the cursor starts where the caseworker types
    QTest::keyClicks(form->personField(), u"19850412-9829"_s);
    // Tab goes through the form in its reading order: the fields a query needs, in this order.
    const QList<QWidget *> expected { form->personField(), form->presetBox(), form->legalBasisBox(),
        form->caseIdField(), form->currentCaseBox(), form->runButton() };
    QList<QWidget *> visited { QApplication::focusWidget() };
    for (int i = 0; i < 40 && QApplication::focusWidget() != form->runButton(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    qsizetype at = -1;
    for (QWidget *want : expected) {
        const qsizetype next = visited.indexOf(want, at + 1);
        QVERIFY2(next > at,
            qPrintable(u"%1 is not reached by Tab after the fields before it"_s.arg(
                QString::fromLatin1(want->metaObject()->className()))));
        at = next;
    }
    // Typed and confirmed from the keyboard alone, and asked with Return.
    QSignalSpy shown(&w, &ui::MainWindow::answerShown);
    form->caseIdField()->setFocus();
    QTest::keyClicks(form->caseIdField(), u"SOC-2026-0417"_s);
    QTest::keyClick(form->caseIdField(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->currentCaseBox());
    QTest::keyClick(form->currentCaseBox(), Qt::Key_Space);
    QVERIFY(form->currentCaseBox()->isChecked());
    QTest::keyClick(form->currentCaseBox(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // past the version, if shown
    form->personField()->setFocus();
    QTest::keyClick(form->personField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
