#include "ProjectBackup.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace counterpoint {

namespace {

constexpr char backupSuffix[] = ".counterpoint";

// "sample-2026-12-01.counterpoint": the project's name and the day.
QString backupName(const QString &projectPath, QDate day)
{
    return QFileInfo(projectPath).completeBaseName() + u'-' + day.toString(Qt::ISODate) +
           QLatin1StringView(backupSuffix);
}

QString sqlString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

Status ProjectBackup::writeCopy(const QString &sourcePath, const QString &targetPath)
{
    if (!QFileInfo(sourcePath).isFile())
        return Error{Error::Code::NotFound,
                     tr("Cannot copy “%1”: there is no such project file.").arg(sourcePath)};
    const QString partial = targetPath + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString connection =
        QStringLiteral("counterpoint-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(sourcePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("VACUUM INTO ") + sqlString(partial)))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty()) {
        QFile::remove(partial);
        return Error{Error::Code::Io,
                     tr("Cannot copy “%1” to “%2”: %3").arg(sourcePath, targetPath, failure)};
    }
    // Into place only once whole: a reader of the target never sees half a copy.
    if (QFile::exists(targetPath) && !QFile::remove(targetPath)) {
        QFile::remove(partial);
        return Error{Error::Code::Io,
                     tr("Cannot replace “%1”: the file cannot be removed.").arg(targetPath)};
    }
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return Error{Error::Code::Io, tr("Cannot write “%1”.").arg(targetPath)};
    }
    return success();
}

QDate ProjectBackup::dateOf(const QString &backupPath)
{
    const QString base = QFileInfo(backupPath).completeBaseName();
    if (base.size() < 11 || base.at(base.size() - 11) != u'-')
        return {};
    return QDate::fromString(base.right(10), Qt::ISODate);
}

QStringList ProjectBackup::backupsOf(const QString &projectPath, const QString &folder)
{
    const QString prefix = QFileInfo(projectPath).completeBaseName() + u'-';
    QStringList result;
    const QFileInfoList files =
        QDir(folder).entryInfoList({prefix + u'*' + QLatin1StringView(backupSuffix)}, QDir::Files);
    for (const QFileInfo &file : files) {
        // "sample-2026-…" only, not "sample-notes-2026-…" of another project.
        if (file.completeBaseName().size() == prefix.size() + 10 &&
            dateOf(file.filePath()).isValid())
            result.append(file.filePath());
    }
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return dateOf(a) > dateOf(b); });
    return result;
}

Result<QString> ProjectBackup::backUpIfDue(const QString &projectPath, const QString &folder,
                                           int keep, QDate today)
{
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Io, tr("Cannot create the backup folder “%1”.").arg(folder)};
    const QString target = QDir(folder).filePath(backupName(projectPath, today));
    QString made;
    if (!QFileInfo::exists(target)) {
        if (Status copied = writeCopy(projectPath, target); !copied)
            return copied.error();
        qCDebug(lcStore) << "Backed up" << projectPath << "to" << target;
        made = target;
    }
    const QStringList all = backupsOf(projectPath, folder);
    for (const QString &old : all.mid(std::max(1, keep))) {
        if (!QFile::remove(old))
            qCWarning(lcStore) << "Cannot remove the old backup" << old;
    }
    return made;
}

} // namespace counterpoint
