#include "NameCommands.h"

#include "store/Project.h"

#include <QCoreApplication>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::NameCommands)
};

} // namespace

AddActorCommand::AddActorCommand(Project &project, Actor draft)
    : ProjectCommand(project, Messages::tr("New actor “%1”").arg(draft.name.trimmed()))
    , m_actor(std::move(draft))
{
    if (m_actor.id.isNull())
        m_actor.id = QUuid::createUuid();
}

Status AddActorCommand::doApply()
{
    auto added = project().addActor(m_actor);
    if (!added)
        return added.error();
    m_actor = std::move(added).value();
    return success();
}

Status AddActorCommand::doRevert()
{
    return project().removeActor(m_actor.id);
}

AddTagCommand::AddTagCommand(Project &project, Tag draft)
    : ProjectCommand(project, Messages::tr("New tag “%1”").arg(draft.name.trimmed()))
    , m_tag(std::move(draft))
{
    if (m_tag.id.isNull())
        m_tag.id = QUuid::createUuid();
}

Status AddTagCommand::doApply()
{
    auto added = project().addTag(m_tag);
    if (!added)
        return added.error();
    m_tag = std::move(added).value(); // with its colour, so a redo brings back the same one
    return success();
}

Status AddTagCommand::doRevert()
{
    return project().removeTag(m_tag.id);
}

} // namespace counterpoint
