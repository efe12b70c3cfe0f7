#include "MergeFlow.h"

#include "ui/shell/MainWindow.h"

#include "analysis/ProjectMerge.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace counterpoint::ui {

void MergeFlow::chooseFile()
{
    if (!m_window.session())
        return;
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Merge Project"), QString(),
                                     tr("Counterpoint projects (*.%1)").arg(Project::fileSuffix()));
    if (!path.isEmpty())
        mergeFrom(path);
}

bool MergeFlow::mergeFrom(const QString &path)
{
    ProjectSession *session = m_window.session();
    if (!session)
        return false;
    if (QFileInfo(path).canonicalFilePath() ==
        QFileInfo(session->project().filePath()).canonicalFilePath()) {
        m_window.showError(tr("Cannot merge the project"),
                           tr("“%1” is the open project.").arg(QFileInfo(path).fileName()));
        return false;
    }
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto other = Project::open(path, readOnly);
    if (!other) {
        m_window.showError(tr("Cannot merge the project"), other.errorMessage());
        return false;
    }
    auto report = analysis::mergeProject(session->project(), **other);
    if (!report) {
        m_window.showError(tr("Cannot merge the project"), report.errorMessage());
        return false;
    }
    QString details = analysis::mergeReportText(*report);
    if (!report->changedNothing() && session->history().stack()->count() > 0) {
        // A step recorded before could put back a state the merge replaced.
        session->history().clear();
        details += tr("Edits made before the merge can no longer be undone.") + u'\n';
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Project merged"),
                                tr("Merged “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                                &m_window);
    box->setInformativeText(details);
    box->setObjectName(QStringLiteral("mergeReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_window.showStatus(tr("Merged “%1”.").arg(QFileInfo(path).fileName()), 10000);
    return true;
}

} // namespace counterpoint::ui
