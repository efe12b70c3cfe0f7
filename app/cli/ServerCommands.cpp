#include "ServerCommands.h"

#include "CommandSupport.h"
#include "store/ProjectCopy.h"
#include "store/ProjectLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

int runServerInit(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("uri"),
        Messages::tr("The empty database, as postgresql://HOST/DATABASE or a libpq conninfo."));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   Messages::tr("The server role that owns the project."),
                                   QStringLiteral("NAME"));
    parser.addOption(owner);
    int status = ExitOk;
    if (!parseArguments(parser, serverInitSubcommand(), arguments, 1, 1, streams, status))
        return status;
    if (parser.value(owner).isEmpty())
        return fail(streams, Messages::tr("server-init needs --owner NAME: the role that will "
                                          "own the project and manage its members."));
    const QString address = parser.positionalArguments().first();
    if (auto done = Project::initializeServer(address, parser.value(owner)); !done)
        return fail(streams, done.errorMessage());
    auto location = ProjectLocation::parse(address);
    streams.out << Messages::tr("%1 is a Counterpoint project now, owned by %2. Add its members "
                                "with “counterpoint members %3 add NAME --role ROLE”.")
                       .arg(location->displayName(), parser.value(owner), location->toString())
                << u'\n';
    return ExitOk;
}

int runCopy(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("source"),
                                 Messages::tr("The project to copy: a file or a server's URI."));
    parser.addPositionalArgument(
        QStringLiteral("dest"),
        Messages::tr("Where to: a new file, or a server project fresh from server-init."));
    int status = ExitOk;
    if (!parseArguments(parser, copySubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QString source = parser.positionalArguments().at(0);
    const QString destination = parser.positionalArguments().at(1);
    if (!ProjectLocation::looksLikeServer(destination)) {
        if (QFileInfo::exists(destination))
            return fail(streams,
                        Messages::tr("Cannot copy to “%1”: there is a file there already; copy "
                                     "to a new file.")
                            .arg(destination));
        if (QFileInfo(destination).suffix() != Project::fileSuffix())
            return fail(streams, Messages::tr("Cannot create “%1”: a project's file name ends "
                                              "in .%2.")
                                     .arg(destination, Project::fileSuffix()));
    }
    auto copied = ProjectCopy::copy(source, destination);
    if (!copied)
        return fail(streams, copied.errorMessage());
    streams.out << Messages::tr("Copied %n article(s),", nullptr, int(copied->articles)) << u' '
                << Messages::tr("%n annotation(s)", nullptr, int(copied->annotations))
                << Messages::tr(" and %n relation(s) to %1.", nullptr, int(copied->relations))
                       .arg(destination)
                << u'\n';
    return ExitOk;
}

int runMembers(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("uri"), Messages::tr("The server project."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Messages::tr("list, add NAME or remove NAME."),
                                 QStringLiteral("list|add|remove"));
    parser.addPositionalArgument(QStringLiteral("name"), Messages::tr("The member's role name."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Messages::tr("With add: curator, coder or reader."),
                                  QStringLiteral("ROLE"));
    parser.addOption(role);
    int status = ExitOk;
    if (!parseArguments(parser, membersSubcommand(), arguments, 2, 3, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.at(1);
    const QString name = positionals.value(2);
    if (action == u"list"                         ? positionals.size() != 2
        : action == u"add" || action == u"remove" ? positionals.size() != 3
                                                  : true) {
        streams.err << Messages::tr("Usage: counterpoint ") << membersSubcommand().synopsis
                    << u'\n';
        return ExitUsage;
    }
    std::optional<ProjectRole> given;
    if (action == u"add") {
        given = projectRoleFrom(parser.value(role));
        if (!given || *given == ProjectRole::Owner)
            return fail(streams, Messages::tr("members add needs --role curator, coder or reader "
                                              "(not “%1”).")
                                     .arg(parser.value(role)));
    }
    if (!ProjectLocation::looksLikeServer(positionals.first()))
        return fail(streams, Messages::tr("“%1” is a file: members and roles belong to a "
                                          "project on a server (postgresql://HOST/DATABASE).")
                                 .arg(positionals.first()));
    auto project = openProject(positionals.first(), streams);
    if (!project)
        return ExitFailure;
    if (action == u"list") {
        auto members = project->members();
        if (!members)
            return fail(streams, members.errorMessage());
        for (const ProjectMember &member : std::as_const(*members))
            streams.out << member.name << u'\t' << toString(member.role) << u'\n';
        return ExitOk;
    }
    const Status done =
        action == u"add" ? project->addMember(name, *given) : project->removeMember(name);
    if (!done)
        return fail(streams, done.errorMessage());
    streams.out
        << (action == u"add"
                ? Messages::tr("%1 is a %2 of %3 now.").arg(name, toString(*given), project->name())
                : Messages::tr("%1 is no longer a member of %2.").arg(name, project->name()))
        << u'\n';
    return ExitOk;
}

} // namespace

Subcommand serverInitSubcommand()
{
    return {QStringLiteral("server-init"), QStringLiteral("server-init URI --owner NAME"),
            Messages::tr("Make an empty PostgreSQL database a team project owned by NAME"),
            &runServerInit};
}

Subcommand copySubcommand()
{
    return {QStringLiteral("copy"), QStringLiteral("copy SOURCE DEST"),
            Messages::tr("Copy a whole project, file to server or server to file"), &runCopy};
}

Subcommand membersSubcommand()
{
    return {QStringLiteral("members"),
            QStringLiteral("members URI list | add NAME --role ROLE | remove NAME"),
            Messages::tr("List, add or remove the members of a server project"), &runMembers};
}

} // namespace counterpoint::cli
