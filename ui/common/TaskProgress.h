#pragma once

#include "exchange/common/Export.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <type_traits>

class QWidget;

namespace counterpoint::ui {

// A modal progress dialog for an export or an import, shown once the task has taken a moment.
// Cancel stays pressed until the dialog is deleted: it never resets itself at 100%.
QProgressDialog *createTaskProgress(QWidget *parent, const QString &label,
                                    const QString &objectName);

// The callback the core calls now and then: moves the bar, lets the window repaint, and returns
// false once the user pressed Cancel, which makes the task stop.
ExportProgress progressCallback(QProgressDialog *dialog);

// Runs work, which must not touch widgets or the project, on a worker thread while the dialog
// shows it busy and the window keeps repainting; its result, or nothing once the user pressed
// Cancel. The dialog shows at once: it is window-modal, so while the events run nothing can
// close the window or start another task under the work. A cancelled work runs to its end
// unseen and its result is dropped, so it must own what it uses (capture by value).
template<class Work>
std::optional<std::invoke_result_t<Work>> runBusy(QProgressDialog *dialog, Work work)
{
    using Outcome = std::invoke_result_t<Work>;
    dialog->setRange(0, 0);
    dialog->show();
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished() && !dialog->wasCanceled())
        loop.exec();
    if (!watcher.isFinished() || dialog->wasCanceled())
        return std::nullopt;
    return watcher.result();
}

} // namespace counterpoint::ui
