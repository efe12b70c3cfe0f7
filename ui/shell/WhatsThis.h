#pragma once

class QMenu;

namespace counterpoint::ui {

class MainWindow;

// What's This on the window's main panes (Shift+F1, or Help › What's This and a click), and the
// Help menu's entry for it.
void describeMainPanes(MainWindow &window, QMenu *help);

} // namespace counterpoint::ui
