// Curation (issue 14 item 5): the clusters of two or more coders' readings (against a brute-force
// definition on random cases), which disagreements are settled, the consensus annotation a
// curator's choice makes, each decision one undo step, and `counterpoint curate`, for two coders
// and for three.
#include "TestSupport.h"
#include "analysis/Curation.h"
#include "edit/CurationCommands.h"
#include "edit/EditHistory.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::analysis;

namespace {

Article makeArticle(const QString &title, const QString &text)
{
    Article article;
    article.title = title;
    article.text = text;
    article.original = text.toUtf8();
    article.contentHash = QStringLiteral("hash-") + title;
    return article;
}

Annotation version(const QUuid &set, int start, int end, AnnotationKind kind)
{
    Annotation annotation;
    annotation.id = QUuid::createUuid();
    annotation.articleId = QUuid::fromString(u"{6d1e4b8a-0000-4000-8000-000000000001}");
    annotation.setId = set;
    annotation.start = start;
    annotation.end = end;
    annotation.kind = kind;
    return annotation;
}

const QString harbour = QStringLiteral("The council says the harbour plan will bring jobs. Critics "
                                       "say it will not. The mayor cites a study.");

int indexIn(const QString &text, const char *words)
{
    return int(text.indexOf(QString::fromUtf8(words)));
}

} // namespace

class TestCuration : public QObject
{
    Q_OBJECT

    // Alice and Bob's readings of the harbour article: one passage they agree on, one whose
    // boundaries differ, one whose kind differs, one only Alice coded.
    struct Fixture
    {
        std::unique_ptr<Project> project;
        QUuid article, alice, bob;
        Annotation aliceWider, bobNarrower, aliceClaim, bobCounter, aliceOnly;
    };

