#include "ProjectMerge.h"

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

// Names the record of a version not kept by the annotation and the version's time, so that a
// second merge of the same file finds the record it made the first time.
QUuid recordIdOf(const QUuid &annotation, const QDateTime &modified)
{
    static const QUuid space(QStringLiteral("{6b1f0f7e-2a7c-4b1e-9b8e-14a9e0c0a001}"));
    return QUuid::createUuidV5(space, annotation.toString(QUuid::WithoutBraces) + u'@' +
                                          modified.toUTC().toString(Qt::ISODateWithMs));
}

// The same reading of a passage, whatever its times and author say.
bool sameContent(const Annotation &a, const Annotation &b)
{
    QList<QUuid> aTags = a.tagIds, bTags = b.tagIds;
    std::sort(aTags.begin(), aTags.end());
    std::sort(bTags.begin(), bTags.end());
    return a.articleId == b.articleId && a.setId == b.setId && a.kind == b.kind &&
           a.start == b.start && a.end == b.end && a.actorId == b.actorId && aTags == bTags &&
           a.comment == b.comment && a.anchorState == b.anchorState;
}

// Maps other's named items (sets, actors, tags) to project's: by id, else by name, else added.
template<class Item>
Status mergeNamed(const QList<Item> &ours, const QList<Item> &theirs,
                  const std::function<Result<Item>(const Item &)> &add, QHash<QUuid, QUuid> &map,
                  int &added, int &matched, QStringList &notes, const QString &what)
{
    for (const Item &item : theirs) {
        const auto byId = std::find_if(ours.cbegin(), ours.cend(),
                                       [&](const Item &mine) { return mine.id == item.id; });
        if (byId != ours.cend()) {
            map.insert(item.id, byId->id);
            ++matched;
            continue;
        }
        const auto byName = std::find_if(ours.cbegin(), ours.cend(), [&](const Item &mine) {
            return mine.name.compare(item.name, Qt::CaseInsensitive) == 0;
        });
        if (byName != ours.cend()) {
            map.insert(item.id, byName->id);
            ++matched;
            notes.append(Messages::tr("%1 “%2” matched by name.").arg(what, item.name));
            continue;
        }
        auto stored = add(item);
        if (!stored)
            return stored.error();
        map.insert(item.id, stored->id);
        ++added;
    }
    return success();
}

class Merger
{
public:
    Merger(Project &project, const Project &other, MergeReport &report)
        : m_project(project)
        , m_other(other)
        , m_report(report)
    {}

    Status run()
    {
        if (auto named = mergeNames(); !named)
            return named;
        if (auto roles = mergeRoles(); !roles)
            return roles;
        if (auto articles = mergeArticles(); !articles)
            return articles;
        if (auto annotations = mergeAnnotations(); !annotations)
            return annotations;
        if (auto verdicts = mergeVerdicts(); !verdicts)
            return verdicts;
        if (auto sources = mergeConsensusSources(); !sources)
            return sources;
        if (auto relations = mergeRelations(); !relations)
            return relations;
        return mergeDismissed();
    }

private:
    Status mergeNames()
    {
        auto ourSets = m_project.annotationSets();
        auto theirSets = m_other.annotationSets();
        auto ourActors = m_project.actors();
        auto theirActors = m_other.actors();
        auto ourTags = m_project.tags();
        auto theirTags = m_other.tags();
        for (const Status &read : {Status(ourSets ? success() : Status(ourSets.error())),
                                   Status(theirSets ? success() : Status(theirSets.error())),
                                   Status(ourActors ? success() : Status(ourActors.error())),
                                   Status(theirActors ? success() : Status(theirActors.error())),
                                   Status(ourTags ? success() : Status(ourTags.error())),
                                   Status(theirTags ? success() : Status(theirTags.error()))}) {
            if (!read)
                return read;
        }
        if (auto sets = mergeNamed<AnnotationSet>(
                *ourSets, *theirSets,
                [&](const AnnotationSet &set) {
                    m_addedSets.insert(set.id);
                    return m_project.addAnnotationSet(set);
                },
                m_sets, m_report.setsAdded, m_report.setsMatched, m_report.notes,
                Messages::tr("Set"));
            !sets)
            return sets;
        if (auto actors = mergeNamed<Actor>(
                *ourActors, *theirActors,
                [&](const Actor &actor) { return m_project.addActor(actor); }, m_actors,
                m_report.actorsAdded, m_report.actorsMatched, m_report.notes,
                Messages::tr("Actor"));
            !actors)
            return actors;
        // Tags come in at the top, then go under their parents once all are in (issue 20).
        QSet<QUuid> addedTags;
        if (auto tags = mergeNamed<Tag>(
                *ourTags, *theirTags,
                [&](const Tag &tag) {
                    Tag top = tag;
                    top.parentId = QUuid();
                    addedTags.insert(tag.id);
                    return m_project.addTag(top);
                },
                m_tags, m_report.tagsAdded, m_report.tagsMatched, m_report.notes,
                Messages::tr("Tag"));
            !tags)
            return tags;
        return fileMergedTags(*theirTags, addedTags);
    }

