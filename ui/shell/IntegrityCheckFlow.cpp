#include "IntegrityCheckFlow.h"

#include "ui/shell/MainWindow.h"

#include "log/LogCategories.h"
#include "store/Project.h"

#include <QApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent>

namespace counterpoint::ui {

IntegrityCheckFlow::IntegrityCheckFlow(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

void IntegrityCheckFlow::checkInBackground()
{
    start(Report::StatusBarIfDamaged);
}

void IntegrityCheckFlow::checkNow()
{
    start(Report::MessageBox);
}

void IntegrityCheckFlow::start(Report report)
{
    const Project *project = m_window.project();
    if (!project || project->isOnServer() || !QFileInfo(project->filePath()).isFile())
        return;
    const bool boxComing = m_running && m_report == Report::MessageBox;
    if (report == Report::MessageBox && !boxComing) {
        m_window.showStatus(tr("Checking %1…").arg(QFileInfo(project->filePath()).fileName()), 0);
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    if (m_running) {
        // The check already under way answers this request too.
        if (report == Report::MessageBox)
            m_report = Report::MessageBox;
        return;
    }
    m_running = true;
    m_report = report;
    const QString path = QFileInfo(project->filePath()).absoluteFilePath();
    // Every page is read: on its own read-only connection, on another thread, so that the
    // window goes on working (and writing) meanwhile.
    auto *watcher = new QFutureWatcher<Result<ProjectCheckReport>>(this);
    connect(watcher, &QFutureWatcher<Result<ProjectCheckReport>>::finished, this,
            [this, watcher, path] {
                watcher->deleteLater();
                m_running = false;
                if (m_report == Report::MessageBox)
                    QApplication::restoreOverrideCursor();
                finish(path, watcher->result(), m_report);
            });
    watcher->setFuture(QtConcurrent::run([path] { return ProjectCheck::run(path); }));
}

void IntegrityCheckFlow::finish(const QString &path, const Result<ProjectCheckReport> &result,
                                Report report)
{
    if (!result) {
        qCWarning(lcUi) << "The integrity check could not run:" << result.errorMessage();
        if (report == Report::MessageBox)
            m_window.showError(tr("Check Project"), result.errorMessage());
        emit checkFinished(path, false, result.errorMessage());
        return;
    }
    const QString summary = ProjectCheck::summary(path, *result);
    const bool boxComing = m_running && m_report == Report::MessageBox;
    if (report == Report::MessageBox && !boxComing) {
        m_window.showStatus(summary, 10000);
        QMessageBox box(result->isSound() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Check Project"), summary, QMessageBox::Ok, &m_window);
        if (!result->isSound())
            box.setDetailedText(result->problems.join(u'\n'));
        box.exec();
    } else if (!result->isSound()) {
        // Not in the way of work, but it stays until something else is said.
        m_window.showStatus(summary, 0);
    }
    emit checkFinished(path, result->isSound(), summary);
}

} // namespace counterpoint::ui
