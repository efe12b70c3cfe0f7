#include "ArticleTextCommands.h"

#include "CommandSupport.h"
#include "anchor/ArticleUpdater.h"
#include "articles/ArticleEditCommands.h"
#include "articles/ArticleEdits.h"
#include "articles/VersionHistory.h"

#include <QCoreApplication>
#include <QLocale>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

constexpr int quoteWidth = 100;

QString shortened(const QString &text, int width = quoteWidth)
{
    const QString line = text.simplified();
    return line.size() > width ? line.left(width - 1) + u'…' : line;
}

void addProjectAndArticle(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("article"),
        Messages::tr("The article: its id or a unique beginning of its title."));
}

QCommandLineOption orphanOption()
{
    return QCommandLineOption(
        QStringLiteral("orphan-annotations"),
        Messages::tr("Go ahead when annotations sit in the text that goes: they are kept, "
                     "orphaned, with their quotes."));
}

// The refusal when annotations sit in the removed text and the user did not say to go ahead.
int refuseAnnotated(Streams &streams, const QString &title, const QList<Annotation> &annotated)
{
    streams.err << Messages::tr("%n annotation(s) of “%1” sit in the text to remove; give "
                                "--orphan-annotations to remove it anyway (they are kept, "
                                "orphaned, with their quotes).",
                                nullptr, int(annotated.size()))
                       .arg(title)
                << u'\n';
    for (const Annotation &annotation : annotated)
        streams.err << QStringLiteral("  %1  “%2”\n")
                           .arg(shortId(annotation.id), shortened(annotation.quote.exact, 60));
    return ExitFailure;
}

void printSummary(Streams &streams, const ReanchorSummary &summary)
{
    streams.out << Messages::tr("Annotations: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.")
                       .arg(summary.exact)
                       .arg(summary.moved)
                       .arg(summary.fuzzy)
                       .arg(summary.orphaned)
                << u'\n';
}

