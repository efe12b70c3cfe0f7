// The managers of actors and annotation sets (issue 20), without widgets: each edit is one undo
// step whose undo gives back exactly the project before and whose redo the project after; the
// annotations an edit changes are changed on the version they were read at, so a step over
// someone else's change is refused rather than applied; the default set and a role that may not
// manage the lists are refused in words; and `counterpoint actors` and `counterpoint sets` do
// the same from the command line. On both back ends (the PostgreSQL run, see CMakeLists.txt).
#include "TestSupport.h"

#include "edit/ActorCommands.h"
#include "edit/EditHistory.h"
#include "edit/SetCommands.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// What the managers can change, read back from the project.
struct Snapshot
{
    QList<Annotation> annotations;
    QList<Relation> relations;
    QList<Actor> actors;
    QList<AnnotationSet> sets;
    QList<SetRole> roles;
    QList<Verdict> verdicts;
    QHash<QUuid, QList<QUuid>> sources;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshotOf(const Project &project)
{
    Snapshot snapshot;
    snapshot.annotations = *project.annotations();
    for (Annotation &annotation : snapshot.annotations) {
        annotation.modified = QDateTime(); // a redo is a modification too
        if (auto sources = project.consensusSources(annotation.id); sources && !sources->isEmpty())
            snapshot.sources.insert(annotation.id, *sources);
    }
    snapshot.relations = *project.relations();
    snapshot.actors = *project.actors();
    snapshot.sets = *project.annotationSets();
    snapshot.roles = *project.annotationSetRoles();
    snapshot.verdicts = *project.verdicts();
    return snapshot;
}

Relation link(const QUuid &from, const QUuid &to, RelationKind kind)
{
    Relation relation;
    relation.fromId = from;
    relation.toId = to;
    relation.kind = kind;
    return relation;
}

} // namespace

