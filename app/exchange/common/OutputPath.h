#pragma once

#include "domain/Result.h"

#include <QString>

namespace counterpoint {

// Refuses an output file that is the project itself or one of SQLite's files beside it (its
// -wal, -shm or -journal): writing there would replace the project with the export. The output
// is resolved as the write would resolve it: symbolic links followed (the file's own, even when
// it points at a file that does not exist yet, and its folders'), hard links compared by identity.
// projectFile is empty for a project on a server, which no output can be.
Status checkOutputIsNotProject(const QString &output, const QString &projectFile);

} // namespace counterpoint
