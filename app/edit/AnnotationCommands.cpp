#include "AnnotationCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("counterpoint::AnnotationCommands", text);
}

QString addText(AnnotationKind kind)
{
    return tr("Tag as %1").arg(displayName(kind).toLower());
}

QString updateText(UpdateAnnotationCommand::Field field)
{
    using Field = UpdateAnnotationCommand::Field;
    switch (field) {
    case Field::Kind:
        return tr("Change kind");
    case Field::Actor:
        return tr("Change actor");
    case Field::Tags:
        return tr("Change tags");
    case Field::Set:
        return tr("Move to set");
    case Field::Comment:
        return tr("Edit comment");
    case Field::Range:
        return tr("Re-attach passage");
    case Field::Other:
        break;
    }
    return tr("Edit annotation");
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(Project &project, Annotation draft)
    : ProjectCommand(project, addText(draft.kind))
    , m_annotation(std::move(draft))
{}

Status AddAnnotationCommand::doApply()
{
    // The first time the project fills in id, quote and times; later redos restore exactly those.
    auto added = project().addAnnotation(m_annotation);
    if (!added)
        return added.error();
    m_annotation = std::move(added).value();
    return success();
}

Status AddAnnotationCommand::doRevert()
{
    return project().removeAnnotation(m_annotation.id);
}

UpdateAnnotationCommand::UpdateAnnotationCommand(Project &project, Annotation before,
                                                 Annotation after, Field field)
    : ProjectCommand(project, updateText(field))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{}

int UpdateAnnotationCommand::id() const
{
    // Only comment typing merges; every other change is a step of its own.
    return m_field == Field::Comment ? 0x436f6d6d : -1;
}

bool UpdateAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const UpdateAnnotationCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

Status UpdateAnnotationCommand::doApply()
{
    auto updated = project().updateAnnotation(m_after);
    if (!updated)
        return updated.error();
    return success();
}

Status UpdateAnnotationCommand::doRevert()
{
    auto updated = project().updateAnnotation(m_before);
    if (!updated)
        return updated.error();
    return success();
}

RemoveAnnotationCommand::RemoveAnnotationCommand(Project &project, Annotation annotation)
    : ProjectCommand(project, tr("Delete %1").arg(displayName(annotation.kind).toLower()))
    , m_annotation(std::move(annotation))
{}

Status RemoveAnnotationCommand::doApply()
{
    // Remember the links as they are now: they go with the annotation and come back with it.
    auto relations = project().relationsOf(m_annotation.id);
    if (!relations)
        return relations.error();
    m_relations = std::move(relations).value();
    return project().removeAnnotation(m_annotation.id);
}

Status RemoveAnnotationCommand::doRevert()
{
    return project().write([this]() -> Status {
        auto restored = project().addAnnotation(m_annotation);
        if (!restored)
            return restored.error();
        for (const Relation &relation : std::as_const(m_relations)) {
            auto linked = project().addRelation(relation);
            if (!linked)
                return linked.error();
        }
        return success();
    });
}

AddRelationCommand::AddRelationCommand(Project &project, Relation draft)
    : ProjectCommand(project, tr("Link: %1").arg(displayName(draft.kind).toLower()))
    , m_relation(std::move(draft))
{}

Status AddRelationCommand::doApply()
{
    auto added = project().addRelation(m_relation);
    if (!added)
        return added.error();
    m_relation = std::move(added).value();
    return success();
}

Status AddRelationCommand::doRevert()
{
    return project().removeRelation(m_relation.id);
}

RemoveRelationCommand::RemoveRelationCommand(Project &project, Relation relation)
    : ProjectCommand(project, tr("Remove link"))
    , m_relation(std::move(relation))
{}

Status RemoveRelationCommand::doApply()
{
    return project().removeRelation(m_relation.id);
}

Status RemoveRelationCommand::doRevert()
{
    auto added = project().addRelation(m_relation);
    if (!added)
        return added.error();
    return success();
}

} // namespace counterpoint
