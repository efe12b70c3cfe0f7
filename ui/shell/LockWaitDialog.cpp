#include "LockWaitDialog.h"

#include "log/LogCategories.h"
#include "store/LockWait.h"

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace counterpoint::ui {

bool waitForWriteLock(const QString &fileUri, const QString &displayName, QWidget *parent)
{
    qCInfo(lcUi) << "waiting for the write lock of" << fileUri;
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("lockWait"));
    dialog.setWindowTitle(QObject::tr("Waiting for Another Program"));
    dialog.setLabelText(QObject::tr("Another program is writing to %1. Your change is saved as "
                                    "soon as it has finished.")
                            .arg(displayName));
    dialog.setCancelButtonText(QObject::tr("&Cancel"));
    dialog.setRange(0, 0); // waiting, for as long as it takes
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);

    // The flag outlives a cancelled wait: the thread looks at it until it has stopped.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto writable = std::make_shared<std::atomic_bool>(false);
    QEventLoop loop;
    QThread *watcher = QThread::create([fileUri, cancel, writable] {
        writable->store(lockwait::waitUntilWritable(fileUri, *cancel));
    });
    QObject::connect(watcher, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [cancel, &loop] {
        cancel->store(true);
        loop.quit();
    });
    dialog.show();
    watcher->start();
    loop.exec();
    cancel->store(true);
    watcher->wait(); // a try lasts a tenth of a second at most
    delete watcher;
    const bool free = writable->load();
    qCInfo(lcUi) << (free ? "the write lock is free again" : "waiting for the lock was cancelled");
    return free;
}

void installLockWaitDialog()
{
    lockwait::install([](const QString &fileUri, const QString &displayName) {
        QWidget *parent = QApplication::activeWindow();
        return waitForWriteLock(fileUri, displayName, parent);
    });
}

} // namespace counterpoint::ui
