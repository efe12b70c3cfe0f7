#pragma once

#include "exchange/common/ExportData.h"

#include <QList>
#include <QMap>
#include <QString>

namespace counterpoint::exporting {

// A link of an entry to an annotation printed elsewhere in the report (by its number), or the
// link that put the entry under its parent.
struct ReportLink
{
    const Relation *relation = nullptr;
    QString how;    // "Rebutted by", "Cites", … read from the entry towards the other end
    int number = 0; // the other end's number in the report
};

// One annotation as the report prints it, once: where the argument first reaches it.
struct ReportEntry
{
    const Annotation *annotation = nullptr;
    int number = 0;               // 1, 2, … in the order the report prints them
    int depth = 0;                // 0 for an entry that answers nothing above it
    ReportLink via;               // how it hangs from its parent; relation null at depth 0
    QList<ReportLink> otherLinks; // relations to entries printed elsewhere, each once
};

// An article's part of the report: its claims with what answers them (depth first), then the
// passages no claim reaches (notes, sources, answers to answers of other articles' claims).
struct ReportSection
{
    const Article *article = nullptr;
    QList<ReportEntry> claims;
    QList<ReportEntry> others;
};

// Counts of what the body prints, made from the entries themselves so that they cannot disagree.
struct ReportCounts
{
    int annotations = 0;
    int relations = 0;                 // shown: both ends in the report
    QMap<QString, QList<int>> byActor; // actor's name (or "(no actor)") → count per kind
    QList<int> byKind;                 // in allAnnotationKinds() order
    QList<int> byState;                // in AnchorState order: exact, moved, fuzzy, orphaned
    QList<QPair<QString, int>> bySet;  // set name → annotations, in set name order
    QList<QPair<QString, int>> byTag;  // tag name → annotations, in tag name order
};

// An actor's own claims and counterclaims, by number, for the "Who claims what" part.
struct ActorClaims
{
    QString actor;
    QUuid actorId;                    // null for the annotations that name nobody
    QList<const Annotation *> claims; // by their number in the report
    QList<const Annotation *> counterclaims;
};

struct ReportOutline
{
    QString title;
    QList<ReportSection> sections;
    ReportCounts counts;
    QList<ActorClaims> actors;  // by name, "(no actor)" last
    QHash<QUuid, int> numberOf; // annotation → its number in the report

    // Every entry in report order.
    QList<const ReportEntry *> entries() const;
};

Result<ReportOutline> makeReportOutline(const ExportData &data, const ExportProgress &progress);

// The names the report prints.
QString actorName(const ExportData &data, const Annotation &annotation);
QString stateNote(AnchorState state); // empty for an exact anchor

} // namespace counterpoint::exporting
