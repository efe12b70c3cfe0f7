#include "ArticleEdits.h"
#include "PassageHeading.h"

#include "anchor/Reanchorer.h"
#include "domain/TextRange.h"
#include "import/ArticleDocument.h"
#include "import/PdfText.h"
#include "store/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleEdits)
};

constexpr int maxTitleLength = 120;

bool overlaps(const Annotation &annotation, int start, int end)
{
    if (annotation.anchorState == AnchorState::Orphaned)
        return false;
    return annotation.start < end && annotation.end > start;
}

// The article's content must render to the text its ranges count in; a derived plain text does,
// unless it holds what a text file cannot (checked, not assumed).
Status checkRendersAsText(const Article &content)
{
    SandboxedTextDocument document;
    ArticleDocument::render(content, document);
    if (ArticleDocument::canonicalText(document) == content.text)
        return success();
    return Error{Error::Code::Invalid,
                 Messages::tr("Cannot change “%1”: its new text would not read back the same.")
                     .arg(content.title)};
}

Status checkNotElsewhere(const Project &project, const Article &content, const QString &title)
{
    auto other = project.findArticleByHash(content.contentHash);
    if (!other)
        return other.error();
    if (!other->isNull() && *other != content.id) {
        auto otherArticle = project.article(*other);
        return Error{
            Error::Code::Duplicate,
            Messages::tr("Cannot change “%1”: the project already holds that text as “%2”.")
                .arg(title, otherArticle ? otherArticle->title : other->toString())};
    }
    return success();
}

} // namespace

QString titleFromPassage(const QString &passage)
{
    const auto lines = QStringView(passage).split(u'\n');
    for (const auto line : lines) {
        const QString title = line.toString().simplified();
        if (title.isEmpty())
            continue;
        if (title.size() > maxTitleLength)
            return title.left(maxTitleLength - 1) + u'…';
        return title;
    }
    return {};
}

Result<QList<CleanupSuggestion>> suggestCleanup(const Project &project, const QUuid &articleId)
{
    auto article = project.article(articleId);
    if (!article)
        return article.error();
    QStringList siblings;
    if (!article->publisher.trimmed().isEmpty()) {
        auto summaries = project.articleSummaries();
        if (!summaries)
            return summaries.error();
        for (const ArticleSummary &summary : std::as_const(*summaries)) {
            if (summary.id == articleId || summary.publisher.trimmed().compare(
                                               article->publisher.trimmed(), Qt::CaseInsensitive))
                continue;
            auto text = project.articleText(summary.id);
            if (!text)
                return text.error();
            siblings.append(*text);
        }
    }
    return CleanupSuggester::suggest(article->text, siblings);
}

Result<RemovalPlan> ArticleEdits::plan(const Article &article, const QList<Annotation> &annotations,
                                       const QList<TextCut> &cuts) const
{
    RemovalPlan removal;
    removal.cuts = TextCuts::normalized(cuts, article.text.size());
    if (removal.cuts.isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Nothing to remove from “%1”.").arg(article.title)};
    for (const TextCut &cut : std::as_const(removal.cuts)) {
        if (splitsSurrogatePair(article.text, cut.start) ||
            splitsSurrogatePair(article.text, cut.end))
            return Error{Error::Code::Invalid,
                         Messages::tr("Cannot remove from “%1”: the passage ends inside a "
                                      "character.")
                             .arg(article.title)};
    }
    const QString newText = TextCuts::apply(article.text, removal.cuts);
    if (newText.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot remove the whole text of “%1”; remove the article "
                                  "instead.")
                         .arg(article.title)};
    Article content = TextCuts::derivedContent(
        article, newText, TextCuts::mapPageStarts(article.pageStarts, removal.cuts));
    if (auto renders = checkRendersAsText(content); !renders)
        return renders.error();
    if (auto unique = checkNotElsewhere(m_project, content, article.title); !unique)
        return unique.error();

    for (const Annotation &annotation : annotations) {
        for (const TextCut &cut : std::as_const(removal.cuts)) {
            if (overlaps(annotation, cut.start, cut.end)) {
                removal.inRemovedText.append(annotation);
                break;
            }
        }
    }
    Reanchorer reanchorer(article.text, newText);
    removal.update.annotations = reanchorer.reanchorAll(annotations, &removal.update.summary);
    removal.update.content = std::move(content);
    removal.update.fileName = article.sourceFileName;
    return removal;
}

Result<RemovalPlan> ArticleEdits::prepareRemoval(const QUuid &articleId,
                                                 const QList<TextCut> &cuts) const
{
    auto article = m_project.article(articleId);
    if (!article)
        return article.error();
    auto annotations = m_project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();
    return plan(*article, *annotations, cuts);
}

Result<RemovalPlan> ArticleEdits::prepareRemovalOfText(const QUuid &articleId,
                                                       const QString &exact) const
{
    auto article = m_project.article(articleId);
    if (!article)
        return article.error();
    if (exact.isEmpty())
        return Error{Error::Code::Invalid, Messages::tr("The text to remove is empty.")};
    QList<TextCut> cuts;
    for (qsizetype at = article->text.indexOf(exact); at >= 0;
         at = article->text.indexOf(exact, at + exact.size()))
        cuts.append(TextCuts::tidyCut(article->text, int(at), int(at + exact.size())));
    if (cuts.isEmpty())
        return Error{Error::Code::NotFound,
                     Messages::tr("“%1” does not occur in “%2”.").arg(exact, article->title)};
    auto annotations = m_project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();
    return plan(*article, *annotations, cuts);
}

