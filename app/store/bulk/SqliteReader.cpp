#include "SqliteReader.h"

#include <QDir>

#include <sqlite3.h>

namespace counterpoint {

SqliteReader::SqliteReader(sqlite3 *handle, QString filePath)
    : m_handle(handle)
    , m_filePath(std::move(filePath))
{}

SqliteReader::~SqliteReader()
{
    // Every Rows is finalized before its reader goes (they hold a reference to it), so close
    // succeeds; sqlite3_close_v2 would still defer the close rather than leak if one were not.
    sqlite3_close_v2(m_handle);
}

Result<std::unique_ptr<SqliteReader>> SqliteReader::open(const QString &uri,
                                                         const QString &filePath, int busyTimeoutMs)
{
    sqlite3 *handle = nullptr;
    // NOMUTEX: the connection is used by one thread at a time, so SQLite need not lock it.
    const int code =
        sqlite3_open_v2(uri.toUtf8().constData(), &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    // A handle is made even when opening fails (unless memory ran out), to tell why.
    std::unique_ptr<SqliteReader> reader(new SqliteReader(handle, filePath));
    if (code != SQLITE_OK)
        return reader->errorFor(code, QT_TR_NOOP("opening it"));
    // Readers of a WAL file wait only while another connection recovers or resets the log.
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    return reader;
}

Error SqliteReader::errorFor(int code, const char *doing) const
{
    const char *detail = m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(code);
    const int primary = code & 0xff;
    const Error::Code kind =
        primary == SQLITE_BUSY || primary == SQLITE_LOCKED      ? Error::Code::Locked
        : primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? Error::Code::Corrupt
        : primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN ? Error::Code::Io
                                                                : Error::Code::Database;
    return Error{kind, tr("Cannot read %1 (%2): %3")
                           .arg(u"“" + QDir::toNativeSeparators(m_filePath) + u"”", tr(doing),
                                QString::fromUtf8(detail))};
}

Result<SqliteReader::Rows> SqliteReader::query(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return errorFor(code, QT_TR_NOOP("preparing a query"));
    }
    return Rows(*this, statement);
}

Status SqliteReader::execute(const char *sql) const
{
    auto rows = query(sql);
    if (!rows)
        return rows.error();
    for (;;) {
        auto row = rows->next();
        if (!row)
            return row.error();
        if (!*row)
            return success();
    }
}

SqliteReader::Rows::Rows(const SqliteReader &reader, sqlite3_stmt *statement)
    : m_reader(&reader)
    , m_statement(statement)
{}

SqliteReader::Rows::Rows(Rows &&other) noexcept
    : m_reader(other.m_reader)
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

SqliteReader::Rows::~Rows()
{
    sqlite3_finalize(m_statement); // a no-op for null
}

Result<bool> SqliteReader::Rows::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return m_reader->errorFor(code, QT_TR_NOOP("reading it"));
}

int SqliteReader::Rows::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteReader::Rows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteReader::Rows::Type SqliteReader::Rows::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return Type::Null;
    case SQLITE_INTEGER:
        return Type::Integer;
    default:
        return Type::Other;
    }
}

int SqliteReader::Rows::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

QByteArrayView SqliteReader::Rows::text(int column) const
{
    // The pointer first, then the size: the order SQLite's documentation asks for.
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

SqliteReadTransaction::~SqliteReadTransaction()
{
    if (m_active)
        (void)m_reader.execute("ROLLBACK"); // nothing was written: this only ends the snapshot
}

Status SqliteReadTransaction::begin()
{
    auto begun = m_reader.execute("BEGIN");
    m_active = begun.ok();
    return begun;
}

Status SqliteReadTransaction::commit()
{
    m_active = false;
    return m_reader.execute("COMMIT");
}

} // namespace counterpoint
