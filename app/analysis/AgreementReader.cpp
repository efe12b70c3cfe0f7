#include "AgreementReader.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace counterpoint::analysis {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::analysis)
};

} // namespace

Result<AgreementInput> readAgreementInput(const Project &project, const AgreementRequest &request)
{
    if (request.setIds.size() < 2)
        return Error{Error::Code::Invalid,
                     Messages::tr("Agreement needs at least two annotation sets.")};
    const QSet<QUuid> distinct(request.setIds.begin(), request.setIds.end());
    if (distinct.size() != request.setIds.size())
        return Error{Error::Code::Invalid,
                     Messages::tr("Each annotation set can be one coder only once.")};
    auto sets = project.annotationSets();
    if (!sets)
        return sets.error();
    AgreementInput input;
    input.scheme = request.scheme;
    input.setIds = request.setIds;
    QHash<QUuid, int> coderOfSet;
    for (const QUuid &id : request.setIds) {
        const auto found = std::find_if(sets->cbegin(), sets->cend(),
                                        [&](const AnnotationSet &set) { return set.id == id; });
        if (found == sets->cend())
            return Error{Error::Code::NotFound,
                         Messages::tr("There is no annotation set %1 in %2.")
                             .arg(id.toString(QUuid::WithoutBraces), project.name())};
        coderOfSet.insert(id, int(input.coders.size()));
        input.coders.append(found->name);
    }

    QHash<QUuid, QString> tagNames;
    if (request.scheme == CodeScheme::Tag) {
        auto tags = project.tags();
        if (!tags)
            return tags.error();
        for (const Tag &tag : std::as_const(*tags))
            tagNames.insert(tag.id, tag.name);
    }

    // Every chosen set's annotations, grouped by article.
    QHash<QUuid, std::vector<std::vector<ReadingSpan>>> byArticle;
    QSet<QUuid> usedTags;
    const int coders = int(input.coders.size());
    const Status read = project.forEachAnnotation([&](Annotation &&annotation) {
        const auto coder = coderOfSet.constFind(annotation.setId);
        if (coder == coderOfSet.cend())
            return;
        if (!request.articleId.isNull() && annotation.articleId != request.articleId)
            return;
        if (annotation.anchorState == AnchorState::Orphaned)
            return; // no place in the text to compare
        ReadingSpan span;
        span.annotationId = annotation.id;
        span.start = annotation.start;
        span.end = annotation.end;
        span.kind = annotation.kind;
        span.tagIds = annotation.tagIds;
        std::sort(span.tagIds.begin(), span.tagIds.end());
        for (const QUuid &tag : std::as_const(span.tagIds))
            usedTags.insert(tag);
        auto &readings = byArticle[annotation.articleId];
        if (readings.empty())
            readings.resize(size_t(coders));
        readings[size_t(*coder)].push_back(std::move(span));
    });
    if (!read)
        return read.error();

    // The codes and each span's code indices.
    QHash<QUuid, int> codeOfTag;
    if (request.scheme == CodeScheme::Kind) {
        for (AnnotationKind kind : allAnnotationKinds())
            input.codes.append(toString(kind));
    } else {
        QList<QUuid> tags(usedTags.begin(), usedTags.end());
        std::sort(tags.begin(), tags.end(), [&](const QUuid &a, const QUuid &b) {
            return tagNames.value(a).compare(tagNames.value(b), Qt::CaseInsensitive) < 0;
        });
        for (const QUuid &tag : std::as_const(tags)) {
            codeOfTag.insert(tag, int(input.codes.size()));
            input.codes.append(tagNames.value(tag));
        }
    }
    const QList<AnnotationKind> kinds = allAnnotationKinds();

    auto titles = project.articleTitles();
    if (!titles)
        return titles.error();
    for (const ArticleTitle &title : std::as_const(*titles)) {
        const bool named = title.id == request.articleId;
        if (!request.articleId.isNull() && !named)
            continue;
        if (!byArticle.contains(title.id) && !named)
            continue;
        auto text = project.articleText(title.id);
        if (!text)
            return text.error();
        ArticleReadings article;
        article.articleId = title.id;
        article.title = title.title;
        article.length = text->size();
        article.coders =
            byArticle.value(title.id, std::vector<std::vector<ReadingSpan>>(size_t(coders)));
        for (std::vector<ReadingSpan> &spans : article.coders) {
            for (ReadingSpan &span : spans) {
                if (request.scheme == CodeScheme::Kind) {
                    span.codes.push_back(int(kinds.indexOf(span.kind)));
                } else {
                    for (const QUuid &tag : std::as_const(span.tagIds))
                        span.codes.push_back(codeOfTag.value(tag));
                }
            }
        }
        input.articles.push_back(std::move(article));
    }
    if (!request.articleId.isNull() && input.articles.empty())
        return Error{Error::Code::NotFound,
                     Messages::tr("There is no article %1 in %2.")
                         .arg(request.articleId.toString(QUuid::WithoutBraces), project.name())};
    return input;
}

} // namespace counterpoint::analysis
