#pragma once

#include "Subcommand.h"

namespace counterpoint::cli {

// Team mode: a project on a PostgreSQL server.
Subcommand serverInitSubcommand(); // server-init URI --owner NAME
Subcommand copySubcommand();       // copy SOURCE DEST
Subcommand membersSubcommand();    // members URI list | add NAME --role ROLE | remove NAME

} // namespace counterpoint::cli
