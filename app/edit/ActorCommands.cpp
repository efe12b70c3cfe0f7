#include "ActorCommands.h"

#include "AnnotationCommands.h"
#include "CommandGroup.h"

#include "store/Project.h"

namespace counterpoint {

namespace {

Status mayManage(const Project &project)
{
    if (project.may(Permission::ManageLists))
        return success();
    return Error{project.isReadOnly() ? Error::Code::ReadOnly : Error::Code::Denied,
                 project.whyNot(Permission::ManageLists)};
}

Result<Actor> actorById(const Project &project, const QUuid &id)
{
    auto actors = project.actors();
    if (!actors)
        return actors.error();
    for (const Actor &actor : std::as_const(*actors)) {
        if (actor.id == id)
            return actor;
    }
    return Error{Error::Code::NotFound, ActorEdits::tr("The actor is no longer in the project.")};
}

Result<QList<Annotation>> namingOf(const Project &project, const QUuid &actorId)
{
    QList<Annotation> naming;
    if (Status read = project.forEachAnnotation([&](Annotation &&annotation) {
            if (annotation.actorId == actorId)
                naming.append(std::move(annotation));
        });
        !read)
        return read.error();
    return naming;
}

// An actor's name or description changed; undo puts the old ones back. Either way only over
// the actor as the step found it: one renamed elsewhere since is left as it is, with a message.
class UpdateActorCommand final : public ProjectCommand
{
public:
    UpdateActorCommand(Project &project, const QString &text, Actor before, Actor after)
        : ProjectCommand(project, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status doApply() override { return change(m_before, m_after); }
    Status doRevert() override { return change(m_after, m_before); }

private:
    Status change(const Actor &from, const Actor &to)
    {
        return project().write([&]() -> Status {
            auto current = actorById(project(), from.id);
            if (!current)
                return current.error();
            if (!(*current == from))
                return Error{Error::Code::Conflict,
                             ActorEdits::tr("Cannot change the actor “%1”: it was changed "
                                            "elsewhere since (now “%2”).")
                                 .arg(from.name, current->name)};
            return project().updateActor(to);
        });
    }

    Actor m_before;
    Actor m_after;
};

// The actor leaves the project once no annotation names it; undo brings it back (with its id,
// so that the annotations' undo can name it again).
class RemoveActorCommand final : public ProjectCommand
{
public:
    RemoveActorCommand(Project &project, Actor actor)
        : ProjectCommand(project, QString())
        , m_actor(std::move(actor))
    {}

protected:
    Status doApply() override
    {
        // The store would clear the actor of an annotation that names it unseen (no change of
        // the annotation's version, nothing in the change log): one named since the step was
        // made refuses it instead.
        auto naming = namingOf(project(), m_actor.id);
        if (!naming)
            return naming.error();
        if (!naming->isEmpty())
            return Error{Error::Code::Conflict,
                         ActorEdits::tr("%n more annotation(s) name “%1” since the change was "
                                        "asked for; look again and repeat it.",
                                        nullptr, int(naming->size()))
                             .arg(m_actor.name)};
        // The actor's memo goes with it: kept here for the undo to put back.
        auto memo = project().memo(MemoSubject::Actor, m_actor.id);
        if (!memo)
            return memo.error();
        m_memo = *memo ? (*memo)->text : QString();
        return project().removeActor(m_actor.id);
    }

