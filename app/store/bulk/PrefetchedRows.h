// The rows of one SqliteReader statement, read ahead on a thread of their own. Stepping through
// SQLite's pages and handing each row on take about as long as each other on a large export, so
// the two run side by side on two cores instead of one after the other.
#pragma once

#include "SqliteReader.h"

#include <memory>

namespace counterpoint {

class PrefetchedRows final
{
    Q_DISABLE_COPY(PrefetchedRows)

public:
    // Starts reading rows at once. Until the last row has been read, nothing else may use the
    // statement's reader: its connection serves one thread at a time.
    explicit PrefetchedRows(SqliteReader::Rows rows);
    PrefetchedRows(PrefetchedRows &&other) noexcept;
    PrefetchedRows &operator=(PrefetchedRows &&) = delete;
    // Stops the reading thread early when rows are left unread, and waits for it.
    ~PrefetchedRows();

    // As SqliteReader::Rows: true for a row, false at the end, an Error when reading failed. The
    // statement is finalized before the end or the error is reported.
    Result<bool> next();

    bool isNull(int column) const;
    int integer(int column) const;
    // Valid until next().
    QByteArrayView text(int column) const;

private:
    struct Batch;
    class Reader;
    std::unique_ptr<Reader> m_reader;
    std::unique_ptr<Batch> m_batch; // the one being handed out
    qsizetype m_row = -1;           // in m_batch
};

} // namespace counterpoint
