#pragma once

#include <QString>

namespace counterpoint {

// The name of the operating system's user running the app: who new annotations are by, unless
// the user says otherwise. "unknown" when nothing names one.
QString systemUserName();

} // namespace counterpoint
