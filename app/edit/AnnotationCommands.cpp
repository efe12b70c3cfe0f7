#include "AnnotationCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::AnnotationCommands)
};

QString addText(AnnotationKind kind)
{
    return Messages::tr("Tag as %1").arg(displayName(kind).toLower());
}

QString updateText(UpdateAnnotationCommand::Field field)
{
    using Field = UpdateAnnotationCommand::Field;
    switch (field) {
    case Field::Kind:
        return Messages::tr("Change kind");
    case Field::Actor:
        return Messages::tr("Change actor");
    case Field::Tags:
        return Messages::tr("Change tags");
    case Field::Set:
        return Messages::tr("Move to set");
    case Field::Comment:
        return Messages::tr("Edit comment");
    case Field::Range:
        return Messages::tr("Re-attach passage");
    case Field::Other:
        break;
    }
    return Messages::tr("Edit annotation");
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
    : ProjectCommand(project, Messages::tr("Delete %1").arg(displayName(annotation.kind).toLower()))
    , m_annotation(std::move(annotation))
{}

Status RemoveAnnotationCommand::doApply()
{
    // Remember the links as they are now: they go with the annotation and come back with it.
    auto relations = project().relationsOf(m_annotation.id);
    if (!relations)
        return relations.error();
    m_relations = std::move(relations).value();
    auto verdict = project().verdict(m_annotation.id);
    if (!verdict)
        return verdict.error();
    m_verdict = std::move(verdict).value();
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
        if (m_verdict)
            return project().setVerdict(*m_verdict);
        return success();
    });
}

AddRelationCommand::AddRelationCommand(Project &project, Relation draft)
    : ProjectCommand(project, Messages::tr("Link: %1").arg(displayName(draft.kind).toLower()))
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
    : ProjectCommand(project, Messages::tr("Remove link"))
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
