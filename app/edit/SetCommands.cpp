#include "SetCommands.h"

#include "EditHistory.h"

#include "store/Project.h"

#include <QSet>

namespace counterpoint {

namespace {

Status mayManage(const Project &project)
{
    if (project.may(Permission::ManageLists))
        return success();
    return Error{project.isReadOnly() ? Error::Code::ReadOnly : Error::Code::Denied,
                 project.whyNot(Permission::ManageLists)};
}

Result<AnnotationSet> setById(const Project &project, const QUuid &id)
{
    auto sets = project.annotationSets();
    if (!sets)
        return sets.error();
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (set.id == id)
            return set;
    }
    return Error{Error::Code::NotFound,
                 SetEdits::tr("The annotation set is no longer in the project.")};
}

Result<QList<Annotation>> annotationsIn(const Project &project, const QUuid &setId)
{
    QList<Annotation> inSet;
    if (Status read = project.forEachAnnotation([&](Annotation &&annotation) {
            if (annotation.setId == setId)
                inSet.append(std::move(annotation));
        });
        !read)
        return read.error();
    std::sort(inSet.begin(), inSet.end(), readingOrder);
    return inSet;
}

qint64 expectedVersion(const EditHistory *history, const QUuid &id, qint64 own)
{
    const qint64 left = history ? history->versionLeft(id) : 0;
    return left != 0 ? left : own;
}

// A new, empty set; undo removes it again (refused once an annotation is in it).
class AddSetCommand final : public ProjectCommand
{
public:
    AddSetCommand(Project &project, AnnotationSet set)
        : ProjectCommand(project, SetEdits::tr("New set “%1”").arg(set.name))
        , m_set(std::move(set))
    {}

protected:
    Status doApply() override
    {
        auto added = project().addAnnotationSet(m_set);
        if (!added)
            return added.error();
        return success();
    }
    Status doRevert() override { return project().removeAnnotationSet(m_set.id); }

private:
    AnnotationSet m_set;
};

// A set's new name; undo puts the old one back. Either way only over the set as the step found
// it: one renamed elsewhere since is left as it is, with a message.
class RenameSetCommand final : public ProjectCommand
{
public:
    RenameSetCommand(Project &project, const QString &text, AnnotationSet before,
                     AnnotationSet after)
        : ProjectCommand(project, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status doApply() override { return change(m_before, m_after); }
    Status doRevert() override { return change(m_after, m_before); }

private:
    Status change(const AnnotationSet &from, const AnnotationSet &to)
    {
        return project().write([&]() -> Status {
            auto current = setById(project(), from.id);
            if (!current)
                return current.error();
            if (current->name != from.name)
                return Error{Error::Code::Conflict,
                             SetEdits::tr("Cannot rename the set “%1”: it was renamed elsewhere "
                                          "since (now “%2”).")
                                 .arg(from.name, current->name)};
            return project().renameAnnotationSet(to.id, to.name);
        });
    }

    AnnotationSet m_before;
    AnnotationSet m_after;
};

// The set goes with everything in it; undo brings back the set (its owner, whether it is the
// consensus), its annotations (same ids and times), their links, verdicts and consensus sources.
class RemoveSetCommand final : public ProjectCommand
{
public:
    RemoveSetCommand(Project &project, AnnotationSet set, SetRole role, QList<Annotation> inSet)
        : ProjectCommand(project, SetEdits::tr("Delete set “%1”").arg(set.name))
        , m_set(std::move(set))
        , m_role(std::move(role))
        , m_annotations(std::move(inSet))
    {}

protected:
    Status doApply() override
    {
        return project().write([this]() -> Status {
            auto now = annotationsIn(project(), m_set.id);
            if (!now)
                return now.error();
            QSet<QUuid> ids;
            for (const Annotation &annotation : std::as_const(m_annotations))
                ids.insert(annotation.id);
            int added = 0;
            for (const Annotation &annotation : std::as_const(*now))
                added += ids.contains(annotation.id) ? 0 : 1;
            if (added > 0)
                return Error{Error::Code::Conflict,
                             SetEdits::tr("%n annotation(s) went into the set “%1” since the "
                                          "deletion was asked for; look again and repeat it.",
                                          nullptr, added)
                                 .arg(m_set.name)};
            // What goes with the annotations, as it is now: it comes back with them.
            auto relations = project().relations();
            auto verdicts = project().verdicts();
            if (!relations || !verdicts)
                return relations ? verdicts.error() : relations.error();
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
            // Each on the version it was read at, or as this history's undo left it: one that
            // someone changed since refuses the step, naming who.
            for (const Annotation &annotation : std::as_const(m_annotations)) {
                if (Status removed = project().removeAnnotation(
                        annotation.id,
                        expectedVersion(history(), annotation.id, annotation.version));
                    !removed)
                    return removed;
            }
            return project().removeAnnotationSet(m_set.id);
        });
    }

