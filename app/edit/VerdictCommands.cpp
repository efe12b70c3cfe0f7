#include "VerdictCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::VerdictCommands)
};

QString stepText(const std::optional<Verdict> &before, const std::optional<Verdict> &after)
{
    if (!after)
        return Messages::tr("Remove verdict");
    if (!before)
        return Messages::tr("Give verdict: %1").arg(displayRating(after->rating));
    return Messages::tr("Change verdict");
}

} // namespace

SetVerdictCommand::SetVerdictCommand(Project &project, const QUuid &annotationId,
                                     std::optional<Verdict> before, std::optional<Verdict> after)
    : ProjectCommand(project, stepText(before, after))
    , m_annotationId(annotationId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SetVerdictCommand::doApply()
{
    return replace(m_before, m_after);
}

Status SetVerdictCommand::doRevert()
{
    return replace(m_after, m_before);
}

Status SetVerdictCommand::replace(const std::optional<Verdict> &expected,
                                  const std::optional<Verdict> &wanted)
{
    return project().write([&]() -> Status {
        auto current = project().verdict(m_annotationId);
        if (!current)
            return current.error();
        if (*current != expected)
            return Error{Error::Code::Invalid,
                         Messages::tr("The verdict on this claim was changed elsewhere in the "
                                      "meantime; it is left as it is now.")};
        if (wanted)
            return project().setVerdict(*wanted);
        return project().clearVerdict(m_annotationId);
    });
}

} // namespace counterpoint
