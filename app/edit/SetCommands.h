#pragma once

#include "ProjectCommand.h"

#include "domain/AnnotationSet.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace counterpoint {

// The set manager's edits, for the window (each one undo step) and `counterpoint sets` alike.
// Only the project's owner and curators manage sets (Permission::ManageLists), as the server
// itself insists in team mode; the default set stays. Deleting a set deletes what is in it:
// its annotations with their links, verdicts and consensus sources, all of which undo restores.
class SetEdits final
{
    Q_DECLARE_TR_FUNCTIONS(SetEdits)

public:
    // What goes with a set when it is deleted.
    struct Contents
    {
        int annotations = 0;
        int relations = 0; // links from or to its annotations
        int verdicts = 0;
    };

    // How many annotations each set holds; an empty set is absent.
    static Result<QHash<QUuid, int>> usage(const Project &project);
    static Result<AnnotationSet> named(const Project &project, const QString &name);
    static Result<Contents> contents(const Project &project, const QUuid &setId);

    static Result<std::unique_ptr<ProjectCommand>> create(Project &project, const QString &name);
    static Result<std::unique_ptr<ProjectCommand>> rename(Project &project, const QUuid &setId,
                                                          const QString &newName);
    static Result<std::unique_ptr<ProjectCommand>> remove(Project &project, const QUuid &setId);
};

} // namespace counterpoint
