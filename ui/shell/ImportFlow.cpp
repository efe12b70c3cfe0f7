#include "ImportFlow.h"

#include "ui/common/TaskProgress.h"
#include "ui/dialogs/FileFolders.h"
#include "ui/shell/MainWindow.h"

#include "exchange/common/AnnotationImport.h"
#include "log/LogCategories.h"
#include "session/ProjectSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace counterpoint::ui {

QString ImportFlow::projectPath() const
{
    return m_window.project() ? m_window.project()->filePath() : QString();
}

void ImportFlow::chooseArticles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        &m_window, tr("Import Articles"),
        FileFolders::startFolder(FileFolders::articles, projectPath()),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (paths.isEmpty())
        return;
    FileFolders::remember(FileFolders::articles, paths.first());
    importArticles(paths);
}

void ImportFlow::importArticles(const QStringList &paths)
{
    ProjectSession *session = m_window.session();
    if (!session) {
        m_window.showError(tr("No project is open"),
                           tr("Open or create a project first, then import “%1” into it.")
                               .arg(QFileInfo(paths.value(0)).fileName()));
        return;
    }
    const ArticleImportSummary summary = session->importArticles(paths);
    if (!summary.lastArticle.isNull())
        m_window.openArticle(summary.lastArticle);
    m_window.showStatus(tr("Imported %Ln article(s).", nullptr, summary.added), 5000);
    if (!summary.problems.isEmpty())
        m_window.showError(tr("Some files were not imported"), summary.problems.join(u'\n'));
}

void ImportFlow::chooseAnnotationFile()
{
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import Annotations"),
        FileFolders::startFolder(FileFolders::annotationFiles, projectPath()),
        tr("Web annotations and REFI-QDA projects (*.jsonld *.json *.qdpx);;All files (*)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::annotationFiles, path);
    importAnnotationsFrom(path);
}

bool ImportFlow::importAnnotationsFrom(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!m_window.session()) {
        m_window.showError(
            tr("No project is open"),
            tr("Open or create a project first, then import “%1” into it.").arg(fileName));
        return false;
    }
    const std::unique_ptr<QProgressDialog> progress(createTaskProgress(
        &m_window, tr("Reading “%1”…").arg(fileName), QStringLiteral("importProgress")));
    const auto cancelled = [this] {
        m_window.showStatus(tr("Import cancelled: the project is unchanged."), 10000);
        return false;
    };
    // Parsing a large file takes seconds and needs no project: off this thread, so the window
    // keeps painting and Cancel answers at once. A small one is read here, at once, without a
    // dialog flashing up.
    constexpr qint64 readHereBelow = 4 << 20;
    const ProjectSession *target = m_window.session();
    const auto read = QFileInfo(path).size() < readHereBelow
                          ? std::optional(AnnotationFile::read(path))
                          : runBusy(progress.get(), [path] { return AnnotationFile::read(path); });
    // The dialog is window-modal from the start, so nothing should have closed or replaced the
    // project meanwhile; should it have, the file is not imported into another one.
    if (!read || m_window.session() != target) {
        if (read)
            qCWarning(lcUi) << "The project changed while" << fileName
                            << "was read; not importing it";
        return cancelled();
    }
    if (!*read) {
        progress->close();
        m_window.showError(tr("Cannot import annotations"), read->errorMessage());
        return false;
    }
    progress->setLabelText(tr("Importing annotations from “%1”…").arg(fileName));
    // One bulk write: the views hear one reset() and reload once, rather than a signal per
    // annotation that would have them redo their work thousands of times.
    auto imported = m_window.session()->importAnnotations(**read, progressCallback(progress.get()));
    progress->close();
    if (!imported) {
        if (imported.error().code == Error::Code::Cancelled)
            return cancelled();
        m_window.showError(tr("Cannot import annotations"), imported.errorMessage());
        return false;
    }

    const AnnotationImportReport &report = imported->report;
    QStringList lines;
    lines.append(tr("Added: %Ln annotation(s)", nullptr, report.added));
    lines.append(tr("Updated: %Ln annotation(s)", nullptr, report.updated));
    lines.append(tr("Unchanged: %Ln annotation(s)", nullptr, report.unchanged));
    if (report.relationsAdded > 0)
        lines.append(tr("Links added: %1").arg(report.relationsAdded));
    if (report.articlesAdded > 0)
        lines.append(tr("Articles added: %1").arg(report.articlesAdded));
    if (!report.skipped.isEmpty())
        lines.append(tr("Skipped: %Ln item(s), listed under Show Details", nullptr,
                        int(report.skipped.size())));
    if (imported->historyEnded)
        lines.append(tr("Edits made before the import can no longer be undone."));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Annotations imported"),
                                tr("Imported “%1”.").arg(fileName), QMessageBox::Ok, &m_window);
    box->setInformativeText(lines.join(u'\n'));
    if (!report.skipped.isEmpty())
        box->setDetailedText(report.skipped.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importReport"));
    box->open();
    m_window.showStatus(
        tr("Imported %Ln annotation(s) from “%1”.", nullptr, report.added + report.updated)
            .arg(fileName),
        10000);
    return true;
}

} // namespace counterpoint::ui
