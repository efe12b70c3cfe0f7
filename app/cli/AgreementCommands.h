#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand agreementSubcommand();

} // namespace counterpoint::cli
