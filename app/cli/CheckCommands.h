#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand checkSubcommand();

} // namespace counterpoint::cli
