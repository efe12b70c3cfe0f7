#pragma once

#include "domain/Actor.h"
#include "domain/Kinds.h"
#include "domain/Relation.h"
#include "domain/Result.h"
#include "domain/Tag.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

// Issue 16 item 3: the story in numbers. What the charts count, made from the project's data
// without widgets, so that the window, the report, the tests and the benchmark count alike.

// One annotation as the charts count it.
struct ChartAnnotation
{
    QUuid id;
    QUuid articleId;
    QUuid actorId; // null: no actor named
    AnnotationKind kind = AnnotationKind::Claim;
    QList<QUuid> tagIds;
};

struct ChartArticle
{
    QUuid id;
    QString title;
    QString published; // as the article gives it; ISO 8601 where possible
};

// Everything the charts read: the annotations shown, with the names and the relations.
struct ChartInput
{
    QList<ChartAnnotation> annotations;
    QList<Relation> relations;
    QList<Actor> actors;
    QList<Tag> tags;
    QList<ChartArticle> articles; // in import order

    // The same input with only these annotations (the list's filter, say).
    ChartInput restrictedTo(const QSet<QUuid> &annotationIds) const;
};

// The project's annotations as the charts count them, but those of the sets in hiddenSets
// (blind coding hides them from whoever has the project open).
Result<ChartInput> chartInputOf(const Project &project, const QSet<QUuid> &hiddenSets = {});

// A row or column of a chart: an actor, an article, a tag or a kind; or a stand-in for
// several (the annotations without an actor, those of the smaller actors folded together).
struct ChartCategory
{
    QUuid id;                           // null for a stand-in or a kind
    std::optional<AnnotationKind> kind; // set for a kind
    QString name;
    int folded = 0; // how many actors, articles or tags this one stands for; 0: itself

    friend bool operator==(const ChartCategory &, const ChartCategory &) = default;
};

// A table of counts: how many in each cell, and which annotations make it up.
class CountMatrix
{
public:
    CountMatrix() = default;
    CountMatrix(QList<ChartCategory> rows, QList<ChartCategory> columns);

    const QList<ChartCategory> &rows() const { return m_rows; }
    const QList<ChartCategory> &columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }

    int count(int row, int column) const { return m_counts.at(index(row, column)); }
    // The annotations of the cell: each once, in the order they were counted.
    const QList<QUuid> &annotations(int row, int column) const
    {
        return m_annotations.at(index(row, column));
    }
    int rowTotal(int row) const;
    int columnTotal(int column) const;
    int total() const;
    int maximum() const; // the largest cell
    bool isEmpty() const { return total() == 0; }

    int rowOf(const QUuid &id) const;    // -1 if none
    int columnOf(const QUuid &id) const; // -1 if none

    // Counts one annotation more in the cell.
    void add(int row, int column, const QUuid &annotation);
    // Counts one more in the cell (a relation, say), and adds these annotations to it; the
    // caller adds each annotation to a cell once.
    void addCount(int row, int column, const QList<QUuid> &annotations);

    // What the chart leaves out: categories past the most a chart shows (tags), or
    // annotations it cannot place (no date).
    int leftOut = 0;

private:
    int index(int row, int column) const { return row * int(m_columns.size()) + column; }

    QList<ChartCategory> m_rows;
    QList<ChartCategory> m_columns;
    QList<int> m_counts;
    QList<QList<QUuid>> m_annotations;
};

// Counts by kind (rows: every kind, in allAnnotationKinds() order) and actor (columns: by
// count, most first, "No actor" last). Past mostColumns actors the smaller ones are folded
// into one column, "Other actors"; 0 shows every one.
CountMatrix countsByKindAndActor(const ChartInput &input, int mostColumns = 0);

// Counts by kind and article (columns: the articles that have annotations, in import order);
// past mostColumns the least annotated are folded into "Other articles".
CountMatrix countsByKindAndArticle(const ChartInput &input, int mostColumns = 0);

// Tag co-occurrence: cell (i, j) counts the annotations that carry both tags i and j; the
// diagonal those that carry tag i. Tags by use, most first; past mostTags the least used are
// left out (counted in leftOut).
CountMatrix tagCooccurrence(const ChartInput &input, int mostTags = 0);

// Who rebuts (or supports, …) whom: cell (from, to) counts the relations of that kind from an
// annotation of actor `from` to one of actor `to`, both ends among the input's annotations;
// its annotations are both ends. Rows and columns are the same actors, by name, "No actor"
// last; past mostActors, those in the fewest such relations are folded into "Other actors".
CountMatrix actorRelations(const ChartInput &input, RelationKind kind, int mostActors = 0);

// The timeline: claims, counterclaims and sources placed by their article's date, one row per
// actor. One point per article, actor and kind.
struct TimelinePoint
{
    QDateTime when;
    qint64 msecs = 0; // when, in milliseconds since the epoch (cheaper to compare)
    int row = 0;
    AnnotationKind kind = AnnotationKind::Claim;
    QUuid articleId;
    QList<QUuid> annotations;
};

struct Timeline
{
    QList<ChartCategory> rows;   // the actors, by name, "No actor" last
    QList<TimelinePoint> points; // by date, then row, then kind
    int undated = 0; // annotations left out: their article gives no date that can be read
    QDateTime first;
    QDateTime last;

    bool isEmpty() const { return points.isEmpty(); }
};

// Past mostRows actors the least active are folded into "Other actors".
Timeline timeline(const ChartInput &input, int mostRows = 0);

// An article's date as the timeline reads it: ISO 8601 date or date and time; invalid if none.
QDateTime articleDate(const QString &published);

// The kinds a timeline places.
QList<AnnotationKind> timelineKinds();

} // namespace counterpoint::analysis
