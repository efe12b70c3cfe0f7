#include "BackupFlow.h"

#include "ui/dialogs/FileFolders.h"
#include "ui/shell/MainWindow.h"

#include "log/LogCategories.h"
#include "store/ProjectBackup.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

namespace counterpoint::ui {

BackupFlow::BackupFlow(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

QString BackupFlow::backupFolder()
{
    const QString chosen = QSettings().value(QStringLiteral("backups/folder")).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

int BackupFlow::backupsKept()
{
    return std::max(1, QSettings().value(QStringLiteral("backups/keep"), 7).toInt());
}

QString BackupFlow::localProjectPath() const
{
    const Project *project = m_window.project();
    if (!project || !QFileInfo(project->filePath()).isFile())
        return {};
    return QFileInfo(project->filePath()).absoluteFilePath();
}

void BackupFlow::chooseCopy()
{
    const QString source = localProjectPath();
    if (source.isEmpty())
        return;
    const QString proposed = QDir(FileFolders::startFolder(FileFolders::backups, source))
                                 .filePath(QFileInfo(source).completeBaseName() + tr(" copy") +
                                           u'.' + Project::fileSuffix());
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Save a Copy"), proposed,
                                                tr("Counterpoint projects (*.counterpoint)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::backups, path);
    if (QFileInfo(path).suffix().compare(Project::fileSuffix(), Qt::CaseInsensitive) != 0)
        path += u'.' + Project::fileSuffix();
    saveCopyTo(path);
}

bool BackupFlow::saveCopyTo(const QString &path)
{
    const QString source = localProjectPath();
    if (source.isEmpty())
        return false;
    if (QFileInfo(path).absoluteFilePath() == source) {
        m_window.showError(tr("Cannot save a copy"),
                           tr("“%1” is the open project itself: choose another file.").arg(path));
        return false;
    }
    if (Status copied = ProjectBackup::writeCopy(source, path); !copied) {
        m_window.showError(tr("Cannot save a copy"), copied.errorMessage());
        return false;
    }
    m_window.showStatus(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void BackupFlow::backUpOpenProject()
{
    const QString source = localProjectPath();
    if (source.isEmpty() || !QSettings().value(QStringLiteral("backups/daily"), true).toBool())
        return;
    const QString folder = backupFolder();
    const int keep = backupsKept();
    // A copy of a large project takes a moment: its own connection, on another thread.
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        const Result<QString> made = watcher->result();
        if (!made) {
            // Not in the way of work, but not silent either.
            qCWarning(lcUi) << "The daily backup failed:" << made.errorMessage();
            m_window.showStatus(tr("The daily backup failed: %1").arg(made.errorMessage()), 15000);
            emit backupFinished({});
            return;
        }
        emit backupFinished(*made);
    });
    watcher->setFuture(QtConcurrent::run(
        [source, folder, keep] { return ProjectBackup::backUpIfDue(source, folder, keep); }));
}

void BackupFlow::chooseBackupToRestore()
{
    const QString project = localProjectPath();
    if (project.isEmpty())
        return;
    const QStringList backups = ProjectBackup::backupsOf(project, backupFolder());
    if (backups.isEmpty()) {
        m_window.showError(tr("No backups"), tr("There is no backup of “%1” in “%2” yet.")
                                                 .arg(QFileInfo(project).fileName(),
                                                      QDir::toNativeSeparators(backupFolder())));
        return;
    }
    QStringList labels;
    for (const QString &backup : backups)
        labels.append(QLocale().toString(ProjectBackup::dateOf(backup), QLocale::LongFormat));
    bool chosen = false;
    const QString label = QInputDialog::getItem(
        &m_window, tr("Restore from Backup"),
        tr("Put this backup in the place of “%1”? The project as it is now is kept beside it.")
            .arg(QFileInfo(project).fileName()),
        labels, 0, false, &chosen);
    if (chosen)
        restoreFrom(backups.value(labels.indexOf(label)));
}

bool BackupFlow::restoreFrom(const QString &backupPath)
{
    const QString project = localProjectPath();
    if (project.isEmpty() || backupPath.isEmpty())
        return false;
    const QString kept = QFileInfo(project).dir().filePath(QFileInfo(project).completeBaseName() +
                                                           QStringLiteral(".before-restore.") +
                                                           Project::fileSuffix());
    // The project as it is now goes aside first, whole; only then does the backup take its place.
    if (Status aside = ProjectBackup::writeCopy(project, kept); !aside) {
        m_window.showError(tr("Cannot restore the backup"), aside.errorMessage());
        return false;
    }
    m_window.closeProject();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(project + suffix);
    if (Status restored = ProjectBackup::writeCopy(backupPath, project); !restored) {
        m_window.showError(tr("Cannot restore the backup"),
                           restored.errorMessage() + u' ' +
                               tr("The project as it was is in “%1”.").arg(kept));
        return false;
    }
    if (!m_window.openProject(project))
        return false;
    m_window.showStatus(tr("Restored the backup of %1; the project as it was is in “%2”.")
                            .arg(QLocale().toString(ProjectBackup::dateOf(backupPath)),
                                 QDir::toNativeSeparators(kept)),
                        15000);
    return true;
}

} // namespace counterpoint::ui
