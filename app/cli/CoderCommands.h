#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand codersSubcommand();

} // namespace counterpoint::cli
