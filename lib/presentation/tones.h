#pragma once
// The colours the windows and the report use, from one place. Each tone has a shade for a light
// window and one for a dark (or dark high-contrast) one, chosen by the application's palette when
// the colour is asked for; paper (the printed report, the PDF) always takes the light shades.

#include <QColor>
#include <QString>

namespace ssbtek::presentation {

enum class Tone {
    Problem, // an error, a failed lookup, a value that could not be read
    Success, // a complete answer, an intact audit chain
    Muted, // an explanation under a value, an agency not asked
    Simulator, // the test environment's banner: fictitious data
    Warning, // something to act on soon (a certificate near its end)
    Notice, // plain information in a panel
};
enum class Surface { Screen, Paper };

// Whether the application's window colour is dark (false without a GUI application: the CLI).
bool darkScreen();
// Text of this tone on the window's own background.
QColor toneText(Tone tone, Surface surface = Surface::Screen);
// A panel of this tone: its background, and the text colour to write on it.
QColor panelBackground(Tone tone, Surface surface = Surface::Screen);
QColor panelText(Tone tone, Surface surface = Surface::Screen);
// A style sheet for a QLabel panel of this tone.
QString panelStyle(Tone tone, int padding, Surface surface = Surface::Screen);
// `html` (already escaped) in this tone's text colour, bold unless said otherwise.
QString inTone(Tone tone, const QString &html, bool bold = true, Surface surface = Surface::Screen);

} // namespace ssbtek::presentation
