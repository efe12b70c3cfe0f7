#include "Transaction.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QThread>

namespace counterpoint {

namespace {
// SQLite's busy handler already waits out BUSY for BEGIN IMMEDIATE; these retries cover the
// rare case where the timeout expires while another writer is finishing a long transaction.
constexpr int beginAttempts = 3;
} // namespace

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    Result<int> begun = Error{};
    for (int attempt = 0; attempt < beginAttempts; ++attempt) {
        begun = m_database.execute(m_database.dialect().beginWrite());
        // A server that dropped the connection since the last write: connect again, then begin.
        if (!begun && begun.error().code == Error::Code::Unreachable && m_database.reconnect())
            begun = m_database.execute(m_database.dialect().beginWrite());
        if (begun || begun.error().code != Error::Code::Locked)
            break;
        QThread::msleep(50);
    }
    if (!begun)
        return begun.error();
    m_active = true;
    m_database.setInTransaction(true);
    if (const auto lock = m_database.dialect().lockForWrite()) {
        if (auto locked = m_database.execute(*lock); !locked) {
            rollback();
            return locked.error();
        }
    }
    return success();
}

Status Transaction::commit()
{
    auto committed = m_database.execute(m_database.dialect().commit());
    if (!committed) {
        rollback();
        return committed.error();
    }
    m_active = false;
    m_database.setInTransaction(false);
    // Not saved where the user will look for it if the file left its place meanwhile.
    return m_database.checkStillInPlace();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)m_database.execute(m_database.dialect().rollback());
    m_database.setInTransaction(false);
}

Savepoint::Savepoint(const Database &database, int depth)
    : m_database(database)
    , m_name(QStringLiteral("nested_%1").arg(depth))
{}

Savepoint::~Savepoint()
{
    rollback();
}

Status Savepoint::begin()
{
    // The name is made from a number, never from user input.
    auto begun = m_database.execute(m_database.dialect().savepoint(m_name));
    if (!begun)
        return begun.error();
    m_active = true;
    return success();
}

Status Savepoint::release()
{
    auto released = m_database.execute(m_database.dialect().releaseSavepoint(m_name));
    if (!released) {
        rollback();
        return released.error();
    }
    m_active = false;
    return success();
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)m_database.execute(m_database.dialect().rollbackToSavepoint(m_name));
    (void)m_database.execute(m_database.dialect().releaseSavepoint(m_name));
}

} // namespace counterpoint
