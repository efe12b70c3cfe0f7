#include "EditHistory.h"

#include "ProjectCommand.h"

namespace counterpoint {

EditHistory::EditHistory(QObject *parent)
    : QObject(parent)
{}

Status EditHistory::perform(std::unique_ptr<ProjectCommand> command)
{
    command->m_history = this; // the command notes the versions it leaves
    if (Status applied = command->apply(); !applied)
        return applied;
    command->m_skipNextRedo = true; // QUndoStack::push() calls redo() at once
    m_stack.push(command.release());
    return success();
}

} // namespace counterpoint
