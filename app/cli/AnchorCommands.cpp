#include "AnchorCommands.h"

#include "CommandSupport.h"
#include "anchor/ArticleUpdater.h"
#include "anchor/SameClaimSuggestions.h"

#include <QCoreApplication>
#include <QHash>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

QString oneLine(const QString &text)
{
    return text.simplified();
}

// Every annotation re-attached elsewhere or to other words, its old quote beside its new one, so
// that the user can check them (and orphan the fuzzy ones with --orphan-fuzzy).
void printMatches(Streams &streams, const ArticleUpdate &update)
{
    const QList<ReanchorMatch> &matches = update.summary.matches;
    for (AnchorState state : {AnchorState::Fuzzy, AnchorState::Moved}) {
        bool first = true;
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const ReanchorMatch &match = matches.at(i);
            if (match.placed.anchorState != state)
                continue;
            if (first)
                streams.out << (state == AnchorState::Fuzzy
                                    ? Messages::tr("Matched approximately (old → new):")
                                    : Messages::tr("Moved (the same words elsewhere):"))
                            << u'\n';
            first = false;
            const bool orphaned = update.isOrphaned(i);
            streams.out << QStringLiteral("  %1  “%2”")
                               .arg(shortId(match.before.id), oneLine(match.before.quote.exact));
            if (orphaned)
                streams.out << QStringLiteral("  ") << Messages::tr("(orphaned)") << u'\n';
            else if (state == AnchorState::Fuzzy)
                streams.out
                    << QStringLiteral("\n      → “%1”\n").arg(oneLine(match.placed.quote.exact));
            else
                streams.out
                    << QStringLiteral("  ")
                    << Messages::tr("%1 → %2").arg(match.before.start).arg(match.placed.start)
                    << u'\n';
        }
    }
}

