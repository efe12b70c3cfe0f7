#pragma once

#include "ProjectCommand.h"

#include "domain/Actor.h"
#include "domain/Tag.h"

namespace counterpoint {

// A new actor, named where an annotation's actor is typed; undo removes it again. The id is
// chosen before it is stored, so that an edit in the same step can refer to it.
class AddActorCommand final : public ProjectCommand
{
public:
    AddActorCommand(Project &project, Actor draft);
    const Actor &actor() const { return m_actor; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Actor m_actor;
};

// A new tag, with the colour the project gives its name; undo removes it again.
class AddTagCommand final : public ProjectCommand
{
public:
    AddTagCommand(Project &project, Tag draft);
    const Tag &tag() const { return m_tag; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Tag m_tag;
};

} // namespace counterpoint
