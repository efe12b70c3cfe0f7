#pragma once

class QWidget;

namespace counterpoint {
class EditHistory;
}

namespace counterpoint::ui {

// Edit › Undo and Redo with their keys inside a manager dialog too (a window of its own, out of
// the main window's shortcuts' reach): the analyst takes back a rename or merge where they made
// it.
void addUndoKeys(QWidget &dialog, EditHistory &history);

} // namespace counterpoint::ui
