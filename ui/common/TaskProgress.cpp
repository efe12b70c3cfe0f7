#include "TaskProgress.h"

#include <QProgressDialog>

#include <algorithm>
#include <limits>

namespace counterpoint::ui {

QProgressDialog *createTaskProgress(QWidget *parent, const QString &label,
                                    const QString &objectName)
{
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    // Reset at the maximum would forget a cancel pressed at the last moment.
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setMinimumDuration(400);
    return dialog;
}

ExportProgress progressCallback(QProgressDialog *dialog)
{
    return [dialog](qint64 done, qint64 total) {
        constexpr qint64 most = std::numeric_limits<int>::max();
        dialog->setMaximum(int(std::clamp<qint64>(total, 1, most)));
        dialog->setValue(int(std::clamp<qint64>(done, 0, std::min(total, most))));
        return !dialog->wasCanceled();
    };
}

} // namespace counterpoint::ui
