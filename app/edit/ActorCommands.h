#pragma once

#include "ProjectCommand.h"

#include "domain/Actor.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace counterpoint {

// The actor manager's edits, for the window (each one undo step) and `counterpoint actors`
// alike. Each is checked when made (a name taken, an actor gone, a role that may not manage the
// project's lists) and applied in one transaction. The annotations that name an actor are
// changed as annotation edits are: on the version they were read at, and undone only where the
// row is as the step left it.
class ActorEdits final
{
    Q_DECLARE_TR_FUNCTIONS(ActorEdits)

public:
    // How many annotations name each actor; an actor nobody names is absent.
    static Result<QHash<QUuid, int>> usage(const Project &project);
    static Result<Actor> named(const Project &project, const QString &name); // case-insensitive

    static Result<std::unique_ptr<ProjectCommand>> rename(Project &project, const QUuid &actorId,
                                                          const QString &newName);
    static Result<std::unique_ptr<ProjectCommand>> describe(Project &project, const QUuid &actorId,
                                                            const QString &description);
    // The actor goes, and every annotation that named it names nobody; undo puts both back.
    static Result<std::unique_ptr<ProjectCommand>> remove(Project &project, const QUuid &actorId);
    // Every annotation naming `from` names `into` instead, and `from` goes.
    static Result<std::unique_ptr<ProjectCommand>> merge(Project &project, const QUuid &fromId,
                                                         const QUuid &intoId);
};

} // namespace counterpoint
