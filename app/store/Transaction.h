#pragma once

#include "domain/Result.h"

namespace counterpoint {

class Database;

// RAII write transaction that takes the write lock at once (SqlDialect::beginWrite(): BEGIN
// IMMEDIATE for SQLite, as a deferred BEGIN that later writes fails with SQLITE_BUSY_SNAPSHOT when
// another connection committed first), rolled back on destruction unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Database &database)
        : m_database(database)
    {}
    ~Transaction();

    Status begin();
    Status commit();
    void rollback();

private:
    const Database &m_database;
    bool m_active = false;
};

// A nested part of a transaction that can be undone on its own.
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    Savepoint(const Database &database, int depth);
    ~Savepoint();

    Status begin();
    Status release();
    void rollback();

private:
    const Database &m_database;
    QString m_name;
    bool m_active = false;
};

} // namespace counterpoint
