#pragma once
// Small widgets the windows share.

#include "presentation/tones.h"
#include "shown.h"

#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>

namespace ssbtek::ui {

enum class NoticeKind { Simulator, Problem, Warning, Notice };

// A full-width line of text above a window's content: the simulator banner, a problem that
// stops work, or a warning (a certificate about to expire, a review that is due). Hidden
// until there is something to say.
inline QLabel *makeNotice(const QString &objectName, NoticeKind kind)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    switch (kind) {
    case NoticeKind::Simulator:
        label->setStyleSheet(panelStyle(Tone::Simulator, 6) + QStringLiteral(" font-weight: bold;"));
        break;
    case NoticeKind::Problem:
        label->setStyleSheet(panelStyle(Tone::Problem, 6) + QStringLiteral(" font-weight: bold;"));
        break;
    case NoticeKind::Warning:
        label->setStyleSheet(panelStyle(Tone::Warning, 6));
        break;
    case NoticeKind::Notice:
        label->setStyleSheet(panelStyle(Tone::Notice, 8) + QStringLiteral(" font-size: 120%;"));
        break;
    }
    label->hide();
    return label;
}

// The line above an answer that says whose it is and how it went; selectable, so it can be
// copied into the case file.
inline QLabel *makeAnswerHeader(const QString &objectName, const QString &text = QString())
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setMinimumHeight(48);
    return label;
}

// A date field with a calendar, in ISO form.
inline QDateEdit *makeDateEdit(QDate date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// A warning for what came back from another thread (the store's, a worker's): window-modal and
// shown without a nested event loop, so nothing else waits on the caseworker's click.
inline void warnLater(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ssbtek::ui
