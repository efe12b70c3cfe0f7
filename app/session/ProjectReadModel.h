#pragma once

#include "domain/Actor.h"
#include "domain/Annotation.h"
#include "domain/AnnotationSet.h"
#include "domain/Article.h"
#include "domain/Relation.h"
#include "domain/Tag.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace counterpoint {

class Project;

// What every view of a project shows beside the annotations themselves: the names of its
// actors, tags, sets and articles, and its relations. Read once and kept in step with the
// project's change signals (reset() included), so that the list, the map, the inspector, the
// link dialog, the tooltips and the pane connectors read one copy instead of each keeping its
// own or querying the database while painting. No widgets: the core's tests drive it.
class ProjectReadModel final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectReadModel(Project &project, QObject *parent = nullptr);

    QList<Actor> actors() const { return m_actors; }
    QList<Tag> tags() const { return m_tags; }
    QList<AnnotationSet> annotationSets() const { return m_sets; }
    QList<ArticleSummary> articleSummaries() const { return m_articles; } // in import order
    QList<Relation> relations() const { return m_relations; }
    QList<Relation> relationsOf(const QUuid &annotationId) const;

    QString actorName(const QUuid &id) const { return m_actorNames.value(id); }
    QString articleTitle(const QUuid &id) const { return m_articleTitles.value(id); }
    QString setName(const QUuid &id) const { return m_setNames.value(id); }
    QString tagName(const QUuid &id) const { return m_tagsById.value(id).name; }
    QColor tagColor(const QUuid &id) const { return m_tagsById.value(id).color; }
    // The names of the tags, sorted as a reader looks for them and joined with commas.
    QString tagNames(const QList<QUuid> &tagIds) const;

    QHash<QUuid, QString> actorNames() const { return m_actorNames; }
    QHash<QUuid, QString> articleTitles() const { return m_articleTitles; }
    QHash<QUuid, QString> setNames() const { return m_setNames; }
    QHash<QUuid, QString> tagNamesById() const;

    // The actor or tag of that name, compared without case as the project does; null if none.
    QUuid actorNamed(const QString &name) const;
    QUuid tagNamed(const QString &name) const;

    // Blind coding (issue 14 item 1): the sets whose annotations the views (list, panes, map)
    // do not show to whoever has the project open, as analysis::setsHiddenFromViewer() says;
    // read with the sets, and again by refreshHiddenSets() (after the author changed).
    QSet<QUuid> hiddenSets() const { return m_hiddenSets; }
    bool isHidden(const Annotation &annotation) const
    {
        return m_hiddenSets.contains(annotation.setId);
    }
    QList<Annotation> visible(QList<Annotation> annotations) const;
    void refreshHiddenSets();

    // Reads everything anew (what reset() does).
    void reload();

signals:
    void namesChanged();      // actors, tags, sets or article titles
    void relationsChanged();  // a relation came or went
    void hiddenSetsChanged(); // blind coding now hides other sets: show what is visible anew
    // A read failed: what is shown is what was read last.
    void errorOccurred(const QString &message);

private:
    void reloadActors();
    void reloadTags();
    void reloadSets();
    void reloadArticles();
    void reloadRelations();
    void failed(const QString &what, const QString &message);

    QPointer<Project> m_project;
    QList<Actor> m_actors;
    QList<Tag> m_tags;
    QList<AnnotationSet> m_sets;
    QList<ArticleSummary> m_articles;
    QList<Relation> m_relations;
    QSet<QUuid> m_hiddenSets;
    QHash<QUuid, QString> m_actorNames;
    QHash<QUuid, Tag> m_tagsById;
    QHash<QUuid, QString> m_setNames;
    QHash<QUuid, QString> m_articleTitles;
    bool m_collectingFailures = false; // while reload() runs: one message for all of it
    QString m_firstFailure;
};

} // namespace counterpoint
