#include "PassageAnnotation.h"

#include "NameLookup.h"

#include <QCoreApplication>
#include <QDir>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// The start of every occurrence of exact in text, overlapping ones included.
QList<int> occurrencesOf(const QString &exact, const QString &text)
{
    QList<int> starts;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
        starts.append(int(at));
    return starts;
}

Error refused(const QString &message)
{
    return {Error::Code::Invalid, message};
}

} // namespace

Result<Annotation> annotatePassage(Project &project, const PassageRequest &request,
                                   const std::function<void()> &afterLookup)
{
    Result<Annotation> added = Error{};
    // Looked up inside the write: its transaction holds the write lock from the start, so no
    // other process can replace the article's text between the search and the store.
    auto written = project.write([&]() -> Status {
        auto articleId = findArticle(project, request.article);
        if (!articleId)
            return articleId.error();
        auto article = project.article(*articleId);
        if (!article)
            return article.error();
        const QList<int> starts = occurrencesOf(request.exact, article->text);
        if (starts.isEmpty())
            return refused(
                Messages::tr("“%1” does not occur in “%2”.").arg(request.exact, article->title));
        if (request.occurrence == 0 && starts.size() > 1)
            return refused(
                Messages::tr("“%1” occurs %2 times in “%3”; choose one with --occurrence 1 to %2.")
                    .arg(request.exact)
                    .arg(starts.size())
                    .arg(article->title));
        if (request.occurrence > starts.size())
            return refused(
                Messages::tr("“%1” occurs only %n time(s) in “%2”.", nullptr, int(starts.size()))
                    .arg(request.exact, article->title));
        const int start = starts.at(request.occurrence == 0 ? 0 : request.occurrence - 1);
        if (afterLookup)
            afterLookup();

        Annotation annotation;
        annotation.articleId = article->id;
        annotation.kind = request.kind;
        annotation.start = start;
        annotation.end = start + int(request.exact.size());
        annotation.comment = request.comment;
        if (request.actor) {
            auto found = project.ensureActor(*request.actor);
            if (!found)
                return found.error();
            annotation.actorId = found->id;
        }
        for (const QString &name : request.tags) {
            auto found = project.ensureTag(name);
            if (!found)
                return found.error();
            annotation.tagIds.append(found->id);
        }
        if (request.set) {
            auto found = project.ensureAnnotationSet(*request.set);
            if (!found)
                return found.error();
            annotation.setId = found->id;
        }
        added = project.addAnnotation(annotation);
        if (!added)
            return added.error();
        // Stored against the text that was searched; a mismatch would be a bug, never stored.
        if (added->quote.exact != request.exact)
            return Error{Error::Code::Database,
                         Messages::tr("The passage stored in %1 is not “%2”; nothing was stored.")
                             .arg(u'“' + QDir::toNativeSeparators(project.filePath()) + u'”',
                                  request.exact)};
        return success();
    });
    if (!written)
        return written.error();
    return added;
}

} // namespace counterpoint::cli
