#pragma once

#include <QString>

class QWidget;

namespace counterpoint::ui {

// Installs the window's answer to a project file whose write lock another program holds (issue
// 18 item 19): the write waits, off the GUI thread, while a dialog says so and offers Cancel; it
// goes ahead as soon as the lock is free. Without it the window would freeze for the busy timeout
// and then refuse the edit.
void installLockWaitDialog();

// The dialog itself, for one wait: true when the file can be written now, false when the user
// cancelled. Runs an event loop of its own meanwhile, so the window keeps painting.
bool waitForWriteLock(const QString &fileUri, const QString &displayName, QWidget *parent);

} // namespace counterpoint::ui
