#pragma once

namespace counterpoint::ui {

// Starts the window: opens the project or article named by the only argument, if any.
int runApplication(int &argc, char **argv);

} // namespace counterpoint::ui
