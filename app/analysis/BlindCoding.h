#pragma once

#include "domain/Result.h"
#include "domain/SetRole.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

// Blind coding (issue 14 item 1): while a project codes blind, an analyst sees only their own
// sets and nobody's; another analyst's set, and the consensus unless it is theirs, stay hidden
// until a curator reveals them. On a local file this is a view setting, kept in the project;
// the team server enforces it with row-level security.
bool isBlindCoding(const Project &project); // false when the setting cannot be read
Status setBlindCoding(Project &project, bool blind);

// The sets the analyst named me must not see while coding blind (none when not blind).
QSet<QUuid> hiddenSets(const QList<SetRole> &roles, const QString &me, bool blind);

// The sets the project's views hide from whoever has it open: none unless the project codes
// blind and they are a coder. On a server a coder or reader is one (the owner and curators see
// every set); in a file, whose user owns it, the author is a coder when some set is theirs (an
// analyst), and anyone else (the curator) sees every set. Empty when the roles cannot be read:
// the server still refuses what a coder may not see.
QSet<QUuid> setsHiddenFromViewer(const Project &project);

} // namespace counterpoint::analysis
