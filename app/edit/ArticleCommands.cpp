#include "ArticleCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

Result<std::unique_ptr<UpdateArticleCommand>> UpdateArticleCommand::create(Project &project,
                                                                           ArticleUpdate update)
{
    auto before = project.article(update.content.id);
    if (!before)
        return before.error();
    auto annotations = project.annotationsOfArticle(update.content.id);
    if (!annotations)
        return annotations.error();
    return std::unique_ptr<UpdateArticleCommand>(new UpdateArticleCommand(
        project, std::move(update), std::move(before).value(), std::move(annotations).value()));
}

UpdateArticleCommand::UpdateArticleCommand(Project &project, ArticleUpdate update, Article before,
                                           QList<Annotation> annotationsBefore)
    : ProjectCommand(project,
                     QCoreApplication::translate("counterpoint::ArticleCommands", "Update “%1”")
                         .arg(before.title))
    , m_update(std::move(update))
    , m_before(std::move(before))
    , m_annotationsBefore(std::move(annotationsBefore))
{}

Status UpdateArticleCommand::doApply()
{
    return ArticleUpdater(project()).apply(m_update);
}

Status UpdateArticleCommand::doRevert()
{
    return project().replaceArticleContent(m_before, m_annotationsBefore);
}

} // namespace counterpoint
