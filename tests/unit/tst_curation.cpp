// Curation (issue 14 item 5): which disagreements are settled, the consensus annotation a
// curator's choice makes, each decision one undo step, and `counterpoint curate`.
#include "TestSupport.h"
#include "analysis/Curation.h"
#include "edit/CurationCommands.h"
#include "edit/EditHistory.h"

#include <QProcess>
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

        auto draft =
            consensusDraft(first, second, CurationChoice::accept(VersionChoice::First), consensus);
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

        draft =
            consensusDraft(first, second, CurationChoice::accept(VersionChoice::Second), consensus);
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
        choice.boundaries = VersionChoice::First;
        choice.code = VersionChoice::Second;
        auto draft = consensusDraft(first, second, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.start, 4);
        QCOMPARE(draft->annotation.end, 40);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Counterclaim));
        QCOMPARE(draft->annotation.tagIds, second.tagIds);
        QCOMPARE(draft->sources, (QList<QUuid>{first.id, second.id}));

        // The curator's own boundaries with one coder's kind: it came from that coder alone.
        choice.boundaries = VersionChoice::Own;
        choice.start = 12;
        choice.end = 20;
        choice.code = VersionChoice::First;
        draft = consensusDraft(first, second, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(draft->annotation.start, 12);
        QCOMPARE(draft->annotation.end, 20);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Claim));
        QCOMPARE(draft->sources, QList<QUuid>{first.id});

        // Entirely their own: it settles both versions.
        choice.code = VersionChoice::Own;
        choice.kind = AnnotationKind::Note;
        draft = consensusDraft(first, second, choice, consensus);
        QVERIFY(draft);
        QCOMPARE(toString(draft->annotation.kind), toString(AnnotationKind::Note));
        QCOMPARE(draft->sources, (QList<QUuid>{first.id, second.id}));
    }

    void refusesWhatCannotBeBuilt()
    {
        const Annotation first = version(QUuid::createUuid(), 4, 40, AnnotationKind::Claim);
        // Taking the version of a coder who did not code the passage.
        auto draft = consensusDraft(first, std::nullopt,
                                    CurationChoice::accept(VersionChoice::Second), QUuid());
        QVERIFY(!draft);
        QVERIFY2(draft.errorMessage().contains(u"did not code"), qPrintable(draft.errorMessage()));
        CurationChoice empty;
        empty.boundaries = VersionChoice::Own;
        empty.start = empty.end = 7;
        draft = consensusDraft(first, std::nullopt, empty, QUuid());
        QVERIFY(!draft);
        QVERIFY(draft.errorMessage().contains(u"empty"));
        QVERIFY(!consensusDraft(std::nullopt, std::nullopt,
                                CurationChoice::accept(VersionChoice::First), QUuid()));
    }

    void settledByEitherVersionOrARejection()
    {
        ReadingSpan a, b, c;
        a.annotationId = QUuid::createUuid();
        b.annotationId = QUuid::createUuid();
        c.annotationId = QUuid::createUuid();
        std::vector<CurationArticle> articles(1);
        articles[0].items.push_back({QUuid(), {DisagreementType::Code, a, b}, QUuid(), false});
        articles[0].items.push_back(
            {QUuid(), {DisagreementType::OnlySecond, std::nullopt, c}, QUuid(), false});
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
        auto refused = readCuration(project, fixture.alice, fixture.bob, QUuid());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"no consensus set"));

        auto consensus = createConsensusSet(project, QStringLiteral("Consensus"));
        QVERIFY2(consensus, qPrintable(consensus.errorMessage()));
        QCOMPARE(*consensusSetOf(project), *consensus);
        QVERIFY(!readCuration(project, fixture.alice, *consensus, *consensus));

        auto state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QVERIFY2(state, qPrintable(state.errorMessage()));
        QCOMPARE(int(state->articles.size()), 1);
        QCOMPARE(state->articles[0].title, QStringLiteral("Harbour"));
        // The wider and the narrower claim, the kind of "Critics say…", the note only Alice
        // coded; not the source they agree on.
        const CurationItem *boundaries = state->itemOf(fixture.bobNarrower.id);
        const CurationItem *kind = state->itemOf(fixture.bobCounter.id);
        const CurationItem *only = state->itemOf(fixture.aliceOnly.id);
        QVERIFY(boundaries && kind && only);
        QCOMPARE(toString(boundaries->disagreement.type), toString(DisagreementType::Boundaries));
        QCOMPARE(toString(kind->disagreement.type), toString(DisagreementType::Code));
        QCOMPARE(toString(only->disagreement.type), toString(DisagreementType::OnlyFirst));
        QCOMPARE(state->settledCount(), 0);
        const int total = state->total();
        QCOMPARE(total, 3);

        EditHistory history;
        // Accept Bob's kind for "Critics say it will not."
        auto draft = consensusDraftFor(project, *kind,
                                       CurationChoice::accept(VersionChoice::Second), *consensus);
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
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QCOMPARE(state->itemOf(fixture.aliceClaim.id)->settledBy, made);
        QCOMPARE(state->total(), total); // the consensus set is not one of the coders

        // Leave out the note only Alice coded.
        QVERIFY(history.perform(std::make_unique<RejectVersionsCommand>(
            project, *consensus, QList<QUuid>{fixture.aliceOnly.id}, QStringLiteral("y"))));
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QCOMPARE(state->settledCount(), 2);
        QVERIFY(state->itemOf(fixture.aliceOnly.id)->rejected);

        // Each decision is one undo step.
        history.stack()->undo();
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QVERIFY(!state->itemOf(fixture.aliceOnly.id)->settled());
        history.stack()->undo();
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QCOMPARE(state->settledCount(), 0);
        QVERIFY(!project.annotation(made));
        history.stack()->redo();
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
        QCOMPARE(state->settledCount(), 1);
        QCOMPARE(state->itemOf(fixture.bobCounter.id)->settledBy, made); // the same id again
        QCOMPARE(*project.consensusSources(made), QList<QUuid>{fixture.bobCounter.id});

        // Deleting a consensus annotation reopens what it settled.
        QVERIFY(project.removeAnnotation(made));
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
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
        state = readCuration(project, fixture.alice, fixture.bob, *consensus);
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
};

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
