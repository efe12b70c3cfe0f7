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

    int length() const { return end - start; }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace counterpoint
