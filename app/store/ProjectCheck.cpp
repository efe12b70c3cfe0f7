#include "ProjectCheck.h"

#include "log/LogCategories.h"
#include "store/OpenProjectFiles.h"
#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace counterpoint {

namespace {

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

// At most this many of SQLite's findings are kept; a badly damaged file has thousands.
constexpr int problemsKept = 100;

} // namespace

Result<ProjectCheckReport> ProjectCheck::run(const QString &path, Depth depth)
{
    if (!QFileInfo(path).isFile())
        return Error{Error::Code::NotFound,
                     tr("Cannot check %1: there is no such project file.").arg(quoted(path))};
    ProjectCheckReport report;
    // The header is read with QFile only when no connection of this process has the file open:
    // closing that descriptor would release the connection's locks (OpenProjectFiles). Where
    // one has, SQLite's check below meets a short file as missing pages all the same.
    if (!OpenProjectFiles::isOpen(path)) {
        const auto header = SqliteFileHeader::read(path);
        if (!header)
            return header.error();
        if (header->isTruncated()) {
            report.problems.append(QStringLiteral("the file holds %1 bytes; its header counts "
                                                  "%2 pages of %3 bytes")
                                       .arg(header->fileSize)
                                       .arg(header->pageCount)
                                       .arg(header->pageSize));
        }
    }

    const QString connection =
        QStringLiteral("counterpoint-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only and patient: the window or a command may be writing meanwhile; the check
        // reads one consistent state of the file and its log.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            const QString pragma = depth == Depth::Full ? QStringLiteral("integrity_check")
                                                        : QStringLiteral("quick_check");
            if (query.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(problemsKept))) {
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != u"ok")
                        report.problems.append(line);
                }
            } else {
                // A page so damaged that the check itself stops is a finding, not a failure.
                report.problems.append(query.lastError().databaseText());
            }
            QSqlQuery pages(db);
            if (pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next())
                report.pages = pages.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        return Error{Error::Code::Io, tr("Cannot check %1: %2").arg(quoted(path), failure)};
    if (!report.isSound())
        qCInfo(lcStore) << path << "failed its integrity check:" << report.problems;
    return report;
}

QString ProjectCheck::summary(const QString &path, const ProjectCheckReport &report)
{
    if (report.isSound())
        return tr("%1 is sound: all %n page(s) checked, no damage found.", nullptr,
                  int(report.pages))
            .arg(quoted(path));
    return tr("%1 is damaged (%n problem(s) found); open a backup copy of it instead, or "
              "File › Restore from Backup.",
              nullptr, int(report.problems.size()))
        .arg(quoted(path));
}

} // namespace counterpoint
