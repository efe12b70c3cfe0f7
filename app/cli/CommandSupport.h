#pragma once

#include "Subcommand.h"
#include "store/Project.h"

#include <QCommandLineParser>

#include <memory>

namespace counterpoint::cli {

// Parses a subcommand's arguments; prints its help or the usage error itself. Returns false when
// the caller should return `status` at once.
bool parseArguments(QCommandLineParser &parser, const Subcommand &command,
                    const QStringList &arguments, int minimumPositionals, int maximumPositionals,
                    Streams &streams, int &status);

// The author recorded for new annotations and relations in local projects, from the command
// line's --author (before the command); else the preferences' name; else the login name.
void setAuthorOverride(const QString &name);

// Opens a project for a command, printing the reason on failure (nullptr then).
std::unique_ptr<Project> openProject(const QString &path, Streams &streams,
                                     bool createIfMissing = false);

// Removes a project file this command created, with the -wal and -shm SQLite keeps beside it,
// once the project is closed: a refused command leaves no new project behind.
void discardNewProject(std::unique_ptr<Project> project, const QString &path);

// Prints one line to err and returns ExitFailure.
int fail(Streams &streams, const QString &message);
// The article named on the command line (id, id prefix or title prefix), read whole.
Result<Article> namedArticle(const Project &project, const QString &name);

QString shortId(const QUuid &id);

} // namespace counterpoint::cli
