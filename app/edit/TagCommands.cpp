#include "TagCommands.h"

#include "store/Project.h"

namespace counterpoint {

namespace {

Result<Tag> tagById(const Project &project, const QUuid &id)
{
    auto tags = project.tags();
    if (!tags)
        return tags.error();
    for (const Tag &tag : std::as_const(*tags)) {
        if (tag.id == id)
            return tag;
    }
    return Error{Error::Code::NotFound, TagEdits::tr("The tag is no longer in the project.")};
}

Result<QList<Annotation>> carriersOf(const Project &project, const QUuid &tagId)
{
    QList<Annotation> carriers;
    if (Status read = project.forEachAnnotation([&](Annotation &&annotation) {
            if (annotation.tagIds.contains(tagId))
                carriers.append(std::move(annotation));
        });
        !read)
        return read.error();
    return carriers;
}

// A tag's name or colour changed; undo puts the old ones back.
class UpdateTagCommand final : public ProjectCommand
{
public:
    UpdateTagCommand(Project &project, const QString &text, Tag before, Tag after)
        : ProjectCommand(project, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status doApply() override { return project().updateTag(m_after); }
    Status doRevert() override { return project().updateTag(m_before); }

private:
    Tag m_before;
    Tag m_after;
};

// Tags as they were before a removal, and as they are to be after it (its children's parents).
struct Refiling
{
    QList<Tag> before;
    QList<Tag> after;
};

// The tag leaves its carriers (for `into`, when merging) and the project, the tags under it
// refiled; undo restores all three.
class RemoveTagCommand final : public ProjectCommand
{
public:
    RemoveTagCommand(Project &project, const QString &text, Tag tag, QList<Annotation> carriers,
                     QUuid into, Refiling refiling)
        : ProjectCommand(project, text)
        , m_tag(std::move(tag))
        , m_carriers(std::move(carriers))
        , m_into(into)
        , m_refiling(std::move(refiling))
    {}

protected:
    Status doApply() override
    {
        return project().write([&]() -> Status {
            if (Status refiled = refile(m_refiling.after); !refiled)
                return refiled;
            for (Annotation annotation : std::as_const(m_carriers)) {
                annotation.tagIds.removeAll(m_tag.id);
                if (!m_into.isNull() && !annotation.tagIds.contains(m_into))
                    annotation.tagIds.append(m_into);
                if (auto updated = project().updateAnnotation(annotation); !updated)
                    return updated.error();
            }
            return project().removeTag(m_tag.id);
        });
    }

    Status doRevert() override
    {
        return project().write([&]() -> Status {
            Tag tag = m_tag;
            tag.parentId = QUuid(); // its parent goes back on once the refiled tags are back
            if (auto added = project().addTag(tag); !added)
                return added.error();
            if (Status refiled = refile(m_refiling.before); !refiled)
                return refiled;
            if (Status filed = project().setTagParent(m_tag.id, m_tag.parentId); !filed)
                return filed;
            for (const Annotation &annotation : std::as_const(m_carriers)) {
                auto current = project().annotation(annotation.id);
                if (!current) {
                    if (current.error().code == Error::Code::NotFound)
                        continue; // deleted since, by another hand
                    return current.error();
                }
                current->tagIds = annotation.tagIds;
                if (auto updated = project().updateAnnotation(*current); !updated)
                    return updated.error();
            }
            return success();
        });
    }

private:
    // Puts the tags where places says, in two rounds: all to the top, then each under its
    // parent, so that no step makes a second level on the way (a tag going under another that
    // still has children).
    Status refile(const QList<Tag> &places)
    {
        for (const Tag &tag : places) {
            if (Status moved = project().setTagParent(tag.id, {}); !moved)
                return moved;
        }
        for (const Tag &tag : places) {
            if (tag.parentId.isNull())
                continue;
            if (Status moved = project().setTagParent(tag.id, tag.parentId); !moved)
                return moved;
        }
        return success();
    }

