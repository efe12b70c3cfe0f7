#pragma once

#include "domain/Memo.h"
#include "search/TextSearch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace counterpoint {
class Project;
}

namespace counterpoint::search {

// Where a hit is: in an article's text, in an annotation's quote or comment, or in a memo.
enum class HitField { Text, Quote, Comment, Memo };
QString toString(HitField field); // text, quote, comment, memo: as the command line prints it

// A hit with its keyword in context: a few words each side, white space shown as single spaces.
struct SearchHit
{
    QUuid articleId;    // null for a hit in the project's or an actor's memo
    QUuid annotationId; // null for a hit in the article's text or a memo
    HitField field = HitField::Text;
    MemoSubject memoSubject = MemoSubject::Project; // for a hit in a memo: whose
    QUuid memoSubjectId;
    int start = 0; // [start, end) in the field's text, in UTF-16 code units
    int end = 0;
    QString before;
    QString match;
    QString after;
};

// The keyword in context of text[hit], words words each side.
void setContext(SearchHit &hit, const QString &text, const WordBounds &words, int contextWords);

struct ArticleHits
{
    QUuid articleId;
    QString title;
    QList<SearchHit> hits; // the text's in order, its annotations' in reading order, its memo's
    int textHits = 0;
    int annotationHits = 0;
    int memoHits = 0;
};

// The hits in the project's memo or an actor's (an article's memo is its article's).
struct MemoHits
{
    MemoSubject subject = MemoSubject::Project;
    QUuid subjectId;
    QString title; // "Project memo", "Memo on the actor “Nvidia”"
    QList<SearchHit> hits;
};

struct SearchResults
{
    QList<ArticleHits> articles; // in the order of the article list, those with hits only
    QList<MemoHits> memos;       // the project's first, then the actors' by name
    int hitCount = 0;
    bool usedIndex = false; // the project's search index narrowed where to look
};

// Every hit of a query in a project: each article's text, each annotation's quote and comment,
// and each memo (memos are few and short: they are read in full, with no index). The project's
// search index (a file's FTS5, a server's pg_trgm) narrows which texts are read; the hits are
// found in the text itself either way, so the answer is the same.
class ProjectSearch
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSearch)

public:
    static constexpr int defaultContextWords = 5;
    enum class Reading {
        NarrowedByIndex, // a file's search index narrows which texts are read (where it can)
        EveryText,       // every text read: the baseline to check the index against
    };
    // Called with each article's hits as soon as they are all found, in the order of the article
    // list, so that a caller shows the first results while the rest are looked for.
    using ArticleFound = std::function<void(const ArticleHits &)>;
    static Result<SearchResults> run(const Project &project, const SearchQuery &query,
                                     int contextWords = defaultContextWords,
                                     Reading reading = Reading::NarrowedByIndex,
                                     const ArticleFound &found = {});
};

} // namespace counterpoint::search
