#pragma once

#include "store/Project.h"

namespace counterpoint::cli {

// What the command line accepts as the name of an article or an annotation, looked up through
// Project's reads.

// An article: its id, a unique id prefix (4 characters or more) or a unique title prefix, without
// regard to case; an exact id or title wins over prefixes.
Result<QUuid> findArticle(const Project &project, const QString &idOrTitle);

// An annotation: its id or a unique id prefix of 4 characters or more.
Result<QUuid> findAnnotation(const Project &project, const QString &idOrPrefix);

} // namespace counterpoint::cli
