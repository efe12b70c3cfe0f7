#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// `review`: a claim's verdict (schema.org ClaimReview), shown, given, changed or cleared.
Subcommand reviewSubcommand();

} // namespace counterpoint::cli
