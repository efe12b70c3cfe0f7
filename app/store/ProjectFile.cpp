#include "ProjectFile.h"

#include "Project.h"
#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::Database)
};

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// A WAL file starts with a 32-byte header whose salts change whenever the log is started afresh
// (after a checkpoint has copied everything back into the file).
constexpr qint64 walHeaderSize = 32;

QByteArray walHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(walHeaderSize);
}

bool copyFile(const QString &from, const QString &to, QString *why)
{
    QFile::remove(to);
    QFile source(from);
    if (!source.copy(to)) {
        *why = source.errorString();
        return false;
    }
    return true;
}

} // namespace

ProjectFileState ProjectFileState::of(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    ProjectFileState state;
    state.exists = info.exists();
    state.isFile = info.isFile();
    state.size = state.isFile ? info.size() : 0;
    state.fileWritable = info.isWritable();
    state.folderExists = folder.isDir();
    state.folderWritable = folder.isWritable();
    const QFileInfo wal(walPath(path));
    state.walSize = wal.isFile() ? wal.size() : 0;
    return state;
}

Result<OpenPlan> planOpening(const QString &path, const ProjectFileState &state,
                             const OpenOptions &options)
{
    if (!state.exists) {
        if (!options.createIfMissing)
            return Error{Error::Code::NotFound,
                         Messages::tr("Cannot open %1: there is no such file.").arg(quoted(path))};
        const QString folder = QFileInfo(path).absolutePath();
        if (!state.folderExists)
            return Error{Error::Code::Io, Messages::tr("Cannot create %1: the folder %2 does not "
                                                       "exist.")
                                              .arg(quoted(path), quoted(folder))};
        if (!state.folderWritable)
            return Error{Error::Code::ReadOnly,
                         Messages::tr("Cannot create %1: the folder %2 is read-only.")
                             .arg(quoted(path), quoted(folder))};
        return OpenPlan{OpenPlan::Access::Create, {}};
    }
    if (!state.isFile)
        return Error{
            Error::Code::Invalid,
            Messages::tr("Cannot open %1: it is a folder, not a project file.").arg(quoted(path))};
    // SQLite would take an empty file for a new database and make a project of it; only a
    // command that creates a project may do that, and only where there is no file.
    if (state.size == 0)
        return Error{Error::Code::NotADatabase,
                     Messages::tr("Cannot open %1: it is not a Counterpoint project (empty file).")
                         .arg(quoted(path))};

    if (state.fileWritable && state.folderWritable) {
        if (options.readOnly)
            return OpenPlan{OpenPlan::Access::QueryOnly,
                            Messages::tr("%1 was opened read-only.").arg(quoted(path))};
        return OpenPlan{OpenPlan::Access::ReadWrite, {}};
    }
    // SQLite keeps its write-ahead log and its index (-shm) beside the file, so a read-only
    // folder means read-only as much as a read-only file does.
    const QString notice =
        state.fileWritable
            ? Messages::tr("%1 is in a read-only folder: you can read and export it, but not "
                           "change it.")
                  .arg(quoted(path))
            : Messages::tr("%1 is read-only: you can read and export it, but not change it.")
                  .arg(quoted(path));
    // Without a log the file is the whole project, read as it is. Only a writer with rights this
    // process lacks could change it meanwhile; that is not guarded against. With a log, the log
    // must be read: SQLite can only do that with a -shm beside the file, which it cannot create
    // here, so a copy is read instead.
    if (state.walSize == 0)
        return OpenPlan{OpenPlan::Access::Immutable, notice};
    return OpenPlan{OpenPlan::Access::Snapshot, notice};
}

Result<std::unique_ptr<ProjectSnapshot>> ProjectSnapshot::copy(const QString &path)
{
    std::unique_ptr<ProjectSnapshot> snapshot(new ProjectSnapshot);
    const auto refuse = [&path](const QString &why) {
        return Error{Error::Code::Io,
                     tr("Cannot open %1: changes kept in its log (%2) can only be read from a "
                        "copy, and the copy failed (%3).")
                         .arg(quoted(path), quoted(walPath(path)), why)};
    };
    if (!snapshot->m_folder.isValid())
        return refuse(snapshot->m_folder.errorString());
    snapshot->m_filePath = snapshot->m_folder.filePath(QFileInfo(path).fileName());

    // A writer with rights this process lacks may still be at work: the copy of file and log is
    // one state only if the log was not started afresh while the two were copied.
    constexpr int attempts = 3;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        const QByteArray before = walHeader(walPath(path));
        QString why;
        if (!copyFile(path, snapshot->m_filePath, &why) ||
            !copyFile(walPath(path), walPath(snapshot->m_filePath), &why))
            return refuse(why);
        if (walHeader(walPath(snapshot->m_filePath)) == before) {
            qCInfo(lcStore) << "reading" << path << "from a copy with its log, in"
                            << snapshot->m_folder.path();
            return snapshot;
        }
        qCDebug(lcStore) << "the log of" << path << "was restarted while it was copied; attempt"
                         << attempt << "of" << attempts;
    }
    return refuse(tr("another program kept changing it"));
}

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.device = quint64(status.st_dev);
        identity.inode = quint64(status.st_ino);
        identity.known = true;
    }
#else
    Q_UNUSED(path)
#endif
    return identity;
}

} // namespace counterpoint
