#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand importSubcommand();
Subcommand listSubcommand();
Subcommand annotateSubcommand();
Subcommand linkSubcommand();
Subcommand showSubcommand();

} // namespace counterpoint::cli
