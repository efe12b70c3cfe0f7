#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// Issue 17: cleaning up, splitting and the versions of an article.
Subcommand cleanUpSubcommand();
Subcommand splitSubcommand();
Subcommand versionsSubcommand();
Subcommand diffSubcommand();
// Issue 20: deleting an article with what goes with it.
Subcommand deleteArticleSubcommand();

} // namespace counterpoint::cli
