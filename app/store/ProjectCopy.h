// A whole project copied from one place to another, a file to a server (publishing it to a
// team) or a server to a file (a snapshot to take away): every row of every table as it is
// stored, every column, so that ids, times, authors, versions, relations, dismissals and
// article versions arrive unchanged and the copy exports byte for byte as the original does.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace counterpoint {

class Project;

class ProjectCopy final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)

public:
    struct Counts
    {
        qsizetype articles = 0;
        qsizetype annotations = 0;
        qsizetype relations = 0;
    };

    // Copies source into destination. The destination must be new: a file that is not there
    // yet (created), or a server project fresh from server-init (no articles, no annotations);
    // its default set gives way to the source's. All of it is stored, or nothing.
    static Result<Counts> copy(const QString &source, const QString &destination);

    // The same between two open projects; destination must hold no articles or annotations.
    static Result<Counts> copy(const Project &source, Project &destination);
};

} // namespace counterpoint
