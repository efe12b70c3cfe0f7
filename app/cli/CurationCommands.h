#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand curateSubcommand();

} // namespace counterpoint::cli
