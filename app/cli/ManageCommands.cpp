#include "ManageCommands.h"

#include "CommandSupport.h"

#include "edit/ActorCommands.h"
#include "edit/SetCommands.h"
#include "edit/TagCommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

int listTags(Project &project, Streams &streams)
{
    auto tags = project.tags();
    if (!tags)
        return fail(streams, tags.errorMessage());
    auto usage = TagEdits::usage(project);
    if (!usage)
        return fail(streams, usage.errorMessage());
    QList<Tag> sorted = *tags;
    std::sort(sorted.begin(), sorted.end(), [](const Tag &a, const Tag &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    streams.out << QStringLiteral("%1  %2  %3\n")
                       .arg(Messages::tr("USED"), 5)
                       .arg(Messages::tr("COLOUR"), -7)
                       .arg(Messages::tr("TAG"));
    // Each parent followed by the tags under it, named “Parent › Child” (issue 20).
    QSet<QUuid> ids;
    for (const Tag &tag : std::as_const(sorted))
        ids.insert(tag.id);
    const auto print = [&](const Tag &tag) {
        streams.out << QStringLiteral("%1  %2  %3\n")
                           .arg(usage->value(tag.id), 5)
                           .arg(tag.color.name(), -7)
                           .arg(tagPathName(tag, sorted));
    };
    for (const Tag &top : std::as_const(sorted)) {
        if (!top.parentId.isNull() && ids.contains(top.parentId))
            continue;
        print(top);
        for (const Tag &child : std::as_const(sorted)) {
            if (child.parentId == top.id)
                print(child);
        }
    }
    return ExitOk;
}

int runTags(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Messages::tr("rename OLD NEW, recolor NAME #RRGGBB, merge FROM INTO, delete NAME, "
                     "set-parent CHILD PARENT or clear-parent CHILD; without one, the tags are "
                     "listed with how many annotations carry each, each parent followed by the "
                     "tags under it."));
    int status = ExitOk;
    if (!parseArguments(parser, tagsSubcommand(), arguments, 1, 4, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(1);
    const int needed = action == u"delete" || action == u"clear-parent" ? 3 : 4;
    if (!action.isEmpty() &&
        (positionals.size() != needed ||
         !QStringList{QStringLiteral("rename"), QStringLiteral("recolor"), QStringLiteral("merge"),
                      QStringLiteral("delete"), QStringLiteral("set-parent"),
                      QStringLiteral("clear-parent")}
              .contains(action))) {
        streams.err << Messages::tr("counterpoint tags: expected rename OLD NEW, recolor NAME "
                                    "COLOUR, merge FROM INTO, delete NAME, set-parent CHILD "
                                    "PARENT or clear-parent CHILD after the project")
                    << '\n';
        return ExitUsage;
    }
    auto project = openProject(positionals.first(), streams);
    if (!project)
        return ExitFailure;
    if (action.isEmpty())
        return listTags(*project, streams);

    auto tag = TagEdits::named(*project, positionals.at(2));
    if (!tag)
        return fail(streams, tag.errorMessage());
    Result<std::unique_ptr<ProjectCommand>> edit = Error{Error::Code::Invalid, QString()};
    if (action == u"rename") {
        edit = TagEdits::rename(*project, tag->id, positionals.at(3));
    } else if (action == u"recolor") {
        const QColor color(positionals.at(3));
        if (!color.isValid())
            return fail(streams, Messages::tr("“%1” is not a colour: give #RRGGBB or a name such "
                                              "as “teal”.")
                                     .arg(positionals.at(3)));
        edit = TagEdits::recolor(*project, tag->id, color);
    } else if (action == u"merge") {
        auto into = TagEdits::named(*project, positionals.at(3));
        if (!into)
            return fail(streams, into.errorMessage());
        edit = TagEdits::merge(*project, tag->id, into->id);
    } else if (action == u"set-parent") {
        auto parent = TagEdits::named(*project, positionals.at(3));
        if (!parent)
            return fail(streams, parent.errorMessage());
        edit = TagEdits::setParent(*project, tag->id, parent->id);
    } else if (action == u"clear-parent") {
        edit = TagEdits::setParent(*project, tag->id, QUuid());
    } else {
        edit = TagEdits::remove(*project, tag->id);
    }
    if (!edit)
        return fail(streams, edit.errorMessage());
    if (Status done = (*edit)->apply(); !done)
        return fail(streams, done.errorMessage());
    streams.out << (*edit)->text() << '\n';
    return ExitOk;
}

// Applies an edit made by one of the managers' factories and prints what it did.
int applyEdit(Result<std::unique_ptr<ProjectCommand>> edit, Streams &streams,
              const QString &details = {})
{
    if (!edit)
        return fail(streams, edit.errorMessage());
    if (Status done = (*edit)->apply(); !done)
        return fail(streams, done.errorMessage());
    streams.out << (*edit)->text();
    if (!details.isEmpty())
        streams.out << QStringLiteral(": ") << details;
    streams.out << u'\n';
    return ExitOk;
}

bool isOneOf(const QString &action, const QStringList &actions)
{
    return actions.contains(action);
}

int listActors(Project &project, Streams &streams)
{
    auto actors = project.actors();
    if (!actors)
        return fail(streams, actors.errorMessage());
    auto usage = ActorEdits::usage(project);
    if (!usage)
        return fail(streams, usage.errorMessage());
    QList<Actor> sorted = *actors;
    std::sort(sorted.begin(), sorted.end(), [](const Actor &a, const Actor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    streams.out << QStringLiteral("%1  %2  %3\n")
                       .arg(Messages::tr("USED"), 5)
                       .arg(Messages::tr("ACTOR"), -24)
                       .arg(Messages::tr("DESCRIPTION"));
    for (const Actor &actor : std::as_const(sorted))
        streams.out << QStringLiteral("%1  %2  %3")
                           .arg(usage->value(actor.id), 5)
                           .arg(actor.name, -24)
                           .arg(actor.description.simplified())
                           .trimmed()
                    << u'\n';
    return ExitOk;
}

int runActors(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Messages::tr("rename OLD NEW, merge FROM INTO, describe NAME TEXT or delete NAME; "
                     "without one, the actors are listed with how many annotations name each."));
    int status = ExitOk;
    if (!parseArguments(parser, actorsSubcommand(), arguments, 1, 4, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(1);
    const int needed = action == u"delete" ? 3 : 4;
    if (!action.isEmpty() &&
        (positionals.size() != needed ||
         !isOneOf(action, {QStringLiteral("rename"), QStringLiteral("merge"),
                           QStringLiteral("describe"), QStringLiteral("delete")}))) {
        streams.err << Messages::tr("counterpoint actors: expected rename OLD NEW, merge FROM "
                                    "INTO, describe NAME TEXT or delete NAME after the project")
                    << '\n';
        return ExitUsage;
    }
    auto project = openProject(positionals.first(), streams);
    if (!project)
        return ExitFailure;
    if (action.isEmpty())
        return listActors(*project, streams);

    auto actor = ActorEdits::named(*project, positionals.at(2));
    if (!actor)
        return fail(streams, actor.errorMessage());
    if (action == u"rename")
        return applyEdit(ActorEdits::rename(*project, actor->id, positionals.at(3)), streams);
    if (action == u"describe")
        return applyEdit(ActorEdits::describe(*project, actor->id, positionals.at(3)), streams);
    auto usage = ActorEdits::usage(*project);
    if (!usage)
        return fail(streams, usage.errorMessage());
    const QString changed =
        Messages::tr("%n annotation(s) changed", nullptr, usage->value(actor->id));
    if (action == u"merge") {
        auto into = ActorEdits::named(*project, positionals.at(3));
        if (!into)
            return fail(streams, into.errorMessage());
        return applyEdit(ActorEdits::merge(*project, actor->id, into->id), streams, changed);
    }
    return applyEdit(ActorEdits::remove(*project, actor->id), streams, changed);
}

int listSets(Project &project, Streams &streams)
{
    auto sets = project.annotationSets();
    auto roles = project.annotationSetRoles();
    auto usage = SetEdits::usage(project);
    if (!sets || !roles || !usage)
        return fail(streams, !sets    ? sets.errorMessage()
                             : !roles ? roles.errorMessage()
                                      : usage.errorMessage());
    streams.out << QStringLiteral("%1  %2  %3\n")
                       .arg(Messages::tr("USED"), 5)
                       .arg(Messages::tr("SET"), -24)
                       .arg(Messages::tr("WHOSE"));
    for (const AnnotationSet &set : std::as_const(*sets)) {
        QStringList notes;
        for (const SetRole &role : std::as_const(*roles)) {
            if (role.setId != set.id)
                continue;
            if (!role.owner.isEmpty())
                notes.append(role.owner);
            if (role.consensus)
                notes.append(Messages::tr("consensus"));
        }
        if (set.id == project.defaultAnnotationSetId())
            notes.append(Messages::tr("default"));
        streams.out << QStringLiteral("%1  %2  %3")
                           .arg(usage->value(set.id), 5)
                           .arg(set.name, -24)
                           .arg(notes.join(QStringLiteral(", ")))
                           .trimmed()
                    << u'\n';
    }
    return ExitOk;
}

int runSets(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Messages::tr("create NAME, rename OLD NEW or delete NAME (with its annotations, their "
                     "links and verdicts); without one, the sets are listed with how many "
                     "annotations each holds and whose they are."));
    int status = ExitOk;
    if (!parseArguments(parser, setsSubcommand(), arguments, 1, 4, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(1);
    const int needed = action == u"rename" ? 4 : 3;
    if (!action.isEmpty() && (positionals.size() != needed ||
                              !isOneOf(action, {QStringLiteral("create"), QStringLiteral("rename"),
                                                QStringLiteral("delete")}))) {
        streams.err << Messages::tr("counterpoint sets: expected create NAME, rename OLD NEW or "
                                    "delete NAME after the project")
                    << '\n';
        return ExitUsage;
    }
    auto project = openProject(positionals.first(), streams);
    if (!project)
        return ExitFailure;
    if (action.isEmpty())
        return listSets(*project, streams);
    if (action == u"create")
        return applyEdit(SetEdits::create(*project, positionals.at(2)), streams);

    auto set = SetEdits::named(*project, positionals.at(2));
    if (!set)
        return fail(streams, set.errorMessage());
    if (action == u"rename")
        return applyEdit(SetEdits::rename(*project, set->id, positionals.at(3)), streams);
    auto contents = SetEdits::contents(*project, set->id);
    if (!contents)
        return fail(streams, contents.errorMessage());
    return applyEdit(
        SetEdits::remove(*project, set->id), streams,
        Messages::tr("%n annotation(s) deleted", nullptr, contents->annotations) +
            QStringLiteral(", ") + Messages::tr("%n link(s)", nullptr, contents->relations) +
            QStringLiteral(", ") + Messages::tr("%n verdict(s)", nullptr, contents->verdicts));
}

} // namespace

Subcommand tagsSubcommand()
{
    return {QStringLiteral("tags"),
            QStringLiteral("tags PROJECT [rename OLD NEW | recolor NAME COLOUR | merge FROM INTO "
                           "| delete NAME | set-parent CHILD PARENT | clear-parent CHILD]"),
            Messages::tr("List the tags with their use, or rename, recolour, merge or delete one, "
                         "or file one under a parent tag."),
            &runTags};
}

Subcommand actorsSubcommand()
{
    return {QStringLiteral("actors"),
            QStringLiteral("actors PROJECT [rename OLD NEW | merge FROM INTO | describe NAME TEXT "
                           "| delete NAME]"),
            Messages::tr("List the actors with their use, or rename, merge, describe or delete "
                         "one."),
            &runActors};
}

Subcommand setsSubcommand()
{
    return {QStringLiteral("sets"),
            QStringLiteral("sets PROJECT [create NAME | rename OLD NEW | delete NAME]"),
            Messages::tr("List the annotation sets with their use, or create, rename or delete "
                         "one."),
            &runSets};
}

} // namespace counterpoint::cli
