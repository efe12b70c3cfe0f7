// schema.org ClaimReview as JSON-LD, the markup fact-checkers publish and search engines read: a
// list of ClaimReview objects, one per claim or counterclaim that has a verdict. Each carries
// what Google's fact-check documentation asks for: claimReviewed (the quote), reviewRating
// (ratingValue, bestRating, worstRating, name and alternateName, the rating's name), url (the
// published review), author and datePublished of the review, and itemReviewed, a Claim with its
// author (the actor), its datePublished and the articles it appears in (firstAppearance, the
// earliest, and appearance, every one: its own article and those of the annotations marked as
// the same claim). Counterpoint does not record whether an actor or a reviewer is a person or an
// organisation; both go out as an Organization, the type Google names for a fact-checker.
// A review without a URL, a reviewer or a date leaves that property out rather than invent one.
#include "exchange/common/ExportData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace counterpoint::exporting {

namespace {

// The date part of a date as the article gives it, when it is ISO 8601; empty otherwise.
QString isoDate(const QString &published)
{
    const QString day = published.trimmed().left(10);
    const QDate date = QDate::fromString(day, Qt::ISODate);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject organization(const QString &name)
{
    return {{QStringLiteral("@type"), QStringLiteral("Organization")},
            {QStringLiteral("name"), name}};
}

QJsonObject creativeWork(const Article &article)
{
    QJsonObject work{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                     {QStringLiteral("headline"), article.title}};
    if (!article.url.isEmpty())
        work.insert(QStringLiteral("url"), article.url);
    else
        work.insert(QStringLiteral("@id"), urn(article.id));
    if (const QString date = isoDate(article.published); !date.isEmpty())
        work.insert(QStringLiteral("datePublished"), date);
    if (!article.publisher.isEmpty())
        work.insert(QStringLiteral("publisher"), organization(article.publisher));
    if (!article.author.isEmpty())
        work.insert(QStringLiteral("author"),
                    QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                {QStringLiteral("name"), article.author}});
    return work;
}

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

} // namespace

QList<const Annotation *> reviewedClaims(const ExportData &data)
{
    QList<const Annotation *> reviewed;
    for (const Annotation &a : data.annotations) {
        if ((a.kind == AnnotationKind::Claim || a.kind == AnnotationKind::Counterclaim) &&
            data.verdicts.contains(a.id))
            reviewed.append(&a);
    }
    return reviewed;
}

QStringList claimReviewWarnings(const ExportData &data)
{
    int withoutUrl = 0, withoutReviewer = 0, withoutDate = 0;
    for (const Annotation *a : reviewedClaims(data)) {
        const Verdict &verdict = data.verdicts[a->id];
        withoutUrl += verdict.url.isEmpty() ? 1 : 0;
        withoutReviewer += verdict.reviewer.isEmpty() ? 1 : 0;
        withoutDate += verdict.date.isValid() ? 0 : 1;
    }
    // Each count after a colon: a message with no plural forms to translate.
    QStringList warnings;
    if (withoutUrl > 0)
        warnings.append(Messages::tr("Reviews without a URL, which Google requires of a "
                                     "ClaimReview: %1 (give one with “review … --url”).")
                            .arg(withoutUrl));
    if (withoutReviewer > 0)
        warnings.append(Messages::tr("Reviews that name no reviewer (the ClaimReview's author): "
                                     "%1.")
                            .arg(withoutReviewer));
    if (withoutDate > 0)
        warnings.append(
            Messages::tr("Reviews without a date (datePublished): %1.").arg(withoutDate));
    return warnings;
}

Status writeClaimReview(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    ProgressTicker ticker(progress, data.annotations.size());
    QHash<QUuid, const Annotation *> byId;
    for (const Annotation &a : data.annotations)
        byId.insert(a.id, &a);
    // The annotations marked as the same claim as each one, to find every article it appears in.
    QMultiHash<QUuid, QUuid> sameClaim;
    for (const Relation &r : data.allRelations) {
        if (r.kind != RelationKind::SameClaim)
            continue;
        sameClaim.insert(r.fromId, r.toId);
        sameClaim.insert(r.toId, r.fromId);
    }

    QJsonArray reviews;
    qint64 done = 0;
    for (const Annotation *reviewed : reviewedClaims(data)) {
        if (!ticker.step(++done))
            return cancelled();
        const Annotation &a = *reviewed;
        const auto verdict = data.verdicts.constFind(a.id);

        // Its own article, then those of the same claim elsewhere, earliest first.
        QList<const Article *> articles;
        const auto addArticle = [&](const QUuid &articleId) {
            const auto index = data.articleIndex.constFind(articleId);
            if (index == data.articleIndex.constEnd())
                return; // outside the export's scope
            const Article *article = &data.articles.at(*index);
            if (!articles.contains(article))
                articles.append(article);
        };
        addArticle(a.articleId);
        QList<QUuid> same = sameClaim.values(a.id);
        std::sort(same.begin(), same.end());
        for (const QUuid &other : std::as_const(same)) {
            if (const Annotation *found = byId.value(other))
                addArticle(found->articleId);
        }
        std::stable_sort(articles.begin(), articles.end(), [](const Article *x, const Article *y) {
            const QString dx = isoDate(x->published), dy = isoDate(y->published);
            if (dx.isEmpty() != dy.isEmpty())
                return !dx.isEmpty(); // a dated article before an undated one
            return dx < dy;
        });

        QJsonObject claim{{QStringLiteral("@type"), QStringLiteral("Claim")}};
        if (const auto actor = data.actors.constFind(a.actorId); actor != data.actors.constEnd())
            claim.insert(QStringLiteral("author"), organization(actor->name));
        if (!articles.isEmpty()) {
            claim.insert(QStringLiteral("firstAppearance"), creativeWork(*articles.first()));
            if (const QString date = isoDate(articles.first()->published); !date.isEmpty())
                claim.insert(QStringLiteral("datePublished"), date);
            QJsonArray appearances;
            for (const Article *article : std::as_const(articles))
                appearances.append(creativeWork(*article));
            claim.insert(QStringLiteral("appearance"), appearances);
        }

        const QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                                 {QStringLiteral("ratingValue"), verdict->ratingValue},
                                 {QStringLiteral("bestRating"), verdict->bestRating},
                                 {QStringLiteral("worstRating"), verdict->worstRating},
                                 {QStringLiteral("name"), verdict->rating},
                                 {QStringLiteral("alternateName"), verdict->rating}};
        QJsonObject review{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                           {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                           {QStringLiteral("@id"), urn(a.id)},
                           {QStringLiteral("claimReviewed"), a.quote.exact},
                           {QStringLiteral("reviewRating"), rating},
                           {QStringLiteral("itemReviewed"), claim}};
        if (!verdict->url.isEmpty())
            review.insert(QStringLiteral("url"), verdict->url);
        if (!verdict->reviewer.isEmpty())
            review.insert(QStringLiteral("author"), organization(verdict->reviewer));
        if (verdict->date.isValid())
            review.insert(QStringLiteral("datePublished"), verdict->date.toString(Qt::ISODate));
        reviews.append(review);
    }
    out << QJsonDocument(reviews).toJson(QJsonDocument::Indented);
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting
