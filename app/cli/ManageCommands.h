#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// `counterpoint tags PROJECT [rename|recolor|merge|delete …]`: the tag manager of the window.
Subcommand tagsSubcommand();
// `counterpoint actors PROJECT [rename|merge|describe|delete …]`: the actor manager.
Subcommand actorsSubcommand();
// `counterpoint sets PROJECT [create|rename|delete …]`: the set manager.
Subcommand setsSubcommand();

} // namespace counterpoint::cli
