#pragma once

#include "ProjectCommand.h"

#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace counterpoint {

// The tag manager's edits, for the window (each one undo step) and `counterpoint tags` alike.
// Each is checked when made (a name taken, a tag gone) and applied in one transaction.
class TagEdits final
{
    Q_DECLARE_TR_FUNCTIONS(TagEdits)

public:
    // How many annotations carry each tag; a tag nobody uses is absent.
    static Result<QHash<QUuid, int>> usage(const Project &project);
    static Result<Tag> named(const Project &project, const QString &name); // case-insensitive

    static Result<std::unique_ptr<ProjectCommand>> rename(Project &project, const QUuid &tagId,
                                                          const QString &newName);
    static Result<std::unique_ptr<ProjectCommand>> recolor(Project &project, const QUuid &tagId,
                                                           const QColor &color);
    // The tag goes, and from every annotation that carries it; undo puts it back on them.
    static Result<std::unique_ptr<ProjectCommand>> remove(Project &project, const QUuid &tagId);
    // Every annotation carrying `from` carries `into` instead, and `from` goes.
    static Result<std::unique_ptr<ProjectCommand>> merge(Project &project, const QUuid &fromId,
                                                         const QUuid &intoId);
};

} // namespace counterpoint
