#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand exportSubcommand();
Subcommand importAnnotationsSubcommand();

} // namespace counterpoint::cli
