#include "ProjectCommand.h"

#include "EditHistory.h"

#include "log/LogCategories.h"

namespace counterpoint {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : m_project(project)
{
    setText(text);
}

EditHistory *ProjectCommand::history() const
{
    return m_history;
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
        qCWarning(lcEdit) << "Redo of" << text()
                          << "refused; the step leaves the history:" << applied.errorMessage();
        setObsolete(true); // QUndoStack drops it: the history must not claim a step it can't do
        if (m_history)
            m_history->report(applied.errorMessage());
    }
}

void ProjectCommand::undo()
{
    if (Status reverted = doRevert(); !reverted) {
        qCWarning(lcEdit) << "Undo of" << text()
                          << "refused; the step leaves the history:" << reverted.errorMessage();
        setObsolete(true);
        if (m_history)
            m_history->report(reverted.errorMessage());
    }
}

} // namespace counterpoint
