#pragma once

#include <QString>

namespace counterpoint {

// The project files this process holds open through SQLite. POSIX advisory locks belong to the
// process, and close() of ANY descriptor of a file releases all of them: reading a project's
// header with QFile while one of our own connections has the file open would silently drop that
// connection's locks, and another process could then write under it (the window harness found
// the file corrupted so). Whoever reads a project file's bytes in-process asks here first.
class OpenProjectFiles final
{
public:
    // Returns the key to give back to remove(), taken now: the file may be gone by then.
    static QString add(const QString &path);
    static void remove(const QString &key);
    static bool isOpen(const QString &path);
};

} // namespace counterpoint
