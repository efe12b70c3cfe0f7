#pragma once

#include <QFont>
#include <QString>

class QPalette;

namespace counterpoint::ui::Appearance {

// How the window looks, as Preferences sets it and every start restores it: the theme (follow
// the system, light or dark) and the reader's text size.
enum class Theme { System, Light, Dark };

Theme savedTheme();
void saveTheme(Theme theme);
QString themeKey(Theme theme); // "system", "light", "dark": what QSettings holds
// Applies a theme to the application. The system palette is remembered on the first call, so
// going back to "system" restores it.
void applyTheme(Theme theme);
// The application's own dark palette: what "dark" means whatever the desktop is.
QPalette darkPalette();

// The reader's text size in points; 0 when the user never chose one (the system font's size).
int savedTextSize();
void saveTextSize(int points);
// The font a reader pane shows its article in.
QFont readerFont();

// Applies what the settings say: at start, and after Preferences.
void applySaved();

} // namespace counterpoint::ui::Appearance
