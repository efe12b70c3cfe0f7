#pragma once

#include "ProjectCommand.h"

#include "domain/Article.h"

namespace counterpoint {

// Dismisses a shared passage, so it is no longer suggested as the same claim; undo offers it
// again.
class DismissPassageCommand final : public ProjectCommand
{
public:
    DismissPassageCommand(Project &project, DismissedPassage passage);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    DismissedPassage m_passage;
};

} // namespace counterpoint
