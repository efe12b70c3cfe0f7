#include "CheckCommands.h"

#include "CommandSupport.h"
#include "store/ProjectCheck.h"
#include "store/ProjectLocation.h"

#include <QCoreApplication>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

int runCheck(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption full(QStringLiteral("full"),
                                  Messages::tr("Also check that every index matches its table "
                                               "(slower)."));
    const QCommandLineOption details(QStringLiteral("details"),
                                     Messages::tr("List what SQLite found, line by line."));
    parser.addOption(full);
    parser.addOption(details);
    int status = ExitOk;
    if (!parseArguments(parser, checkSubcommand(), arguments, 1, 1, streams, status))
        return status;
    const QString path = parser.positionalArguments().constFirst();
    if (ProjectLocation::looksLikeServer(path))
        return fail(streams, Messages::tr("%1 is a project on a server: the server keeps its own "
                                          "data sound; check is for project files.")
                                 .arg(path));
    auto report = ProjectCheck::run(path, parser.isSet(full) ? ProjectCheck::Depth::Full
                                                             : ProjectCheck::Depth::Quick);
    if (!report)
        return fail(streams, report.errorMessage());
    if (report->isSound()) {
        streams.out << ProjectCheck::summary(path, *report) << u'\n';
        return ExitOk;
    }
    if (parser.isSet(details)) {
        for (const QString &problem : std::as_const(report->problems))
            streams.out << problem << u'\n';
    }
    return fail(streams, ProjectCheck::summary(path, *report));
}

} // namespace

Subcommand checkSubcommand()
{
    return {QStringLiteral("check"), QStringLiteral("check PROJECT [--full] [--details]"),
            Messages::tr("Read every page of a project file and say whether it is damaged."),
            &runCheck};
}

} // namespace counterpoint::cli
