#include "SqlDialect.h"

#include "StoreCodec.h"

namespace counterpoint {

QString SqliteDialect::beginWrite() const
{
    // A deferred BEGIN that later writes fails with SQLITE_BUSY_SNAPSHOT when another
    // connection committed first; IMMEDIATE takes the write lock before anything is read.
    return QStringLiteral("BEGIN IMMEDIATE");
}
QString SqliteDialect::commit() const
{
    return QStringLiteral("COMMIT");
}
QString SqliteDialect::rollback() const
{
    return QStringLiteral("ROLLBACK");
}
QString SqliteDialect::savepoint(const QString &name) const
{
    return QStringLiteral("SAVEPOINT ") + name;
}
QString SqliteDialect::releaseSavepoint(const QString &name) const
{
    return QStringLiteral("RELEASE ") + name;
}
QString SqliteDialect::rollbackToSavepoint(const QString &name) const
{
    return QStringLiteral("ROLLBACK TO ") + name;
}

QString SqliteDialect::insertOrIgnore(const QString &table, const QStringList &columns) const
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(u", "), marks.join(u", "));
}

QString SqliteDialect::idHasPrefix(const QString &column) const
{
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString SqliteDialect::asUtf8Bytes(const QString &column) const
{
    // CAST(... AS BLOB) hands over the file's own encoding, which textEncodingQuery() checks.
    return QStringLiteral("CAST(%1 AS BLOB)").arg(column);
}

QVariant SqliteDialect::id(const QUuid &id) const
{
    return codec::idText(id);
}
QVariant SqliteDialect::optionalId(const QUuid &id) const
{
    return codec::optionalId(id);
}
QVariant SqliteDialect::time(const QDateTime &time) const
{
    return codec::timeText(time);
}
QVariant SqliteDialect::blob(const QByteArray &bytes) const
{
    return bytes;
}

QString SqliteDialect::textEncodingQuery() const
{
    return QStringLiteral("PRAGMA encoding");
}
bool SqliteDialect::isUtf8(const QString &encoding) const
{
    return encoding == u"UTF-8";
}

std::optional<QString> SqliteDialect::otherWritersCounterQuery() const
{
    // Changes when another connection commits; never for this connection's own commits.
    return QStringLiteral("PRAGMA data_version");
}

} // namespace counterpoint
