// What differs between the SQL back ends a project can live in. The tables and the transactions
// write their SQL through this seam, so a second back end (PostgreSQL, for team mode) is a second
// implementation of it rather than a fork of the store. SQL text is always constant for a given
// dialect; values are always bound.
#pragma once

#include "Migrations.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace counterpoint {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual Backend backend() const = 0;

    // Transactions. beginWrite() takes the write lock at once, so that what a write reads is
    // what it then changes; the savepoint name is made by the store, never from user input.
    virtual QString beginWrite() const = 0;
    virtual QString commit() const = 0;
    virtual QString rollback() const = 0;
    virtual QString savepoint(const QString &name) const = 0;
    virtual QString releaseSavepoint(const QString &name) const = 0;
    virtual QString rollbackToSavepoint(const QString &name) const = 0;
    // A statement run right after beginWrite() to take the write lock, when BEGIN alone does not.
    virtual std::optional<QString> lockForWrite() const { return std::nullopt; }
    // Whether the statement may be prepared (and so take bound values); a back end that prepares
    // only queries and DML runs the others (BEGIN, CREATE, GRANT, …) as they are.
    virtual bool canPrepare(const QString &sql) const
    {
        Q_UNUSED(sql)
        return true;
    }

    // An INSERT of one row that does nothing when the row (by a unique key) is already there.
    virtual QString insertOrIgnore(const QString &table, const QStringList &columns) const = 0;
    // A condition true when column (an id) begins with the bound pattern, in which '\' escapes
    // '%' and '_'.
    virtual QString idHasPrefix(const QString &column) const = 0;
    // column as the bytes of its text in UTF-8 (for files that keep their text in UTF-8).
    virtual QString asUtf8Bytes(const QString &column) const = 0;

    // How values are bound: ids, optional ids (NULL when null), times and blobs.
    virtual QVariant id(const QUuid &id) const = 0;
    virtual QVariant optionalId(const QUuid &id) const = 0;
    virtual QVariant time(const QDateTime &time) const = 0;
    virtual QVariant blob(const QByteArray &bytes) const = 0;

    // A query whose one value tells whether the database keeps its text in UTF-8.
    virtual QString textEncodingQuery() const = 0;
    virtual bool isUtf8(const QString &encoding) const = 0;

    // A query whose one value changes whenever another connection has committed a change, for
    // caches to know they are still right; none when the back end cannot tell (the caller then
    // trusts no cache across transactions).
    virtual std::optional<QString> otherWritersCounterQuery() const = 0;
};

// The SQLite file every project is today.
class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::SQLite; }

    QString beginWrite() const override;
    QString commit() const override;
    QString rollback() const override;
    QString savepoint(const QString &name) const override;
    QString releaseSavepoint(const QString &name) const override;
    QString rollbackToSavepoint(const QString &name) const override;

    QString insertOrIgnore(const QString &table, const QStringList &columns) const override;
    QString idHasPrefix(const QString &column) const override;
    QString asUtf8Bytes(const QString &column) const override;

    QVariant id(const QUuid &id) const override;
    QVariant optionalId(const QUuid &id) const override;
    QVariant time(const QDateTime &time) const override;
    QVariant blob(const QByteArray &bytes) const override;

    QString textEncodingQuery() const override;
    bool isUtf8(const QString &encoding) const override;

    std::optional<QString> otherWritersCounterQuery() const override;
};

// A project on a PostgreSQL server (team mode).
class PostgresDialect final : public SqlDialect
{
public:
    // The advisory lock every write takes: writers of one project database go one at a time,
    // as SQLite's do, so that what a write reads is what it changes.
    static constexpr qint64 writeLockKey = 0x436E7450; // "CntP"

    Backend backend() const override { return Backend::PostgreSQL; }

    QString beginWrite() const override;
    QString commit() const override;
    QString rollback() const override;
    QString savepoint(const QString &name) const override;
    QString releaseSavepoint(const QString &name) const override;
    QString rollbackToSavepoint(const QString &name) const override;
    std::optional<QString> lockForWrite() const override;
    bool canPrepare(const QString &sql) const override;

    QString insertOrIgnore(const QString &table, const QStringList &columns) const override;
    QString idHasPrefix(const QString &column) const override;
    QString asUtf8Bytes(const QString &column) const override;

    QVariant id(const QUuid &id) const override;
    QVariant optionalId(const QUuid &id) const override;
    QVariant time(const QDateTime &time) const override;
    QVariant blob(const QByteArray &bytes) const override;

    QString textEncodingQuery() const override;
    bool isUtf8(const QString &encoding) const override;

    std::optional<QString> otherWritersCounterQuery() const override;
};

} // namespace counterpoint
