#pragma once

#include "AgreementInput.h"
#include "domain/Annotation.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

// Curation (issue 14 item 5): the readings of two or more coders' sets, walked article by
// article and settled into the project's consensus set. The coders' annotations of an article
// fall into clusters: the largest groups of spans joined by overlaps, across every set (a
// passage only some coders marked is a cluster the others' versions are missing from; spans of
// one set that overlap are separate versions of one cluster). A cluster every set coded exactly
// once, alike (same range, kind and tags), is agreed; every other cluster is an item to settle.
// An item is settled once one of its versions is decided: taken into a consensus annotation
// (recorded as that annotation's source) or left out of the consensus (rejected). Rejections
// are kept per consensus set in the project's settings (rejectedSetting()).

// One coder's annotation in a cluster: coder is the index of its set among the chosen sets.
struct CurationVersion
{
    int coder = 0;
    ReadingSpan span;
};

// The clusters of one article's readings (coders: one list per set, as ArticleReadings holds
// them): each cluster's versions by coder, then in reading order; the clusters in reading order
// of their first passage. Two spans overlap when they share at least one character.
std::vector<std::vector<CurationVersion>>
clustersOf(const std::vector<std::vector<ReadingSpan>> &coders);

// Whether a cluster of coderCount coders is agreed: each coded it once, all alike.
bool isAgreed(const std::vector<CurationVersion> &cluster, int coderCount);

// How the versions of an item differ.
enum class CurationDifference {
    Missing,           // some coders did not code the passage at all
    Boundaries,        // every coder did, of the same kind and tags, with other boundaries
    Code,              // every coder did, on the same span, with another kind or tags
    BoundariesAndCode, // every coder did, differing in both
};
QString toString(CurationDifference difference); // "missing", "boundaries", …
CurationDifference differenceOf(const std::vector<CurationVersion> &cluster, int coderCount);

// Where a part of a consensus annotation comes from: one of the versions, named by its
// annotation's id, or the curator's own (a null id).
struct VersionChoice
{
    QUuid versionId;
    static VersionChoice own() { return {}; }
    static VersionChoice of(const QUuid &annotationId) { return {annotationId}; }
    bool isOwn() const { return versionId.isNull(); }
    bool operator==(const VersionChoice &other) const = default;
};

// What the curator takes: the boundaries from one version, the code (kind, actor, tags and
// comment) from one version, or either of them the curator's own.
struct CurationChoice
{
    VersionChoice boundaries;
    VersionChoice code;
    int start = 0; // the curator's own boundaries
    int end = 0;
    AnnotationKind kind = AnnotationKind::Claim; // the curator's own code
    QUuid actorId;
    QList<QUuid> tagIds;

    static CurationChoice accept(const QUuid &versionId); // both parts from that version
};

// The annotation a choice makes of an item's versions (every one of them, each coder's; none
// the choice takes a part from may be missing), in the consensus set, and the versions it came
// from: those it takes a part of; for the curator's own on both counts, every version there is
// (it settles them). New: no id, quote or times, so the project gives it its own.
struct ConsensusDraft
{
    Annotation annotation;
    QList<QUuid> sources;
};
Result<ConsensusDraft> consensusDraft(const QList<Annotation> &versions,
                                      const CurationChoice &choice, const QUuid &consensusSetId);

// One item to settle, and how it stands.
struct CurationItem
{
    QUuid articleId;
    std::vector<CurationVersion> versions; // by coder, then in reading order
    int coderCount = 2;                    // of the chosen sets
    QUuid settledBy;       // the consensus annotation one of its versions went into, if any
    bool rejected = false; // one of its versions was left out of the consensus
    bool settled() const { return rejected || !settledBy.isNull(); }
    CurationDifference difference() const { return differenceOf(versions, coderCount); }
    QList<QUuid> versionIds() const;                          // every version's, in order
    std::vector<const CurationVersion *> of(int coder) const; // that coder's versions
    qint64 start() const; // where its first passage begins, and its last ends
    qint64 end() const;
};

// "Alice and Bob", "Alice, Bob and Cara": the coders as a sentence names them.
QString coderList(const QStringList &names);
// How the item's versions differ, in words: "coded by Alice only", "not coded by Cara",
// "boundaries differ", …
QString describeDifference(const CurationItem &item, const QStringList &coderNames);

// A passage every coder annotated alike (same range, kind and tags): no disagreement, but the
// consensus set needs it too. Taken once a consensus annotation came from any of its versions.
struct AgreedPassage
{
    QUuid articleId;
    QList<QUuid> versionIds; // one per coder, in the order of the sets
    QUuid takenAs;           // the consensus annotation, if any
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
    QList<QUuid> setIds; // the coders' sets, two or more, in the order chosen
    QStringList coderNames;
    QUuid consensusSetId;
    std::vector<CurationArticle> articles; // only those coded, in the project's order
    int total() const;
    int settledCount() const;
    int agreedCount() const;
    int agreedTakenCount() const;
    // The item one of whose versions is annotationId; null when none is.
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

// The items of the sets in every article, each marked settled or not against the consensus
// set. The sets must be two or more different ones, none the consensus set.
Result<CurationState> readCuration(const Project &project, const QList<QUuid> &setIds,
                                   const QUuid &consensusSetId);

// The consensus annotations for every agreed passage not taken yet: the first coder's version
// as it is, its sources every coder's version.
Result<QList<ConsensusDraft>> agreedDrafts(const Project &project, const CurationState &state);

// The draft for an item, reading its versions from the project.
Result<ConsensusDraft> consensusDraftFor(const Project &project, const CurationItem &item,
                                         const CurationChoice &choice, const QUuid &consensusSetId);

} // namespace counterpoint::analysis