Result<SplitPlan> ArticleEdits::prepareSplit(const QUuid &articleId, int start, int end,
                                             const SplitOptions &options) const
{
    auto article = m_project.article(articleId);
    if (!article)
        return article.error();
    const QString &text = article->text;
    if (rangeProblem(text, start, end))
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot split “%1”: the passage %2–%3 is not in its text.")
                         .arg(article->title)
                         .arg(start)
                         .arg(end)};
    // The passage without the blank lines around it.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return Error{
            Error::Code::Invalid,
            Messages::tr("Cannot split “%1”: the passage holds no text.").arg(article->title)};
    if (start == 0 && text.mid(end).trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot split “%1”: the passage is the whole article.")
                         .arg(article->title)};

    SplitPlan plan;
    const QString passage = text.mid(start, end - start);
    Article &split = plan.newArticle;
    split.id = QUuid::createUuid();
    // What the passage's own heading says (a related article's publisher, date and title),
    // where the options leave a field empty; else the source's.
    QStringList publishers;
    if (auto summaries = m_project.articleSummaries(); summaries) {
        for (const ArticleSummary &summary : std::as_const(*summaries))
            publishers.append(summary.publisher);
    }
    const PassageHeading heading = readPassageHeading(passage, publishers, article->importedAt);
    const auto firstOf = [](std::initializer_list<QString> candidates) {
        for (const QString &candidate : candidates)
            if (!candidate.trimmed().isEmpty())
                return candidate.simplified();
        return QString();
    };
    split.title =
        firstOf({options.title, titleFromPassage(heading.title), titleFromPassage(passage)});
    split.publisher = firstOf({options.publisher, heading.publisher, article->publisher});
    split.published = firstOf({options.published, heading.published, article->published});
    split.author = heading.author;
    split.format = ArticleFormat::PlainText;
    split.sourceFileName = TextCuts::derivedContent(*article, passage, {}).sourceFileName;
    split.text = passage;
    split.original = passage.toUtf8();
    split.contentHash = TextCuts::derivedContent(*article, passage, {}).contentHash;
    // The source's page numbers, so that "p. 3" still means page 3 of the PDF it came from.
    for (const int pageStart : std::as_const(article->pageStarts))
        split.pageStarts.append(std::clamp(pageStart - start, 0, int(passage.size())));
    if (auto renders = checkRendersAsText(split); !renders)
        return renders.error();
    auto other = m_project.findArticleByHash(split.contentHash);
    if (!other)
        return other.error();
    if (!other->isNull())
        return Error{Error::Code::Duplicate,
                     Messages::tr("Cannot split “%1”: the project already holds that passage as an "
                                  "article.")
                         .arg(article->title)};

    auto annotations = m_project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();
    QList<Annotation> staying;
    for (const Annotation &annotation : std::as_const(*annotations)) {
        const bool inside = annotation.anchorState != AnchorState::Orphaned &&
                            annotation.start >= start && annotation.end <= end;
        if (!inside) {
            if (overlaps(annotation, start, end))
                plan.straddling.append(annotation);
            staying.append(annotation);
            continue;
        }
        Annotation moved = annotation;
        moved.articleId = split.id;
        moved.start -= start;
        moved.end -= start;
        moved.quote = TextQuote::fromText(passage, moved.start, moved.end);
        plan.moved.append(moved);
    }
    auto source = this->plan(*article, staying, {TextCuts::tidyCut(text, start, end)});
    if (!source)
        return source.error();
    plan.source = std::move(source).value();
    return plan;
}

Result<ArticleUpdate> ArticleEdits::prepareRestore(const QUuid &articleId, int version) const
{
    auto article = m_project.article(articleId);
    if (!article)
        return article.error();
    auto versions = m_project.articleVersions(articleId);
    if (!versions)
        return versions.error();
    const auto kept = std::find_if(versions->cbegin(), versions->cend(),
                                   [&](const ArticleVersion &v) { return v.version == version; });
    if (kept == versions->cend())
        return Error{Error::Code::NotFound,
                     Messages::tr("“%1” has no version %2 (versions kept: %3).")
                         .arg(article->title)
                         .arg(version)
                         .arg(versions->size())};
    if (kept->contentHash == article->contentHash)
        return Error{Error::Code::Duplicate,
                     Messages::tr("Version %1 of “%2” reads the same as its current text.")
                         .arg(version)
                         .arg(article->title)};
    Article content = *article;
    content.format = kept->format;
    content.sourceFileName = kept->sourceFileName;
    content.original = kept->original;
    content.text = kept->text;
    content.contentHash = kept->contentHash;
    content.pageStarts.clear();
    if (kept->format == ArticleFormat::Pdf) {
        if (auto pdf = PdfText::read(kept->original, kept->sourceFileName); pdf)
            content.pageStarts = pdf->pageStarts();
    }
    if (auto unique = checkNotElsewhere(m_project, content, article->title); !unique)
        return unique.error();
    auto annotations = m_project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();
    ArticleUpdate update;
    Reanchorer reanchorer(article->text, content.text);
    update.annotations = reanchorer.reanchorAll(*annotations, &update.summary);
    update.content = std::move(content);
    update.fileName = kept->sourceFileName;
    return update;
}

} // namespace counterpoint
