#pragma once

#include "ProjectCommand.h"

#include "domain/Annotation.h"
#include "domain/Relation.h"
#include "domain/Verdict.h"

#include <optional>

namespace counterpoint {

// Tags a passage: adds the annotation; undo removes it, redo restores it with the same id.
class AddAnnotationCommand final : public ProjectCommand
{
public:
    AddAnnotationCommand(Project &project, Annotation draft);
    const Annotation &annotation() const { return m_annotation; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Annotation m_annotation;
};

// Changes an annotation's kind, actor, tags, set or comment. Consecutive edits of the same
// field of the same annotation (typing a comment) merge into one undo step. The change is made
// on the version of the row before was read at, and only its field is written; undo puts back
// only that field, and only when the row is as the command left it (its version): a step whose
// row another window or analyst has changed since is refused with a message, never applied over
// their work.
class UpdateAnnotationCommand final : public ProjectCommand
{
public:
    enum class Field { Kind, Actor, Tags, Set, Comment, Range, Other };

    UpdateAnnotationCommand(Project &project, Annotation before, Annotation after, Field field);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    // The other process's change that keeps this step from being undone or redone.
    Error refusal(const QString &doing, const Error &conflict) const;

    Annotation m_before;
    Annotation m_after;
    Field m_field;
    qint64 m_leftVersion = 0; // the row's version as the last apply or revert left it
};

// Deletes an annotation; undo brings it back together with the relations and the verdict that
// went with it.
class RemoveAnnotationCommand final : public ProjectCommand
{
public:
    RemoveAnnotationCommand(Project &project, Annotation annotation);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Annotation m_annotation;
    QList<Relation> m_relations;
    std::optional<Verdict> m_verdict;
    bool m_restored = false; // an undo brought it back
};

// Links two annotations ("rebuts", "supports", …).
class AddRelationCommand final : public ProjectCommand
{
public:
    AddRelationCommand(Project &project, Relation draft);
    const Relation &relation() const { return m_relation; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Relation m_relation;
};

class RemoveRelationCommand final : public ProjectCommand
{
public:
    RemoveRelationCommand(Project &project, Relation relation);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Relation m_relation;
};

} // namespace counterpoint