int runCleanUp(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    addProjectAndArticle(parser);
    const QCommandLineOption suggest(
        QStringLiteral("suggest"),
        Messages::tr("List the likely debris (advertisements, prompts, hashtags, related "
                     "articles, repeated and stray lines); with --apply, remove it."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   Messages::tr("Remove what --suggest lists."));
    const QCommandLineOption removeExact(
        QStringLiteral("remove-exact"),
        Messages::tr("Remove every occurrence of TEXT (may be given more than once)."),
        Messages::tr("TEXT"));
    const QCommandLineOption orphan = orphanOption();
    parser.addOptions({suggest, apply, removeExact, orphan});
    int status = ExitOk;
    if (!parseArguments(parser, cleanUpSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList exacts = parser.values(removeExact);
    if (!parser.isSet(suggest) && exacts.isEmpty()) {
        streams.err << Messages::tr("clean-up: give --suggest or --remove-exact TEXT.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(apply) && !parser.isSet(suggest)) {
        streams.err << Messages::tr("clean-up: --apply goes with --suggest.") << u'\n';
        return ExitUsage;
    }
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());

    QList<TextCut> cuts;
    if (parser.isSet(suggest)) {
        auto suggestions = suggestCleanup(*project, article->id);
        if (!suggestions)
            return fail(streams, suggestions.errorMessage());
        if (suggestions->isEmpty())
            streams.out << Messages::tr("Nothing in “%1” looks like debris.").arg(article->title)
                        << u'\n';
        for (const CleanupSuggestion &suggestion : std::as_const(*suggestions))
            streams.out << QStringLiteral("%1–%2  %3: “%4”\n")
                               .arg(suggestion.cut.start)
                               .arg(suggestion.cut.end)
                               .arg(suggestion.reason(), shortened(suggestion.text));
        if (!parser.isSet(apply) && exacts.isEmpty())
            return ExitOk;
        if (parser.isSet(apply))
            cuts += CleanupSuggester::cutsOf(*suggestions);
    }
    for (const QString &exact : exacts) {
        auto found = ArticleEdits(*project).prepareRemovalOfText(article->id, exact);
        if (!found)
            return fail(streams, found.errorMessage());
        cuts += found->cuts;
    }
    if (cuts.isEmpty())
        return ExitOk;
    auto plan = ArticleEdits(*project).prepareRemoval(article->id, cuts);
    if (!plan)
        return fail(streams, plan.errorMessage());
    if (!plan->inRemovedText.isEmpty() && !parser.isSet(orphan))
        return refuseAnnotated(streams, article->title, plan->inRemovedText);
    if (auto applied = ArticleUpdater(*project).apply(plan->update); !applied)
        return fail(streams, applied.errorMessage());
    int removed = 0;
    for (const TextCut &cut : std::as_const(plan->cuts))
        removed += cut.end - cut.start - int(cut.replacement.size());
    streams.out << Messages::tr("Removed %n character(s) from “%1”; the previous text is kept as "
                                "a version.",
                                nullptr, removed)
                       .arg(article->title)
                << u'\n';
    printSummary(streams, plan->update.summary);
    return ExitOk;
}

int runSplit(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    addProjectAndArticle(parser);
    const QCommandLineOption from(QStringLiteral("from"),
                                  Messages::tr("Where the new article begins: its first words."),
                                  Messages::tr("TEXT"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        Messages::tr("Where it ends: its last words (default: the end of the article)."),
        Messages::tr("TEXT"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Messages::tr("Its title (default: the title line of the "
                                                "passage's heading, else its first line)."),
                                   Messages::tr("TITLE"));
    const QCommandLineOption publisher(QStringLiteral("publisher"),
                                       Messages::tr("Its publisher (default: the one the "
                                                    "passage's heading names, else the "
                                                    "source's)."),
                                       Messages::tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Messages::tr("Its date (default: the date line of the "
                                               "passage's heading, else the source's)."),
                                  Messages::tr("DATE"));
    const QCommandLineOption orphan = orphanOption();
    parser.addOptions({from, to, title, publisher, date, orphan});
    int status = ExitOk;
    if (!parseArguments(parser, splitSubcommand(), arguments, 2, 2, streams, status))
        return status;
    if (parser.value(from).isEmpty()) {
        streams.err << Messages::tr("split: give --from TEXT.") << u'\n';
        return ExitUsage;
    }
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());

    const QString &text = article->text;
    const QString first = parser.value(from);
    const qsizetype start = text.indexOf(first);
    if (start < 0)
        return fail(
            streams,
            Messages::tr("“%1” does not occur in “%2”.").arg(shortened(first, 60), article->title));
    if (text.indexOf(first, start + 1) >= 0)
        return fail(streams, Messages::tr("“%1” occurs more than once in “%2”; give more of it.")
                                 .arg(shortened(first, 60), article->title));
    qsizetype end = text.size();
    if (parser.isSet(to)) {
        const QString last = parser.value(to);
        const qsizetype at = last.isEmpty() ? -1 : text.indexOf(last, start);
        if (at < 0)
            return fail(streams,
                        Messages::tr("“%1” does not occur in “%2” after “%3”.")
                            .arg(shortened(last, 60), article->title, shortened(first, 40)));
        end = at + last.size();
    }
    auto plan = ArticleEdits(*project).prepareSplit(
        article->id, int(start), int(end),
        {parser.value(title), parser.value(publisher), parser.value(date)});
    if (!plan)
        return fail(streams, plan.errorMessage());
    if (!plan->straddling.isEmpty() && !parser.isSet(orphan))
        return refuseAnnotated(streams, article->title, plan->straddling);
    auto command = ArticleEditCommands::split(*project, *plan);
    if (!command)
        return fail(streams, command.errorMessage());
    if (auto applied = (*command)->apply(); !applied)
        return fail(streams, applied.errorMessage());
    streams.out << Messages::tr("Split “%1” (%2 characters, %n annotation(s)) from “%3”.", nullptr,
                                int(plan->moved.size()))
                       .arg(plan->newArticle.title)
                       .arg(plan->newArticle.text.size())
                       .arg(article->title)
                << u'\n';
    // Where the passage's heading gave them, they are not the source's: say what was taken.
    const auto orNone = [](const QString &value) {
        return value.trimmed().isEmpty() ? QStringLiteral("—") : value;
    };
    streams.out << Messages::tr("Publisher: %1 · Author: %2 · Date: %3")
                       .arg(orNone(plan->newArticle.publisher), orNone(plan->newArticle.author),
                            orNone(plan->newArticle.published))
                << u'\n';
    streams.out << shortId(plan->newArticle.id) << u'\n';
    printSummary(streams, plan->source.update.summary);
    return ExitOk;
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

int runVersions(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    addProjectAndArticle(parser);
    const QCommandLineOption restore(
        QStringLiteral("restore"),
        Messages::tr("Put version N back as the current text (the current one is kept)."),
        Messages::tr("N"));
    parser.addOption(restore);
    int status = ExitOk;
    if (!parseArguments(parser, versionsSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());
    if (parser.isSet(restore)) {
        bool ok = false;
        const int version = parser.value(restore).toInt(&ok);
        if (!ok) {
            streams.err << Messages::tr("--restore needs a version number.") << u'\n';
            return ExitUsage;
        }
        auto update = ArticleEdits(*project).prepareRestore(article->id, version);
        if (!update)
            return fail(streams, update.errorMessage());
        if (auto applied = ArticleUpdater(*project).apply(*update); !applied)
            return fail(streams, applied.errorMessage());
        streams.out << Messages::tr("Restored version %1 of “%2”; the text it replaced is kept.")
                           .arg(version)
                           .arg(article->title)
                    << u'\n';
        printSummary(streams, update->summary);
        return ExitOk;
    }
    auto entries = VersionHistory::of(*project, article->id);
    if (!entries)
        return fail(streams, entries.errorMessage());
    for (const VersionEntry &entry : std::as_const(*entries)) {
        const QString states = VersionHistory::describeAnchorStates(entry.anchorStates);
        QString line =
            Messages::tr("%1  %2  %3  %4 characters")
                .arg(entry.version, 3)
                .arg(dateText(entry.importedAt),
                     entry.sourceFileName.isEmpty() ? QStringLiteral("-") : entry.sourceFileName)
                .arg(entry.text.size());
        if (!states.isEmpty())
            line += QStringLiteral("  ") + Messages::tr("annotations then: %1").arg(states);
        if (entry.current)
            line += QStringLiteral("  ") + Messages::tr("(current)");
        streams.out << line << u'\n';
    }
    return ExitOk;
}

int runDiff(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    addProjectAndArticle(parser);
    parser.addPositionalArgument(QStringLiteral("v1"), Messages::tr("The older version."));
    parser.addPositionalArgument(QStringLiteral("v2"), Messages::tr("The newer version."));
    int status = ExitOk;
    if (!parseArguments(parser, diffSubcommand(), arguments, 4, 4, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    bool firstOk = false;
    bool secondOk = false;
    const int first = positionals.at(2).toInt(&firstOk);
    const int second = positionals.at(3).toInt(&secondOk);
    if (!firstOk || !secondOk) {
        streams.err << Messages::tr("diff: V1 and V2 are version numbers (see `counterpoint "
                                    "versions`).")
                    << u'\n';
        return ExitUsage;
    }
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());
    auto entries = VersionHistory::of(*project, article->id);
    if (!entries)
        return fail(streams, entries.errorMessage());
    const auto find = [&](int version) -> const VersionEntry * {
        for (const VersionEntry &entry : std::as_const(*entries))
            if (entry.version == version)
                return &entry;
        return nullptr;
    };
    const VersionEntry *older = find(first);
    const VersionEntry *newer = find(second);
    if (!older || !newer)
        return fail(streams, Messages::tr("“%1” has versions 1 to %2; there is no version %3.")
                                 .arg(article->title)
                                 .arg(entries->size())
                                 .arg(!older ? first : second));
    const QString diff = VersionHistory::unifiedDiff(*older, *newer);
    if (diff.isEmpty()) {
        streams.out << Messages::tr("Versions %1 and %2 of “%3” read the same.")
                           .arg(first)
                           .arg(second)
                           .arg(article->title)
                    << u'\n';
        return ExitOk;
    }
    streams.out << diff;
    return ExitOk;
}

int runDeleteArticle(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    addProjectAndArticle(parser);
    int status = ExitOk;
    if (!parseArguments(parser, deleteArticleSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());
    auto contents = ArticleEditCommands::contentsOf(*project, article->id);
    if (!contents)
        return fail(streams, contents.errorMessage());
    auto command = ArticleEditCommands::deletion(*project, article->id);
    if (!command)
        return fail(streams, command.errorMessage());
    if (auto applied = (*command)->apply(); !applied)
        return fail(streams, applied.errorMessage());
    streams.out << Messages::tr("Deleted “%1” with %2.")
                       .arg(article->title, ArticleEditCommands::describe(*contents))
                << u'\n';
    return ExitOk;
}

} // namespace

Subcommand deleteArticleSubcommand()
{
    return {QStringLiteral("delete-article"), QStringLiteral("delete-article PROJECT ARTICLE"),
            Messages::tr("Delete an article with its annotations, their links and its kept "
                         "versions."),
            &runDeleteArticle};
}

Subcommand cleanUpSubcommand()
{
    return {QStringLiteral("clean-up"),
            QStringLiteral("clean-up PROJECT ARTICLE [--suggest [--apply] | --remove-exact "
                           "TEXT]..."),
            Messages::tr("List the debris of a scraped article, or remove it or given text; the "
                         "previous text is kept as a version."),
            &runCleanUp};
}

Subcommand splitSubcommand()
{
    return {QStringLiteral("split"),
            QStringLiteral("split PROJECT ARTICLE --from TEXT [--to TEXT] [--title T]"),
            Messages::tr("Make a passage an article of its own; its annotations go with it."),
            &runSplit};
}

Subcommand versionsSubcommand()
{
    return {QStringLiteral("versions"), QStringLiteral("versions PROJECT ARTICLE [--restore N]"),
            Messages::tr("List the kept versions of an article, or restore one."), &runVersions};
}

Subcommand diffSubcommand()
{
    return {QStringLiteral("diff"), QStringLiteral("diff PROJECT ARTICLE V1 V2"),
            Messages::tr("Show what changed between two versions of an article, as a unified "
                         "diff of their lines."),
            &runDiff};
}

} // namespace counterpoint::cli