int runUpdateArticle(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("article"),
        Messages::tr("The article: its id or a unique beginning of its title."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Messages::tr("The new version of the article: .txt, .md or .html."));
    const QCommandLineOption orphanFuzzy(
        QStringLiteral("orphan-fuzzy"),
        Messages::tr("Orphan the annotations only matched approximately (kept with their "
                     "quotes, to re-attach) rather than re-attaching them to other words."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Messages::tr("List what the update would do to the annotations; change nothing."));
    parser.addOptions({orphanFuzzy, dryRun});
    int status = ExitOk;
    if (!parseArguments(parser, updateArticleSubcommand(), arguments, 3, 3, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto article = namedArticle(*project, positionals.at(1));
    if (!article)
        return fail(streams, article.errorMessage());

    ArticleUpdater updater(*project);
    auto update = updater.prepare(article->id, positionals.at(2));
    if (!update)
        return fail(streams, update.errorMessage());
    if (parser.isSet(orphanFuzzy))
        update->orphanFuzzyMatches();
    if (parser.isSet(dryRun)) {
        streams.out << Messages::tr("Updating “%1” from “%2” would leave:")
                           .arg(article->title, positionals.at(2))
                    << u'\n';
    } else {
        if (Status applied = updater.apply(*update); !applied)
            return fail(streams, applied.errorMessage());
        auto versions = project->articleVersions(article->id);
        if (!versions)
            return fail(streams, versions.errorMessage());
        streams.out << Messages::tr(
                           "Updated “%1” from “%2”; the previous text is kept as version %3.")
                           .arg(article->title, positionals.at(2))
                           .arg(versions->isEmpty() ? 0 : versions->last().version)
                    << u'\n';
    }

    const ReanchorSummary &summary = update->summary;
    streams.out << Messages::tr("Annotations: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.")
                       .arg(summary.exact)
                       .arg(summary.moved)
                       .arg(summary.fuzzy)
                       .arg(summary.orphaned)
                << u'\n';
    printMatches(streams, *update);
    if (!summary.orphans.isEmpty()) {
        streams.out << Messages::tr(
                           "Orphaned (kept with their quotes; re-attach them by selecting text):")
                    << u'\n';
        for (const Annotation &orphan : summary.orphans)
            streams.out << QStringLiteral("  %1  %2  “%3”\n")
                               .arg(shortId(orphan.id), toString(orphan.kind).leftJustified(12),
                                    oneLine(orphan.quote.exact));
    }
    return ExitOk;
}

int runPassages(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption minWords(
        QStringLiteral("min-words"),
        Messages::tr("The fewest words a passage must share (default %1).")
            .arg(SharedPassageFinder::defaultMinWords),
        Messages::tr("N"));
    parser.addOption(minWords);
    int status = ExitOk;
    if (!parseArguments(parser, passagesSubcommand(), arguments, 1, 1, streams, status))
        return status;
    int wanted = SharedPassageFinder::defaultMinWords;
    if (parser.isSet(minWords)) {
        bool ok = false;
        wanted = parser.value(minWords).toInt(&ok);
        if (!ok || wanted < 2) {
            streams.err << Messages::tr("--min-words must be a number from 2 up.") << u'\n';
            return ExitUsage;
        }
    }
    auto project = openProject(parser.positionalArguments().first(), streams);
    if (!project)
        return ExitFailure;
    auto summaries = project->articleSummaries();
    if (!summaries)
        return fail(streams, summaries.errorMessage());
    QList<Article> articles;
    QHash<QUuid, qsizetype> indexOf;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto article = project->article(summary.id);
        if (!article)
            return fail(streams, article.errorMessage());
        indexOf.insert(summary.id, articles.size());
        articles.append(std::move(article).value());
    }

    auto annotations = project->annotations();
    if (!annotations)
        return fail(streams, annotations.errorMessage());
    auto relations = project->relations();
    if (!relations)
        return fail(streams, relations.errorMessage());

    auto dismissed = project->dismissedPassages();
    if (!dismissed)
        return fail(streams, dismissed.errorMessage());
    const QList<SameClaimSuggestion> suggestions = SameClaimSuggestions::withoutDismissed(
        SameClaimSuggestions::match(SharedPassageFinder(wanted).findAcross(articles), *annotations,
                                    *relations),
        *dismissed);
    if (suggestions.isEmpty()) {
        streams.out
            << Messages::tr("No passage of %1 words or more occurs in two articles.").arg(wanted)
            << u'\n';
        return ExitOk;
    }
    for (const SameClaimSuggestion &suggestion : suggestions) {
        const SharedPassage &passage = suggestion.passage;
        const Article &first = articles.at(indexOf.value(passage.firstArticle));
        const Article &second = articles.at(indexOf.value(passage.secondArticle));
        const PassageMatch &m = passage.match;
        streams.out << Messages::tr("“%1” %2–%3 and “%4” %5–%6: %7 words, similarity %8")
                           .arg(first.title)
                           .arg(m.firstStart)
                           .arg(m.firstEnd)
                           .arg(second.title)
                           .arg(m.secondStart)
                           .arg(m.secondEnd)
                           .arg(m.words)
                           .arg(m.similarity, 0, 'f', 2)
                    << u'\n';
        const QString firstText = first.text.mid(m.firstStart, m.firstEnd - m.firstStart);
        const QString secondText = second.text.mid(m.secondStart, m.secondEnd - m.secondStart);
        streams.out << QStringLiteral("  “%1”\n").arg(oneLine(firstText));
        if (oneLine(firstText) != oneLine(secondText))
            streams.out << QStringLiteral("  “%1”\n").arg(oneLine(secondText));
        if (!suggestion.firstAnnotation.isNull() || !suggestion.secondAnnotation.isNull()) {
            auto name = [](const QUuid &id) {
                return id.isNull() ? Messages::tr("(none)") : shortId(id);
            };
            streams.out << QStringLiteral("  ")
                        << Messages::tr("annotations %1 and %2: %3")
                               .arg(name(suggestion.firstAnnotation),
                                    name(suggestion.secondAnnotation),
                                    suggestion.alreadyLinked
                                        ? Messages::tr("linked as the same claim")
                                        : Messages::tr("not linked"))
                        << u'\n';
        }
    }
    return ExitOk;
}

} // namespace

Subcommand updateArticleSubcommand()
{
    return {QStringLiteral("update-article"),
            QStringLiteral("update-article PROJECT ARTICLE FILE [--orphan-fuzzy] [--dry-run]"),
            Messages::tr(
                "Replace an article with a newer version from FILE, re-anchoring its annotations; "
                "the previous version is kept."),
            &runUpdateArticle};
}

Subcommand passagesSubcommand()
{
    return {QStringLiteral("passages"), QStringLiteral("passages PROJECT [--min-words N]"),
            Messages::tr("List passages that occur in more than one article."), &runPassages};
}

} // namespace counterpoint::cli
