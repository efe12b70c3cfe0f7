#include "SameClaimSuggestions.h"

#include "store/Project.h"

#include <QMultiHash>
#include <QSet>

#include <algorithm>

namespace counterpoint {

namespace {

// The annotation of the article that overlaps [start, end) the most; null when none does.
QUuid bestCover(const QMultiHash<QUuid, const Annotation *> &byArticle, const QUuid &article,
                int start, int end)
{
    QUuid best;
    int bestOverlap = 0;
    for (auto it = byArticle.constFind(article); it != byArticle.cend() && it.key() == article;
         ++it) {
        const Annotation &a = *it.value();
        if (a.anchorState == AnchorState::Orphaned)
            continue; // its range says nothing until it is re-attached
        const int overlap = std::min(end, a.end) - std::max(start, a.start);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = a.id;
        }
    }
    return best;
}

} // namespace

QList<SameClaimSuggestion> SameClaimSuggestions::match(const QList<SharedPassage> &passages,
                                                       const QList<Annotation> &annotations,
                                                       const QList<Relation> &relations)
{
    QMultiHash<QUuid, const Annotation *> byArticle;
    for (const Annotation &a : annotations)
        byArticle.insert(a.articleId, &a);
    QSet<QPair<QUuid, QUuid>> sameClaims; // both directions: the relation reads either way
    for (const Relation &r : relations) {
        if (r.kind == RelationKind::SameClaim) {
            sameClaims.insert(qMakePair(r.fromId, r.toId));
            sameClaims.insert(qMakePair(r.toId, r.fromId));
        }
    }
    QList<SameClaimSuggestion> suggestions;
    suggestions.reserve(passages.size());
    for (const SharedPassage &passage : passages) {
        SameClaimSuggestion s{passage, {}, {}, false};
        s.firstAnnotation = bestCover(byArticle, passage.firstArticle, passage.match.firstStart,
                                      passage.match.firstEnd);
        s.secondAnnotation = bestCover(byArticle, passage.secondArticle, passage.match.secondStart,
                                       passage.match.secondEnd);
        s.alreadyLinked = !s.firstAnnotation.isNull() && !s.secondAnnotation.isNull() &&
                          sameClaims.contains(qMakePair(s.firstAnnotation, s.secondAnnotation));
        suggestions.append(s);
    }
    return suggestions;
}

QList<SameClaimSuggestion>
SameClaimSuggestions::withoutDismissed(QList<SameClaimSuggestion> suggestions,
                                       const QList<DismissedPassage> &dismissed)
{
    suggestions.removeIf([&dismissed](const SameClaimSuggestion &suggestion) {
        const SharedPassage &passage = suggestion.passage;
        return dismissed.contains(
            DismissedPassage{passage.firstArticle, passage.secondArticle, passage.key});
    });
    return suggestions;
}

Result<QList<SameClaimSuggestion>> SameClaimSuggestions::fromProject(const Project &project,
                                                                     int minWords)
{
    auto summaries = project.articleSummaries();
    if (!summaries)
        return summaries.error();
    QList<Article> articles;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto article = project.article(summary.id);
        if (!article)
            return article.error();
        articles.append(std::move(article).value());
    }
    auto annotations = project.annotations();
    if (!annotations)
        return annotations.error();
    auto relations = project.relations();
    if (!relations)
        return relations.error();
    auto dismissed = project.dismissedPassages();
    if (!dismissed)
        return dismissed.error();
    return withoutDismissed(
        match(SharedPassageFinder(minWords).findAcross(articles), *annotations, *relations),
        *dismissed);
}

} // namespace counterpoint
