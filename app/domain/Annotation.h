#pragma once

#include "Kinds.h"
#include "TextQuote.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace counterpoint {

// A tagged passage of one article. The range is in UTF-16 code units of the article's canonical
// text; the quote is kept beside it on purpose so the passage can be found again after edits.
struct Annotation
{
    QUuid id;
    QUuid articleId;
    QUuid setId;
    AnnotationKind kind = AnnotationKind::Claim;
    int start = 0;
    int end = 0;
    TextQuote quote;
    QUuid actorId; // null when nobody is named
    QList<QUuid> tagIds;
    QString comment;
    QString author;
    QDateTime created;
    QDateTime modified;
    AnchorState anchorState = AnchorState::Exact;
    // The stored row's version, raised by every change to it (0: not read from a project). A
    // write that names the version it read is refused when the row has changed since. Not part
    // of what makes two annotations equal: the same annotation read before and after another
    // process touched it compares equal when nothing a user sees differs.
    qint64 version = 0;

    int length() const { return end - start; }
    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.id == b.id && a.articleId == b.articleId && a.setId == b.setId &&
               a.kind == b.kind && a.start == b.start && a.end == b.end && a.quote == b.quote &&
               a.actorId == b.actorId && a.tagIds == b.tagIds && a.comment == b.comment &&
               a.author == b.author && a.created == b.created && a.modified == b.modified &&
               a.anchorState == b.anchorState;
    }
};

} // namespace counterpoint
