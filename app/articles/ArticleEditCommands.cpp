#include "ArticleEditCommands.h"

#include "edit/ArticleCommands.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QSet>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleEditCommands)
};

} // namespace

namespace ArticleEditCommands {

Result<std::unique_ptr<ProjectCommand>> removal(Project &project, const RemovalPlan &plan)
{
    auto command = UpdateArticleCommand::create(project, plan.update);
    if (!command)
        return command.error();
    (*command)->setText(Messages::tr("Remove from “%1”").arg(plan.update.content.title));
    return std::unique_ptr<ProjectCommand>(std::move(command).value());
}

Result<std::unique_ptr<ProjectCommand>> restore(Project &project, const ArticleUpdate &update,
                                                int version)
{
    auto command = UpdateArticleCommand::create(project, update);
    if (!command)
        return command.error();
    (*command)->setText(
        Messages::tr("Restore version %1 of “%2”").arg(version).arg(update.content.title));
    return std::unique_ptr<ProjectCommand>(std::move(command).value());
}

Result<std::unique_ptr<ProjectCommand>> split(Project &project, const SplitPlan &plan)
{
    const QUuid sourceId = plan.source.update.content.id;
    auto before = project.article(sourceId);
    if (!before)
        return before.error();
    auto annotations = project.annotationsOfArticle(sourceId);
    if (!annotations)
        return annotations.error();
    return std::unique_ptr<ProjectCommand>(new SplitArticleCommand(
        project, plan, std::move(before).value(), std::move(annotations).value()));
}

} // namespace ArticleEditCommands

SplitArticleCommand::SplitArticleCommand(Project &project, SplitPlan plan, Article sourceBefore,
                                         QList<Annotation> annotationsBefore)
    : ProjectCommand(
          project,
          Messages::tr("Split “%1” from “%2”").arg(plan.newArticle.title, sourceBefore.title))
    , m_plan(std::move(plan))
    , m_sourceBefore(std::move(sourceBefore))
    , m_annotationsBefore(std::move(annotationsBefore))
{}

Status SplitArticleCommand::doApply()
{
    // One bulk write: views reload once, and a refusal anywhere leaves nothing changed.
    return project().writeInBulk([&]() -> Status {
        if (auto added = project().addArticle(m_plan.newArticle); !added)
            return added.error();
        for (const Annotation &moved : std::as_const(m_plan.moved)) {
            if (auto done = project().moveAnnotation(moved); !done)
                return done.error();
        }
        return project().replaceArticleContent(m_plan.source.update.content,
                                               m_plan.source.update.annotations);
    });
}

Status SplitArticleCommand::doRevert()
{
    return project().writeInBulk([&]() -> Status {
        QSet<QUuid> movedIds;
        for (const Annotation &moved : std::as_const(m_plan.moved))
            movedIds.insert(moved.id);
        QList<Annotation> staying;
        QList<Annotation> returning;
        for (const Annotation &annotation : std::as_const(m_annotationsBefore))
            (movedIds.contains(annotation.id) ? returning : staying).append(annotation);
        if (auto restored = project().replaceArticleContent(m_sourceBefore, staying); !restored)
            return restored;
        for (const Annotation &annotation : std::as_const(returning)) {
            if (auto done = project().moveAnnotation(annotation); !done)
                return done.error();
        }
        return project().removeArticle(m_plan.newArticle.id);
    });
}

} // namespace counterpoint
