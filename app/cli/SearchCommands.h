#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand searchSubcommand();

} // namespace counterpoint::cli
