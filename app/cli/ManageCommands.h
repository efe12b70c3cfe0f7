#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// `counterpoint tags PROJECT [rename|recolor|merge|delete …]`: the tag manager of the window.
Subcommand tagsSubcommand();

} // namespace counterpoint::cli
