#include "ExportFlow.h"

#include "ui/dialogs/ExportDialog.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/shell/MainWindow.h"

#include "session/ProjectSession.h"

#include <QFileInfo>

namespace counterpoint::ui {

ExportDialog *ExportFlow::showDialog()
{
    ProjectSession *session = m_window.session();
    if (!session)
        return nullptr;
    AnnotationListPanel *list = m_window.annotationList();
    auto *dialog = new ExportDialog(session->project(), *list->model(),
                                    list->filter()->visibleIds(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &ExportDialog::exported, &m_window,
        [this](const QString &path, const ExportOutcome &outcome) {
            m_window.showStatus(
                tr("Exported %Ln annotation(s), %1 and %2 to “%3”.", nullptr, outcome.annotations)
                    .arg(tr("%Ln link(s)", nullptr, outcome.relations),
                         tr("%Ln article(s)", nullptr, outcome.articles),
                         QFileInfo(path).fileName()),
                10000);
            // What the file lacks that its readers expect (a ClaimReview without a URL): the
            // file is written, and the analyst hears what to add.
            if (!outcome.warnings.isEmpty())
                m_window.showError(tr("Exported, with gaps"),
                                   tr("“%1” is written, but:").arg(QFileInfo(path).fileName()) +
                                       u'\n' + outcome.warnings.join(u'\n'));
        });
    QObject::connect(dialog, &ExportDialog::exportFailed, &m_window,
                     [this](const QString &, const QString &message) {
                         m_window.showError(tr("Cannot export the annotations"), message);
                     });
    QObject::connect(
        dialog, &ExportDialog::exportCancelled, &m_window, [this](const QString &path) {
            m_window.showStatus(
                tr("Export cancelled: “%1” was not written.").arg(QFileInfo(path).fileName()),
                10000);
        });
    dialog->open();
    return dialog;
}

} // namespace counterpoint::ui
