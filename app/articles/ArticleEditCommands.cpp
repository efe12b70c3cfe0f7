#include "ArticleEditCommands.h"

#include "edit/ArticleCommands.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleEditCommands)
};

// An article with everything that goes with it, read when the deletion is applied (so a redo
// after other edits takes what is there then) and put back by undo.
class DeleteArticleCommand final : public ProjectCommand
{
public:
    DeleteArticleCommand(Project &project, const QUuid &articleId, const QString &title)
        : ProjectCommand(project, Messages::tr("Delete article “%1”").arg(title))
        , m_articleId(articleId)
    {}

protected:
    Status doApply() override
    {
        return project().write([this]() -> Status {
            auto article = project().article(m_articleId);
            auto versions = project().articleVersions(m_articleId);
            auto annotations = project().annotationsOfArticle(m_articleId);
            auto relations = project().relations();
            auto verdicts = project().verdicts();
            auto dismissed = project().dismissedPassages();
            if (!article)
                return article.error();
            if (!versions)
                return versions.error();
            if (!annotations)
                return annotations.error();
            if (!relations)
                return relations.error();
            if (!verdicts)
                return verdicts.error();
            if (!dismissed)
                return dismissed.error();
            m_article = *article;
            m_versions = *versions;
            m_annotations = *annotations;
            QSet<QUuid> ids;
            for (const Annotation &annotation : std::as_const(m_annotations))
                ids.insert(annotation.id);
            m_relations.clear();
            for (const Relation &relation : std::as_const(*relations)) {
                if (ids.contains(relation.fromId) || ids.contains(relation.toId))
                    m_relations.append(relation);
            }
            m_verdicts.clear();
            for (const Verdict &verdict : std::as_const(*verdicts)) {
                if (ids.contains(verdict.annotationId))
                    m_verdicts.append(verdict);
            }
            m_sources.clear();
            for (const Annotation &annotation : std::as_const(m_annotations)) {
                auto sources = project().consensusSources(annotation.id);
                if (!sources)
                    return sources.error();
                if (!sources->isEmpty())
                    m_sources.insert(annotation.id, *sources);
            }
            m_dismissed.clear();
            for (const DismissedPassage &passage : std::as_const(*dismissed)) {
                if (passage.firstArticle == m_articleId || passage.secondArticle == m_articleId)
                    m_dismissed.append(passage);
            }
            return project().removeArticle(m_articleId);
        });
    }

    Status doRevert() override
    {
        return project().write([this]() -> Status {
            if (auto restored = project().restoreArticle(m_article, m_versions); !restored)
                return restored.error();
            for (const Annotation &annotation : std::as_const(m_annotations)) {
                if (auto added = project().addAnnotation(annotation); !added)
                    return added.error();
            }
            auto present = project().annotationIds();
            if (!present)
                return present.error();
            for (const Relation &relation : std::as_const(m_relations)) {
                // A link whose other end (in another article) was deleted since went with it.
                if (!present->contains(relation.fromId) || !present->contains(relation.toId))
                    continue;
                if (auto linked = project().addRelation(relation); !linked)
                    return linked.error();
            }
            for (const Verdict &verdict : std::as_const(m_verdicts)) {
                if (Status set = project().setVerdict(verdict); !set)
                    return set;
            }
            for (auto source = m_sources.cbegin(); source != m_sources.cend(); ++source) {
                if (Status set = project().setConsensusSources(source.key(), source.value()); !set)
                    return set;
            }
            for (const DismissedPassage &passage : std::as_const(m_dismissed)) {
                if (Status dismissed = project().dismissPassage(passage); !dismissed)
                    return dismissed;
            }
            return success();
        });
    }

private:
    QUuid m_articleId;
    Article m_article;
    QList<ArticleVersion> m_versions;
    QList<Annotation> m_annotations;
    QList<Relation> m_relations;
    QList<Verdict> m_verdicts;
    QHash<QUuid, QList<QUuid>> m_sources;
    QList<DismissedPassage> m_dismissed;
};

