#pragma once

#include "domain/Annotation.h"

#include <QList>
#include <QUuid>

class QTextDocument;

namespace counterpoint::ui {

// One annotation as the coding stripes see it: its characters, and from where another passage
// can no longer share a line with it.
struct StripeSpan
{
    QUuid id;
    AnnotationKind kind = AnnotationKind::Claim;
    int start = 0; // characters of the document, end exclusive
    int end = 0;
    // A passage starting here or later is on another line, whatever the pane's width: the start
    // of the next paragraph, or sooner a line's worth of characters past the end.
    int clearFrom = 0;

    // An annotation's span in the document that shows its article (a range past the end is cut
    // to it), where no line holds more than lineCharacters characters.
    static StripeSpan of(const Annotation &annotation, const QTextDocument &document,
                         int lineCharacters);
};

// The top (or bottom) of the laid-out line holding a document position, in the document's
// coordinates: what a stripe's bar runs between.
qreal lineEdge(const QTextDocument &document, int position, bool bottom);

// The columns the coding stripes of one article stand in, side by side where passages overlap.
// Greedy interval colouring: two passages share a column only when the second starts where it
// can share no line with the first (StripeSpan::clearFrom), so that their bars never run into
// each other at any width. Assigned once per change of the annotations (n log n), so the
// columns stay where they are while the user scrolls or resizes; a paint asks only for the
// spans it shows (a binary search per column).
class StripeColumns final
{
public:
    void assign(QList<StripeSpan> spans);
    void clear();

    int columnCount() const { return int(m_columns.size()); }
    // The column of an annotation; -1 when it has no stripe (orphaned or not shown).
    int columnOf(const QUuid &id) const;
    // The spans of a column that touch the characters [from, to], by start.
    QList<StripeSpan> spansTouching(int column, int from, int to) const;
    const QList<StripeSpan> &column(int index) const { return m_columns.at(index); }

private:
    QList<QList<StripeSpan>> m_columns; // each by start; within one the spans never meet
};

} // namespace counterpoint::ui
