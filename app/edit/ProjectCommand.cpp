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
    const QHash<QUuid, qint64> versions =
        m_history ? m_history->m_versions : QHash<QUuid, qint64>();
    if (Status applied = doApply(); !applied) {
        if (m_history)
            m_history->m_versions = versions; // rolled back: what its parts noted never was
        qCWarning(lcEdit) << "Redo of" << text()
                          << "refused; the step leaves the history:" << applied.errorMessage();
        setObsolete(true); // QUndoStack drops it: the history must not claim a step it can't do
        if (m_history)
            m_history->report(applied.errorMessage());
    }
}

void ProjectCommand::undo()
{
    const QHash<QUuid, qint64> versions =
        m_history ? m_history->m_versions : QHash<QUuid, qint64>();
    if (Status reverted = doRevert(); !reverted) {
        if (m_history)
            m_history->m_versions = versions;
        qCWarning(lcEdit) << "Undo of" << text()
                          << "refused; the step leaves the history:" << reverted.errorMessage();
        setObsolete(true);
        if (m_history)
            m_history->report(reverted.errorMessage());
    }
}

} // namespace counterpoint
