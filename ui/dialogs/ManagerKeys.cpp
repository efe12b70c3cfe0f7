#include "ManagerKeys.h"

#include "edit/EditHistory.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace counterpoint::ui {

void addUndoKeys(QWidget &dialog, EditHistory &history)
{
    QAction *undo = history.stack()->createUndoAction(&dialog);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    QAction *redo = history.stack()->createRedoAction(&dialog);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    redo->setShortcutContext(Qt::WindowShortcut);
    dialog.addAction(undo);
    dialog.addAction(redo);
}

} // namespace counterpoint::ui
