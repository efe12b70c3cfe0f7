#pragma once

#include "domain/Annotation.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

// An annotation both projects hold in different versions: the newer is kept, the other is
// recorded as an annotation of its own in the set recordSetName() (its comment says whose
// version it was), so that nothing either analyst wrote is lost.
struct MergeConflict
{
    QUuid annotationId;
    bool keptOther = false; // the other project's version was newer and replaced this one's
    QDateTime keptModified;
    QDateTime recordedModified;
    QUuid recordId; // the annotation holding the version not kept
};

// What a merge brought in. Counts of things already there (by id, by content hash for articles,
// by name for sets, actors and tags) are "matched".
struct MergeReport
{
    QString otherFile;
    int articlesAdded = 0, articlesMatched = 0;
    int setsAdded = 0, setsMatched = 0;
    int actorsAdded = 0, actorsMatched = 0;
    int tagsAdded = 0, tagsMatched = 0;
    int annotationsAdded = 0, annotationsUnchanged = 0, annotationsReplaced = 0;
    int relationsAdded = 0, relationsMatched = 0;
    int dismissedAdded = 0;
    int verdictsAdded = 0; // on annotations this project had no verdict on
    QList<MergeConflict> conflicts;
    QStringList notes; // what was matched by name, or left out, and why
    bool changedNothing() const;
};

// The report as the command line prints it: one line of counts, then each conflict and note.
QString mergeReportText(const MergeReport &report);

// The set that keeps the versions a merge did not keep.
QString recordSetName();

// Brings other's articles (matched by content hash), sets, actors and tags (by id, then by
// name, which the project keeps unique), annotations and relations (by id) and dismissed
// passages into project, in one transaction: all of it or, on any failure, none. Nothing is
// duplicated, so merging the same file again changes nothing. An article whose id is in project
// with other content (another version) is left out with its annotations, and noted.
Result<MergeReport> mergeProject(Project &project, const Project &other);

} // namespace counterpoint::analysis
