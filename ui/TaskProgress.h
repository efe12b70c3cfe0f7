#pragma once

#include "export/Export.h"

class QProgressDialog;
class QWidget;

namespace counterpoint::ui {

// A modal progress dialog for an export or an import, shown once the task has taken a moment.
// Cancel stays pressed until the dialog is deleted: it never resets itself at 100%.
QProgressDialog *createTaskProgress(QWidget *parent, const QString &label,
                                    const QString &objectName);

// The callback the core calls now and then: moves the bar, lets the window repaint, and returns
// false once the user pressed Cancel, which makes the task stop.
ExportProgress progressCallback(QProgressDialog *dialog);

} // namespace counterpoint::ui
