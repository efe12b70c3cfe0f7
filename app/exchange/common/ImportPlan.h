#pragma once

// What every annotation reader produces: a Plan, read and checked, nothing stored yet. The
// applier (PlanApplier.h) stores it in one bulk write, so a bad file never leaves half an import.
#include "domain/Annotation.h"
#include "domain/Article.h"
#include "domain/Kinds.h"
#include "domain/Relation.h"
#include "domain/Result.h"
#include "domain/Verdict.h"
#include "exchange/common/AnnotationImport.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>
#include <utility>

namespace counterpoint::importing {

// "Cannot import FILE: CAUSE", the one form of an import's refusal.
Error invalid(const QString &fileName, const QString &cause);

struct Named
{
    QUuid id; // null when the file gives none
    QString name;
    QString description;
    QColor color;
};

struct PlannedArticle
{
    QString key; // how annotations name it: an IRI or a source GUID
    QUuid id;
    QString url;
    std::optional<Article> content; // when the file carries the text itself
};

struct PlannedAnnotation
{
    QString label; // the file's name for it, for messages
    QUuid id;
    QString articleKey;
    AnnotationKind kind = AnnotationKind::Note;
    std::optional<std::pair<int, int>> codePoints; // TextPositionSelector, in code points
    std::optional<std::pair<int, int>> utf16;      // ranges already in our units (QDPX)
    TextQuote quote;
    Named set, actor;
    QList<Named> tags;
    QString comment;
    QString author;
    QDateTime created, modified;
    AnchorState anchorState = AnchorState::Exact;
    std::optional<Verdict> verdict; // a claim's fact check (our W3C export's cp:verdict)
};

struct PlannedRelation
{
    QString label;
    QUuid id;
    QUuid from, to;
    RelationKind kind = RelationKind::Rebuts;
    QString comment;
    QString author;
    QDateTime created;
};

struct Plan
{
    QList<PlannedArticle> articles;
    QList<PlannedAnnotation> annotations;
    // A file read as a stream holds its annotations nowhere, so that memory does not grow with
    // the file: they were all checked, and storing them reads them from the file again, handing
    // each to the function given, in the file's order, stopping at the first error it returns.
    std::function<Status(const std::function<Status(PlannedAnnotation &&)> &)> streamAnnotations;
    qsizetype streamedAnnotations = 0; // how many streamAnnotations() hands over
    qsizetype annotationCount() const { return annotations.size() + streamedAnnotations; }
    QList<PlannedRelation> relations;
    QHash<QUuid, Named> sets, actors, tags; // descriptions and colours given once per file
    // One level of parent tags (issue 20): the tag a tag is filed under, by the lower-cased name
    // of the child as the file gives it. A tag the project has already keeps its place.
    QHash<QString, Named> tagParents;
    // The exporting project's default set (our W3C export's cp:defaultSet): a project that
    // holds no annotations yet takes its id, so that a re-import keeps the sets as they were.
    Named defaultSet;
    // Memos (issue 20): the project's, the articles' by their key, the actors' (with the actor
    // as the file names it).
    QString projectMemo;
    QHash<QString, QString> articleMemos;
    QList<std::pair<Named, QString>> actorMemos;
    QStringList skipped;
    QStringList notes; // what the report should say beyond the counts (a repaired position, …)
    // What held the annotations, for the line that says it held none: "the collection".
    QString container;
    // REFI-QDA tools give the selections they read from us new GUIDs: such a file's annotation
    // on the same article, range and kind as one of the project's is that one. Never for W3C
    // files, whose ids are kept: two analysts' equal codings must both stay.
    bool matchByPlace = false;
    // Hypothesis: an annotation goes only onto whole words (a quote that would begin or end
    // inside a word is listed, never placed), and an article no URL names is the one whose
    // text holds its annotations' quotes.
    bool wholeWords = false;
    bool findArticleByQuote = false;
};

// A plan with nothing to store or skip says what the file held instead of "0 added": refused
// when it holds nothing at all, a note in report when it holds articles only.
Status checkSomethingFound(const Plan &plan, const QString &fileName, QStringList &notes);

// The UUID an IRI of the form urn:uuid:… names; null for any other IRI.
QUuid uuidFromIri(const QString &iri);
// Another tool's annotation ids are IRIs: a name-based UUID keeps re-imports of the same file
// from duplicating them.
QUuid idForIri(const QString &iri);
QString sha256(const QString &text);
// An ISO 8601 time in UTC, or an invalid time when text is not one.
QDateTime timeFrom(const QString &text);

} // namespace counterpoint::importing
