#include "ProjectCommand.h"

#include "EditHistory.h"

namespace counterpoint {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : m_project(project)
{
    setText(text);
}

Status ProjectCommand::apply()
{
    return doApply();
}

Status ProjectCommand::revert()
{
    return doRevert();
}

void ProjectCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (Status applied = doApply(); !applied) {
        setObsolete(true); // QUndoStack drops it: the history must not claim a step it can't do
        if (m_history)
            m_history->report(applied.errorMessage());
    }
}

void ProjectCommand::undo()
{
    if (Status reverted = doRevert(); !reverted) {
        setObsolete(true);
        if (m_history)
            m_history->report(reverted.errorMessage());
    }
}

} // namespace counterpoint
