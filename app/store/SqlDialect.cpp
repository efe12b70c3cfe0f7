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

namespace counterpoint {

QString PostgresDialect::beginWrite() const
{
    // READ COMMITTED with the write lock (lockForWrite()) held: no other writer commits while
    // this one runs, so each statement reads what the one before it left.
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}
QString PostgresDialect::commit() const
{
    return QStringLiteral("COMMIT");
}
QString PostgresDialect::rollback() const
{
    return QStringLiteral("ROLLBACK");
}
QString PostgresDialect::savepoint(const QString &name) const
{
    return QStringLiteral("SAVEPOINT ") + name;
}
QString PostgresDialect::releaseSavepoint(const QString &name) const
{
    return QStringLiteral("RELEASE SAVEPOINT ") + name;
}
QString PostgresDialect::rollbackToSavepoint(const QString &name) const
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT ") + name;
}
std::optional<QString> PostgresDialect::lockForWrite() const
{
    return QStringLiteral("SELECT 1 FROM pg_advisory_xact_lock(%1)").arg(writeLockKey);
}
bool PostgresDialect::canPrepare(const QString &sql) const
{
    // Qt's QPSQL driver prepares with SQL's PREPARE, which takes these statements only.
    static const QStringList preparable{QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                        QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                        QStringLiteral("WITH"),   QStringLiteral("VALUES")};
    const QString first = sql.trimmed().section(u' ', 0, 0).toUpper();
    return preparable.contains(first);
}

QString PostgresDialect::insertOrIgnore(const QString &table, const QStringList &columns) const
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
        .arg(table, columns.join(u", "), marks.join(u", "));
}

QString PostgresDialect::idHasPrefix(const QString &column) const
{
    // standard_conforming_strings is on (the default since 9.1): '\' is one backslash.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString PostgresDialect::asUtf8Bytes(const QString &column) const
{
    return QStringLiteral("convert_to(%1, 'UTF8')").arg(column);
}

QVariant PostgresDialect::id(const QUuid &id) const
{
    return codec::idText(id);
}
QVariant PostgresDialect::optionalId(const QUuid &id) const
{
    return codec::optionalId(id);
}
QVariant PostgresDialect::time(const QDateTime &time) const
{
    // Times are TEXT columns on both back ends, so that they read back byte for byte.
    return codec::timeText(time);
}
QVariant PostgresDialect::blob(const QByteArray &bytes) const
{
    return bytes;
}

QString PostgresDialect::textEncodingQuery() const
{
    return QStringLiteral("SELECT current_setting('server_encoding')");
}
bool PostgresDialect::isUtf8(const QString &encoding) const
{
    return encoding == u"UTF8";
}

std::optional<QString> PostgresDialect::otherWritersCounterQuery() const
{
    // No cheap counter of other sessions' commits: caches are not trusted across transactions.
    return std::nullopt;
}

} // namespace counterpoint
