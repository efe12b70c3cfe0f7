#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace counterpoint::lockwait {

// What a write does when another program holds the write lock of a project file (issue 18 item
// 19). Without a waiter it is refused as locked once the busy timeout has passed. The window
// installs one that waits off the GUI thread (waitUntilWritable() on a thread of its own), shows
// that it waits and lets the user cancel; it returns true to try the write again, false when the
// user cancelled. fileUri is the file as readers of our own open it (Database::readerUri()),
// displayName the project as messages quote it.
using Waiter = std::function<bool(const QString &fileUri, const QString &displayName)>;

void install(Waiter waiter); // an empty one removes it
const Waiter &installed();

// Blocks the calling thread (never the GUI's) until the file's write lock can be taken, or
// cancel becomes true: true when it can be written now. It takes the lock and lets it go at once,
// through a connection of its own.
bool waitUntilWritable(const QString &fileUri, const std::atomic_bool &cancel);

} // namespace counterpoint::lockwait
