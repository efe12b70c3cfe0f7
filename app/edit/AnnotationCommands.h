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
// field of the same annotation (typing a comment) merge into one undo step.
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
    Annotation m_before;
    Annotation m_after;
    Field m_field;
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
