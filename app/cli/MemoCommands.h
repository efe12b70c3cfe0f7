#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// `counterpoint memo PROJECT [--article X | --actor NAME] [--set TEXT | --from-file F]`: prints
// the project's, an article's or an actor's memo, or sets it (an empty text removes it).
Subcommand memoSubcommand();

} // namespace counterpoint::cli
