#pragma once

#include "domain/Result.h"

#include <QPointer>
#include <QUndoCommand>

namespace counterpoint {

class EditHistory;
class Project;

// One user edit of a project that can be undone. Subclasses say how to apply and revert it
// through Project; a refusal on undo or redo is reported to the history instead of being lost.
class ProjectCommand : public QUndoCommand
{
public:
    Status apply();
    Status revert();

    void redo() final;
    void undo() final;

protected:
    ProjectCommand(Project &project, const QString &text);

    virtual Status doApply() = 0;
    virtual Status doRevert() = 0;

    Project &project() const { return m_project; }
    EditHistory *history() const; // null outside a history
    // A part of this command (CommandGroup) notes its versions in the same history.
    void lendHistoryTo(ProjectCommand &part) const { part.m_history = m_history; }

private:
    friend class EditHistory;

    Project &m_project;
    QPointer<EditHistory> m_history;
    bool m_skipNextRedo = false; // the history applied it before pushing it
};

} // namespace counterpoint
