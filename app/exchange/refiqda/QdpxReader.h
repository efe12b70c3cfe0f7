#pragma once

#include "exchange/common/ImportPlan.h"

#include <QString>

namespace counterpoint::importing {

// Reads a REFI-QDA project (.qdpx: a zip of project.qde and its sources) into a plan, within
// limits against hostile files. Nothing is stored.
Result<Plan> readQdpx(const QString &path, const ImportLimits &limits);

} // namespace counterpoint::importing
