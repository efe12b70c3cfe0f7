#pragma once

#include "ProjectCommand.h"

#include "domain/Verdict.h"

#include <QUuid>

#include <optional>

namespace counterpoint {

// Gives a claim a verdict, changes it, or takes it away (after: none), as one undo step; undo
// puts back the verdict there was. An undo or redo is refused when the verdict is no longer the
// one this step left or found (another window or the command line changed it meanwhile).
class SetVerdictCommand final : public ProjectCommand
{
public:
    SetVerdictCommand(Project &project, const QUuid &annotationId, std::optional<Verdict> before,
                      std::optional<Verdict> after);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Status replace(const std::optional<Verdict> &expected, const std::optional<Verdict> &wanted);

    QUuid m_annotationId;
    std::optional<Verdict> m_before;
    std::optional<Verdict> m_after;
};

} // namespace counterpoint
