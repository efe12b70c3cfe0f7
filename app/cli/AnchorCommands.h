#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

Subcommand updateArticleSubcommand();
Subcommand passagesSubcommand();

} // namespace counterpoint::cli
