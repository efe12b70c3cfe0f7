#include "ProjectCommands.h"

#include "CommandSupport.h"
#include "NameLookup.h"
#include "PassageAnnotation.h"
#include "import/ArticleImporter.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    QString line = text;
    line.replace(u'\n', u' ');
    return line;
}

int runImport(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Messages::tr("The project file (created if missing)."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Messages::tr("Articles to import: .txt, .md or .html."),
                                 QStringLiteral("FILE..."));
    int status = ExitOk;
    if (!parseArguments(parser, importSubcommand(), arguments, 2, -1, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString path = positionals.first();
    const bool existed = QFileInfo::exists(path);
    auto project = openProject(path, streams, true);
    if (!project)
        return ExitFailure;

    ArticleImporter importer(*project);
    int failures = 0;
    for (const QString &file : positionals.mid(1)) {
        auto imported = importer.importFile(file);
        if (!imported) {
            fail(streams, imported.errorMessage());
            ++failures;
            continue;
        }
        streams.out << (imported->alreadyPresent ? Messages::tr("Already in the project: “%1” (%2)")
                                                 : Messages::tr("Imported “%1” (%2)"))
                           .arg(imported->title, shortId(imported->articleId))
                    << u'\n';
    }
    if (!existed && failures == positionals.size() - 1)
        discardNewProject(std::move(project), path);
    return failures == 0 ? ExitOk : ExitFailure;
}

int runList(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    int status = ExitOk;
    if (!parseArguments(parser, listSubcommand(), arguments, 1, 1, streams, status))
        return status;
    auto project = openProject(parser.positionalArguments().first(), streams);
    if (!project)
        return ExitFailure;
    auto summaries = project->articleSummaries();
    if (!summaries)
        return fail(streams, summaries.errorMessage());

    streams.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(Messages::tr("ID"), -8)
                       .arg(Messages::tr("CLAIMS"), 6)
                       .arg(Messages::tr("COUNTER"), 7)
                       .arg(Messages::tr("SOURCES"), 7)
                       .arg(Messages::tr("NOTES"), 5)
                       .arg(Messages::tr("TITLE"));
    for (const ArticleSummary &article : std::as_const(*summaries)) {
        streams.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(shortId(article.id), -8)
                           .arg(article.claims, 6)
                           .arg(article.counterclaims, 7)
                           .arg(article.sources, 7)
                           .arg(article.notes, 5)
                           .arg(article.title);
    }
    return ExitOk;
}

int runAnnotate(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("article"),
        Messages::tr("The article: its id or a unique beginning of its title."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Messages::tr("claim, counterclaim, source or note."),
                                  Messages::tr("KIND"));
    const QCommandLineOption exact(QStringLiteral("exact"),
                                   Messages::tr("The passage, exactly as the article has it."),
                                   Messages::tr("TEXT"));
    const QCommandLineOption occurrence(QStringLiteral("occurrence"),
                                        Messages::tr("Which occurrence of TEXT, counting from 1."),
                                        Messages::tr("N"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   Messages::tr("Who makes the claim (created if new)."),
                                   Messages::tr("NAME"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 Messages::tr("A tag (created if new); may be repeated."),
                                 Messages::tr("NAME"));
    const QCommandLineOption comment(QStringLiteral("comment"), Messages::tr("A comment."),
                                     Messages::tr("TEXT"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        Messages::tr("The annotation set (created if new; default: Default)."),
        Messages::tr("NAME"));
    parser.addOptions({kind, exact, occurrence, actor, tag, comment, set});
    int status = ExitOk;
    if (!parseArguments(parser, annotateSubcommand(), arguments, 2, 2, streams, status))
        return status;

    const auto annotationKind = annotationKindFromString(parser.value(kind));
    if (!annotationKind) {
        streams.err << Messages::tr("--kind must be claim, counterclaim, source or note.") << u'\n';
        return ExitUsage;
    }
    const QString passage = parser.value(exact);
    if (passage.isEmpty()) {
        streams.err << Messages::tr("--exact must give the passage to annotate.") << u'\n';
        return ExitUsage;
    }
    int wantedOccurrence = 0;
    if (parser.isSet(occurrence)) {
        bool ok = false;
        wantedOccurrence = parser.value(occurrence).toInt(&ok);
        if (!ok || wantedOccurrence < 1) {
            streams.err << Messages::tr("--occurrence must be a number from 1 up.") << u'\n';
            return ExitUsage;
        }
    }

    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    PassageRequest request;
    request.article = positionals.at(1);
    request.kind = *annotationKind;
    request.exact = passage;
    request.occurrence = wantedOccurrence;
    if (parser.isSet(actor))
        request.actor = parser.value(actor);
    request.tags = parser.values(tag);
    request.comment = parser.value(comment);
    if (parser.isSet(set))
        request.set = parser.value(set);
    // Actor, tags, set and the annotation are one action: all stored, or none.
    auto added = annotatePassage(*project, request);
    if (!added)
        return fail(streams, added.errorMessage());
    streams.out << added->id.toString(QUuid::WithoutBraces) << u'\n';
    return ExitOk;
}

int runLink(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("from"),
        Messages::tr("The annotation the link starts from (id or unique id prefix)."));
    parser.addPositionalArgument(QStringLiteral("to"),
                                 Messages::tr("The annotation it points to."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Messages::tr("rebuts, supports, cites or same-claim."),
                                  Messages::tr("KIND"));
    parser.addOption(kind);
    int status = ExitOk;
    if (!parseArguments(parser, linkSubcommand(), arguments, 3, 3, streams, status))
        return status;
    const auto relationKind = relationKindFromString(parser.value(kind));
    if (!relationKind) {
        streams.err << Messages::tr("--kind must be rebuts, supports, cites or same-claim.")
                    << u'\n';
        return ExitUsage;
    }
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;
    auto from = findAnnotation(*project, positionals.at(1));
    if (!from)
        return fail(streams, from.errorMessage());
    auto to = findAnnotation(*project, positionals.at(2));
    if (!to)
        return fail(streams, to.errorMessage());
    auto relation = project->addRelation(
        {QUuid(), *from, *to, *relationKind, QString(), QString(), QDateTime()});
    if (!relation)
        return fail(streams, relation.errorMessage());
    streams.out << relation->id.toString(QUuid::WithoutBraces) << u'\n';
    return ExitOk;
}

int runShow(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("article"),
        Messages::tr("Only this article (id or unique beginning of its title)."),
        QStringLiteral("[ARTICLE]"));
    int status = ExitOk;
    if (!parseArguments(parser, showSubcommand(), arguments, 1, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams);
    if (!project)
        return ExitFailure;

    auto summaries = project->articleSummaries();
    if (!summaries)
        return fail(streams, summaries.errorMessage());
    auto actors = project->actors();
    if (!actors)
        return fail(streams, actors.errorMessage());
    auto tags = project->tags();
    if (!tags)
        return fail(streams, tags.errorMessage());
    auto relations = project->relations();
    if (!relations)
        return fail(streams, relations.errorMessage());
    QUuid only;
    if (positionals.size() == 2) {
        auto resolved = findArticle(*project, positionals.at(1));
        if (!resolved)
            return fail(streams, resolved.errorMessage());
        only = *resolved;
    }
    QHash<QUuid, QString> actorNames;
    for (const Actor &a : std::as_const(*actors))
        actorNames.insert(a.id, a.name);
    QHash<QUuid, QString> tagNames;
    for (const Tag &t : std::as_const(*tags))
        tagNames.insert(t.id, t.name);
    QMultiHash<QUuid, Relation> outgoing;
    for (const Relation &r : std::as_const(*relations))
        outgoing.insert(r.fromId, r);

    for (const ArticleSummary &article : std::as_const(*summaries)) {
        if (!only.isNull() && article.id != only)
            continue;
        auto annotations = project->annotationsOfArticle(article.id);
        if (!annotations)
            return fail(streams, annotations.errorMessage());
        streams.out << article.title << QStringLiteral("  (") << shortId(article.id)
                    << QStringLiteral(")\n");
        if (annotations->isEmpty())
            streams.out << QStringLiteral("  ") << Messages::tr("(no annotations)") << u'\n';
        for (const Annotation &a : std::as_const(*annotations)) {
            QStringList tagList;
            for (const QUuid &tagId : a.tagIds)
                tagList.append(tagNames.value(tagId));
            tagList.sort(Qt::CaseInsensitive);
            streams.out
                << QStringLiteral("  %1  %2  %3  [%4]  “%5”")
                       .arg(shortId(a.id), toString(a.kind).leftJustified(12),
                            actorNames.value(a.actorId, QStringLiteral("—")).leftJustified(12),
                            tagList.join(u", "), oneLine(a.quote.exact));
            if (a.anchorState != AnchorState::Exact)
                streams.out << QStringLiteral("  (") << toString(a.anchorState) << u')';
            streams.out << u'\n';
            if (!a.comment.isEmpty())
                streams.out << QStringLiteral("            ") << Messages::tr("comment:") << u' '
                            << oneLine(a.comment) << u'\n';
            const auto links = outgoing.values(a.id);
            for (const Relation &r : links)
                streams.out << QStringLiteral("            → ") << toString(r.kind) << u' '
                            << shortId(r.toId) << u'\n';
        }
    }
    return ExitOk;
}

} // namespace

Subcommand importSubcommand()
{
    return {
        QStringLiteral("import"), QStringLiteral("import PROJECT FILE..."),
        Messages::tr("Import articles (.txt, .md, .html) into PROJECT, creating it if missing."),
        &runImport};
}

Subcommand listSubcommand()
{
    return {QStringLiteral("list"), QStringLiteral("list PROJECT"),
            Messages::tr("List the articles with their annotation counts by kind."), &runList};
}

Subcommand annotateSubcommand()
{
    return {QStringLiteral("annotate"),
            QStringLiteral("annotate PROJECT ARTICLE --kind KIND --exact TEXT [--occurrence N] "
                           "[--actor NAME] [--tag NAME]... [--comment TEXT] [--set NAME]"),
            Messages::tr("Tag a passage of an article; prints the new annotation's id."),
            &runAnnotate};
}

Subcommand linkSubcommand()
{
    return {QStringLiteral("link"), QStringLiteral("link PROJECT FROM_ID TO_ID --kind KIND"),
            Messages::tr("Link two annotations: rebuts, supports, cites or same-claim."), &runLink};
}

Subcommand showSubcommand()
{
    return {QStringLiteral("show"), QStringLiteral("show PROJECT [ARTICLE]"),
            Messages::tr("Show the annotations with id, kind, actor, tags and quote."), &runShow};
}

} // namespace counterpoint::cli
