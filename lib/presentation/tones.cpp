#include "tones.h"

#include <QGuiApplication>
#include <QPalette>

namespace ssbtek::presentation {

namespace {

struct Shades
{
    QRgb text; // on the window's background
    QRgb background; // of a panel
    QRgb onBackground; // text on that panel
};

// Light: dark text, pale panels. Dark: light text, deep panels. Every pair reads at 4.5:1 or
// better (WCAG AA), which tst_mainwindow checks.
Shades shades(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Problem:
        return dark ? Shades { 0xff8a80, 0x5a1d16, 0xffdad4 } : Shades { 0xa40000, 0xfbe9e7, 0x7a1f12 };
    case Tone::Success:
        return dark ? Shades { 0x81c784, 0x1e3b22, 0xd7f0d9 } : Shades { 0x1b5e20, 0xe8f5e9, 0x2e3436 };
    case Tone::Muted:
        return dark ? Shades { 0xb0b0b0, 0x2e2e2e, 0xd0d0d0 } : Shades { 0x555555, 0xf0f0f0, 0x444444 };
    case Tone::Simulator:
        return dark ? Shades { 0xfff176, 0x6b5d00, 0xfff8c4 } : Shades { 0x6b5d00, 0xfce94f, 0x2e3436 };
    case Tone::Warning:
        return dark ? Shades { 0xffd54f, 0x5c4400, 0xffecb3 } : Shades { 0x7a5200, 0xfff3cd, 0x5c3c00 };
    case Tone::Notice:
        return dark ? Shades { 0xc8d3e0, 0x2b3440, 0xe3e8ee } : Shades { 0x2e3436, 0xeef2f7, 0x2e3436 };
    }
    return { 0, 0xffffff, 0 };
}

Shades shadesFor(Tone tone, Surface surface)
{
    return shades(tone, surface == Surface::Screen && darkScreen());
}

} // namespace

bool darkScreen()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor toneText(Tone tone, Surface surface)
{
    return QColor(shadesFor(tone, surface).text);
}

QColor panelBackground(Tone tone, Surface surface)
{
    return QColor(shadesFor(tone, surface).background);
}

QColor panelText(Tone tone, Surface surface)
{
    return QColor(shadesFor(tone, surface).onBackground);
}

QString panelStyle(Tone tone, int padding, Surface surface)
{
    const Shades s = shadesFor(tone, surface);
    return QStringLiteral("background: %1; color: %2; padding: %3px;")
        .arg(QColor(s.background).name(), QColor(s.onBackground).name())
        .arg(padding);
}

QString inTone(Tone tone, const QString &html, bool bold, Surface surface)
{
    const QString colour = toneText(tone, surface).name();
    return bold ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour, html)
                : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
}

} // namespace ssbtek::presentation
