// The fast path of Project::forEachStoredAnnotation(): a read-only connection of our own through
// SQLite's C API (SqliteReader), each statement read ahead on a second thread (PrefetchedRows).
// Built only where Qt's SQLite driver links the system's SQLite (COUNTERPOINT_BULK_SQLITE_READER,
// decided at configure time), so both connections run one SQLite library on one file.
#pragma once

#include "store/Project.h"

#include <functional>
#include <optional>

namespace counterpoint {

class Database;

namespace bulk {

// Reads every stored annotation (and, when relations is given, every relation) from one
// snapshot of the file. nullopt when the file cannot be read this way: the caller then reads
// through Qt SQL, which always can.
std::optional<Status> readStoredAnnotations(const Database &database,
                                            const std::function<void(StoredAnnotation &&)> &visit,
                                            QList<Relation> *relations);

} // namespace bulk

} // namespace counterpoint
