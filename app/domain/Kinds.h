#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace counterpoint {

enum class AnnotationKind { Claim, Counterclaim, Source, Note };
enum class RelationKind { Rebuts, Supports, Cites, SameClaim };

// How an annotation's anchor was found on the article's current text.
enum class AnchorState { Exact, Moved, Fuzzy, Orphaned };

// Stable names used in the database, the command line and every export.
QString toString(AnnotationKind kind);
QString toString(RelationKind kind);
QString toString(AnchorState state);
std::optional<AnnotationKind> annotationKindFromString(const QString &name);
std::optional<RelationKind> relationKindFromString(const QString &name);
std::optional<AnchorState> anchorStateFromString(const QString &name);

// Names as a user reads them ("Claim", "Same claim as"), translated.
QString displayName(AnnotationKind kind);
QString displayName(RelationKind kind);
QString displayName(AnchorState state);

QList<AnnotationKind> allAnnotationKinds();
QList<RelationKind> allRelationKinds();

} // namespace counterpoint
