#include "AnnotationCommands.h"

#include "EditHistory.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QLocale>

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

namespace {

// The version an undo or redo of a step on the annotation is made on: the one this history last
// left it at, or (outside a history, or before it touched the row) the step's own.
qint64 expectedVersion(const EditHistory *history, const QUuid &id, qint64 own)
{
    const qint64 left = history ? history->versionLeft(id) : 0;
    return left != 0 ? left : own;
}

void noteVersion(EditHistory *history, const QUuid &id, qint64 version)
{
    if (history)
        history->noteVersion(id, version);
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
    noteVersion(history(), m_annotation.id, m_annotation.version);
    return success();
}

Status AddAnnotationCommand::doRevert()
{
    // Only the annotation as this history left it: one someone has changed since stays.
    return project().removeAnnotation(
        m_annotation.id, expectedVersion(history(), m_annotation.id, m_annotation.version));
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
    // Someone else's change in between: two steps, so that undoing this one is refused.
    if (next->m_before.version != m_leftVersion)
        return false;
    m_after = next->m_after;
    m_leftVersion = next->m_leftVersion;
    return true;
}

namespace {

// The fields the command changes, from one annotation onto another.
void copyField(UpdateAnnotationCommand::Field field, const Annotation &from, Annotation &onto)
{
    using Field = UpdateAnnotationCommand::Field;
    switch (field) {
    case Field::Kind:
        onto.kind = from.kind;
        return;
    case Field::Actor:
        onto.actorId = from.actorId;
        return;
    case Field::Tags:
        onto.tagIds = from.tagIds;
        return;
    case Field::Set:
        onto.setId = from.setId;
        return;
    case Field::Comment:
        onto.comment = from.comment;
        return;
    case Field::Range:
        onto.start = from.start;
        onto.end = from.end;
        onto.quote = from.quote;
        onto.anchorState = from.anchorState;
        return;
    case Field::Other:
        break;
    }
    const qint64 version = onto.version;
    onto = from;
    onto.version = version;
}

} // namespace

Error UpdateAnnotationCommand::refusal(const QString &doing, const Error &conflict) const
{
    if (conflict.code != Error::Code::Conflict)
        return conflict;
    QString who;
    QString when;
    if (auto last = project().lastChangeOf(ChangeRecord::Entity::Annotation, m_after.id);
        last && *last) {
        who = (*last)->author;
        when = QLocale().toString((*last)->at.toLocalTime(), QLocale::ShortFormat);
    }
    if (who.isEmpty())
        return Error{Error::Code::Conflict,
                     Messages::tr("Cannot %1 “%2”: the annotation was changed elsewhere since; "
                                  "doing it would erase that change.")
                         .arg(doing, text())};
    return Error{Error::Code::Conflict,
                 Messages::tr("Cannot %1 “%2”: %3 changed the annotation since, at %4; doing it "
                              "would erase their change.")
                     .arg(doing, text(), who, when)};
}

Status UpdateAnnotationCommand::doApply()
{
    // The first time on the version the change was made on, a redo on the one the undo left.
    const bool first = m_leftVersion == 0;
    const qint64 expected =
        first ? m_before.version : expectedVersion(history(), m_after.id, m_leftVersion);
    auto current = project().annotation(m_after.id);
    if (!current)
        return current.error();
    Annotation next = *current;
    copyField(m_field, m_after, next);
    auto updated = project().updateAnnotation(next, expected);
    if (!updated)
        return first ? updated.error() : refusal(Messages::tr("redo"), updated.error());
    m_leftVersion = updated->version;
    noteVersion(history(), m_after.id, m_leftVersion);
    return success();
}

Status UpdateAnnotationCommand::doRevert()
{
    auto current = project().annotation(m_before.id);
    if (!current)
        return current.error();
    Annotation next = *current;
    copyField(m_field, m_before, next);
    next.modified = m_before.modified; // as it was before this step
    auto updated =
        project().updateAnnotation(next, expectedVersion(history(), m_before.id, m_leftVersion));
    if (!updated)
        return refusal(Messages::tr("undo"), updated.error());
    m_leftVersion = updated->version;
    noteVersion(history(), m_before.id, m_leftVersion);
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
    // On the version it was read at (the first time) or as this history left it (a redo).
    return project().removeAnnotation(
        m_annotation.id, m_restored
                             ? expectedVersion(history(), m_annotation.id, m_annotation.version)
                             : m_annotation.version);
}

Status RemoveAnnotationCommand::doRevert()
{
    return project().write([this]() -> Status {
        auto restored = project().addAnnotation(m_annotation);
        if (!restored)
            return restored.error();
        m_annotation = std::move(restored).value();
        m_restored = true;
        noteVersion(history(), m_annotation.id, m_annotation.version);
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
