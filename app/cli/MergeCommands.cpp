#include "MergeCommands.h"

#include "CommandSupport.h"
#include "analysis/ProjectMerge.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

int runMerge(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Messages::tr("The project file to merge into."));
    parser.addPositionalArgument(QStringLiteral("other"),
                                 Messages::tr("A colleague's project file (only read)."));
    int status = ExitOk;
    if (!parseArguments(parser, mergeSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    if (QFileInfo(positionals.at(0)).canonicalFilePath() ==
        QFileInfo(positionals.at(1)).canonicalFilePath())
        return fail(streams,
                    Messages::tr("%1 cannot be merged into itself.").arg(positionals.at(0)));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto other = Project::open(positionals.at(1), readOnly);
    if (!other)
        return fail(streams, other.errorMessage());
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto report = analysis::mergeProject(*project, **other);
    if (!report)
        return fail(streams, report.errorMessage());
    streams.out << analysis::mergeReportText(*report);
    return ExitOk;
}

} // namespace

Subcommand mergeSubcommand()
{
    return {QStringLiteral("merge"), QStringLiteral("merge PROJECT OTHER"),
            Messages::tr("Bring a colleague's project file's articles, annotations, links, tags, "
                         "actors and sets into a project, without duplicates."),
            &runMerge};
}

} // namespace counterpoint::cli