    // A tag that came in goes under the tag its parent became; one the rule of one level
    // refuses (its parent matched a tag that is under another here) stays at the top, as the
    // report says. Tags the project had keep their place.
    Status fileMergedTags(const QList<Tag> &theirs, const QSet<QUuid> &added)
    {
        for (const Tag &tag : theirs) {
            if (tag.parentId.isNull() || !added.contains(tag.id) || !m_tags.contains(tag.parentId))
                continue;
            const Status filed =
                m_project.setTagParent(m_tags.value(tag.id), m_tags.value(tag.parentId));
            if (!filed && filed.error().code != Error::Code::Invalid)
                return filed;
            if (!filed)
                m_report.notes.append(filed.errorMessage());
        }
        return success();
    }

    // A set that came in keeps its owner and whether it is the consensus.
    Status mergeRoles()
    {
        auto theirs = m_other.annotationSetRoles();
        if (!theirs)
            return theirs.error();
        for (const SetRole &role : std::as_const(*theirs)) {
            if (m_sets.value(role.setId) != role.setId || !m_addedSets.contains(role.setId))
                continue;
            if (!role.owner.isEmpty()) {
                if (auto owned = m_project.setAnnotationSetOwner(role.setId, role.owner); !owned)
                    return owned;
            }
            if (role.consensus) {
                if (auto marked = m_project.setConsensusSet(role.setId, true); !marked)
                    return marked;
            }
        }
        return success();
    }

    // An annotation that came in keeps the annotations it was settled from.
    Status mergeConsensusSources()
    {
        for (const QUuid &id : std::as_const(m_addedAnnotations)) {
            auto sources = m_other.consensusSources(id);
            if (!sources)
                return sources.error();
            if (sources->isEmpty())
                continue;
            if (auto stored = m_project.setConsensusSources(id, *sources); !stored)
                return stored;
        }
        return success();
    }

    Status mergeArticles()
    {
        auto summaries = m_other.articleSummaries();
        if (!summaries)
            return summaries.error();
        for (const ArticleSummary &summary : std::as_const(*summaries)) {
            auto article = m_other.article(summary.id);
            if (!article)
                return article.error();
            auto found = m_project.findArticleByHash(article->contentHash);
            if (!found)
                return found.error();
            if (!found->isNull()) {
                m_articles.insert(article->id, *found);
                ++m_report.articlesMatched;
                continue;
            }
            if (auto same = m_project.article(article->id); same) {
                m_report.notes.append(
                    Messages::tr("Article “%1” is another version in each project; it and its "
                                 "annotations were left out.")
                        .arg(article->title));
                continue;
            }
            auto added = m_project.addArticle(*article);
            if (!added)
                return added.error();
            m_articles.insert(article->id, added->id);
            ++m_report.articlesAdded;
        }
        return success();
    }

    Status mergeAnnotations()
    {
        auto theirs = m_other.annotations();
        if (!theirs)
            return theirs.error();
        auto ids = m_project.annotationIds();
        if (!ids)
            return ids.error();
        for (Annotation annotation : std::as_const(*theirs)) {
            if (!m_articles.contains(annotation.articleId))
                continue; // its article was left out, and noted
            annotation.articleId = m_articles.value(annotation.articleId);
            annotation.setId = m_sets.value(annotation.setId, annotation.setId);
            if (!annotation.actorId.isNull())
                annotation.actorId = m_actors.value(annotation.actorId, annotation.actorId);
            for (QUuid &tag : annotation.tagIds)
                tag = m_tags.value(tag, tag);
            if (!ids->contains(annotation.id)) {
                auto added = m_project.addAnnotation(annotation);
                if (!added)
                    return added.error();
                ++m_report.annotationsAdded;
                m_addedAnnotations.append(annotation.id);
                continue;
            }
            auto mine = m_project.annotation(annotation.id);
            if (!mine)
                return mine.error();
            if (mine->articleId != annotation.articleId) {
                m_report.notes.append(Messages::tr("Annotation %1 is on another article in each "
                                                   "project; this project's was kept.")
                                          .arg(annotation.id.toString(QUuid::WithoutBraces)));
                continue;
            }
            if (sameContent(*mine, annotation)) {
                ++m_report.annotationsUnchanged;
                continue;
            }
            if (auto settled = settle(*mine, annotation); !settled)
                return settled;
        }
        return success();
    }

