#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace counterpoint {

// Copies of a local project file: File › Save a Copy, and the automatic daily backups kept in a
// folder of their own (the last few, one a day). A copy is made through SQLite's VACUUM INTO
// on a read-only connection of its own, so it is consistent even while the window writes, and
// is written beside its target first and renamed into place: a failed copy leaves nothing.
class ProjectBackup final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackup)

public:
    // A consistent copy of the project file at sourcePath; target is replaced if it exists.
    static Status writeCopy(const QString &sourcePath, const QString &targetPath);

    // The backup folder's copies of this project, newest first.
    static QStringList backupsOf(const QString &projectPath, const QString &folder);
    // Today's backup of the project in folder unless there is one already; then only the
    // newest `keep` of its backups stay. Returns the new backup's path, or empty when none was
    // due.
    static Result<QString> backUpIfDue(const QString &projectPath, const QString &folder, int keep,
                                       QDate today = QDate::currentDate());
    // The day a backup's file name says it was made; invalid for another file.
    static QDate dateOf(const QString &backupPath);
};

} // namespace counterpoint
