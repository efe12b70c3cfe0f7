#pragma once

#include "domain/Kinds.h"
#include "search/ProjectSearch.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <memory>

namespace counterpoint {
class CommandGroup;
class Project;
} // namespace counterpoint

namespace counterpoint::search {

// What "Tag as…" gives the hits chosen in the Search panel.
struct TagChoice
{
    AnnotationKind kind = AnnotationKind::Claim;
    QUuid actorId;       // null: nobody named (an annotation found keeps its actor)
    QList<QUuid> tagIds; // added to the tags an annotation found already has
    QUuid setId;         // for the new annotations; null: the project's default set
};

// The hits annotated as one undo step: each hit in an article's text becomes an annotation of
// its passage (unless one of the same kind and set covers exactly that passage already); an
// annotation found by its quote or comment gets the kind, the actor and the tags (it stays in its
// set). Several hits in one annotation change it once. Null when there is nothing to do.
std::unique_ptr<CommandGroup> tagHitsCommand(Project &project, const QList<SearchHit> &hits,
                                             const TagChoice &choice);

} // namespace counterpoint::search
