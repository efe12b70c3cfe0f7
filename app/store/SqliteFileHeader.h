#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace counterpoint {

// The first 100 bytes of an SQLite 3 database file, as far as opening a project needs them
// (https://www.sqlite.org/fileformat2.html#the_database_header). Reading them costs one read of
// the file, where PRAGMA quick_check reads every page: this is what an open can afford to check.
struct SqliteFileHeader
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFileHeader)

public:
    static constexpr int size = 100;

    // The header of the file at path, and the file's size; an error, naming the file, when it
    // cannot be read or is no SQLite database.
    static Result<SqliteFileHeader> read(const QString &path);

    // Empty when the bytes are not an SQLite 3 header (too short, wrong magic, impossible page
    // size).
    static std::optional<SqliteFileHeader> parse(QByteArrayView bytes);

    qint64 fileSize = 0; // set by read()
    qint64 pageSize = 0;
    // The page count the header gives, when the header says it is valid (its "version-valid-for"
    // number equals its change counter; older writers left it stale), else 0.
    qint64 pageCount = 0;

    // True when the file is shorter than its own header says: it was cut off (a copy that did
    // not finish, a full disk). Pages still in a -wal may extend the database further, but they
    // never make the main file shorter than the count of its last checkpoint.
    bool isTruncated(qint64 size) const { return pageCount > 0 && size < pageCount * pageSize; }
    bool isTruncated() const { return isTruncated(fileSize); }
};

} // namespace counterpoint