    Fixture makeFixture(const QTemporaryDir &dir, const QString &name)
    {
        Fixture fixture;
        fixture.project = test::createProject(dir, name);
        if (!fixture.project)
            return fixture;
        Project &project = *fixture.project;
        fixture.article = project.addArticle(makeArticle(QStringLiteral("Harbour"), harbour))->id;
        fixture.alice = project.addAnnotationSet({QUuid(), QStringLiteral("Alice"), {}})->id;
        fixture.bob = project.addAnnotationSet({QUuid(), QStringLiteral("Bob"), {}})->id;
        auto add = [&](const QUuid &set, const char *words, AnnotationKind kind) {
            Annotation annotation;
            annotation.articleId = fixture.article;
            annotation.setId = set;
            annotation.start = indexIn(harbour, words);
            annotation.end = annotation.start + int(QString::fromUtf8(words).size());
            annotation.kind = kind;
            return *project.addAnnotation(annotation);
        };
        // Agreed exactly: no disagreement.
        add(fixture.alice, "The mayor cites", AnnotationKind::Source);
        add(fixture.bob, "The mayor cites", AnnotationKind::Source);
        fixture.aliceWider =
            add(fixture.alice, "The council says the harbour plan will bring jobs.",
                AnnotationKind::Claim);
        fixture.bobNarrower =
            add(fixture.bob, "the harbour plan will bring jobs", AnnotationKind::Claim);
        fixture.aliceClaim = add(fixture.alice, "Critics say it will not.", AnnotationKind::Claim);
        fixture.bobCounter =
            add(fixture.bob, "Critics say it will not.", AnnotationKind::Counterclaim);
        fixture.aliceOnly = add(fixture.alice, "a study", AnnotationKind::Note);
        return fixture;
    }

private slots:
    void acceptingOneVersionTakesItWhole()
    {
        const QUuid consensus = QUuid::createUuid();
        const QUuid actor = QUuid::createUuid();
        const QUuid tag = QUuid::createUuid();
        Annotation first = version(QUuid::createUuid(), 4, 40, AnnotationKind::Claim);
        first.actorId = actor;
        first.tagIds = {tag};
        first.comment = QStringLiteral("the council's line");
        const Annotation second =
            version(QUuid::createUuid(), 10, 30, AnnotationKind::Counterclaim);

        auto draft = consensusDraft({first, second}, CurationChoice::accept(first.id), consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.setId, consensus);
        QCOMPARE(draft->annotation.articleId, first.articleId);
        QCOMPARE(draft->annotation.start, 4);
        QCOMPARE(draft->annotation.end, 40);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Claim));
        QCOMPARE(draft->annotation.actorId, actor);
        QCOMPARE(draft->annotation.tagIds, QList<QUuid>{tag});
        QCOMPARE(draft->annotation.comment, first.comment);
        QVERIFY(draft->annotation.id.isNull()); // the project gives it its own
        QCOMPARE(draft->sources, QList<QUuid>{first.id});

        draft = consensusDraft({first, second}, CurationChoice::accept(second.id), consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.start, 10);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Counterclaim));
        QVERIFY(draft->annotation.actorId.isNull());
        QCOMPARE(draft->sources, QList<QUuid>{second.id});
    }

    void boundariesOfOneAndKindOfTheOther()
    {
        const QUuid consensus = QUuid::createUuid();
        Annotation first = version(QUuid::createUuid(), 4, 40, AnnotationKind::Claim);
        Annotation second = version(QUuid::createUuid(), 10, 30, AnnotationKind::Counterclaim);
        second.tagIds = {QUuid::createUuid()};
        CurationChoice choice;
        choice.boundaries = VersionChoice::of(first.id);
        choice.code = VersionChoice::of(second.id);
        auto draft = consensusDraft({first, second}, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.start, 4);
        QCOMPARE(draft->annotation.end, 40);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Counterclaim));
        QCOMPARE(draft->annotation.tagIds, second.tagIds);
        QCOMPARE(draft->sources, (QList<QUuid>{first.id, second.id}));

        // The curator's own boundaries with one coder's kind: it came from that coder alone.
        choice.boundaries = VersionChoice::own();
        choice.start = 12;
        choice.end = 20;
        choice.code = VersionChoice::of(first.id);
        draft = consensusDraft({first, second}, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.start, 12);
        QCOMPARE(draft->annotation.end, 20);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Claim));
        QCOMPARE(draft->sources, QList<QUuid>{first.id});

        // Entirely their own: it settles both versions.
        choice.code = VersionChoice::own();
        choice.kind = AnnotationKind::Note;
        draft = consensusDraft({first, second}, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Note));
        QCOMPARE(draft->sources, (QList<QUuid>{first.id, second.id}));
    }

    void refusesWhatCannotBeBuilt()
    {
        const Annotation first = version(QUuid::createUuid(), 4, 40, AnnotationKind::Claim);
        // Taking the version of a coder who did not code the passage.
        auto draft = consensusDraft({first}, CurationChoice::accept(QUuid::createUuid()), QUuid());
        QVERIFY(!draft);
        QVERIFY2(draft.errorMessage().contains(u"did not code"), qPrintable(draft.errorMessage()));
        CurationChoice empty;
        empty.boundaries = VersionChoice::own();
        empty.code = VersionChoice::of(first.id);
        empty.start = empty.end = 7;
        draft = consensusDraft({first}, empty, QUuid());
        QVERIFY(!draft);
        QVERIFY(draft.errorMessage().contains(u"empty"));
        QVERIFY(!consensusDraft({}, CurationChoice::accept(first.id), QUuid()));
    }

    void settledByEitherVersionOrARejection()
    {
        ReadingSpan a, b, c;
        a.annotationId = QUuid::createUuid();
        b.annotationId = QUuid::createUuid();
        c.annotationId = QUuid::createUuid();
        std::vector<CurationArticle> articles(1);
        articles[0].items.push_back({QUuid(), {{0, a}, {1, b}}, 2, QUuid(), false});
        articles[0].items.push_back({QUuid(), {{1, c}}, 2, QUuid(), false});
        markSettled(articles, {}, {});
        QCOMPARE(articles[0].settledCount(), 0);

        const QUuid made = QUuid::createUuid();
        markSettled(articles, {{b.annotationId, made}}, {});
        QCOMPARE(articles[0].items[0].settledBy, made);
        QVERIFY(articles[0].items[0].settled());
        QVERIFY(!articles[0].items[1].settled());
        QCOMPARE(articles[0].settledCount(), 1);

        markSettled(articles, {}, {c.annotationId});
        QVERIFY(!articles[0].items[0].settled()); // marked afresh each time
        QVERIFY(articles[0].items[1].rejected);
        QCOMPARE(articles[0].settledCount(), 1);
    }

    void walksTheProjectsDisagreementsAndUndoesEachDecision()
    {
        QTemporaryDir dir;
        Fixture fixture = makeFixture(dir, QStringLiteral("curation.counterpoint"));
        QVERIFY(fixture.project);
        Project &project = *fixture.project;

        auto none = consensusSetOf(project);
        QVERIFY(none && none->isNull());
        auto refused = readCuration(project, {fixture.alice, fixture.bob}, QUuid());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"no consensus set"));

        auto consensus = createConsensusSet(project, QStringLiteral("Consensus"));
        QVERIFY2(consensus, qPrintable(consensus.errorMessage()));
        QCOMPARE(*consensusSetOf(project), *consensus);
        QVERIFY(!readCuration(project, {fixture.alice, *consensus}, *consensus));

        auto state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QVERIFY2(state, qPrintable(state.errorMessage()));
        QCOMPARE(int(state->articles.size()), 1);
        QCOMPARE(state->articles[0].title, QStringLiteral("Harbour"));
        // The wider and the narrower claim, the kind of "Critics say…", the note only Alice
        // coded; not the source they agree on.
        const CurationItem *boundaries = state->itemOf(fixture.bobNarrower.id);
        const CurationItem *kind = state->itemOf(fixture.bobCounter.id);
        const CurationItem *only = state->itemOf(fixture.aliceOnly.id);
        QVERIFY(boundaries && kind && only);
        QCOMPARE(toString(boundaries->difference()), toString(CurationDifference::Boundaries));
        QCOMPARE(toString(kind->difference()), toString(CurationDifference::Code));
        QCOMPARE(toString(only->difference()), toString(CurationDifference::Missing));
        QVERIFY(only->of(0).size() == 1 && only->of(1).empty()); // Alice's alone
        QCOMPARE(describeDifference(*only, state->coderNames),
                 QStringLiteral("coded by Alice only"));
        QCOMPARE(state->settledCount(), 0);
        const int total = state->total();
        QCOMPARE(total, 3);

        EditHistory history;
        // Accept Bob's kind for "Critics say it will not."
        auto draft = consensusDraftFor(project, *kind,
                                       CurationChoice::accept(fixture.bobCounter.id), *consensus);
        QVERIFY(draft);
        auto command = std::make_unique<AddConsensusCommand>(project, draft->annotation,
                                                             draft->sources, QStringLiteral("x"));
        AddConsensusCommand *accept = command.get();
        QVERIFY(history.perform(std::move(command)));
        const QUuid made = accept->annotation().id;
        QVERIFY(!made.isNull());
        auto stored = project.annotation(made);
        QVERIFY(stored);
        QCOMPARE(stored->setId, *consensus);
        QCOMPARE(toString(stored->kind), toString(AnnotationKind::Counterclaim));
        QCOMPARE(stored->quote.exact, QStringLiteral("Critics say it will not."));
        QCOMPARE(*project.consensusSources(made), QList<QUuid>{fixture.bobCounter.id});
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QCOMPARE(state->itemOf(fixture.aliceClaim.id)->settledBy, made);
        QCOMPARE(state->total(), total); // the consensus set is not one of the coders

        // Leave out the note only Alice coded.
        QVERIFY(history.perform(std::make_unique<RejectVersionsCommand>(
            project, *consensus, QList<QUuid>{fixture.aliceOnly.id}, QStringLiteral("y"))));
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 2);
        QVERIFY(state->itemOf(fixture.aliceOnly.id)->rejected);

        // Each decision is one undo step.
        history.stack()->undo();
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QVERIFY(!state->itemOf(fixture.aliceOnly.id)->settled());
        history.stack()->undo();
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 0);
        QVERIFY(!project.annotation(made));
        history.stack()->redo();
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QCOMPARE(state->itemOf(fixture.bobCounter.id)->settledBy, made); // the same id again
        QCOMPARE(*project.consensusSources(made), QList<QUuid>{fixture.bobCounter.id});

        // Deleting a consensus annotation reopens what it settled.
        QVERIFY(project.removeAnnotation(made));
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->settledCount(), 0);

        // "The mayor cites", coded alike, is no disagreement but goes into the consensus too.
        QCOMPARE(state->agreedCount(), 1);
        QCOMPARE(state->agreedTakenCount(), 0);
        auto agreed = agreedDrafts(project, *state);
        QVERIFY(agreed);
        QCOMPARE(agreed->size(), 1);
        QCOMPARE(agreed->first().annotation.start, indexIn(harbour, "The mayor cites"));
        QCOMPARE(toString(agreed->first().annotation.kind), toString(AnnotationKind::Source));
        QCOMPARE(agreed->first().sources.size(), 2);
        QVERIFY(history.perform(std::make_unique<AddConsensusCommand>(
            project, agreed->first().annotation, agreed->first().sources, QStringLiteral("z"))));
        state = readCuration(project, {fixture.alice, fixture.bob}, *consensus);
        QCOMPARE(state->agreedTakenCount(), 1);
        QCOMPARE(state->settledCount(), 0); // the disagreements are another matter
        QVERIFY(agreedDrafts(project, *state)->isEmpty());
    }

    void settlesFromTheCommandLineAndExportsTheConsensusAlone()
    {
        QTemporaryDir dir;
        Fixture fixture = makeFixture(dir, QStringLiteral("cli.counterpoint"));
        QVERIFY(fixture.project);
        const QString path = fixture.project->filePath();
        auto idOf = [](const Annotation &a) { return a.id.toString(QUuid::WithoutBraces).left(8); };
        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(test::counterpointExecutable(), arguments);
            process.waitForFinished(30000);
            return std::make_tuple(process.exitCode(),
                                   QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        const QStringList sets{QStringLiteral("--sets"), QStringLiteral("Alice"),
                               QStringLiteral("Bob")};

        fixture.project.reset();
        auto [status, out, err] = run(QStringList{QStringLiteral("curate"), path} + sets);
        QVERIFY(status != 0);
        QVERIFY2(err.contains(u"no consensus set") && err.contains(u"coders"), qPrintable(err));
        std::tie(status, out, err) = run({QStringLiteral("coders"), path,
                                          QStringLiteral("--consensus"), QStringLiteral("Alice")});
        QCOMPARE(status, 0);
        std::tie(status, out, err) = run(QStringList{QStringLiteral("curate"), path} + sets);
        QVERIFY(status != 0);
        QVERIFY2(err.contains(u"cannot be one of the sets"), qPrintable(err));
        {
            auto project = Project::open(path);
            QVERIFY(project);
            QVERIFY((*project)->setConsensusSet(fixture.alice, false));
            QVERIFY(createConsensusSet(**project, QStringLiteral("Agreed")));
        }

        std::tie(status, out, err) = run(QStringList{QStringLiteral("curate"), path} + sets +
                                         QStringList{QStringLiteral("--status")});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Curating Alice and Bob into Agreed"), qPrintable(out));
        QVERIFY2(out.contains(u"Harbour: 0 of 3 settled"), qPrintable(out));
        QVERIFY(out.contains(idOf(fixture.bobCounter)) && out.contains(idOf(fixture.aliceOnly)));
        QVERIFY(out.trimmed().endsWith(u"Settled: 0 of 3"));

        std::tie(status, out, err) =
            run(QStringList{QStringLiteral("curate"), path} + sets +
                QStringList{QStringLiteral("--accept"), idOf(fixture.bobCounter),
                            QStringLiteral("--reject"), idOf(fixture.aliceOnly)});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Accepted " + idOf(fixture.bobCounter) + u" into Agreed"),
                 qPrintable(out));
        QVERIFY(out.trimmed().endsWith(u"Settled: 2 of 3"));
        std::tie(status, out, err) =
            run(QStringList{QStringLiteral("curate"), path} + sets +
                QStringList{QStringLiteral("--take-agreed"), QStringLiteral("--status")});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Took 1 agreed passage"), qPrintable(out));
        QVERIFY2(out.contains(u"Agreed passages taken: 1 of 1"), qPrintable(out));

        // A decision on what is settled already refuses the whole command: nothing is recorded.
        std::tie(status, out, err) =
            run(QStringList{QStringLiteral("curate"), path} + sets +
                QStringList{QStringLiteral("--accept"), idOf(fixture.aliceWider),
                            QStringLiteral("--accept"), idOf(fixture.aliceClaim)});
        QVERIFY(status != 0);
        QVERIFY2(err.contains(u"settled already"), qPrintable(err));
        std::tie(status, out, err) = run(QStringList{QStringLiteral("curate"), path} + sets);
        QVERIFY2(out.trimmed().endsWith(u"Settled: 2 of 3"), qPrintable(out));
        std::tie(status, out, err) =
            run(QStringList{QStringLiteral("curate"), path} + sets +
                QStringList{QStringLiteral("--accept"), QStringLiteral("ffffffff")});
        QVERIFY(status != 0);
        {
            auto project = Project::open(path);
            QVERIFY(project);
            const QUuid agreed = *consensusSetOf(**project);
            QList<Annotation> inConsensus;
            for (const Annotation &a : *(*project)->annotations()) {
                if (a.setId == agreed)
                    inConsensus.append(a);
            }
            QCOMPARE(inConsensus.size(), 2); // the counterclaim accepted, the source agreed
            std::sort(inConsensus.begin(), inConsensus.end(), readingOrder);
            QCOMPARE(toString(inConsensus.first().kind), toString(AnnotationKind::Counterclaim));
            QCOMPARE(*(*project)->consensusSources(inConsensus.first().id),
                     QList<QUuid>{fixture.bobCounter.id});
            QCOMPARE(toString(inConsensus.last().kind), toString(AnnotationKind::Source));
        }

        // The consensus set alone, exported and in the report.
        const QString csv = dir.filePath(QStringLiteral("agreed.csv"));
        std::tie(status, out, err) =
            run({QStringLiteral("export"), path, QStringLiteral("--consensus"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Exported 2 annotations"), qPrintable(out));
        const QString table = QString::fromUtf8(test::readFile(csv));
        QVERIFY(table.contains(u"Critics say it will not."));
        QVERIFY(!table.contains(u"The council says"));
        const QString md = dir.filePath(QStringLiteral("agreed.md"));
        std::tie(status, out, err) =
            run({QStringLiteral("export"), path, QStringLiteral("--set"), QStringLiteral("Agreed"),
                 QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), md});
        QVERIFY2(status == 0, qPrintable(err));
        const QString report = QString::fromUtf8(test::readFile(md));
        QVERIFY2(report.contains(u"Set: Agreed"), qPrintable(report));
        QVERIFY(!report.contains(u"Set: Alice") && !report.contains(u"Set: Bob"));
    }
    // Brute force on small random cases: every annotation of the chosen sets is in exactly one
    // cluster; a cluster's spans are joined by overlaps; no span overlaps one of another cluster
    // (so each cluster is a largest overlap-connected group); agreed exactly when every coder
    // coded it once, alike.
    void clustersAreTheOverlapComponentsOfEverySet()
    {
        QRandomGenerator random(14005); // the same cases every run
        int agreedSeen = 0, sharedSetSeen = 0, missingSeen = 0;
        for (int round = 0; round < 2000; ++round) {
            const int coderCount = 2 + int(random.bounded(3)); // two to four coders
            std::vector<std::vector<ReadingSpan>> coders(static_cast<size_t>(coderCount));
            QHash<QUuid, std::pair<int, ReadingSpan>> all;
            for (int coder = 0; coder < coderCount; ++coder) {
                const int count = int(random.bounded(5));
                for (int i = 0; i < count; ++i) {
                    ReadingSpan span;
                    span.annotationId = QUuid::createUuid();
                    span.start = random.bounded(30);
                    span.end = span.start + 1 + random.bounded(8);
                    span.kind = random.bounded(2) ? AnnotationKind::Claim : AnnotationKind::Source;
                    coders[size_t(coder)].push_back(span);
                    all.insert(span.annotationId, {coder, span});
                }
                // Often a copy of another coder's span, so that clusters are agreed now and then.
                if (coder > 0 && !coders[0].empty() && random.bounded(2)) {
                    ReadingSpan copy = coders[0][0];
                    copy.annotationId = QUuid::createUuid();
                    coders[size_t(coder)].push_back(copy);
                    all.insert(copy.annotationId, {coder, copy});
                }
            }
            auto overlap = [](const ReadingSpan &a, const ReadingSpan &b) {
                return std::min(a.end, b.end) - std::max(a.start, b.start) > 0;
            };
            const auto clusters = clustersOf(coders);
            QHash<QUuid, int> clusterOf;
            qint64 previousStart = -1;
            for (int c = 0; c < int(clusters.size()); ++c) {
                const auto &cluster = clusters[size_t(c)];
                QVERIFY(!cluster.empty());
                QVERIFY(cluster.front().span.start >= previousStart); // in reading order
                previousStart = cluster.front().span.start;
                for (size_t v = 0; v < cluster.size(); ++v) {
                    const CurationVersion &version = cluster[v];
                    QVERIFY2(!clusterOf.contains(version.span.annotationId), "in two clusters");
                    clusterOf.insert(version.span.annotationId, c);
                    QVERIFY(all.contains(version.span.annotationId));
                    QCOMPARE(version.coder, all.value(version.span.annotationId).first);
                    QCOMPARE(version.span.start, all.value(version.span.annotationId).second.start);
                    if (v > 0)
                        QVERIFY(cluster[v - 1].coder <= version.coder); // by coder
                }
                // Connected: a walk along overlaps from the first span reaches every one.
                std::vector<bool> reached(cluster.size(), false);
                std::vector<size_t> todo{0};
                reached[0] = true;
                while (!todo.empty()) {
                    const size_t at = todo.back();
                    todo.pop_back();
                    for (size_t other = 0; other < cluster.size(); ++other) {
                        if (!reached[other] && overlap(cluster[at].span, cluster[other].span)) {
                            reached[other] = true;
                            todo.push_back(other);
                        }
                    }
                }
                QVERIFY2(std::all_of(reached.begin(), reached.end(), [](bool r) { return r; }),
                         "a cluster whose spans are not joined by overlaps");
                // Agreed, by the definition.
                QSet<int> coded;
                bool alike = true;
                for (const CurationVersion &version : cluster) {
                    coded.insert(version.coder);
                    alike = alike && version.span.start == cluster[0].span.start &&
                            version.span.end == cluster[0].span.end &&
                            version.span.kind == cluster[0].span.kind;
                }
                const bool agreed =
                    int(cluster.size()) == coderCount && coded.size() == coderCount && alike;
                QCOMPARE(isAgreed(cluster, coderCount), agreed);
                agreedSeen += agreed ? 1 : 0;
                missingSeen += coded.size() < coderCount ? 1 : 0;
                sharedSetSeen += int(cluster.size()) > coded.size() ? 1 : 0;
                QCOMPARE(differenceOf(cluster, coderCount) == CurationDifference::Missing,
                         coded.size() < coderCount);
            }
            QCOMPARE(clusterOf.size(), all.size()); // every annotation in one
            // Maximal: spans of different clusters never overlap.
            for (auto a = all.cbegin(); a != all.cend(); ++a) {
                for (auto b = all.cbegin(); b != all.cend(); ++b) {
                    if (overlap(a.value().second, b.value().second))
                        QCOMPARE(clusterOf.value(a.key()), clusterOf.value(b.key()));
                }
            }
        }
        // The cases covered what they are meant to.
        QVERIFY(agreedSeen > 50);
        QVERIFY(missingSeen > 50);
        QVERIFY(sharedSetSeen > 50);
    }

    // Three coders: a passage is agreed only when all three coded it alike; a passage one coder
    // left out is an item; one coder's two overlapping spans are two versions of one item; the
    // boundaries of one and the kind of another; the curator's own settles all three.
    void curatesThreeCoders()
    {
        QTemporaryDir dir;
        auto project = test::createProject(dir, QStringLiteral("three.counterpoint"));
        QVERIFY(project);
        const QString text = QStringLiteral("Ships will dock here by May. The port denies it. "
                                            "Unions fear job losses. A report backs them. "
                                            "Nobody asked the fishermen.");
        const QUuid article = project->addArticle(makeArticle(QStringLiteral("Port"), text))->id;
        QHash<QString, QUuid> sets;
        for (const char *name : {"Alice", "Bob", "Cara"})
            sets.insert(QString::fromUtf8(name),
                        project->addAnnotationSet({QUuid(), QString::fromUtf8(name), {}})->id);
        auto add = [&](const char *set, const char *words, AnnotationKind kind) {
            Annotation annotation;
            annotation.articleId = article;
            annotation.setId = sets.value(QString::fromUtf8(set));
            annotation.start = indexIn(text, words);
            annotation.end = annotation.start + int(QString::fromUtf8(words).size());
            annotation.kind = kind;
            return project->addAnnotation(annotation)->id;
        };
        for (const char *set : {"Alice", "Bob", "Cara"})
            add(set, "Ships will dock here by May.", AnnotationKind::Claim);
        const QUuid alicePort = add("Alice", "The port denies it.", AnnotationKind::Counterclaim);
        const QUuid bobPort = add("Bob", "The port denies it.", AnnotationKind::Counterclaim);
        const QUuid caraPort = add("Cara", "The port denies it.", AnnotationKind::Claim);
        add("Alice", "Unions fear job losses.", AnnotationKind::Claim);
        const QUuid bobUnions = add("Bob", "Unions fear", AnnotationKind::Claim);
        const QUuid caraUnions = add("Cara", "Unions fear job", AnnotationKind::Claim);
        const QUuid caraLosses = add("Cara", "job losses.", AnnotationKind::Note);
        const QUuid aliceReport = add("Alice", "A report backs them.", AnnotationKind::Source);
        add("Alice", "Nobody asked the fishermen.", AnnotationKind::Note);
        const QUuid bobNobody = add("Bob", "Nobody asked the fishermen.", AnnotationKind::Note);
        auto consensus = createConsensusSet(*project, QStringLiteral("Consensus"));
        QVERIFY(consensus);
        const QList<QUuid> three{sets.value("Alice"), sets.value("Bob"), sets.value("Cara")};

        QVERIFY(!readCuration(*project, {sets.value("Alice")}, *consensus));
        QVERIFY(!readCuration(*project, {sets.value("Alice"), sets.value("Alice")}, *consensus));
        QVERIFY(!readCuration(*project, three + QList<QUuid>{*consensus}, *consensus));

        auto state = readCuration(*project, three, *consensus);
        QVERIFY2(state, qPrintable(state.errorMessage()));
        QCOMPARE(state->coderNames, (QStringList{"Alice", "Bob", "Cara"}));
        QCOMPARE(coderList(state->coderNames), QStringLiteral("Alice, Bob and Cara"));
        QCOMPARE(state->agreedCount(), 1); // the ships
        QCOMPARE(state->articles[0].agreed[0].versionIds.size(), 3);
        QCOMPARE(state->total(), 4);
        const CurationItem *port = state->itemOf(caraPort);
        const CurationItem *unions = state->itemOf(caraLosses);
        const CurationItem *report = state->itemOf(aliceReport);
        const CurationItem *nobody = state->itemOf(bobNobody);
        QVERIFY(port && unions && report && nobody);
        QCOMPARE(port, state->itemOf(alicePort));
        QCOMPARE(toString(port->difference()), toString(CurationDifference::Code));
        QCOMPARE(unions, state->itemOf(caraUnions)); // Cara's two overlapping spans, one item
        QCOMPARE(int(unions->versions.size()), 4);
        QCOMPARE(int(unions->of(2).size()), 2);
        QCOMPARE(toString(unions->difference()), toString(CurationDifference::BoundariesAndCode));
        QCOMPARE(describeDifference(*report, state->coderNames),
                 QStringLiteral("coded by Alice only"));
        QCOMPARE(describeDifference(*nobody, state->coderNames),
                 QStringLiteral("not coded by Cara"));
        // In reading order.
        const auto &items = state->articles[0].items;
        QCOMPARE(items[0].versionIds(), port->versionIds());
        QCOMPARE(items[3].versionIds(), nobody->versionIds());

        // Chosen sets matter: Alice and Bob alone agree on the port.
        auto pair = readCuration(*project, {sets.value("Alice"), sets.value("Bob")}, *consensus);
        QVERIFY(pair);
        QCOMPARE(pair->agreedCount(), 3); // the ships, the port, the fishermen
        QVERIFY(!pair->itemOf(alicePort));

        EditHistory history;
        auto settle = [&](const CurationItem &item, const CurationChoice &choice) {
            auto draft = consensusDraftFor(*project, item, choice, *consensus);
            if (!draft)
                return QUuid();
            auto command = std::make_unique<AddConsensusCommand>(*project, draft->annotation,
                                                                 draft->sources, QString());
            AddConsensusCommand *added = command.get();
            return history.perform(std::move(command)) ? added->annotation().id : QUuid();
        };
        // Bob's boundaries, the kind of Cara's second span.
        CurationChoice mixed;
        mixed.boundaries = VersionChoice::of(bobUnions);
        mixed.code = VersionChoice::of(caraLosses);
        const QUuid unionsMade = settle(*unions, mixed);
        QVERIFY(!unionsMade.isNull());
        auto made = project->annotation(unionsMade);
        QCOMPARE(made->quote.exact, QStringLiteral("Unions fear"));
        QCOMPARE(toString(made->kind), toString(AnnotationKind::Note));
        const QList<QUuid> unionsSources = *project->consensusSources(unionsMade);
        QCOMPARE(QSet<QUuid>(unionsSources.begin(), unionsSources.end()),
                 (QSet<QUuid>{bobUnions, caraLosses}));
        // The curator's own, on both counts: every version of the port its source.
        CurationChoice own;
        own.start = indexIn(text, "The port");
        own.end = own.start + 8;
        own.kind = AnnotationKind::Source;
        const QUuid portMade = settle(*state->itemOf(caraPort), own);
        QVERIFY(!portMade.isNull());
        const QList<QUuid> portSources = *project->consensusSources(portMade);
        QCOMPARE(QSet<QUuid>(portSources.begin(), portSources.end()),
                 (QSet<QUuid>{alicePort, bobPort, caraPort}));

        state = readCuration(*project, three, *consensus);
        QCOMPARE(state->settledCount(), 2);
        QCOMPARE(state->itemOf(caraUnions)->settledBy, unionsMade);
        QCOMPARE(state->itemOf(bobPort)->settledBy, portMade);
        auto agreed = agreedDrafts(*project, *state);
        QVERIFY(agreed);
        QCOMPARE(agreed->size(), 1);
        QCOMPARE(agreed->first().sources.size(), 3);
        history.stack()->undo();
        QCOMPARE(readCuration(*project, three, *consensus)->settledCount(), 1);
    }

    void curatesThreeCodersFromTheCommandLine()
    {
        QTemporaryDir dir;
        QString path;
        QUuid caraOnly, aliceWide;
        {
            auto project = test::createProject(dir, QStringLiteral("three-cli.counterpoint"));
            QVERIFY(project);
            const QUuid article =
                project->addArticle(makeArticle(QStringLiteral("Harbour"), harbour))->id;
            auto add = [&](const char *set, const char *words, AnnotationKind kind) {
                Annotation annotation;
                annotation.articleId = article;
                annotation.setId = project->ensureAnnotationSet(QString::fromUtf8(set))->id;
                annotation.start = indexIn(harbour, words);
                annotation.end = annotation.start + int(QString::fromUtf8(words).size());
                annotation.kind = kind;
                return project->addAnnotation(annotation)->id;
            };
            for (const char *set : {"Alice", "Bob", "Cara"})
                add(set, "The mayor cites", AnnotationKind::Source);
            aliceWide = add("Alice", "Critics say it will not.", AnnotationKind::Claim);
            add("Bob", "Critics say it", AnnotationKind::Claim);
            caraOnly = add("Cara", "a study", AnnotationKind::Note);
            QVERIFY(createConsensusSet(*project, QStringLiteral("Agreed")));
            path = project->filePath();
        }
        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(test::counterpointExecutable(), arguments);
            process.waitForFinished(30000);
            return std::make_tuple(process.exitCode(),
                                   QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        const QStringList curate{QStringLiteral("curate"), path,
                                 QStringLiteral("--sets"), QStringLiteral("Alice"),
                                 QStringLiteral("Bob"),    QStringLiteral("Cara")};
        auto [status, out, err] = run(curate + QStringList{QStringLiteral("--status")});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Curating Alice, Bob and Cara into Agreed"), qPrintable(out));
        QVERIFY2(out.contains(u"Harbour: 0 of 2 settled; agreed passages taken: 0 of 1"),
                 qPrintable(out));
        QVERIFY2(out.contains(u"coded by Cara only") && out.contains(u"not coded by Cara"),
                 qPrintable(out));
        QVERIFY(out.contains(u"    Cara: —"));
        QVERIFY(out.contains(caraOnly.toString(QUuid::WithoutBraces).left(8)));
        std::tie(status, out, err) =
            run(curate + QStringList{QStringLiteral("--accept"),
                                     aliceWide.toString(QUuid::WithoutBraces).left(8),
                                     QStringLiteral("--take-agreed")});
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.trimmed().endsWith(u"Settled: 1 of 2"), qPrintable(out));
        QVERIFY(out.contains(u"Took 1 agreed passage"));
        // One set is not curation.
        std::tie(status, out, err) = run(
            {QStringLiteral("curate"), path, QStringLiteral("--sets"), QStringLiteral("Alice")});
        QVERIFY(status != 0);
        QVERIFY2(err.contains(u"two or more"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
