#pragma once

#include "SharedPassageFinder.h"
#include "domain/Annotation.h"
#include "domain/Relation.h"
#include "domain/Result.h"

#include <QList>
#include <QUuid>

namespace counterpoint {

class Project;

// A shared passage offered as a "same claim as" link: the annotation of each article that covers
// most of the passage (null where none touches it, for the user to create), and whether the two
// are linked as the same claim already.
struct SameClaimSuggestion
{
    SharedPassage passage;
    QUuid firstAnnotation;
    QUuid secondAnnotation;
    bool alreadyLinked = false;
};

// Matches shared passages with the annotations on them. Pure: the caller gives the lists (all
// of a project, or what a view shows); fromProject() reads them from a project.
class SameClaimSuggestions final
{
public:
    static QList<SameClaimSuggestion> match(const QList<SharedPassage> &passages,
                                            const QList<Annotation> &annotations,
                                            const QList<Relation> &relations);
    // The suggestions less the passages the analysts dismissed.
    static QList<SameClaimSuggestion> withoutDismissed(QList<SameClaimSuggestion> suggestions,
                                                       const QList<DismissedPassage> &dismissed);
    // Every suggestion of the project that nobody dismissed.
    static Result<QList<SameClaimSuggestion>>
    fromProject(const Project &project, int minWords = SharedPassageFinder::defaultMinWords);
};

} // namespace counterpoint
