#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace counterpoint {

struct OpenOptions;

// What the file system lets this process do with a project file and its write-ahead log, looked
// at before SQLite touches anything. Kept apart from the opening so that every case can be
// decided (and tested) without the permissions, mounts or user ids that produce it.
struct ProjectFileState
{
    bool exists = false;
    bool isFile = false;
    qint64 size = 0;
    bool fileWritable = false;
    bool folderExists = false;
    bool folderWritable = false;
    qint64 walSize = 0; // the -wal beside it; 0 when there is none

    static ProjectFileState of(const QString &path);
};

// How a project file is to be opened.
struct OpenPlan
{
    enum class Access {
        // No file yet: SQLite creates it.
        Create,
        // The normal case.
        ReadWrite,
        // Could be written, but the caller asked not to (an export): a read-write connection that
        // refuses writes, so that SQLite removes its -wal and -shm again when it closes.
        QueryOnly,
        // Cannot be written and no log holds changes: the file alone is the whole project, read
        // with immutable=1 so that SQLite creates nothing beside it.
        Immutable,
        // Cannot be written, and the log holds changes that SQLite cannot read in place (it would
        // need a -shm beside it): the file and its log are copied to a private folder and the
        // copy is read. immutable=1 would silently answer from the state before the log.
        Snapshot,
    };
    Access access = Access::ReadWrite;
    QString readOnlyNotice; // empty when the project can be changed

    bool isReadOnly() const { return access != Access::Create && access != Access::ReadWrite; }
};

// Decides how to open path from its state, or says why it cannot be opened at all.
Result<OpenPlan> planOpening(const QString &path, const ProjectFileState &state,
                             const OpenOptions &options);

// A private copy of a project file and its -wal, for reading a project whose log cannot be read
// in place. The copy is deleted with this object.
class ProjectSnapshot final
{
    Q_DISABLE_COPY_MOVE(ProjectSnapshot)
    Q_DECLARE_TR_FUNCTIONS(ProjectSnapshot)

public:
    static Result<std::unique_ptr<ProjectSnapshot>> copy(const QString &path);
    QString filePath() const { return m_filePath; }

private:
    ProjectSnapshot() = default;
    QTemporaryDir m_folder;
    QString m_filePath;
};

// Where a project file is on its disk, to notice when the file at its path is no longer the one
// that was opened (moved, removed, replaced, or its disk unmounted) before a write is called saved.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool known = false;

    static FileIdentity of(const QString &path);
    bool operator==(const FileIdentity &other) const = default;
};

} // namespace counterpoint
