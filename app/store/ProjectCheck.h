#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace counterpoint {

// What a check of a project file found.
struct ProjectCheckReport
{
    qint64 pages = 0;     // the pages SQLite read
    QStringList problems; // SQLite's own words, for the log and the details; empty when sound

    bool isSound() const { return problems.isEmpty(); }
};

// The integrity check of a local project file: File › Check Project, `counterpoint check`, and
// the window's pass in the background after a project opens. Opening a project checks only what
// is cheap and sure (the header, its length, the application id, the schema version); reading
// every page is left to this, on a read-only connection of its own, so that it can run on another
// thread while the window works and never changes the file.
class ProjectCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCheck)

public:
    enum class Depth {
        Quick, // PRAGMA quick_check: every page and its b-tree structure
        Full,  // PRAGMA integrity_check: also that every index matches its table
    };

    // An error only when the file cannot be checked at all (missing, not SQLite, locked).
    static Result<ProjectCheckReport> run(const QString &path, Depth depth = Depth::Quick);

    // One line for the user: sound, or damaged with what to do.
    static QString summary(const QString &path, const ProjectCheckReport &report);
};

} // namespace counterpoint
