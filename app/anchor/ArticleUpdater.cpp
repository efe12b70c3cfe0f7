#include "ArticleUpdater.h"

#include "import/ArticleImporter.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleUpdater)
};

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

} // namespace

Result<ArticleUpdate> ArticleUpdater::prepare(const QUuid &articleId, const QString &path) const
{
    auto current = m_project.article(articleId);
    if (!current)
        return current.error();
    auto read = ArticleImporter::readFile(path);
    if (!read)
        return read.error();
    Article content = std::move(read).value();
    if (content.contentHash == current->contentHash)
        return Error{
            Error::Code::Duplicate,
            Messages::tr("Cannot update “%1” from %2: it holds the same text as the current "
                         "version.")
                .arg(current->title, quoted(path))};
    auto other = m_project.findArticleByHash(content.contentHash);
    if (!other)
        return other.error();
    if (!other->isNull()) {
        auto otherArticle = m_project.article(*other);
        return Error{
            Error::Code::Duplicate,
            Messages::tr("Cannot update “%1” from %2: the project already holds that text as “%3”.")
                .arg(current->title, quoted(path),
                     otherArticle ? otherArticle->title : other->toString())};
    }
    auto annotations = m_project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();

    content.id = current->id;
    ArticleUpdate update;
    Reanchorer reanchorer(current->text, content.text);
    update.annotations = reanchorer.reanchorAll(*annotations, &update.summary);
    update.content = std::move(content);
    update.fileName = path;
    return update;
}

void ArticleUpdate::orphanMatch(qsizetype match)
{
    if (match < 0 || match >= summary.matches.size() || isOrphaned(match))
        return;
    const ReanchorMatch &m = summary.matches.at(match);
    if (m.index < 0 || m.index >= annotations.size())
        return;
    if (m.placed.anchorState == AnchorState::Moved)
        --summary.moved;
    else
        --summary.fuzzy;
    annotations[m.index] = m.orphan;
    summary.add(m.orphan);
}

void ArticleUpdate::orphanFuzzyMatches()
{
    for (qsizetype i = 0; i < summary.matches.size(); ++i) {
        if (summary.matches.at(i).placed.anchorState == AnchorState::Fuzzy)
            orphanMatch(i);
    }
}

bool ArticleUpdate::isOrphaned(qsizetype match) const
{
    if (match < 0 || match >= summary.matches.size())
        return false;
    const qsizetype index = summary.matches.at(match).index;
    return index >= 0 && index < annotations.size() &&
           annotations.at(index).anchorState == AnchorState::Orphaned;
}

Status ArticleUpdater::apply(const ArticleUpdate &update)
{
    return m_project.replaceArticleContent(update.content, update.annotations);
}

Result<ArticleUpdate> ArticleUpdater::updateFromFile(const QUuid &articleId, const QString &path)
{
    auto update = prepare(articleId, path);
    if (!update)
        return update;
    const Status applied = apply(*update);
    if (!applied)
        return applied.error();
    return update;
}

} // namespace counterpoint
