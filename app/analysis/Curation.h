#pragma once

#include "SpanDisagreements.h"
#include "domain/Annotation.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

// Curation (issue 14 item 5): the disagreements of two coders' sets, walked article by article
// and settled into the project's consensus set. A disagreement is settled once one of its
// versions is decided: taken into a consensus annotation (recorded as that annotation's source)
// or left out of the consensus (rejected). Rejections are kept per consensus set in the
// project's settings (rejectedSetting()).

// Where a part of a consensus annotation comes from.
enum class VersionChoice {
    First,  // the first set's version
    Second, // the second set's version
    Own,    // the curator's own, given in the choice
};

// What the curator takes: the boundaries from one version, the code (kind, actor, tags and
// comment) from one version, or either of them the curator's own.
struct CurationChoice
{
    VersionChoice boundaries = VersionChoice::First;
    VersionChoice code = VersionChoice::First;
    int start = 0; // the curator's own boundaries
    int end = 0;
    AnnotationKind kind = AnnotationKind::Claim; // the curator's own code
    QUuid actorId;
    QList<QUuid> tagIds;

    static CurationChoice accept(VersionChoice version); // both parts from that version
};

// The annotation a choice makes of the two versions (either may be missing, but not one the
// choice takes a part from), in the consensus set, and the versions it came from: those it
// takes a part of; for the curator's own on both counts, every version there is (it settles
// them). New: no id, quote or times, so the project gives it its own.
struct ConsensusDraft
{
    Annotation annotation;
    QList<QUuid> sources;
};
Result<ConsensusDraft> consensusDraft(const std::optional<Annotation> &first,
                                      const std::optional<Annotation> &second,
                                      const CurationChoice &choice, const QUuid &consensusSetId);

// One disagreement and how it stands.
struct CurationItem
{
    QUuid articleId;
    Disagreement disagreement;
    QUuid settledBy;       // the consensus annotation one of its versions went into, if any
    bool rejected = false; // one of its versions was left out of the consensus
    bool settled() const { return rejected || !settledBy.isNull(); }
    // The ids of the versions there are: one or two.
    QList<QUuid> versionIds() const;
};

// A passage both coders annotated alike (same range, kind and tags): no disagreement, but the
// consensus set needs it too. Taken once a consensus annotation came from either version.
struct AgreedPassage
{
    QUuid articleId;
    QUuid firstId, secondId;
    QUuid takenAs; // the consensus annotation, if any
};

struct CurationArticle
{
    QUuid articleId;
    QString title;
    std::vector<CurationItem> items; // in reading order
    std::vector<AgreedPassage> agreed;
    int settledCount() const;
};

struct CurationState
{
    QUuid firstSetId, secondSetId, consensusSetId;
    QString firstName, secondName;
    std::vector<CurationArticle> articles; // only those with disagreements, in the project's order
    int total() const;
    int settledCount() const;
    int agreedCount() const;
    int agreedTakenCount() const;
    // The item of the disagreement one of whose versions is annotationId; null when none is.
    const CurationItem *itemOf(const QUuid &annotationId) const;
};

// Marks each item settled by the consensus annotation its versions went into (sourceOf: a
// version's id → the consensus annotation's id) or rejected (one of its versions in rejected).
void markSettled(std::vector<CurationArticle> &articles, const QHash<QUuid, QUuid> &sourceOf,
                 const QSet<QUuid> &rejected);

// The project's consensus set: the first set marked so; null when there is none.
Result<QUuid> consensusSetOf(const Project &project);
// Makes a new set of that name the consensus set, in one transaction.
Result<QUuid> createConsensusSet(Project &project, const QString &name);

// The settings key under which the versions rejected for a consensus set are kept.
QString rejectedSetting(const QUuid &consensusSetId);
Result<QSet<QUuid>> rejectedVersions(const Project &project, const QUuid &consensusSetId);
Status setRejectedVersions(Project &project, const QUuid &consensusSetId,
                           const QSet<QUuid> &rejected);

// The disagreements of the two sets in every article, each marked settled or not against the
// consensus set. The sets must be two different ones, neither the consensus set.
Result<CurationState> readCuration(const Project &project, const QUuid &firstSetId,
                                   const QUuid &secondSetId, const QUuid &consensusSetId);

// The consensus annotations for every agreed passage not taken yet: the first version as it is,
// its sources both versions.
Result<QList<ConsensusDraft>> agreedDrafts(const Project &project, const CurationState &state);

// The draft for an item, reading its versions from the project.
Result<ConsensusDraft> consensusDraftFor(const Project &project, const CurationItem &item,
                                         const CurationChoice &choice, const QUuid &consensusSetId);

} // namespace counterpoint::analysis