// Title, publisher, author, date and URL: what an analyst may correct after an import.
bool sameDetails(const Article &a, const Article &b)
{
    return a.title == b.title && a.publisher == b.publisher && a.author == b.author &&
           a.published == b.published && a.url == b.url;
}

class ArticleDetailsCommand final : public ProjectCommand
{
public:
    ArticleDetailsCommand(Project &project, Article before, Article after)
        : ProjectCommand(project, Messages::tr("Edit details of “%1”").arg(before.title))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status doApply() override { return change(m_before, m_after); }
    Status doRevert() override { return change(m_after, m_before); }

private:
    Status change(const Article &from, const Article &to)
    {
        return project().write([&]() -> Status {
            auto current = project().article(from.id);
            if (!current)
                return current.error();
            if (!sameDetails(*current, from))
                return Error{Error::Code::Conflict,
                             Messages::tr("Cannot change the details of “%1”: they were changed "
                                          "elsewhere since.")
                                 .arg(current->title)};
            return project().updateArticleDetails(to);
        });
    }

    Article m_before;
    Article m_after;
};

} // namespace

namespace ArticleEditCommands {

Result<std::unique_ptr<ProjectCommand>> details(Project &project, const Article &edited)
{
    if (const QString why = project.whyNot(Permission::ManageArticles); !why.isEmpty())
        return Error{project.isReadOnly() ? Error::Code::ReadOnly : Error::Code::Denied, why};
    if (edited.title.trimmed().isEmpty())
        return Error{Error::Code::Invalid, Messages::tr("An article needs a title.")};
    auto before = project.article(edited.id);
    if (!before)
        return before.error();
    Article after = *before;
    after.title = edited.title.simplified();
    after.publisher = edited.publisher.simplified();
    after.author = edited.author.simplified();
    after.published = edited.published.trimmed();
    after.url = edited.url.trimmed();
    if (sameDetails(*before, after))
        return std::unique_ptr<ProjectCommand>(); // nothing to change: no step
    return std::unique_ptr<ProjectCommand>(
        new ArticleDetailsCommand(project, std::move(before).value(), std::move(after)));
}

Result<ArticleContents> contentsOf(const Project &project, const QUuid &articleId)
{
    auto annotations = project.annotationsOfArticle(articleId);
    if (!annotations)
        return annotations.error();
    auto versions = project.articleVersions(articleId);
    if (!versions)
        return versions.error();
    auto relations = project.relations();
    if (!relations)
        return relations.error();
    QSet<QUuid> ids;
    for (const Annotation &annotation : std::as_const(*annotations))
        ids.insert(annotation.id);
    ArticleContents contents;
    contents.annotations = int(annotations->size());
    contents.versions = int(versions->size());
    for (const Relation &relation : std::as_const(*relations))
        contents.relations += ids.contains(relation.fromId) || ids.contains(relation.toId) ? 1 : 0;
    return contents;
}

QString describe(const ArticleContents &contents)
{
    return QStringList{Messages::tr("%n annotation(s)", nullptr, contents.annotations),
                       Messages::tr("%n link(s)", nullptr, contents.relations),
                       Messages::tr("%n kept version(s)", nullptr, contents.versions)}
        .join(QStringLiteral(", "));
}

Result<std::unique_ptr<ProjectCommand>> deletion(Project &project, const QUuid &articleId)
{
    // Refused before it is offered as a step: a role that may not change articles.
    if (const QString why = project.whyNot(Permission::ManageArticles); !why.isEmpty())
        return Error{project.isReadOnly() ? Error::Code::ReadOnly : Error::Code::Denied, why};
    auto article = project.article(articleId);
    if (!article)
        return article.error();
    return std::unique_ptr<ProjectCommand>(
        new DeleteArticleCommand(project, articleId, article->title));
}

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