    // Their verdicts on annotations this project holds: one this project has none on comes in;
    // where both gave one and they differ, this project's stays, and that is noted.
    Status mergeVerdicts()
    {
        auto theirs = m_other.verdicts();
        if (!theirs)
            return theirs.error();
        for (const Verdict &verdict : std::as_const(*theirs)) {
            auto annotation = m_project.annotation(verdict.annotationId);
            if (!annotation) {
                if (annotation.error().code == Error::Code::NotFound)
                    continue; // its annotation was left out, and noted
                return annotation.error();
            }
            auto mine = m_project.verdict(verdict.annotationId);
            if (!mine)
                return mine.error();
            if (*mine == verdict)
                continue;
            if (*mine) {
                m_report.notes.append(
                    Messages::tr("Annotation %1 has another verdict in each project (here “%2”, "
                                 "there “%3”); this project's was kept.")
                        .arg(verdict.annotationId.toString(QUuid::WithoutBraces), (*mine)->rating,
                             verdict.rating));
                continue;
            }
            if (Status stored = m_project.setVerdict(verdict); !stored) {
                if (stored.error().code != Error::Code::Invalid)
                    return stored;
                m_report.notes.append(Messages::tr("The verdict on annotation %1 was not kept: %2")
                                          .arg(verdict.annotationId.toString(QUuid::WithoutBraces),
                                               stored.errorMessage()));
                continue;
            }
            ++m_report.verdictsAdded;
        }
        return success();
    }

    // Two versions of one annotation: the newer stays, the other is recorded beside it.
    Status settle(const Annotation &mine, const Annotation &theirs)
    {
        const bool theirsNewer = theirs.modified > mine.modified;
        const Annotation &kept = theirsNewer ? theirs : mine;
        const Annotation &notKept = theirsNewer ? mine : theirs;
        MergeConflict conflict;
        conflict.annotationId = mine.id;
        conflict.keptOther = theirsNewer;
        conflict.keptModified = kept.modified;
        conflict.recordedModified = notKept.modified;
        conflict.recordId = recordIdOf(notKept.id, notKept.modified);
        auto recorded = m_project.annotation(conflict.recordId);
        if (recorded) {
            ++m_report.annotationsUnchanged; // settled by an earlier merge of this file
            return success();
        }
        if (theirsNewer) {
            auto replaced = m_project.updateAnnotation(theirs);
            if (!replaced)
                return replaced.error();
            ++m_report.annotationsReplaced;
        }
        if (m_recordSet.isNull()) {
            auto set = m_project.ensureAnnotationSet(recordSetName());
            if (!set)
                return set.error();
            m_recordSet = set->id;
        }
        Annotation record = notKept;
        record.id = conflict.recordId;
        record.setId = m_recordSet;
        record.comment =
            Messages::tr("Version of annotation %1 (%2, %3) not kept when merging %4.")
                .arg(notKept.id.toString(QUuid::WithoutBraces),
                     theirsNewer ? Messages::tr("this project's") : Messages::tr("the other's"),
                     notKept.modified.toUTC().toString(Qt::ISODate), m_report.otherFile) +
            (notKept.comment.isEmpty() ? QString() : u'\n' + notKept.comment);
        auto stored = m_project.addAnnotation(record);
        if (!stored)
            return stored.error();
        m_report.conflicts.append(conflict);
        return success();
    }

