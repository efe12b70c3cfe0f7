#pragma once

#include "exchange/common/ImportPlan.h"

namespace counterpoint {
class Project;
}

namespace counterpoint::importing {

// Stores a plan in the project in one bulk write (Project::writeInBulk(): one transaction, one
// reset() for the views): articles it lacks, sets, actors and tags by id or name, annotations
// added or updated by id, relations. fileName names the file in messages.
Result<AnnotationImportReport> applyPlan(Project &project, const Plan &plan,
                                         const QString &fileName, const ExportProgress &progress);

} // namespace counterpoint::importing
