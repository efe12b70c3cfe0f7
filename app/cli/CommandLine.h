#pragma once

#include <QStringList>

namespace counterpoint::cli {

// True when the arguments ask for a command (or --help/--version) rather than the window.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the command the arguments name and returns the process's exit status.
int run(const QStringList &arguments);

} // namespace counterpoint::cli
