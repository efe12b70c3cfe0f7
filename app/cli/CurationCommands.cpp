#include "CurationCommands.h"

#include "CommandSupport.h"
#include "NameLookup.h"
#include "analysis/Curation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace counterpoint::cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

// "--sets A B [C…]" names every set up to the next option; QCommandLineParser takes one value an
// option, so each becomes
// "--set NAME".
QStringList withOneSetAnOption(const QStringList &arguments)
{
    QStringList result;
    bool inSets = false;
    for (const QString &argument : arguments) {
        if (argument == u"--sets" || argument == u"-sets") {
            inSets = true;
            continue;
        }
        if (argument.startsWith(u'-'))
            inSets = false;
        if (inSets)
            result << QStringLiteral("--set") << argument;
        else
            result << argument;
    }
    return result;
}

void printStatus(const analysis::CurationState &state, const QString &consensusName,
                 Streams &streams)
{
    streams.out << Messages::tr("Curating %1 into %2")
                       .arg(analysis::coderList(state.coderNames), consensusName)
                << u'\n';
    for (const analysis::CurationArticle &article : state.articles) {
        const int taken = int(std::count_if(
            article.agreed.begin(), article.agreed.end(),
            [](const analysis::AgreedPassage &passage) { return !passage.takenAs.isNull(); }));
        streams.out << Messages::tr("%1: %2 of %3 settled; agreed passages taken: %4 of %5")
                           .arg(article.title)
                           .arg(article.settledCount())
                           .arg(article.items.size())
                           .arg(taken)
                           .arg(article.agreed.size())
                    << u'\n';
        for (const analysis::CurationItem &item : article.items) {
            if (item.settled())
                continue;
            streams.out << QStringLiteral("  %1–%2  %3\n")
                               .arg(item.start())
                               .arg(item.end())
                               .arg(analysis::describeDifference(item, state.coderNames));
            // Each coder's versions, or a dash for one who did not code the passage.
            for (int coder = 0; coder < item.coderCount; ++coder) {
                QStringList versions;
                for (const analysis::CurationVersion *version : item.of(coder))
                    versions.append(
                        QStringLiteral("%1 %2 %3–%4")
                            .arg(shortId(version->span.annotationId), toString(version->span.kind))
                            .arg(version->span.start)
                            .arg(version->span.end));
                streams.out << QStringLiteral("    %1: %2\n")
                                   .arg(state.coderNames.value(coder),
                                        versions.isEmpty() ? QStringLiteral("—")
                                                           : versions.join(QStringLiteral("; ")));
            }
        }
    }
    streams.out << Messages::tr("Agreed passages taken: %1 of %2")
                       .arg(state.agreedTakenCount())
                       .arg(state.agreedCount())
                << u'\n';
    streams.out << Messages::tr("Settled: %1 of %2").arg(state.settledCount()).arg(state.total())
                << u'\n';
}