    Status doRevert() override
    {
        return project().write([this]() -> Status {
            if (auto added = project().addAnnotationSet(m_set); !added)
                return added.error();
            if (!m_role.owner.isEmpty()) {
                if (Status owned = project().setAnnotationSetOwner(m_set.id, m_role.owner); !owned)
                    return owned;
            }
            if (m_role.consensus) {
                if (Status marked = project().setConsensusSet(m_set.id, true); !marked)
                    return marked;
            }
            for (Annotation &annotation : m_annotations) {
                auto restored = project().addAnnotation(annotation);
                if (!restored)
                    return restored.error();
                annotation = std::move(restored).value();
                if (EditHistory *edits = history())
                    edits->noteVersion(annotation.id, annotation.version);
            }
            auto present = project().annotationIds();
            if (!present)
                return present.error();
            for (const Relation &relation : std::as_const(m_relations)) {
                // A link whose other end someone deleted since would have gone with it.
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
            return success();
        });
    }

private:
    AnnotationSet m_set;
    SetRole m_role;
    QList<Annotation> m_annotations;
    QList<Relation> m_relations;
    QList<Verdict> m_verdicts;
    QHash<QUuid, QList<QUuid>> m_sources;
};

} // namespace

Result<QHash<QUuid, int>> SetEdits::usage(const Project &project)
{
    QHash<QUuid, int> counts;
    if (Status read =
            project.forEachAnnotation([&](Annotation &&annotation) { ++counts[annotation.setId]; });
        !read)
        return read.error();
    return counts;
}

Result<AnnotationSet> SetEdits::named(const Project &project, const QString &name)
{
    auto sets = project.annotationSets();
    if (!sets)
        return sets.error();
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (set.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return set;
    }
    return Error{
        Error::Code::NotFound,
        tr("There is no annotation set named “%1” in %2.").arg(name.trimmed(), project.name())};
}

Result<SetEdits::Contents> SetEdits::contents(const Project &project, const QUuid &setId)
{
    auto inSet = annotationsIn(project, setId);
    if (!inSet)
        return inSet.error();
    QSet<QUuid> ids;
    for (const Annotation &annotation : std::as_const(*inSet))
        ids.insert(annotation.id);
    auto relations = project.relations();
    auto verdicts = project.verdicts();
    if (!relations || !verdicts)
        return relations ? verdicts.error() : relations.error();
    Contents contents;
    contents.annotations = int(inSet->size());
    for (const Relation &relation : std::as_const(*relations))
        contents.relations += ids.contains(relation.fromId) || ids.contains(relation.toId);
    for (const Verdict &verdict : std::as_const(*verdicts))
        contents.verdicts += ids.contains(verdict.annotationId);
    return contents;
}

Result<std::unique_ptr<ProjectCommand>> SetEdits::create(Project &project, const QString &name)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    AnnotationSet set{QUuid::createUuid(), name.simplified(), QString()};
    if (set.name.isEmpty())
        return Error{Error::Code::Invalid, tr("An annotation set needs a name.")};
    if (auto other = named(project, set.name))
        return Error{Error::Code::Duplicate,
                     tr("There is an annotation set named “%1” already.").arg(other->name)};
    return std::unique_ptr<ProjectCommand>(new AddSetCommand(project, set));
}

Result<std::unique_ptr<ProjectCommand>> SetEdits::rename(Project &project, const QUuid &setId,
                                                         const QString &newName)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    auto set = setById(project, setId);
    if (!set)
        return set.error();
    const QString name = newName.simplified();
    if (name.isEmpty())
        return Error{Error::Code::Invalid, tr("An annotation set needs a name.")};
    if (auto other = named(project, name); other && other->id != setId)
        return Error{Error::Code::Duplicate,
                     tr("There is an annotation set named “%1” already.").arg(other->name)};
    if (name == set->name)
        return Error{Error::Code::Invalid, tr("The set is called “%1” already.").arg(name)};
    AnnotationSet after = *set;
    after.name = name;
    return std::unique_ptr<ProjectCommand>(new RenameSetCommand(
        project, tr("Rename set “%1” to “%2”").arg(set->name, name), *set, after));
}

Result<std::unique_ptr<ProjectCommand>> SetEdits::remove(Project &project, const QUuid &setId)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    auto set = setById(project, setId);
    if (!set)
        return set.error();
    if (setId == project.defaultAnnotationSetId())
        return Error{Error::Code::Invalid,
                     tr("“%1” is the project's default set: it cannot be deleted.").arg(set->name)};
    auto roles = project.annotationSetRoles();
    if (!roles)
        return roles.error();
    SetRole role;
    role.setId = setId;
    for (const SetRole &candidate : std::as_const(*roles)) {
        if (candidate.setId == setId)
            role = candidate;
    }
    auto inSet = annotationsIn(project, setId);
    if (!inSet)
        return inSet.error();
    return std::unique_ptr<ProjectCommand>(new RemoveSetCommand(project, *set, role, *inSet));
}

} // namespace counterpoint