class TestManagers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditHistory> m_history;
    QUuid m_article;
    QString m_text;

    Annotation stored(const QString &exact, const QUuid &actor = {}, const QUuid &set = {},
                      AnnotationKind kind = AnnotationKind::Claim) const
    {
        Annotation annotation;
        annotation.articleId = m_article;
        annotation.kind = kind;
        annotation.start = int(m_text.indexOf(exact));
        annotation.end = annotation.start + int(exact.size());
        annotation.actorId = actor;
        annotation.setId = set;
        auto added = m_project->addAnnotation(annotation);
        return added ? *added : Annotation();
    }

    QUuid actorOf(const QUuid &annotationId) const
    {
        auto annotation = m_project->annotation(annotationId);
        return annotation ? annotation->actorId : QUuid();
    }

    // Performs the command, then undoes and redoes it twice: each undo must give back the state
    // before, each redo the state after; one step in the history.
    void roundTrip(Result<std::unique_ptr<ProjectCommand>> command, const QString &expectedText)
    {
        QVERIFY2(command, qPrintable(command.errorMessage()));
        const Snapshot before = snapshotOf(*m_project);
        QVERIFY(m_history->perform(std::move(*command)));
        const Snapshot after = snapshotOf(*m_project);
        QVERIFY2(!(after == before), "the command changed the project");
        QUndoStack *stack = m_history->stack();
        QCOMPARE(stack->undoText(), expectedText);
        for (int round = 0; round < 2; ++round) {
            stack->undo();
            QVERIFY(snapshotOf(*m_project) == before);
            stack->redo();
            QVERIFY(snapshotOf(*m_project) == after);
        }
        QCOMPARE(stack->count(), 1);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_history.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("managers.counterpoint")));
        m_project = createProject(m_dir, QStringLiteral("managers.counterpoint"));
        QVERIFY(m_project);
        m_history = std::make_unique<EditHistory>();
        m_article = importArticle(*m_project,
                                  sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!m_article.isNull());
        m_text = *m_project->articleText(m_article);
    }

    void cleanup()
    {
        m_history.reset();
        m_project.reset();
    }

    void actorsAreListedWithHowManyAnnotationsNameThem()
    {
        const QUuid anthropic = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        const QUuid nobody = m_project->ensureActor(QStringLiteral("Nobody"))->id;
        stored(QStringLiteral("Chip smuggling into China"), anthropic);
        stored(QStringLiteral("a major threat"), anthropic);
        stored(QStringLiteral("tall tales"), nvidia);
        stored(QStringLiteral("Open questions"));
        auto usage = ActorEdits::usage(*m_project);
        QVERIFY(usage);
        QCOMPARE(usage->value(anthropic), 2);
        QCOMPARE(usage->value(nvidia), 1);
        QCOMPARE(usage->value(nobody), 0);
        QCOMPARE(ActorEdits::named(*m_project, QStringLiteral(" nvidia "))->id, nvidia);
        QVERIFY(!ActorEdits::named(*m_project, QStringLiteral("Intel")));
    }

    void renamingAnActorIsOneStep()
    {
        const Actor actor = *m_project->ensureActor(QStringLiteral("Anthropic"));
        stored(QStringLiteral("Chip smuggling into China"), actor.id);
        roundTrip(ActorEdits::rename(*m_project, actor.id, QStringLiteral("  Anthropic   PBC ")),
                  QStringLiteral("Rename actor “Anthropic” to “Anthropic PBC”"));
        QCOMPARE(ActorEdits::named(*m_project, QStringLiteral("anthropic pbc"))->id, actor.id);
    }

    void aNameAnotherActorHasIsRefusedWithTheWayOut()
    {
        const Actor actor = *m_project->ensureActor(QStringLiteral("Anthropic"));
        QVERIFY(m_project->ensureActor(QStringLiteral("Nvidia")));
        auto refused = ActorEdits::rename(*m_project, actor.id, QStringLiteral("NVIDIA"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Duplicate);
        QVERIFY(refused.errorMessage().contains(u"merge"));
        QVERIFY(!ActorEdits::rename(*m_project, actor.id, QStringLiteral("   ")));
    }

    void describingAnActorIsOneStep()
    {
        const Actor actor = *m_project->ensureActor(QStringLiteral("Nvidia"));
        roundTrip(ActorEdits::describe(*m_project, actor.id,
                                       QStringLiteral("GPU maker; the other side.\nSecond line")),
                  QStringLiteral("Describe actor “Nvidia”"));
        QCOMPARE(ActorEdits::named(*m_project, QStringLiteral("Nvidia"))->description,
                 QStringLiteral("GPU maker; the other side.\nSecond line"));
    }

    void mergingMovesTheAnnotationsAndUndoBringsTheActorBack()
    {
        const QUuid from = m_project->ensureActor(QStringLiteral("Anthropic PBC"))->id;
        const QUuid into = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const Annotation a = stored(QStringLiteral("Chip smuggling into China"), from);
        const Annotation b = stored(QStringLiteral("a major threat"), from);
        const Annotation c = stored(QStringLiteral("The company points"), into);
        const Annotation other = stored(QStringLiteral("tall tales"));
        roundTrip(ActorEdits::merge(*m_project, from, into),
                  QStringLiteral("Merge actor “Anthropic PBC” into “Anthropic”"));
        QCOMPARE(actorOf(a.id), into);
        QCOMPARE(actorOf(b.id), into);
        QCOMPARE(actorOf(c.id), into);
        QCOMPARE(actorOf(other.id), QUuid());
        QVERIFY(!ActorEdits::named(*m_project, QStringLiteral("Anthropic PBC")));
        QCOMPARE(ActorEdits::usage(*m_project)->value(into), 3);
        m_history->stack()->undo();
        QCOMPARE(ActorEdits::named(*m_project, QStringLiteral("Anthropic PBC"))->id, from);
        QCOMPARE(actorOf(a.id), from);
        QCOMPARE(actorOf(c.id), into); // it named `into` before, and does still
        QVERIFY(!ActorEdits::merge(*m_project, into, into));
    }

    void deletingAnActorLeavesItsAnnotationsNamingNobodyAndLogsThem()
    {
        const QUuid actor = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        const Annotation a = stored(QStringLiteral("tall tales"), actor);
        const qint64 lastSeen = m_project->lastSeenChange();
        QSignalSpy changed(m_project.get(), &Project::annotationChanged);
        roundTrip(ActorEdits::remove(*m_project, actor), QStringLiteral("Delete actor “Nvidia”"));
        QCOMPARE(actorOf(a.id), QUuid());
        QVERIFY(!ActorEdits::named(*m_project, QStringLiteral("Nvidia")));
        // The annotation's change is its own (a new version, heard and in the change log), not
        // the store's silent ON DELETE SET NULL: other windows refresh it.
        QVERIFY(changed.size() >= 1);
        QVERIFY(m_project->annotation(a.id)->version > a.version);
        auto log = m_project->changesSince(lastSeen);
        QVERIFY(log);
        bool logged = false;
        for (const ChangeRecord &record : std::as_const(*log))
            logged = logged ||
                     (record.entity == ChangeRecord::Entity::Annotation && record.rowId == a.id);
        QVERIFY(logged);
    }

    // The row version checks: an annotation changed elsewhere after the merge keeps its change;
    // the undo that would write over it is refused with a message, and nothing is half undone.
    void undoIsRefusedOverAnotherHandsChange()
    {
        const QUuid from = m_project->ensureActor(QStringLiteral("Anthropic PBC"))->id;
        const QUuid into = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const Annotation a = stored(QStringLiteral("Chip smuggling into China"), from);
        const Annotation b = stored(QStringLiteral("a major threat"), from);
        auto merge = ActorEdits::merge(*m_project, from, into);
        QVERIFY(merge);
        QVERIFY(m_history->perform(std::move(*merge)));
        Annotation elsewhere = *m_project->annotation(b.id);
        elsewhere.comment = QStringLiteral("Another window's comment");
        QVERIFY(m_project->updateAnnotation(elsewhere, elsewhere.version));
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        m_history->stack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"changed"));
        QCOMPARE(actorOf(a.id), into); // all or nothing
        QCOMPARE(actorOf(b.id), into);
        QCOMPARE(m_project->annotation(b.id)->comment, QStringLiteral("Another window's comment"));
        QVERIFY(!ActorEdits::named(*m_project, QStringLiteral("Anthropic PBC")));
    }

    // A merge asked for, then an annotation changed before it is applied: refused, not applied
    // over the change.
    void aStaleMergeIsRefused()
    {
        const QUuid from = m_project->ensureActor(QStringLiteral("Anthropic PBC"))->id;
        const QUuid into = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const Annotation a = stored(QStringLiteral("Chip smuggling into China"), from);
        auto merge = ActorEdits::merge(*m_project, from, into);
        QVERIFY(merge);
        Annotation elsewhere = *m_project->annotation(a.id);
        elsewhere.kind = AnnotationKind::Source;
        QVERIFY(m_project->updateAnnotation(elsewhere));
        Status applied = m_history->perform(std::move(*merge));
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, Error::Code::Conflict);
        QCOMPARE(actorOf(a.id), from);
        QVERIFY(ActorEdits::named(*m_project, QStringLiteral("Anthropic PBC")));
        QCOMPARE(m_history->stack()->count(), 0);
    }

    void aReadOnlyProjectIsNotManaged()
    {
        SKIP_ON_SERVER("a read-only file");
        QVERIFY(m_project->ensureActor(QStringLiteral("Nvidia")));
        QVERIFY(m_project->ensureAnnotationSet(QStringLiteral("Second pass")));
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();
        OpenOptions options;
        options.readOnly = true;
        auto reader = Project::open(path, options);
        QVERIFY(reader);
        const Actor actor = *ActorEdits::named(**reader, QStringLiteral("Nvidia"));
        auto refused = ActorEdits::rename(**reader, actor.id, QStringLiteral("NVIDIA Corp"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        QVERIFY(!SetEdits::create(**reader, QStringLiteral("Third pass")));
        const QUuid set = SetEdits::named(**reader, QStringLiteral("second pass"))->id;
        QVERIFY(!SetEdits::remove(**reader, set));
    }

    void creatingAndRenamingASetAreOneStepEach()
    {
        roundTrip(SetEdits::create(*m_project, QStringLiteral(" Alice's   pass ")),
                  QStringLiteral("New set “Alice's pass”"));
        const AnnotationSet set = *SetEdits::named(*m_project, QStringLiteral("alice's pass"));
        QVERIFY(!SetEdits::create(*m_project, QStringLiteral("ALICE'S PASS")));
        m_history->stack()->clear();
        roundTrip(SetEdits::rename(*m_project, set.id, QStringLiteral("Alice")),
                  QStringLiteral("Rename set “Alice's pass” to “Alice”"));
        QCOMPARE(SetEdits::named(*m_project, QStringLiteral("Alice"))->id, set.id);
        auto taken = SetEdits::rename(*m_project, set.id, QStringLiteral("default"));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, Error::Code::Duplicate);
    }

    // Deleting a set takes what is in it (its annotations, their links and verdicts, the
    // consensus sources) and says so; undo brings every bit of it back, the set's owner and
    // consensus mark too.
    void deletingASetTakesItsAnnotationsAndUndoRestoresAll()
    {
        const QUuid alice = m_project->ensureAnnotationSet(QStringLiteral("Alice"))->id;
        const QUuid agreed = m_project->ensureAnnotationSet(QStringLiteral("Agreed"))->id;
        QVERIFY(m_project->setAnnotationSetOwner(alice, QStringLiteral("alice")));
        QVERIFY(m_project->setConsensusSet(agreed, true));
        const Annotation kept =
            stored(QStringLiteral("tall tales"), {}, {}, AnnotationKind::Counterclaim);
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"), {}, alice);
        const Annotation evidence =
            stored(QStringLiteral("live lobsters"), {}, alice, AnnotationKind::Source);
        const Annotation settled = stored(QStringLiteral("a major threat"), {}, agreed);
        QVERIFY(!claim.id.isNull() && !evidence.id.isNull() && !settled.id.isNull());
        QVERIFY(m_project->addRelation(link(evidence.id, claim.id, RelationKind::Supports)));
        QVERIFY(m_project->addRelation(link(kept.id, claim.id, RelationKind::Rebuts)));
        Verdict verdict;
        verdict.annotationId = claim.id;
        verdict.rating = QStringLiteral("Mostly true");
        verdict.ratingValue = 4;
        QVERIFY(m_project->setVerdict(verdict));
        QVERIFY(m_project->setConsensusSources(settled.id, {claim.id}));

        auto contents = SetEdits::contents(*m_project, alice);
        QVERIFY(contents);
        QCOMPARE(contents->annotations, 2);
        QCOMPARE(contents->relations, 2);
        QCOMPARE(contents->verdicts, 1);
        roundTrip(SetEdits::remove(*m_project, alice), QStringLiteral("Delete set “Alice”"));
        QVERIFY(!SetEdits::named(*m_project, QStringLiteral("Alice")));
        QVERIFY(!m_project->annotation(claim.id));
        QCOMPARE(m_project->relations()->size(), 0);
        QVERIFY(m_project->annotation(kept.id));
        m_history->stack()->undo();
        QCOMPARE(m_project->relations()->size(), 2);
        QCOMPARE(m_project->verdicts()->size(), 1);
        bool owned = false;
        for (const SetRole &role : *m_project->annotationSetRoles())
            owned = owned || (role.setId == alice && role.owner == u"alice");
        QVERIFY(owned);

        // The consensus set goes with its sources, and comes back with them.
        m_history->stack()->clear();
        roundTrip(SetEdits::remove(*m_project, agreed), QStringLiteral("Delete set “Agreed”"));
        m_history->stack()->undo();
        QCOMPARE(*m_project->consensusSources(settled.id), QList<QUuid>{claim.id});
    }

    void theDefaultSetStays()
    {
        auto refused = SetEdits::remove(*m_project, m_project->defaultAnnotationSetId());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"default"));
    }

    void aSetDeletionAskedForBeforeAnotherAnnotationWentInIsRefused()
    {
        const QUuid set = m_project->ensureAnnotationSet(QStringLiteral("Bob"))->id;
        const Annotation first = stored(QStringLiteral("tall tales"), {}, set);
        auto removal = SetEdits::remove(*m_project, set);
        QVERIFY(removal);
        const Annotation second = stored(QStringLiteral("live lobsters"), {}, set);
        Status applied = m_history->perform(std::move(*removal));
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, Error::Code::Conflict);
        QVERIFY(m_project->annotation(first.id));
        QVERIFY(m_project->annotation(second.id));
        QVERIFY(SetEdits::named(*m_project, QStringLiteral("Bob")));
    }

    void theCommandLineManagesActors()
    {
        SKIP_ON_SERVER("the command line is tested on a file");
        const QUuid from = m_project->ensureActor(QStringLiteral("Anthropic PBC"))->id;
        const QUuid into = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const Annotation a = stored(QStringLiteral("Chip smuggling into China"), from);
        stored(QStringLiteral("a major threat"), from);
        stored(QStringLiteral("tall tales"), into);
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();

        CliResult listed = runCounterpoint({QStringLiteral("actors"), path});
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("\\b2  Anthropic PBC"))),
                 qPrintable(listed.out));
        CliResult described =
            runCounterpoint({QStringLiteral("actors"), path, QStringLiteral("describe"),
                             QStringLiteral("anthropic"), QStringLiteral("AI lab")});
        QCOMPARE(described.status, 0);
        CliResult merged =
            runCounterpoint({QStringLiteral("actors"), path, QStringLiteral("merge"),
                             QStringLiteral("Anthropic PBC"), QStringLiteral("Anthropic")});
        QVERIFY2(merged.status == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(u"2 annotations changed"), qPrintable(merged.out));
        CliResult renamed =
            runCounterpoint({QStringLiteral("actors"), path, QStringLiteral("rename"),
                             QStringLiteral("Anthropic"), QStringLiteral("Anthropic PBC")});
        QCOMPARE(renamed.status, 0);
        listed = runCounterpoint({QStringLiteral("actors"), path});
        QVERIFY2(listed.out.contains(
                     QRegularExpression(QStringLiteral("\\b3  Anthropic PBC\\s+AI lab"))),
                 qPrintable(listed.out));
        CliResult missing = runCounterpoint(
            {QStringLiteral("actors"), path, QStringLiteral("delete"), QStringLiteral("Intel")});
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err.count(u'\n'), 1);
        QVERIFY(missing.err.contains(u"Intel"));
        CliResult usage = runCounterpoint(
            {QStringLiteral("actors"), path, QStringLiteral("merge"), QStringLiteral("Intel")});
        QCOMPARE(usage.status, 2);
        CliResult deleted =
            runCounterpoint({QStringLiteral("actors"), path, QStringLiteral("delete"),
                             QStringLiteral("anthropic pbc")});
        QCOMPARE(deleted.status, 0);
        QVERIFY(deleted.out.contains(u"3 annotations changed"));
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->actors()->size(), 0);
        QCOMPARE((*reopened)->annotation(a.id)->actorId, QUuid());
    }

    void theCommandLineManagesSets()
    {
        SKIP_ON_SERVER("the command line is tested on a file");
        const QUuid bob = m_project->ensureAnnotationSet(QStringLiteral("Bob"))->id;
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"), {}, bob);
        const Annotation rebuttal =
            stored(QStringLiteral("tall tales"), {}, {}, AnnotationKind::Counterclaim);
        QVERIFY(m_project->addRelation(link(rebuttal.id, claim.id, RelationKind::Rebuts)));
        QVERIFY(m_project->setAnnotationSetOwner(bob, QStringLiteral("bob")));
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();

        CliResult created = runCounterpoint(
            {QStringLiteral("sets"), path, QStringLiteral("create"), QStringLiteral("Carol")});
        QVERIFY2(created.status == 0, qPrintable(created.err));
        CliResult again = runCounterpoint(
            {QStringLiteral("sets"), path, QStringLiteral("create"), QStringLiteral("carol")});
        QCOMPARE(again.status, 1);
        QCOMPARE(again.err.count(u'\n'), 1);
        CliResult renamed =
            runCounterpoint({QStringLiteral("sets"), path, QStringLiteral("rename"),
                             QStringLiteral("Carol"), QStringLiteral("Carol's pass")});
        QCOMPARE(renamed.status, 0);
        CliResult listed = runCounterpoint({QStringLiteral("sets"), path});
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("\\b1  Bob\\s+bob"))),
                 qPrintable(listed.out));
        QVERIFY(listed.out.contains(QRegularExpression(QStringLiteral("\\b0  Carol's pass"))));
        QVERIFY(listed.out.contains(u"default"));
        CliResult deleted = runCounterpoint(
            {QStringLiteral("sets"), path, QStringLiteral("delete"), QStringLiteral("Bob")});
        QVERIFY2(deleted.status == 0, qPrintable(deleted.err));
        QVERIFY2(deleted.out.contains(u"1 annotation deleted, 1 link, 0 verdicts"),
                 qPrintable(deleted.out));
        CliResult defaultSet = runCounterpoint(
            {QStringLiteral("sets"), path, QStringLiteral("delete"), QStringLiteral("Default")});
        QCOMPARE(defaultSet.status, 1);
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QVERIFY(!(*reopened)->annotation(claim.id));
        QVERIFY((*reopened)->annotation(rebuttal.id));
        QCOMPARE((*reopened)->annotationSets()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestManagers)
#include "tst_managers.moc"
