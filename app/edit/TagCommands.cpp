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

// The tag leaves its carriers (for `into`, when merging) and the project; undo restores both.
class RemoveTagCommand final : public ProjectCommand
{
public:
    RemoveTagCommand(Project &project, const QString &text, Tag tag, QList<Annotation> carriers,
                     QUuid into)
        : ProjectCommand(project, text)
        , m_tag(std::move(tag))
        , m_carriers(std::move(carriers))
        , m_into(into)
    {}

protected:
    Status doApply() override
    {
        return project().write([&]() -> Status {
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
            if (auto added = project().addTag(m_tag); !added)
                return added.error();
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
    Tag m_tag;
    QList<Annotation> m_carriers;
    QUuid m_into;
};

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
    return std::unique_ptr<ProjectCommand>(
        new RemoveTagCommand(project, tr("Delete tag “%1”").arg(tag->name), *tag, *carriers, {}));
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
    return std::unique_ptr<ProjectCommand>(
        new RemoveTagCommand(project, tr("Merge tag “%1” into “%2”").arg(from->name, into->name),
                             *from, *carriers, intoId));
}

} // namespace counterpoint
