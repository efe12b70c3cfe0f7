#include "CommandSupport.h"

#include "store/LocalIdentity.h"
#include "store/ProjectLocation.h"

#include "NameLookup.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace counterpoint::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};
} // namespace

bool parseArguments(QCommandLineParser &parser, const Subcommand &command,
                    const QStringList &arguments, int minimumPositionals, int maximumPositionals,
                    Streams &streams, int &status)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Messages::tr("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("counterpoint ") + command.name);
    if (!parser.parse(withProgram)) {
        fail(streams, parser.errorText() + u"  (" +
                          Messages::tr("try “counterpoint %1 --help”").arg(command.name) + u')');
        status = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by its executable; name the command instead.
        const qsizetype lineEnd = text.indexOf(u'\n');
        text.replace(0, lineEnd, Messages::tr("Usage: counterpoint ") + command.synopsis);
        streams.out << text;
        status = ExitOk;
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimumPositionals || (maximumPositionals >= 0 && count > maximumPositionals)) {
        streams.err << Messages::tr("Usage: counterpoint ") << command.synopsis << u'\n';
        status = ExitUsage;
        return false;
    }
    return true;
}

namespace {
QString &authorOverride()
{
    static QString name;
    return name;
}
} // namespace

void setAuthorOverride(const QString &name)
{
    authorOverride() = name.trimmed();
}

std::unique_ptr<Project> openProject(const QString &path, Streams &streams, bool createIfMissing)
{
    OpenOptions options;
    // A server's project is made by server-init, never by the first command that names it.
    const bool server = ProjectLocation::looksLikeServer(path);
    options.createIfMissing = createIfMissing && !server;
    options.author = !authorOverride().isEmpty() ? authorOverride() : configuredAuthorName();
    if (options.createIfMissing && !QFileInfo::exists(path) &&
        QFileInfo(path).suffix() != Project::fileSuffix()) {
        fail(streams, Messages::tr("Cannot create “%1”: a project's file name ends in .%2.")
                          .arg(path, Project::fileSuffix()));
        return nullptr;
    }
    auto project = Project::open(path, options);
    if (!project) {
        fail(streams, project.errorMessage());
        return nullptr;
    }
    return std::move(project).value();
}

void discardNewProject(std::unique_ptr<Project> project, const QString &path)
{
    project.reset(); // SQLite closes the file (and tidies its log away) first
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            qCWarning(lcCli) << "could not remove the refused new project file" << path + suffix;
    }
    qCDebug(lcCli) << "removed" << path << "again: the command that created it was refused";
}

int fail(Streams &streams, const QString &message)
{
    streams.err << message << u'\n';
    streams.err.flush();
    return ExitFailure;
}

Result<Article> namedArticle(const Project &project, const QString &name)
{
    auto id = findArticle(project, name);
    if (!id)
        return id.error();
    return project.article(*id);
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace counterpoint::cli
