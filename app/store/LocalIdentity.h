#pragma once

#include <QString>

namespace counterpoint {

// The author name the user set for their local projects (Preferences, QSettings
// identity/authorName); empty when none is set (the login name is recorded then). The entry
// points (the window's session, the command line) pass it into OpenOptions::author; the store
// itself reads no settings.
QString configuredAuthorName();

} // namespace counterpoint
