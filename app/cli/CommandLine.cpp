#include "CommandLine.h"

#include "AgreementCommands.h"
#include "AnchorCommands.h"
#include "ArticleTextCommands.h"
#include "CheckCommands.h"
#include "CoderCommands.h"
#include "CommandSupport.h"
#include "CurationCommands.h"
#include "ExportCommands.h"
#include "ManageCommands.h"
#include "MemoCommands.h"
#include "MergeCommands.h"
#include "ProjectCommands.h"
#include "ReviewCommands.h"
#include "SearchCommands.h"
#include "ServerCommands.h"
#include "Subcommand.h"
#include "store/ProjectLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringConverter>
#include <QTextStream>

#include <cstdio>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// Every command, in the order --help lists them.
QList<Subcommand> subcommands()
{
    QList<Subcommand> commands{
        importSubcommand(),
        listSubcommand(),
        annotateSubcommand(),
        linkSubcommand(),
        showSubcommand(),
        reviewSubcommand(),
        updateArticleSubcommand(),
        passagesSubcommand(),
        exportSubcommand(),
        importAnnotationsSubcommand(),
        tagsSubcommand(),
        actorsSubcommand(),
        setsSubcommand(),
        checkSubcommand(),
        // Team mode
        serverInitSubcommand(),
        copySubcommand(),
        membersSubcommand(),
    };
    // Issue 17: articles cleaned up, split and compared by version.
    commands += {cleanUpSubcommand(), splitSubcommand(), versionsSubcommand(), diffSubcommand(),
                 deleteArticleSubcommand()};
    // Agreement between coders and merging their projects (issue 14).
    commands << agreementSubcommand() << mergeSubcommand() << codersSubcommand()
             << curateSubcommand();
    // Finding words across the project (issue 16).
    commands << searchSubcommand();
    // Memos on the project, its articles and actors (issue 20).
    commands << memoSubcommand();
    return commands;
}

bool isHelp(const QString &argument)
{
    return argument == u"--help" || argument == u"-h" || argument == u"help" || argument == u"-?";
}

bool isVersion(const QString &argument)
{
    return argument == u"--version" || argument == u"-v";
}

QString overallHelp()
{
    QString text = Messages::tr(
        "Usage: counterpoint [PROJECT | ARTICLE]\n"
        "       counterpoint COMMAND [ARGUMENTS]\n\n"
        "Counterpoint maps the claims, counterclaims and sources of articles read side "
        "by side.\nWith no command, or with a project or article file, the window "
        "opens.\n\nCommands:\n");
    for (const Subcommand &command : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -20).arg(command.summary);
    text += Messages::tr("\nRun “counterpoint COMMAND --help” for a command's arguments.\n\n"
                         "Options:\n"
                         "  -h, --help     Show this help.\n"
                         "  -v, --version  Show the version.\n"
                         "  --author NAME  Before a command: record NAME as the author of new "
                         "annotations and relations in a local project.\n"
                         "\nPROJECT is a file, or a project on a PostgreSQL server named as "
                         "postgresql://USER@HOST:PORT/DATABASE (or a libpq conninfo such as "
                         "“service=team”); the password comes from ~/.pgpass, PGPASSFILE or a "
                         "service file, never from the address.\n");
    return text;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (isHelp(first) || isVersion(first) || first.startsWith(u"--"))
        return true;
    // Qt's own window options (-style, -platform, …) go to the window.
    if (first.startsWith(u'-'))
        return false;
    // The window opens for files to show (a file manager passes every selected file, as the
    // desktop entry's %F asks); any other word is a command, known or not, so a mistyped command
    // gets an answer instead of a window. A command's name wins over a file of that name.
    for (const Subcommand &command : subcommands()) {
        if (command.name == first)
            return true;
    }
    for (const QString &argument : arguments.mid(1)) {
        // A server's address names a project for the window to open, as a file does.
        if (!QFileInfo(argument).isFile() && !ProjectLocation::looksLikeServer(argument))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    Streams streams{out, err};

    QStringList given = arguments;
    // counterpoint --author NAME COMMAND …: who new annotations and relations in a local
    // project are by, for this command.
    if (given.value(1) == u"--author") {
        if (given.size() < 4) {
            err << Messages::tr("--author needs a name and a command: counterpoint --author "
                                "NAME COMMAND …")
                << u'\n';
            return ExitUsage;
        }
        setAuthorOverride(given.at(2));
        given.remove(1, 2);
    }
    const QString first = given.value(1);
    if (isHelp(first)) {
        out << overallHelp();
        return ExitOk;
    }
    if (isVersion(first)) {
        out << QStringLiteral("counterpoint %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    for (const Subcommand &command : subcommands()) {
        if (command.name == first)
            return command.run(given.mid(2), streams);
    }
    err << Messages::tr("Unknown command or option “%1”; see “counterpoint --help”.").arg(first)
        << u'\n';
    return ExitUsage;
}

} // namespace counterpoint::cli
