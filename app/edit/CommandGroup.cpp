#include "CommandGroup.h"

#include "store/Project.h"

namespace counterpoint {

CommandGroup::CommandGroup(Project &project, const QString &text)
    : ProjectCommand(project, text)
{}

void CommandGroup::add(std::unique_ptr<ProjectCommand> part)
{
    m_parts.push_back(std::move(part));
}

Status CommandGroup::doApply()
{
    return project().write([this]() -> Status {
        for (const auto &part : m_parts) {
            lendHistoryTo(*part);
            if (Status applied = part->apply(); !applied)
                return applied;
        }
        return success();
    });
}

Status CommandGroup::doRevert()
{
    return project().write([this]() -> Status {
        for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part) {
            lendHistoryTo(**part);
            if (Status reverted = (*part)->revert(); !reverted)
                return reverted;
        }
        return success();
    });
}

} // namespace counterpoint
