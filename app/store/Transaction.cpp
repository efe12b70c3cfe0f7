#include "Transaction.h"

#include "Database.h"
#include "LockWait.h"
#include "SqlDialect.h"

#include <QCoreApplication>

#include <QSqlError>
#include <QThread>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::Transaction)
};

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
    // Another program holds a file's write lock: the window's waiter waits for it off the GUI
    // thread, showing that it waits, until it is free or the user cancels (issue 18 item 19).
    while (!begun && begun.error().code == Error::Code::Locked && !m_database.isServer() &&
           lockwait::installed()) {
        if (!lockwait::installed()(m_database.readerUri(), m_database.displayName()))
            return Error{Error::Code::Cancelled,
                         Messages::tr("Nothing was changed in %1: waiting for another program to "
                                      "finish writing to it was cancelled.")
                             .arg(m_database.displayName())};
        begun = m_database.execute(m_database.dialect().beginWrite());
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
