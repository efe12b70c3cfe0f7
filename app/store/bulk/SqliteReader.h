#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace counterpoint {

// A read-only connection of our own to a project file through the SQLite C API, for reads of
// many rows: Qt SQL hands each column over as a QVariant, converted and copied, which was half
// the time of exporting a large project. Qt's own connection is never touched, since a Qt built
// by another vendor may bundle its own SQLite. With the file in WAL mode this reader runs beside
// it.
class SqliteReader final
{
    Q_DISABLE_COPY_MOVE(SqliteReader)
    Q_DECLARE_TR_FUNCTIONS(SqliteReader)

public:
    // One prepared statement and its current row; finalized on destruction.
    class Rows final
    {
        Q_DISABLE_COPY(Rows)

    public:
        Rows(Rows &&other) noexcept;
        Rows &operator=(Rows &&) = delete;
        ~Rows();

        // The next row: true when there is one, false at the end, an Error when reading failed.
        Result<bool> next();

        enum class Type { Null, Integer, Other };

        int columnCount() const;
        Type type(int column) const;
        bool isNull(int column) const;
        int integer(int column) const;
        // The column's bytes as stored (UTF-8 text for a UTF-8 file), valid until next().
        QByteArrayView text(int column) const;

    private:
        friend class SqliteReader;
        Rows(const SqliteReader &reader, sqlite3_stmt *statement);

        const SqliteReader *m_reader;
        sqlite3_stmt *m_statement;
    };

    // Opens uri (a file: URI, as Database::readerUri() gives it) read-only. Fails when SQLite
    // cannot open it that way: the caller then reads through Qt SQL instead.
    static Result<std::unique_ptr<SqliteReader>> open(const QString &uri, const QString &filePath,
                                                      int busyTimeoutMs);
    ~SqliteReader();

    Result<Rows> query(const char *sql) const;
    // One statement without rows, such as BEGIN or COMMIT.
    Status execute(const char *sql) const;

private:
    SqliteReader(sqlite3 *handle, QString filePath);
    Error errorFor(int code, const char *doing) const;

    sqlite3 *m_handle;
    QString m_filePath;
};

// A read transaction on a reader: every query between begin() and commit() sees one snapshot of
// the file. Ended on destruction when commit() was not reached.
class SqliteReadTransaction final
{
    Q_DISABLE_COPY_MOVE(SqliteReadTransaction)

public:
    explicit SqliteReadTransaction(const SqliteReader &reader)
        : m_reader(reader)
    {}
    ~SqliteReadTransaction();

    Status begin();
    Status commit();

private:
    const SqliteReader &m_reader;
    bool m_active = false;
};

} // namespace counterpoint
