#include "ArticleUpdateFlow.h"

#include "ui/dialogs/FileFolders.h"
#include "ui/dialogs/UpdateArticleDialog.h"
#include "ui/reader/ArticlePane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QFileDialog>
#include <QPointer>

namespace counterpoint::ui {

void ArticleUpdateFlow::chooseUpdateOfActivePane()
{
    ArticlePane *pane = m_window.paneArea()->activePane();
    if (!m_window.session() || !pane)
        return;
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Update “%1” from File").arg(pane->title()),
        FileFolders::startFolder(FileFolders::articles, m_window.project()->filePath()),
        tr("Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::articles, path);
    updateFromFile(pane->articleId(), path);
}

void ArticleUpdateFlow::updateFromFile(const QUuid &articleId, const QString &path)
{
    ProjectSession *session = m_window.session();
    if (!session)
        return;
    auto update = session->prepareArticleUpdate(articleId, path);
    if (!update) {
        m_window.showError(tr("Cannot update the article"), update.errorMessage());
        return;
    }
    auto *dialog =
        new UpdateArticleDialog(session->readModel().articleTitle(articleId), *update, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QDialog::accepted, &m_window,
        [this, dialog, target = QPointer<ProjectSession>(session)] {
            // The dialog is window-modal, but should the project have changed meanwhile the
            // update is not applied to another one.
            if (!target || target != m_window.session())
                return;
            // With the matches the user orphaned in the dialog; one undo step.
            const ArticleUpdate decided = dialog->decidedUpdate();
            if (Status done = target->applyArticleUpdate(decided); !done) {
                m_window.showError(tr("Cannot update the article"), done.errorMessage());
                return;
            }
            const ReanchorSummary &summary = decided.summary;
            m_window.showStatus(summary.orphaned == 0
                                    ? tr("Updated: every annotation found its passage.")
                                    : tr("Updated: %Ln annotation(s) lost their passage and wait "
                                         "to be re-attached.",
                                         nullptr, summary.orphaned),
                                8000);
        });
    dialog->open();
}

} // namespace counterpoint::ui
