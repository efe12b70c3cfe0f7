#pragma once

#include "ProjectCommand.h"

#include <memory>
#include <vector>

namespace counterpoint {

// Several edits that the user made as one (create a tag and put it on the annotation; annotate
// two passages and link them): applied in one transaction, all or none, and undone as one step,
// the parts in reverse order.
class CommandGroup final : public ProjectCommand
{
public:
    CommandGroup(Project &project, const QString &text);

    void add(std::unique_ptr<ProjectCommand> part);
    int partCount() const { return int(m_parts.size()); }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    std::vector<std::unique_ptr<ProjectCommand>> m_parts;
};

} // namespace counterpoint
