#include "ManageCommands.h"

#include "CommandSupport.h"

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
    for (const Tag &tag : std::as_const(sorted))
        streams.out << QStringLiteral("%1  %2  %3\n")
                           .arg(usage->value(tag.id), 5)
                           .arg(tag.color.name(), -7)
                           .arg(tag.name);
    return ExitOk;
}

int runTags(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Messages::tr("rename OLD NEW, recolor NAME #RRGGBB, merge FROM INTO or delete NAME; "
                     "without one, the tags are listed with how many annotations carry each."));
    int status = ExitOk;
    if (!parseArguments(parser, tagsSubcommand(), arguments, 1, 4, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(1);
    const int needed = action == u"delete" ? 3 : 4;
    if (!action.isEmpty() && (positionals.size() != needed ||
                              !QStringList{QStringLiteral("rename"), QStringLiteral("recolor"),
                                           QStringLiteral("merge"), QStringLiteral("delete")}
                                   .contains(action))) {
        streams.err << Messages::tr("counterpoint tags: expected rename OLD NEW, recolor NAME "
                                    "COLOUR, merge FROM INTO or delete NAME after the project")
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

} // namespace

Subcommand tagsSubcommand()
{
    return {QStringLiteral("tags"),
            QStringLiteral("tags PROJECT [rename OLD NEW | recolor NAME COLOUR | merge FROM INTO "
                           "| delete NAME]"),
            Messages::tr("List the tags with their use, or rename, recolour, merge or delete one."),
            &runTags};
}

} // namespace counterpoint::cli
