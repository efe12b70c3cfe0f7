#include "EditHistory.h"

#include "ProjectCommand.h"

namespace counterpoint {

EditHistory::EditHistory(QObject *parent)
    : QObject(parent)
{}

Status EditHistory::perform(std::unique_ptr<ProjectCommand> command)
{
    command->m_history = this; // the command notes the versions it leaves
    // A refused command was rolled back whole: the versions its first parts noted (a group
    // refused at its tenth annotation) were never committed, and later undos must not expect them.
    const QHash<QUuid, qint64> versions = m_versions;
    if (Status applied = command->apply(); !applied) {
        m_versions = versions;
        return applied;
    }
    command->m_skipNextRedo = true; // QUndoStack::push() calls redo() at once
    m_stack.push(command.release());
    return success();
}

} // namespace counterpoint
