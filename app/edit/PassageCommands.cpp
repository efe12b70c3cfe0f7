#include "PassageCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

DismissPassageCommand::DismissPassageCommand(Project &project, DismissedPassage passage)
    : ProjectCommand(project, QCoreApplication::translate("counterpoint::PassageCommands",
                                                          "Dismiss shared passage"))
    , m_passage(std::move(passage))
{}

Status DismissPassageCommand::doApply()
{
    return project().dismissPassage(m_passage);
}

Status DismissPassageCommand::doRevert()
{
    return project().undismissPassage(m_passage);
}

} // namespace counterpoint