    Status mergeRelations()
    {
        auto theirs = m_other.relations();
        auto mine = m_project.relations();
        if (!theirs)
            return theirs.error();
        if (!mine)
            return mine.error();
        auto ids = m_project.annotationIds();
        if (!ids)
            return ids.error();
        QSet<QUuid> relationIds;
        QSet<QString> triples;
        auto tripleOf = [](const Relation &r) {
            QString key = r.fromId.toString(QUuid::WithoutBraces);
            key += r.toId.toString(QUuid::WithoutBraces);
            key += toString(r.kind);
            return key;
        };
        for (const Relation &relation : std::as_const(*mine)) {
            relationIds.insert(relation.id);
            triples.insert(tripleOf(relation));
        }
        for (const Relation &relation : std::as_const(*theirs)) {
            if (relationIds.contains(relation.id) || triples.contains(tripleOf(relation))) {
                ++m_report.relationsMatched;
                continue;
            }
            if (!ids->contains(relation.fromId) || !ids->contains(relation.toId))
                continue; // an end was left out with its article
            auto added = m_project.addRelation(relation);
            if (!added)
                return added.error();
            ++m_report.relationsAdded;
        }
        return success();
    }

    Status mergeDismissed()
    {
        auto theirs = m_other.dismissedPassages();
        auto mine = m_project.dismissedPassages();
        if (!theirs)
            return theirs.error();
        if (!mine)
            return mine.error();
        for (DismissedPassage passage : std::as_const(*theirs)) {
            if (!m_articles.contains(passage.firstArticle) ||
                !m_articles.contains(passage.secondArticle))
                continue;
            passage.firstArticle = m_articles.value(passage.firstArticle);
            passage.secondArticle = m_articles.value(passage.secondArticle);
            if (mine->contains(passage))
                continue;
            if (auto dismissed = m_project.dismissPassage(passage); !dismissed)
                return dismissed;
            ++m_report.dismissedAdded;
        }
        return success();
    }

    Project &m_project;
    const Project &m_other;
    MergeReport &m_report;
    QHash<QUuid, QUuid> m_sets, m_actors, m_tags, m_articles;
    QUuid m_recordSet;
    QSet<QUuid> m_addedSets;
    QList<QUuid> m_addedAnnotations;
};

} // namespace

QString recordSetName()
{
    return Messages::tr("Versions not kept in merges");
}

QString mergeReportText(const MergeReport &report)
{
    QString text =
        Messages::tr("Merged %1: articles %2 added, %3 already here; annotations %4 added, %5 "
                     "unchanged, %6 replaced by a newer version; links %7 added, %8 already "
                     "here; sets %9 added; tags %10 added; actors %11 added.\n")
            .arg(report.otherFile)
            .arg(report.articlesAdded)
            .arg(report.articlesMatched)
            .arg(report.annotationsAdded)
            .arg(report.annotationsUnchanged)
            .arg(report.annotationsReplaced)
            .arg(report.relationsAdded)
            .arg(report.relationsMatched)
            .arg(report.setsAdded)
            .arg(report.tagsAdded)
            .arg(report.actorsAdded);
    if (report.verdictsAdded > 0)
        text += Messages::tr("Verdicts added: %1.\n").arg(report.verdictsAdded);
    for (const MergeConflict &conflict : report.conflicts) {
        text += Messages::tr("Two versions of annotation %1: kept %2 (%3), the other version "
                             "(%4) is annotation %5 in the set “%6”.\n")
                    .arg(conflict.annotationId.toString(QUuid::WithoutBraces),
                         conflict.keptOther ? Messages::tr("the other project's")
                                            : Messages::tr("this project's"),
                         conflict.keptModified.toUTC().toString(Qt::ISODate),
                         conflict.recordedModified.toUTC().toString(Qt::ISODate),
                         conflict.recordId.toString(QUuid::WithoutBraces), recordSetName());
    }
    for (const QString &note : report.notes)
        text += Messages::tr("Note: %1").arg(note) + u'\n';
    if (report.changedNothing())
        text += Messages::tr("Nothing new: the project already had all of it.") + u'\n';
    return text;
}

bool MergeReport::changedNothing() const
{
    return articlesAdded == 0 && setsAdded == 0 && actorsAdded == 0 && tagsAdded == 0 &&
           annotationsAdded == 0 && annotationsReplaced == 0 && relationsAdded == 0 &&
           dismissedAdded == 0 && verdictsAdded == 0 && conflicts.isEmpty();
}

Result<MergeReport> mergeProject(Project &project, const Project &other)
{
    MergeReport report;
    report.otherFile = other.filePath();
    if (project.filePath() == other.filePath())
        return Error{Error::Code::Invalid,
                     Messages::tr("%1 cannot be merged into itself.").arg(project.filePath())};
    const Status merged =
        project.writeInBulk([&]() -> Status { return Merger(project, other, report).run(); });
    if (!merged)
        return merged.error();
    return report;
}

} // namespace counterpoint::analysis
