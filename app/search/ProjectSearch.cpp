#include "ProjectSearch.h"

#include "search/IndexFolding.h"
#include "store/Project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace counterpoint::search {

namespace {

// White space as single spaces (a line break in the middle of a context line would break it).
QString collapsed(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
    }
    if (space && !out.isEmpty())
        out.append(u' ');
    return out;
}

QList<SearchHit> hitsIn(const SearchQuery &query, const QString &text, HitField field,
                        const QUuid &articleId, const QUuid &annotationId, int contextWords)
{
    QList<SearchHit> hits;
    const QList<TextHit> found = query.find(text);
    if (found.isEmpty())
        return hits;
    const WordBounds words = WordBounds::of(text);
    for (const TextHit &at : found) {
        SearchHit hit;
        hit.articleId = articleId;
        hit.annotationId = annotationId;
        hit.field = field;
        hit.start = at.start;
        hit.end = at.end;
        setContext(hit, text, words, contextWords);
        hits.append(hit);
    }
    return hits;
}

// The hits in every memo: an article's go with its article's hits, the project's and the actors'
// into groups of their own.
Status memoHits(const Project &project, const SearchQuery &query, int contextWords,
                QHash<QUuid, ArticleHits> &byArticle, QList<MemoHits> &groups)
{
    auto memos = project.memos();
    if (!memos)
        return memos.error();
    QList<Actor> actors;
    for (const Memo &memo : std::as_const(*memos)) {
        const QUuid articleId = memo.subject == MemoSubject::Article ? memo.subjectId : QUuid();
        QList<SearchHit> hits =
            hitsIn(query, memo.text, HitField::Memo, articleId, {}, contextWords);
        if (hits.isEmpty())
            continue;
        for (SearchHit &hit : hits) {
            hit.memoSubject = memo.subject;
            hit.memoSubjectId = memo.subjectId;
        }
        if (memo.subject == MemoSubject::Article) {
            ArticleHits &group = byArticle[memo.subjectId];
            group.hits += hits;
            group.memoHits += int(hits.size());
            continue;
        }
        MemoHits group{memo.subject, memo.subjectId, ProjectSearch::tr("Project memo"), hits};
        if (memo.subject == MemoSubject::Actor) {
            if (actors.isEmpty()) {
                auto all = project.actors();
                if (!all)
                    return all.error();
                actors = std::move(all).value();
            }
            const auto actor = std::find_if(actors.cbegin(), actors.cend(),
                                            [&](const Actor &a) { return a.id == memo.subjectId; });
            group.title = ProjectSearch::tr("Memo on the actor “%1”")
                              .arg(actor != actors.cend() ? actor->name : QString());
        }
        groups.append(group);
    }
    // The project's memo first (as memos() gives it), then the actors' by name.
    std::stable_sort(groups.begin(), groups.end(), [](const MemoHits &a, const MemoHits &b) {
        if (a.subject != b.subject)
            return a.subject == MemoSubject::Project;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return success();
}

} // namespace

QString toString(HitField field)
{
    switch (field) {
    case HitField::Text:
        return QStringLiteral("text");
    case HitField::Quote:
        return QStringLiteral("quote");
    case HitField::Comment:
        return QStringLiteral("comment");
    case HitField::Memo:
        return QStringLiteral("memo");
    }
    return {};
}

void setContext(SearchHit &hit, const QString &text, const WordBounds &words, int contextWords)
{
    contextWords = std::max(0, contextWords);
    // Words that begin before the hit: the last contextWords of them (a word the hit begins
    // inside counts as one).
    const int before = int(std::lower_bound(words.starts.begin(), words.starts.end(), hit.start) -
                           words.starts.begin());
    int from = hit.start;
    if (contextWords > 0 && before > 0)
        from = words.starts[std::max(0, before - contextWords)];
    if (contextWords > 0 && before <= contextWords)
        from = 0; // the text's beginning, with any punctuation before its first word
    // Words that end after the hit: the first contextWords of them.
    const int after =
        int(std::upper_bound(words.ends.begin(), words.ends.end(), hit.end) - words.ends.begin());
    int to = hit.end;
    if (contextWords > 0 && after < words.ends.size())
        to = words.ends[std::min(int(words.ends.size()) - 1, after + contextWords - 1)];
    if (contextWords > 0 && after + contextWords >= words.ends.size())
        to = int(text.size());
    hit.before = collapsed(QStringView(text).mid(from, hit.start - from));
    hit.match = collapsed(QStringView(text).mid(hit.start, hit.end - hit.start));
    hit.after = collapsed(QStringView(text).mid(hit.end, to - hit.end));
    // A context that begins or ends with white space keeps one space, so the line reads well.
    if (hit.start > from && text[hit.start - 1].isSpace() && !hit.before.endsWith(u' '))
        hit.before.append(u' ');
    if (to > hit.end && text[hit.end].isSpace() && !hit.after.startsWith(u' '))
        hit.after.prepend(u' ');
}

Result<SearchResults> ProjectSearch::run(const Project &project, const SearchQuery &query,
                                         int contextWords, Reading reading,
                                         const ArticleFound &found)
{
    SearchResults results;
    QStringList narrowing;
    const bool caseSensitive = query.options().caseSensitive;
    for (const QString &substring : query.requiredSubstrings()) {
        if (reading != Reading::NarrowedByIndex)
            break;
        // A server's index widens the letters it folds otherwise itself (ServerSearchIndex);
        // a file's is asked only with substrings it folds as the search does.
        if (project.isOnServer() ? substring.toUcs4().size() >= 3
                                 : indexMayNarrow(substring, caseSensitive))
            narrowing.append(substring);
    }
    SearchCandidates candidates;
    if (!narrowing.isEmpty()) {
        auto asked = project.searchCandidates(narrowing, caseSensitive);
        if (!asked)
            return asked.error();
        candidates = std::move(asked).value();
    }
    results.usedIndex = candidates.narrowed;

    // The annotations first (their quotes and comments are short, and the index names the few
    // that can hold a hit), so that each article's group is whole once its text is searched.
    QList<Annotation> matching;
    auto consider = [&](Annotation &&annotation) {
        const bool inQuote = !query.find(annotation.quote.exact).isEmpty();
        const bool inComment = !query.find(annotation.comment).isEmpty();
        if (inQuote || inComment)
            matching.append(std::move(annotation));
    };
    if (candidates.narrowed) {
        for (const QUuid &id : std::as_const(candidates.annotations)) {
            auto annotation = project.annotation(id);
            if (!annotation)
                return annotation.error();
            consider(std::move(annotation).value());
        }
    } else if (auto read = project.forEachAnnotation(consider); !read) {
        return read.error();
    }
    std::sort(matching.begin(), matching.end(), readingOrder);
    QHash<QUuid, QList<SearchHit>> annotationHits;
    for (const Annotation &annotation : std::as_const(matching)) {
        QList<SearchHit> &hits = annotationHits[annotation.articleId];
        hits += hitsIn(query, annotation.quote.exact, HitField::Quote, annotation.articleId,
                       annotation.id, contextWords);
        hits += hitsIn(query, annotation.comment, HitField::Comment, annotation.articleId,
                       annotation.id, contextWords);
    }

    // Memos are few and short: read in full. An article's memo hits go with its article.
    QHash<QUuid, ArticleHits> articleMemos;
    if (auto memos = memoHits(project, query, contextWords, articleMemos, results.memos); !memos)
        return memos.error();
    for (const MemoHits &memo : std::as_const(results.memos))
        results.hitCount += int(memo.hits.size());

    auto titles = project.articleTitles();
    if (!titles)
        return titles.error();
    for (const ArticleTitle &title : std::as_const(*titles)) {
        const auto inAnnotations = annotationHits.constFind(title.id);
        const auto inMemo = articleMemos.constFind(title.id);
        const bool textMayHit = !candidates.narrowed || candidates.articles.contains(title.id);
        if (!textMayHit && inAnnotations == annotationHits.cend() && inMemo == articleMemos.cend())
            continue;
        ArticleHits group;
        group.articleId = title.id;
        group.title = title.title;
        if (textMayHit) {
            auto text = project.articleText(title.id);
            if (!text)
                return text.error();
            group.hits = hitsIn(query, *text, HitField::Text, title.id, {}, contextWords);
            group.textHits = int(group.hits.size());
        }
        if (inAnnotations != annotationHits.cend()) {
            group.hits += *inAnnotations;
            group.annotationHits = int(inAnnotations->size());
        }
        if (inMemo != articleMemos.cend()) {
            group.hits += inMemo->hits;
            group.memoHits = inMemo->memoHits;
        }
        if (group.hits.isEmpty())
            continue;
        results.hitCount += group.textHits + group.annotationHits + group.memoHits;
        if (found)
            found(group);
        results.articles.append(std::move(group));
    }
    return results;
}

} // namespace counterpoint::search