    Status doRevert() override
    {
        return project().write([&]() -> Status {
            auto added = project().addActor(m_actor);
            if (!added)
                return added.error();
            if (m_memo.isEmpty())
                return success();
            auto memo = project().setMemo(MemoSubject::Actor, m_actor.id, m_memo);
            if (!memo)
                return memo.error();
            return success();
        });
    }

private:
    Actor m_actor;
    QString m_memo;
};

// Every annotation naming the actor names replacement (null: nobody) instead, then the actor
// goes: one step.
std::unique_ptr<ProjectCommand> removal(Project &project, const QString &text, const Actor &actor,
                                        const QList<Annotation> &naming, const QUuid &replacement)
{
    auto group = std::make_unique<CommandGroup>(project, text);
    for (const Annotation &annotation : naming) {
        Annotation after = annotation;
        after.actorId = replacement;
        group->add(std::make_unique<UpdateAnnotationCommand>(
            project, annotation, after, UpdateAnnotationCommand::Field::Actor));
    }
    group->add(std::make_unique<RemoveActorCommand>(project, actor));
    return group;
}

} // namespace

Result<QHash<QUuid, int>> ActorEdits::usage(const Project &project)
{
    QHash<QUuid, int> counts;
    if (Status read = project.forEachAnnotation([&](Annotation &&annotation) {
            if (!annotation.actorId.isNull())
                ++counts[annotation.actorId];
        });
        !read)
        return read.error();
    return counts;
}

Result<Actor> ActorEdits::named(const Project &project, const QString &name)
{
    auto actors = project.actors();
    if (!actors)
        return actors.error();
    for (const Actor &actor : std::as_const(*actors)) {
        if (actor.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return actor;
    }
    return Error{Error::Code::NotFound,
                 tr("There is no actor named “%1” in %2.").arg(name.trimmed(), project.name())};
}

Result<std::unique_ptr<ProjectCommand>> ActorEdits::rename(Project &project, const QUuid &actorId,
                                                           const QString &newName)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    auto actor = actorById(project, actorId);
    if (!actor)
        return actor.error();
    const QString name = newName.simplified();
    if (name.isEmpty())
        return Error{Error::Code::Invalid, tr("An actor needs a name.")};
    if (auto other = named(project, name); other && other->id != actorId)
        return Error{Error::Code::Duplicate,
                     tr("There is an actor named “%1” already: merge “%2” into it instead.")
                         .arg(other->name, actor->name)};
    if (name == actor->name)
        return Error{Error::Code::Invalid, tr("The actor is called “%1” already.").arg(name)};
    Actor after = *actor;
    after.name = name;
    return std::unique_ptr<ProjectCommand>(new UpdateActorCommand(
        project, tr("Rename actor “%1” to “%2”").arg(actor->name, name), *actor, after));
}

Result<std::unique_ptr<ProjectCommand>> ActorEdits::describe(Project &project, const QUuid &actorId,
                                                             const QString &description)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    auto actor = actorById(project, actorId);
    if (!actor)
        return actor.error();
    const QString text = description.trimmed();
    if (text == actor->description)
        return Error{Error::Code::Invalid,
                     tr("“%1” has that description already.").arg(actor->name)};
    Actor after = *actor;
    after.description = text;
    return std::unique_ptr<ProjectCommand>(
        new UpdateActorCommand(project, tr("Describe actor “%1”").arg(actor->name), *actor, after));
}

Result<std::unique_ptr<ProjectCommand>> ActorEdits::remove(Project &project, const QUuid &actorId)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    auto actor = actorById(project, actorId);
    if (!actor)
        return actor.error();
    auto naming = namingOf(project, actorId);
    if (!naming)
        return naming.error();
    return removal(project, tr("Delete actor “%1”").arg(actor->name), *actor, *naming, QUuid());
}

Result<std::unique_ptr<ProjectCommand>> ActorEdits::merge(Project &project, const QUuid &fromId,
                                                          const QUuid &intoId)
{
    if (Status allowed = mayManage(project); !allowed)
        return allowed.error();
    if (fromId == intoId)
        return Error{Error::Code::Invalid, tr("An actor cannot be merged into itself.")};
    auto from = actorById(project, fromId);
    if (!from)
        return from.error();
    auto into = actorById(project, intoId);
    if (!into)
        return into.error();
    auto naming = namingOf(project, fromId);
    if (!naming)
        return naming.error();
    return removal(project, tr("Merge actor “%1” into “%2”").arg(from->name, into->name), *from,
                   *naming, intoId);
}

} // namespace counterpoint
