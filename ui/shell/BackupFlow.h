#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace counterpoint::ui {

class MainWindow;

// File › Save a Copy, the automatic daily backup of a local project (the last few kept in the
// app's data folder) and File › Restore from Backup, for the window.
class BackupFlow final : public QObject
{
    Q_OBJECT

public:
    explicit BackupFlow(MainWindow &window);

    // Where the daily backups go (settings "backups/folder", else the app's data folder) and
    // how many of a project's are kept ("backups/keep", 7).
    static QString backupFolder();
    static int backupsKept();

    void chooseCopy();                    // asks where
    bool saveCopyTo(const QString &path); // false with a message
    // Today's backup of the open local project, made off the GUI thread unless there is one.
    void backUpOpenProject();
    void chooseBackupToRestore(); // lists the project's backups
    // Puts the backup in the project's place and reopens it; the file it replaces is kept
    // beside it as NAME.before-restore.counterpoint.
    bool restoreFrom(const QString &backupPath);

signals:
    void backupFinished(const QString &path); // empty: none was due

private:
    QString localProjectPath() const; // empty for none or a server project

    MainWindow &m_window;
};

} // namespace counterpoint::ui