int runCurate(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption sets(
        QStringLiteral("set"), Messages::tr("A set to curate (--sets A B [C…] names two or more)."),
        Messages::tr("NAME"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        Messages::tr("List how many disagreements are settled per article, and the open ones."));
    const QCommandLineOption accept(
        QStringLiteral("accept"),
        Messages::tr("Copy this version (annotation id or prefix) into the consensus set."),
        Messages::tr("ANNOTATION"));
    const QCommandLineOption reject(
        QStringLiteral("reject"),
        Messages::tr("Leave this version out of the consensus set (settles its disagreement)."),
        Messages::tr("ANNOTATION"));
    const QCommandLineOption takeAgreed(
        QStringLiteral("take-agreed"),
        Messages::tr("Copy every passage all the sets annotated alike into the consensus set."));
    parser.addOptions({sets, status, accept, reject, takeAgreed});
    int result = ExitOk;
    if (!parseArguments(parser, curateSubcommand(), withOneSetAnOption(arguments), 1, 1, streams,
                        result))
        return result;
    const QStringList setNames = parser.values(sets);
    if (setNames.size() < 2) {
        streams.err << Messages::tr("--sets must name two or more annotation sets.") << u'\n';
        return ExitUsage;
    }
    const QStringList accepted = parser.values(accept);
    const QStringList rejected = parser.values(reject);
    const bool changes = !accepted.isEmpty() || !rejected.isEmpty() || parser.isSet(takeAgreed);

    std::unique_ptr<Project> project;
    if (changes) {
        project = openProject(parser.positionalArguments().first(), streams);
        if (!project)
            return ExitFailure;
    } else {
        OpenOptions options;
        options.readOnly = true; // the status never changes the project
        auto opened = Project::open(parser.positionalArguments().first(), options);
        if (!opened)
            return fail(streams, opened.errorMessage());
        project = std::move(opened).value();
    }
    auto known = project->annotationSets();
    auto consensus = analysis::consensusSetOf(*project);
    if (!known || !consensus)
        return fail(streams, known ? consensus.errorMessage() : known.errorMessage());
    if (consensus->isNull())
        return fail(streams,
                    Messages::tr("%1 has no consensus set: make one with “counterpoint coders "
                                 "PROJECT --consensus SET”.")
                        .arg(project->name()));
    QList<QUuid> setIds;
    QString consensusName;
    for (const AnnotationSet &set : std::as_const(*known))
        consensusName = set.id == *consensus ? set.name : consensusName;
    for (const QString &name : setNames) {
        QUuid found;
        for (const AnnotationSet &candidate : std::as_const(*known)) {
            if (candidate.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                found = candidate.id;
        }
        if (found.isNull())
            return fail(streams, Messages::tr("There is no annotation set called “%1” in %2.")
                                     .arg(name, project->name()));
        setIds.append(found);
    }
    if (QSet<QUuid>(setIds.begin(), setIds.end()).size() != setIds.size())
        return fail(streams, Messages::tr("--sets must name different annotation sets."));

    auto state = analysis::readCuration(*project, setIds, *consensus);
    if (!state)
        return fail(streams, state.errorMessage());

    // Every decision in one transaction: all of them are recorded, or none.
    QStringList done;
    const Status written = !changes ? success() : project->write([&]() -> Status {
        auto decide = [&](const QString &name, bool take) -> Status {
            auto id = findAnnotation(*project, name);
            if (!id)
                return id.error();
            auto fresh = analysis::readCuration(*project, setIds, *consensus);
            if (!fresh)
                return fresh.error();
            const analysis::CurationItem *item = fresh->itemOf(*id);
            if (!item)
                return Error{Error::Code::Invalid,
                             Messages::tr("Annotation %1 is not a version of any disagreement "
                                          "between %2.")
                                 .arg(shortId(*id), analysis::coderList(fresh->coderNames))};
            if (item->settled())
                return Error{Error::Code::Invalid,
                             Messages::tr("The disagreement of annotation %1 is settled already.")
                                 .arg(shortId(*id))};
            if (!take) {
                auto rejectedNow = analysis::rejectedVersions(*project, *consensus);
                if (!rejectedNow)
                    return rejectedNow.error();
                rejectedNow->insert(*id);
                done.append(Messages::tr("Left %1 out of %2.").arg(shortId(*id), consensusName));
                return analysis::setRejectedVersions(*project, *consensus, *rejectedNow);
            }
            auto draft = analysis::consensusDraftFor(
                *project, *item, analysis::CurationChoice::accept(*id), *consensus);
            if (!draft)
                return draft.error();
            auto added = project->addAnnotation(draft->annotation);
            if (!added)
                return added.error();
            if (auto sourced = project->setConsensusSources(added->id, draft->sources); !sourced)
                return sourced;
            done.append(Messages::tr("Accepted %1 into %2 as %3.")
                            .arg(shortId(*id), consensusName, shortId(added->id)));
            return success();
        };
        for (const QString &name : accepted) {
            if (auto decided = decide(name, true); !decided)
                return decided;
        }
        for (const QString &name : rejected) {
            if (auto decided = decide(name, false); !decided)
                return decided;
        }
        if (parser.isSet(takeAgreed)) {
            auto fresh = analysis::readCuration(*project, setIds, *consensus);
            if (!fresh)
                return fresh.error();
            auto drafts = analysis::agreedDrafts(*project, *fresh);
            if (!drafts)
                return drafts.error();
            for (const analysis::ConsensusDraft &draft : std::as_const(*drafts)) {
                auto added = project->addAnnotation(draft.annotation);
                if (!added)
                    return added.error();
                if (auto sourced = project->setConsensusSources(added->id, draft.sources); !sourced)
                    return sourced;
            }
            done.append(
                Messages::tr("Took %n agreed passage(s) into %1.", nullptr, int(drafts->size()))
                    .arg(consensusName));
        }
        return success();
    });
    if (!written)
        return fail(streams, written.errorMessage());
    for (const QString &line : std::as_const(done))
        streams.out << line << u'\n';
    if (changes) {
        state = analysis::readCuration(*project, setIds, *consensus);
        if (!state)
            return fail(streams, state.errorMessage());
    }
    if (parser.isSet(status) || !changes)
        printStatus(*state, consensusName, streams);
    else
        streams.out
            << Messages::tr("Settled: %1 of %2").arg(state->settledCount()).arg(state->total())
            << u'\n';
    return ExitOk;
}

} // namespace

Subcommand curateSubcommand()
{
    return {QStringLiteral("curate"),
            QStringLiteral("curate PROJECT --sets A B [C…] [--status] [--accept ANNOTATION]... "
                           "[--reject ANNOTATION]... [--take-agreed]"),
            Messages::tr("Settle the disagreements of two or more sets into the consensus set: "
                         "how many are settled, accept or leave out a version."),
            &runCurate};
}

} // namespace counterpoint::cli
