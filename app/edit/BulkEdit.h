#pragma once

#include "domain/Annotation.h"

#include <QList>
#include <QUuid>

#include <memory>
#include <optional>

namespace counterpoint {

class CommandGroup;
class Project;

// What one bulk edit of the annotation list changes on every annotation chosen; what is not
// given stays as each annotation has it.
struct BulkChange
{
    std::optional<AnnotationKind> kind;
    std::optional<QUuid> actorId; // a null id: nobody named
    QList<QUuid> addTagIds;       // put on every one that lacks them
    QList<QUuid> removeTagIds;    // taken off every one that has them
    std::optional<QUuid> setId;

    bool isEmpty() const
    {
        return !kind && !actorId && addTagIds.isEmpty() && removeTagIds.isEmpty() && !setId;
    }
};

// The annotation as the change leaves it.
Annotation changedBy(const BulkChange &change, Annotation annotation);

// The change applied to the annotations as they were read (their versions) in one undo step, all
// or nothing: a row changed elsewhere since, gone, or not the user's to change refuses the whole
// step and changes nothing (also one the change leaves as it is). Null when the change leaves
// every one as it is.
std::unique_ptr<CommandGroup> bulkEditCommand(Project &project, const QList<Annotation> &seen,
                                              const BulkChange &change);

// The annotations, as read, deleted in one undo step with their links; the same refusals.
std::unique_ptr<CommandGroup> bulkDeleteCommand(Project &project, const QList<Annotation> &seen);

} // namespace counterpoint
