#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace counterpoint {
Q_NAMESPACE

enum class AnnotationKind { Claim, Counterclaim, Source, Note };
Q_ENUM_NS(AnnotationKind)
enum class RelationKind { Rebuts, Supports, Cites, SameClaim };
Q_ENUM_NS(RelationKind)

// How an annotation's anchor was found on the article's current text.
enum class AnchorState { Exact, Moved, Fuzzy, Orphaned };
Q_ENUM_NS(AnchorState)

enum class ArticleFormat { PlainText, Markdown, Html, Pdf };
Q_ENUM_NS(ArticleFormat)

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
