#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// Issue 17: cleaning up, splitting and the versions of an article.
Subcommand cleanUpSubcommand();
Subcommand splitSubcommand();
Subcommand versionsSubcommand();
Subcommand diffSubcommand();

} // namespace counterpoint::cli
