#include "TagHits.h"

#include "edit/AnnotationCommands.h"
#include "edit/CommandGroup.h"
#include "store/Project.h"

#include <QSet>

namespace counterpoint::search {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::search::TagHits)
};

} // namespace

std::unique_ptr<CommandGroup> tagHitsCommand(Project &project, const QList<SearchHit> &hits,
                                             const TagChoice &choice)
{
    const QUuid setId = choice.setId.isNull() ? project.defaultAnnotationSetId() : choice.setId;
    auto group = std::make_unique<CommandGroup>(
        project, Messages::tr("Tag %n Hit(s) as %1", nullptr, int(hits.size()))
                     .arg(displayName(choice.kind)));
    QSet<QUuid> changed;
    QSet<std::pair<QUuid, std::pair<int, int>>> placed;
    QHash<QUuid, QList<Annotation>> existing; // by article, read once each
    for (const SearchHit &hit : hits) {
        if (hit.field == HitField::Memo)
            continue; // a memo is no passage of an article: nothing there to tag
        if (hit.field == HitField::Text) {
            if (!existing.contains(hit.articleId)) {
                auto annotations = project.annotationsOfArticle(hit.articleId);
                existing.insert(hit.articleId, annotations ? *annotations : QList<Annotation>());
            }
            bool annotated = false;
            for (const Annotation &annotation : existing.value(hit.articleId)) {
                annotated =
                    annotated || (annotation.start == hit.start && annotation.end == hit.end &&
                                  annotation.kind == choice.kind && annotation.setId == setId &&
                                  annotation.anchorState != AnchorState::Orphaned);
            }
            const auto key = std::make_pair(hit.articleId, std::make_pair(hit.start, hit.end));
            if (annotated || placed.contains(key))
                continue;
            placed.insert(key);
            Annotation draft;
            draft.articleId = hit.articleId;
            draft.start = hit.start;
            draft.end = hit.end;
            draft.kind = choice.kind;
            draft.actorId = choice.actorId;
            draft.tagIds = choice.tagIds;
            draft.setId = setId;
            group->add(std::make_unique<AddAnnotationCommand>(project, draft));
            continue;
        }
        if (changed.contains(hit.annotationId))
            continue;
        changed.insert(hit.annotationId);
        auto before = project.annotation(hit.annotationId);
        if (!before)
            continue; // gone since the search: nothing to tag
        Annotation after = *before;
        after.kind = choice.kind;
        if (!choice.actorId.isNull())
            after.actorId = choice.actorId;
        for (const QUuid &tag : choice.tagIds) {
            if (!after.tagIds.contains(tag))
                after.tagIds.append(tag);
        }
        if (after == *before)
            continue;
        group->add(std::make_unique<UpdateAnnotationCommand>(
            project, *before, after, UpdateAnnotationCommand::Field::Other));
    }
    if (group->partCount() == 0)
        return nullptr;
    return group;
}

} // namespace counterpoint::search
