#include "BulkAnnotationReader.h"

#include "PrefetchedRows.h"
#include "SqliteReader.h"
#include "log/LogCategories.h"
#include "store/Database.h"
#include "store/RelationTable.h"
#include "store/RowMapping.h"
#include "store/StoredAnnotationReader.h"

namespace counterpoint::bulk {

std::optional<Status> readStoredAnnotations(const Database &database,
                                            const std::function<void(StoredAnnotation &&)> &visit,
                                            QList<Relation> *relations)
{
    if (database.isServer())
        return std::nullopt; // a file's reader; a server's rows come through Qt SQL
    auto reader =
        SqliteReader::open(database.readerUri(), database.filePath(), database.busyTimeoutMs());
    if (!reader) {
        qCDebug(lcStore) << "The bulk reader cannot open" << database.filePath() << "("
                         << reader.errorMessage() << "); reading through Qt SQL instead";
        return std::nullopt;
    }
    // One read transaction, so the annotations, their tags and the relations come from one
    // snapshot of the file.
    SqliteReadTransaction snapshot(**reader);
    if (auto begun = snapshot.begin(); !begun)
        return begun;
    // Each statement read ahead on a second thread while this one hands its rows on.
    const auto query = [&reader](const char *sql) -> Result<PrefetchedRows> {
        auto rows = (*reader)->query(sql);
        if (!rows)
            return rows.error();
        return PrefetchedRows(std::move(*rows));
    };
    if (auto read = stored::readStoredAnnotations(query, stored::bulkQueries(), visit); !read)
        return read;
    if (relations) {
        relations->clear();
        auto rows = query(RelationTable::allQuery());
        if (!rows)
            return Status(rows.error());
        for (;;) {
            auto row = rows->next();
            if (!row)
                return Status(row.error());
            if (!*row)
                break;
            relations->append(rows::relationFrom(rows::BytesRow<PrefetchedRows>(*rows)));
        }
    }
    return snapshot.commit();
}

} // namespace counterpoint::bulk
