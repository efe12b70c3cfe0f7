#include "PrefetchedRows.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace counterpoint {

namespace {

// Small enough to keep the two threads in step, large enough that they rarely wait for a lock.
constexpr qsizetype rowsPerBatch = 256;
constexpr size_t batchesAhead = 4;

} // namespace

// Rows copied out of SQLite: every cell's bytes in one buffer.
struct PrefetchedRows::Batch
{
    struct Cell
    {
        qsizetype offset = 0;
        qsizetype size = -1; // -1 for NULL
        int integer = 0;
        bool isInteger = false;
    };

    int columns = 0;
    qsizetype rows = 0;
    QByteArray bytes;
    std::vector<Cell> cells; // row by row
    // Set on the last batch only: the end, or why reading stopped.
    bool last = false;
    std::optional<Error> error;

    const Cell &cell(qsizetype row, int column) const
    {
        return cells[size_t(row * columns + column)];
    }
};

class PrefetchedRows::Reader
{
public:
    explicit Reader(SqliteReader::Rows rows)
        : m_thread([this, rows = std::move(rows)]() mutable { read(std::move(rows)); })
    {}

    ~Reader()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next batch, waiting for it if need be.
    std::unique_ptr<Batch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        auto batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }

private:
    void read(SqliteReader::Rows rows)
    {
        const int columns = rows.columnCount();
        qsizetype lastBatchBytes = 0;
        for (;;) {
            auto batch = std::make_unique<Batch>();
            batch->columns = columns;
            batch->cells.resize(size_t(rowsPerBatch * columns));
            // About what the last batch took: growing the buffer cell by cell cost as much as
            // reading the rows.
            batch->bytes.reserve(lastBatchBytes + lastBatchBytes / 4);
            Batch::Cell *cell = batch->cells.data();
            while (batch->rows < rowsPerBatch) {
                auto row = rows.next();
                if (!row || !*row) {
                    if (!row)
                        batch->error = row.error();
                    batch->last = true;
                    break;
                }
                for (int column = 0; column < columns; ++column, ++cell) {
                    const auto type = rows.type(column);
                    if (type == SqliteReader::Rows::Type::Null)
                        continue; // the cell stays NULL
                    // Only an INTEGER is read as a number here: parsing every text cell as
                    // SQLite would cost a tenth of the reading; integer() parses text.
                    cell->isInteger = type == SqliteReader::Rows::Type::Integer;
                    if (cell->isInteger)
                        cell->integer = rows.integer(column);
                    const QByteArrayView text = rows.text(column);
                    cell->offset = batch->bytes.size();
                    cell->size = text.size();
                    batch->bytes.append(text);
                }
                ++batch->rows;
            }
            lastBatchBytes = batch->bytes.size();
            const bool last = batch->last;
            if (last) {
                // Finalized before the caller hears of the end, so that it may use the
                // connection again at once.
                SqliteReader::Rows finished(std::move(rows));
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < batchesAhead; });
            if (m_stopped)
                return;
            m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
            if (last)
                return;
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_ready;
    bool m_stopped = false;
    std::thread m_thread; // last: started once everything above exists
};

PrefetchedRows::PrefetchedRows(SqliteReader::Rows rows)
    : m_reader(std::make_unique<Reader>(std::move(rows)))
{}

PrefetchedRows::PrefetchedRows(PrefetchedRows &&other) noexcept = default;

PrefetchedRows::~PrefetchedRows() = default;

Result<bool> PrefetchedRows::next()
{
    while (!m_batch || ++m_row >= m_batch->rows) {
        if (m_batch && m_batch->last) {
            m_row = m_batch->rows; // stays at the end
            if (m_batch->error)
                return *m_batch->error;
            return false;
        }
        m_batch = m_reader->take();
        m_row = -1;
    }
    return true;
}

bool PrefetchedRows::isNull(int column) const
{
    return m_batch->cell(m_row, column).size < 0;
}

int PrefetchedRows::integer(int column) const
{
    const Batch::Cell &cell = m_batch->cell(m_row, column);
    return cell.isInteger ? cell.integer : text(column).toInt();
}

QByteArrayView PrefetchedRows::text(int column) const
{
    const Batch::Cell &cell = m_batch->cell(m_row, column);
    if (cell.size <= 0)
        return {};
    return QByteArrayView(m_batch->bytes.constData() + cell.offset, cell.size);
}

} // namespace counterpoint