    Tag m_tag;
    QList<Annotation> m_carriers;
    QUuid m_into;
    Refiling m_refiling;
};

// Where the tags under `gone` go when it is deleted (to the top) or merged into `into`.
Result<Refiling> refilingFor(const Project &project, const Tag &gone, const Tag *into)
{
    auto children = TagEdits::childrenOf(project, gone.id);
    if (!children)
        return children.error();
    Refiling refiling;
    QUuid newParent; // deleted: to the top
    if (into) {
        if (into->parentId == gone.id) {
            // `into` takes `gone`'s place: up a level (gone, having children, is top-level), its
            // former siblings under it.
            Tag moved = *into;
            refiling.before.append(moved);
            moved.parentId = gone.parentId;
            refiling.after.append(moved);
            newParent = into->id;
        } else {
            // Under into, or beside it when into is itself under a tag.
            newParent = into->parentId.isNull() ? into->id : into->parentId;
        }
    }
    for (const Tag &child : std::as_const(*children)) {
        if (into && child.id == into->id)
            continue;
        refiling.before.append(child);
        Tag after = child;
        after.parentId = newParent;
        refiling.after.append(after);
    }
    return refiling;
}

} // namespace

Result<QHash<QUuid, int>> TagEdits::usage(const Project &project)
{
    QHash<QUuid, int> counts;
    if (Status read = project.forEachAnnotation([&](Annotation &&annotation) {
            for (const QUuid &tag : std::as_const(annotation.tagIds))
                ++counts[tag];
        });
        !read)
        return read.error();
    return counts;
}

Result<Tag> TagEdits::named(const Project &project, const QString &name)
{
    auto tags = project.tags();
    if (!tags)
        return tags.error();
    for (const Tag &tag : std::as_const(*tags)) {
        if (tag.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tag;
    }
    return Error{Error::Code::NotFound, tr("There is no tag named “%1”.").arg(name.trimmed())};
}

Result<std::unique_ptr<ProjectCommand>> TagEdits::rename(Project &project, const QUuid &tagId,
                                                         const QString &newName)
{
    auto tag = tagById(project, tagId);
    if (!tag)
        return tag.error();
    const QString name = newName.simplified();
    if (name.isEmpty())
        return Error{Error::Code::Invalid, tr("A tag needs a name.")};
    if (auto other = named(project, name); other && other->id != tagId)
        return Error{Error::Code::Duplicate,
                     tr("There is a tag named “%1” already: merge “%2” into it instead.")
                         .arg(other->name, tag->name)};
    Tag after = *tag;
    after.name = name;
    return std::unique_ptr<ProjectCommand>(new UpdateTagCommand(
        project, tr("Rename tag “%1” to “%2”").arg(tag->name, name), *tag, after));
}

Result<std::unique_ptr<ProjectCommand>> TagEdits::recolor(Project &project, const QUuid &tagId,
                                                          const QColor &color)
{
    auto tag = tagById(project, tagId);
    if (!tag)
        return tag.error();
    if (!color.isValid())
        return Error{Error::Code::Invalid, tr("That is not a colour.")};
    Tag after = *tag;
    after.color = color;
    return std::unique_ptr<ProjectCommand>(
        new UpdateTagCommand(project, tr("Recolour tag “%1”").arg(tag->name), *tag, after));
}

Result<std::unique_ptr<ProjectCommand>> TagEdits::remove(Project &project, const QUuid &tagId)
{
    auto tag = tagById(project, tagId);
    if (!tag)
        return tag.error();
    auto carriers = carriersOf(project, tagId);
    if (!carriers)
        return carriers.error();
    auto refiling = refilingFor(project, *tag, nullptr);
    if (!refiling)
        return refiling.error();
    return std::unique_ptr<ProjectCommand>(new RemoveTagCommand(
        project, tr("Delete tag “%1”").arg(tag->name), *tag, *carriers, {}, *refiling));
}

Result<std::unique_ptr<ProjectCommand>> TagEdits::merge(Project &project, const QUuid &fromId,
                                                        const QUuid &intoId)
{
    if (fromId == intoId)
        return Error{Error::Code::Invalid, tr("A tag cannot be merged into itself.")};
    auto from = tagById(project, fromId);
    if (!from)
        return from.error();
    auto into = tagById(project, intoId);
    if (!into)
        return into.error();
    auto carriers = carriersOf(project, fromId);
    if (!carriers)
        return carriers.error();
    auto refiling = refilingFor(project, *from, &*into);
    if (!refiling)
        return refiling.error();
    return std::unique_ptr<ProjectCommand>(
        new RemoveTagCommand(project, tr("Merge tag “%1” into “%2”").arg(from->name, into->name),
                             *from, *carriers, intoId, *refiling));
}

Result<QList<Tag>> TagEdits::childrenOf(const Project &project, const QUuid &tagId)
{
    auto tags = project.tags();
    if (!tags)
        return tags.error();
    QList<Tag> children;
    for (const Tag &tag : std::as_const(*tags)) {
        if (tag.parentId == tagId && tag.id != tagId)
            children.append(tag);
    }
    return children;
}

Result<std::unique_ptr<ProjectCommand>> TagEdits::setParent(Project &project, const QUuid &tagId,
                                                            const QUuid &parentId)
{
    auto tag = tagById(project, tagId);
    if (!tag)
        return tag.error();
    auto tags = project.tags();
    if (!tags)
        return tags.error();
    Tag after = *tag;
    after.parentId = parentId;
    if (parentId.isNull()) {
        if (tag->parentId.isNull())
            return Error{Error::Code::Invalid,
                         tr("The tag “%1” is not under another tag.").arg(tag->name)};
        return std::unique_ptr<ProjectCommand>(new UpdateTagCommand(
            project, tr("Move tag “%1” to the top").arg(tag->name), *tag, after));
    }
    auto parent = tagById(project, parentId);
    if (!parent)
        return parent.error();
    if (parentId == tagId)
        return Error{Error::Code::Invalid,
                     tr("The tag “%1” cannot go under itself.").arg(tag->name)};
    if (!parent->parentId.isNull())
        return Error{Error::Code::Invalid,
                     tr("“%1” cannot go under “%2”: “%2” is under “%3”, and tags have one "
                        "level of parents.")
                         .arg(tag->name, parent->name,
                              tagPathName(*parent, *tags).section(QStringLiteral(" › "), 0, 0))};
    auto children = childrenOf(project, tagId);
    if (!children)
        return children.error();
    if (!children->isEmpty())
        return Error{Error::Code::Invalid,
                     tr("“%1” cannot go under “%2”: tags are under “%1” (such as “%3”), and "
                        "tags have one level of parents.")
                         .arg(tag->name, parent->name, children->first().name)};
    if (tag->parentId == parentId)
        return Error{Error::Code::Invalid,
                     tr("The tag “%1” is under “%2” already.").arg(tag->name, parent->name)};
    return std::unique_ptr<ProjectCommand>(new UpdateTagCommand(
        project, tr("Put tag “%1” under “%2”").arg(tag->name, parent->name), *tag, after));
}

} // namespace counterpoint
