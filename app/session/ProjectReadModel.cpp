#include "ProjectReadModel.h"

#include "analysis/BlindCoding.h"

#include "log/LogCategories.h"
#include "store/Project.h"

namespace counterpoint {

ProjectReadModel::ProjectReadModel(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(&project)
{
    auto names = [this](void (ProjectReadModel::*reloadPart)()) {
        return [this, reloadPart] {
            (this->*reloadPart)();
            emit namesChanged();
        };
    };
    connect(&project, &Project::actorsChanged, this, names(&ProjectReadModel::reloadActors));
    connect(&project, &Project::tagsChanged, this, names(&ProjectReadModel::reloadTags));
    connect(&project, &Project::annotationSetsChanged, this, names(&ProjectReadModel::reloadSets));
    connect(&project, &Project::articleAdded, this, names(&ProjectReadModel::reloadArticles));
    connect(&project, &Project::articleChanged, this, names(&ProjectReadModel::reloadArticles));
    connect(&project, &Project::articleRemoved, this, [this] {
        // Its annotations went with it, and their relations with them.
        reloadArticles();
        reloadRelations();
        emit namesChanged();
        emit relationsChanged();
    });
    connect(&project, &Project::relationAdded, this, [this](const Relation &relation) {
        m_relations.removeIf([&](const Relation &r) { return r.id == relation.id; });
        m_relations.append(relation);
        emit relationsChanged();
    });
    connect(&project, &Project::relationRemoved, this, [this](const Relation &relation) {
        if (m_relations.removeIf([&](const Relation &r) { return r.id == relation.id; }) > 0)
            emit relationsChanged();
    });
    connect(&project, &Project::annotationRemoved, this, [this](const QUuid &id) {
        // The project announces the relations that go with an annotation; this is for a
        // project that does not, so that no connector points at nothing.
        if (m_relations.removeIf([&](const Relation &r) { return r.fromId == id || r.toId == id; }))
            emit relationsChanged();
    });
    connect(&project, &Project::reset, this, &ProjectReadModel::reload);
    reloadActors();
    reloadTags();
    reloadSets();
    reloadArticles();
    reloadRelations();
}

void ProjectReadModel::reload()
{
    reloadActors();
    reloadTags();
    reloadSets();
    reloadArticles();
    reloadRelations();
    emit namesChanged();
    emit relationsChanged();
}

QList<Relation> ProjectReadModel::relationsOf(const QUuid &annotationId) const
{
    QList<Relation> found;
    for (const Relation &relation : m_relations) {
        if (relation.fromId == annotationId || relation.toId == annotationId)
            found.append(relation);
    }
    return found;
}

QString ProjectReadModel::tagNames(const QList<QUuid> &tagIds) const
{
    QStringList names;
    for (const QUuid &id : tagIds)
        names.append(tagName(id));
    names.sort(Qt::CaseInsensitive); // the store keeps them by id, which means nothing to a reader
    return names.join(QStringLiteral(", "));
}

QHash<QUuid, QString> ProjectReadModel::tagNamesById() const
{
    QHash<QUuid, QString> names;
    for (const Tag &tag : m_tags)
        names.insert(tag.id, tag.name);
    return names;
}

QUuid ProjectReadModel::actorNamed(const QString &name) const
{
    for (const Actor &actor : m_actors) {
        if (actor.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return actor.id;
    }
    return {};
}

QUuid ProjectReadModel::tagNamed(const QString &name) const
{
    for (const Tag &tag : m_tags) {
        if (tag.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return {};
}

void ProjectReadModel::failed(const QString &what, const QString &message)
{
    qCWarning(lcEdit) << "Cannot read the" << what
                      << "of the project; showing those read last:" << message;
    emit errorOccurred(message);
}

void ProjectReadModel::reloadActors()
{
    if (!m_project)
        return;
    auto actors = m_project->actors();
    if (!actors)
        return failed(QStringLiteral("actors"), actors.errorMessage());
    m_actors = std::move(actors).value();
    m_actorNames.clear();
    for (const Actor &actor : std::as_const(m_actors))
        m_actorNames.insert(actor.id, actor.name);
}

void ProjectReadModel::reloadTags()
{
    if (!m_project)
        return;
    auto tags = m_project->tags();
    if (!tags)
        return failed(QStringLiteral("tags"), tags.errorMessage());
    m_tags = std::move(tags).value();
    m_tagsById.clear();
    for (const Tag &tag : std::as_const(m_tags))
        m_tagsById.insert(tag.id, tag);
}

void ProjectReadModel::reloadSets()
{
    if (!m_project)
        return;
    auto sets = m_project->annotationSets();
    if (!sets)
        return failed(QStringLiteral("annotation sets"), sets.errorMessage());
    m_sets = std::move(sets).value();
    m_setNames.clear();
    for (const AnnotationSet &set : std::as_const(m_sets))
        m_setNames.insert(set.id, set.name);
    refreshHiddenSets();
}

void ProjectReadModel::refreshHiddenSets()
{
    if (!m_project)
        return;
    QSet<QUuid> hidden = analysis::setsHiddenFromViewer(*m_project);
    if (hidden == m_hiddenSets)
        return;
    m_hiddenSets = std::move(hidden);
    emit hiddenSetsChanged();
}

QList<Annotation> ProjectReadModel::visible(QList<Annotation> annotations) const
{
    if (!m_hiddenSets.isEmpty())
        annotations.removeIf([this](const Annotation &annotation) { return isHidden(annotation); });
    return annotations;
}

void ProjectReadModel::reloadArticles()
{
    if (!m_project)
        return;
    auto articles = m_project->articleSummaries();
    if (!articles)
        return failed(QStringLiteral("articles"), articles.errorMessage());
    m_articles = std::move(articles).value();
    m_articleTitles.clear();
    for (const ArticleSummary &article : std::as_const(m_articles))
        m_articleTitles.insert(article.id, article.title);
}

void ProjectReadModel::reloadRelations()
{
    if (!m_project)
        return;
    auto relations = m_project->relations();
    if (!relations)
        return failed(QStringLiteral("relations"), relations.errorMessage());
    m_relations = std::move(relations).value();
}

} // namespace counterpoint
