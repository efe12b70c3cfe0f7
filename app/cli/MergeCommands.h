#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand mergeSubcommand();

} // namespace counterpoint::cli
