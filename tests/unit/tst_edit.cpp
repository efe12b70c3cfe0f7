// The edit commands on their own, through the undo history: each one's redo and undo return the
// project to exactly the state before and after, comment typing merges into one step and nothing
// else does, and a step the project refuses to undo or redo leaves the history with a message.
#include "TestSupport.h"

#include "anchor/ArticleUpdater.h"
#include "edit/AnnotationCommands.h"
#include "edit/ArticleCommands.h"
#include "edit/BulkEdit.h"
#include "edit/CommandGroup.h"
#include "edit/EditHistory.h"
#include "edit/NameCommands.h"
#include "edit/PassageCommands.h"
#include "edit/VerdictCommands.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// What an edit can change, read back from the project: compared before and after each step.
struct Snapshot
{
    QList<Annotation> annotations;
    QList<Relation> relations;
    QList<Actor> actors;
    QList<Tag> tags;
    QList<DismissedPassage> dismissed;
    QList<Verdict> verdicts;
    QStringList texts;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshotOf(const Project &project)
{
    Snapshot snapshot;
    snapshot.annotations = *project.annotations();
    // When it was last modified is not what an undo restores: a redo is a modification too.
    for (Annotation &annotation : snapshot.annotations)
        annotation.modified = QDateTime();
    snapshot.relations = *project.relations();
    snapshot.actors = *project.actors();
    snapshot.tags = *project.tags();
    snapshot.dismissed = *project.dismissedPassages();
    snapshot.verdicts = *project.verdicts();
    for (const ArticleSummary &summary : *project.articleSummaries())
        snapshot.texts.append(*project.articleText(summary.id));
    return snapshot;
}

// A bulk edit's name in the history, as the user's language gives it.
QString bulkText(const char *message, int count)
{
    return QCoreApplication::translate("counterpoint::BulkEdit", message, nullptr, count);
}

} // namespace

class TestEdit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditHistory> m_history;
    QUuid m_article;
    QString m_text;

    Annotation on(const QString &exact, AnnotationKind kind = AnnotationKind::Claim) const
    {
        Annotation annotation;
        annotation.articleId = m_article;
        annotation.kind = kind;
        annotation.start = int(m_text.indexOf(exact));
        annotation.end = annotation.start + int(exact.size());
        return annotation;
    }

    Annotation stored(const QString &exact, AnnotationKind kind = AnnotationKind::Claim) const
    {
        auto added = m_project->addAnnotation(on(exact, kind));
        return added ? *added : Annotation();
    }

    // Performs the command, then undoes and redoes it twice: each undo must give back the state
    // before, each redo the state after.
    void roundTrip(std::unique_ptr<ProjectCommand> command, const QString &expectedText)
    {
        const Snapshot before = snapshotOf(*m_project);
        QVERIFY(m_history->perform(std::move(command)));
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
        QFile::remove(m_dir.filePath(QStringLiteral("edit.counterpoint")));
        m_project = createProject(m_dir, QStringLiteral("edit.counterpoint"));
        QVERIFY(m_project);
        m_history = std::make_unique<EditHistory>();
        m_article = importArticle(*m_project,
                                  sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!m_article.isNull());
        m_text = *m_project->articleText(m_article);
    }

    void cleanup()
    {
        m_history.reset(); // its commands refer to the project
        m_project.reset();
    }

    void addAnnotationRoundTrip()
    {
        const Annotation draft = on(QStringLiteral("Chip smuggling into China"));
        auto command = std::make_unique<AddAnnotationCommand>(*m_project, draft);
        AddAnnotationCommand *added = command.get();
        roundTrip(std::move(command), QStringLiteral("Tag as claim"));
        // Redo brings the annotation back with the id it was given, not a new one.
        QVERIFY(m_project->annotation(added->annotation().id));
        QCOMPARE(m_project->annotations()->size(), 1);
    }

    void updateAnnotationRoundTripForEveryField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        using Field = UpdateAnnotationCommand::Field;
        QTest::newRow("kind") << int(Field::Kind) << QStringLiteral("Change kind");
        QTest::newRow("actor") << int(Field::Actor) << QStringLiteral("Change actor");
        QTest::newRow("tags") << int(Field::Tags) << QStringLiteral("Change tags");
        QTest::newRow("set") << int(Field::Set) << QStringLiteral("Move to set");
        QTest::newRow("comment") << int(Field::Comment) << QStringLiteral("Edit comment");
        QTest::newRow("range") << int(Field::Range) << QStringLiteral("Re-attach passage");
    }

    void updateAnnotationRoundTripForEveryField()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        using Field = UpdateAnnotationCommand::Field;
        const Annotation before = stored(QStringLiteral("Chip smuggling into China"));
        QVERIFY(!before.id.isNull());
        Annotation after = before;
        switch (Field(field)) {
        case Field::Kind:
            after.kind = AnnotationKind::Counterclaim;
            break;
        case Field::Actor:
            after.actorId = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
            break;
        case Field::Tags:
            after.tagIds = {m_project->ensureTag(QStringLiteral("smuggling"))->id};
            break;
        case Field::Set:
            after.setId = m_project->ensureAnnotationSet(QStringLiteral("Second pass"))->id;
            break;
        case Field::Comment:
            after.comment = QStringLiteral("The briefing's own words");
            break;
        case Field::Range: {
            const QString other = QStringLiteral("a major threat to US export controls");
            after.start = int(m_text.indexOf(other));
            after.end = after.start + int(other.size());
            break;
        }
        case Field::Other:
            break;
        }
        roundTrip(
            std::make_unique<UpdateAnnotationCommand>(*m_project, before, after, Field(field)),
            text);
    }

    void removeAnnotationRoundTripBringsBackItsLinks()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation rebuttal =
            stored(QStringLiteral("tall tales"), AnnotationKind::Counterclaim);
        Relation relation;
        relation.fromId = rebuttal.id;
        relation.toId = claim.id;
        relation.kind = RelationKind::Rebuts;
        QVERIFY(m_project->addRelation(relation));
        roundTrip(std::make_unique<RemoveAnnotationCommand>(*m_project, claim),
                  QStringLiteral("Delete claim"));
        m_history->stack()->undo();
        QCOMPARE(m_project->relationsOf(claim.id)->size(), 1);
    }

    // Issue 15 item 10: giving, changing and taking away a verdict are one step each.
    void verdictRoundTripGiveChangeRemove()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        Verdict given;
        given.annotationId = claim.id;
        given.rating = QStringLiteral("Misleading");
        given.ratingValue = 2;
        given.reviewer = QStringLiteral("Full Fact");
        given.date = QDate(2026, 12, 1);
        roundTrip(std::make_unique<SetVerdictCommand>(*m_project, claim.id, std::nullopt, given),
                  QStringLiteral("Give verdict: Misleading"));
        m_history->clear();
        Verdict changed = given;
        changed.url = QStringLiteral("https://fullfact.example/chips");
        roundTrip(std::make_unique<SetVerdictCommand>(*m_project, claim.id, given, changed),
                  QStringLiteral("Change verdict"));
        m_history->clear();
        roundTrip(std::make_unique<SetVerdictCommand>(*m_project, claim.id, changed, std::nullopt),
                  QStringLiteral("Remove verdict"));
    }

    // Deleting a reviewed claim and undoing it brings its verdict back.
    void removeAnnotationRoundTripBringsBackItsVerdict()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        Verdict verdict;
        verdict.annotationId = claim.id;
        verdict.rating = QStringLiteral("False");
        verdict.ratingValue = 1;
        QVERIFY(m_project->setVerdict(verdict));
        roundTrip(std::make_unique<RemoveAnnotationCommand>(*m_project, claim),
                  QStringLiteral("Delete claim"));
        m_history->stack()->undo();
        QCOMPARE(m_project->verdict(claim.id)->value(), verdict);
    }

    // A verdict changed elsewhere after this step: its undo is refused with a message and the
    // verdict stays as the other change left it.
    void aVerdictChangedElsewhereIsNotUndone()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        Verdict given;
        given.annotationId = claim.id;
        given.rating = QStringLiteral("Mixed");
        given.ratingValue = 3;
        QVERIFY(m_history->perform(
            std::make_unique<SetVerdictCommand>(*m_project, claim.id, std::nullopt, given)));
        Verdict elsewhere = given;
        elsewhere.rating = QStringLiteral("Accurate");
        elsewhere.ratingValue = 5;
        QVERIFY(m_project->setVerdict(elsewhere));
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        m_history->stack()->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("The verdict on this claim was changed elsewhere in the "
                                "meantime; it is left as it is now."));
        QCOMPARE(m_project->verdict(claim.id)->value(), elsewhere);
    }

    void addAndRemoveRelationRoundTrip()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation source = stored(QStringLiteral("live lobsters"), AnnotationKind::Source);
        Relation draft;
        draft.fromId = source.id;
        draft.toId = claim.id;
        draft.kind = RelationKind::Supports;
        auto command = std::make_unique<AddRelationCommand>(*m_project, draft);
        AddRelationCommand *added = command.get();
        roundTrip(std::move(command), QStringLiteral("Link: supports"));
        const Relation relation = added->relation();

        m_history->clear();
        roundTrip(std::make_unique<RemoveRelationCommand>(*m_project, relation),
                  QStringLiteral("Remove link"));
    }

    void addActorAndTagRoundTrip()
    {
        roundTrip(
            std::make_unique<AddActorCommand>(*m_project, Actor{{}, QStringLiteral("Nvidia"), {}}),
            QStringLiteral("New actor “Nvidia”"));
        m_history->clear();
        auto command =
            std::make_unique<AddTagCommand>(*m_project, Tag{{}, QStringLiteral("lobsters"), {}});
        AddTagCommand *added = command.get();
        roundTrip(std::move(command), QStringLiteral("New tag “lobsters”"));
        // The colour the project gave it comes back with the redo.
        QCOMPARE(m_project->tags()->first().color, added->tag().color);
        QVERIFY(added->tag().color.isValid());
    }

    void dismissPassageRoundTrip()
    {
        const QUuid second = importArticle(
            *m_project, sampleArticlesDir() + QStringLiteral("/nvidia-denies-tall-tales.html"));
        QVERIFY(!second.isNull());
        roundTrip(std::make_unique<DismissPassageCommand>(
                      *m_project, DismissedPassage{m_article, second, QStringLiteral("key")}),
                  QStringLiteral("Dismiss shared passage"));
    }

    void updateArticleRoundTrip()
    {
        const Annotation kept = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation lost = stored(QStringLiteral("live lobsters"));
        QString newer = m_text;
        newer.replace(QStringLiteral("GPUs shipped alongside live lobsters"),
                      QStringLiteral("GPUs shipped in crates"));
        const QString path = m_dir.filePath(QStringLiteral("briefing-2.txt"));
        QVERIFY(writeFile(path, newer.toUtf8()));
        auto update = ArticleUpdater(*m_project).prepare(m_article, path);
        QVERIFY2(update, qPrintable(update.errorMessage()));
        const QString title = m_project->article(m_article)->title;
        auto command = UpdateArticleCommand::create(*m_project, *update);
        QVERIFY(command);
        roundTrip(std::move(command).value(), QStringLiteral("Update “%1”").arg(title));
        QCOMPARE(toString(m_project->annotation(lost.id)->anchorState),
                 toString(AnchorState::Orphaned));
        QCOMPARE(toString(m_project->annotation(kept.id)->anchorState),
                 toString(AnchorState::Exact));
    }

    void aGroupIsOneStepAllOrNothing()
    {
        const Annotation before = stored(QStringLiteral("Chip smuggling into China"));
        auto tag = std::make_unique<AddTagCommand>(*m_project, Tag{{}, QStringLiteral("new"), {}});
        Annotation after = before;
        after.tagIds = {tag->tag().id};
        auto group = std::make_unique<CommandGroup>(*m_project, QStringLiteral("Change tags"));
        group->add(std::move(tag));
        group->add(std::make_unique<UpdateAnnotationCommand>(*m_project, before, after,
                                                             UpdateAnnotationCommand::Field::Tags));
        QCOMPARE(group->partCount(), 2);
        roundTrip(std::move(group), QStringLiteral("Change tags"));

        // A group whose second part is refused leaves nothing of its first part behind.
        m_history->clear();
        const Snapshot unchanged = snapshotOf(*m_project);
        auto refused = std::make_unique<CommandGroup>(*m_project, QStringLiteral("Refused"));
        refused->add(std::make_unique<AddActorCommand>(*m_project,
                                                       Actor{{}, QStringLiteral("Someone"), {}}));
        Annotation nowhere = on(QStringLiteral("Chip smuggling"));
        nowhere.start = int(m_text.size()) + 10; // past the end of the text
        nowhere.end = nowhere.start + 5;
        refused->add(std::make_unique<AddAnnotationCommand>(*m_project, nowhere));
        QVERIFY(!m_history->perform(std::move(refused)));
        QVERIFY(snapshotOf(*m_project) == unchanged);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    // Issue 16 item 4: a bulk edit of the list's rows is one step: kind, actor, tags and set on
    // each row chosen, undone and redone as one.
    void aBulkEditIsOneStep()
    {
        const Annotation first = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation second = stored(QStringLiteral("live lobsters"), AnnotationKind::Note);
        const Annotation third = stored(QStringLiteral("tall tales"));
        const QUuid kept = m_project->ensureTag(QStringLiteral("kept"))->id;
        const QUuid dropped = m_project->ensureTag(QStringLiteral("dropped"))->id;
        Annotation tagged = third;
        tagged.tagIds = {kept, dropped};
        tagged = *m_project->updateAnnotation(tagged, third.version);

        BulkChange change;
        change.kind = AnnotationKind::Counterclaim;
        change.actorId = m_project->ensureActor(QStringLiteral("Anthropic"))->id;
        const QUuid added = m_project->ensureTag(QStringLiteral("added"))->id;
        change.addTagIds = {added};
        change.removeTagIds = {dropped};
        change.setId = m_project->ensureAnnotationSet(QStringLiteral("Second pass"))->id;
        auto command = bulkEditCommand(*m_project, {first, second, tagged}, change);
        QVERIFY(command);
        QCOMPARE(command->partCount(), 3);
        roundTrip(std::move(command), bulkText("Edit %n Annotation(s)", 3));
        for (const QUuid &id : {first.id, second.id, third.id}) {
            const Annotation now = *m_project->annotation(id);
            QCOMPARE(toString(now.kind), toString(AnnotationKind::Counterclaim));
            QCOMPARE(now.actorId, *change.actorId);
            QCOMPARE(now.setId, *change.setId);
            QVERIFY(now.tagIds.contains(added));
            QVERIFY(!now.tagIds.contains(dropped));
        }
        const QList<QUuid> thirdTags = m_project->annotation(third.id)->tagIds;
        QCOMPARE(QSet<QUuid>(thirdTags.cbegin(), thirdTags.cend()), (QSet<QUuid>{kept, added}));
        QCOMPARE(m_project->annotation(first.id)->comment, QString()); // nothing else touched

        // Clearing the actor is a change of its own; rows it leaves as they are are left out.
        BulkChange nobody;
        nobody.actorId = QUuid();
        const Annotation now = *m_project->annotation(first.id);
        QVERIFY(!bulkEditCommand(*m_project, {first}, BulkChange()));
        auto cleared = bulkEditCommand(*m_project, {now}, nobody);
        QVERIFY(cleared);
        QVERIFY(m_history->perform(std::move(cleared)));
        QVERIFY(m_project->annotation(first.id)->actorId.isNull());
    }

    // A row changed elsewhere since it was read refuses the whole step: nothing of the other rows
    // is changed, the history has no new step, and its older steps still undo.
    void aBulkEditWithOneStaleRowChangesNothing()
    {
        const Annotation first = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation second = stored(QStringLiteral("live lobsters"));
        Annotation rekinded = first;
        rekinded.kind = AnnotationKind::Note;
        QVERIFY(m_history->perform(std::make_unique<UpdateAnnotationCommand>(
            *m_project, first, rekinded, UpdateAnnotationCommand::Field::Kind)));
        const Annotation firstNow = *m_project->annotation(first.id);
        // Another window changes the second after this one read it.
        Annotation elsewhere = second;
        elsewhere.comment = QStringLiteral("theirs");
        QVERIFY(m_project->updateAnnotation(elsewhere, second.version));
        const Snapshot unchanged = snapshotOf(*m_project);

        BulkChange change;
        change.kind = AnnotationKind::Source;
        Status done = m_history->perform(bulkEditCommand(*m_project, {firstNow, second}, change));
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::Conflict);
        QVERIFY2(done.errorMessage().contains(u"Nothing was changed"),
                 qPrintable(done.errorMessage()));
        QVERIFY(snapshotOf(*m_project) == unchanged);
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo(); // made on the version the refused step had raised and lost
        QCOMPARE(toString(m_project->annotation(first.id)->kind), toString(AnnotationKind::Claim));
        QCOMPARE(m_history->stack()->count(), 1);

        // A stale row that the change would leave as it is refuses the step too: it was chosen
        // as it was seen.
        const Annotation note = stored(QStringLiteral("prosthetic belly"), AnnotationKind::Note);
        BulkChange toClaim;
        toClaim.kind = AnnotationKind::Claim; // what the stale second is already
        auto refused = bulkEditCommand(*m_project, {note, second}, toClaim);
        QVERIFY(refused);
        QCOMPARE(refused->text(), bulkText("Edit %n Annotation(s)", 1));
        done = m_history->perform(std::move(refused));
        QCOMPARE(done.error().code, Error::Code::Conflict);
        QCOMPARE(toString(m_project->annotation(note.id)->kind), toString(AnnotationKind::Note));

        // So does one deleted elsewhere, for a bulk delete too.
        const Annotation third = stored(QStringLiteral("tall tales"));
        const Annotation fourth = stored(QStringLiteral("a major threat to US export controls"));
        QVERIFY(m_project->removeAnnotation(fourth.id));
        const Snapshot before = snapshotOf(*m_project);
        QVERIFY(!m_history->perform(bulkDeleteCommand(*m_project, {third, fourth})));
        QVERIFY(snapshotOf(*m_project) == before);
    }

    // A bulk delete is one step and brings back every annotation with its links, also the links
    // between two of the deleted.
    void aBulkDeleteIsOneStepWithTheLinks()
    {
        const Annotation claim = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation rebuttal =
            stored(QStringLiteral("tall tales"), AnnotationKind::Counterclaim);
        const Annotation other = stored(QStringLiteral("live lobsters"));
        const Annotation stays = stored(QStringLiteral("a major threat to US export controls"));
        for (const auto &[from, to] :
             {std::pair(rebuttal.id, claim.id), std::pair(stays.id, other.id)}) {
            Relation relation;
            relation.fromId = from;
            relation.toId = to;
            relation.kind = RelationKind::Rebuts;
            QVERIFY(m_project->addRelation(relation));
        }
        auto command = bulkDeleteCommand(*m_project, {claim, rebuttal, other});
        QVERIFY(command);
        roundTrip(std::move(command), bulkText("Delete %n Annotation(s)", 3));
        QCOMPARE(m_project->annotations()->size(), 1);
        m_history->stack()->undo();
        QCOMPARE(m_project->annotations()->size(), 4);
        QCOMPARE(m_project->relations()->size(), 2);
    }

    void commentTypingMergesIntoOneStep()
    {
        const Annotation first = stored(QStringLiteral("Chip smuggling into China"));
        const Annotation second = stored(QStringLiteral("live lobsters"));
        using Field = UpdateAnnotationCommand::Field;
        Annotation state = first;
        for (const QString &typed : {QStringLiteral("T"), QStringLiteral("Ta"),
                                     QStringLiteral("Tal"), QStringLiteral("Tall")}) {
            Annotation next = state;
            next.comment = typed;
            QVERIFY(m_history->perform(std::make_unique<UpdateAnnotationCommand>(
                *m_project, state, next, Field::Comment)));
            state = *m_project->annotation(first.id);
        }
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(m_project->annotation(first.id)->comment, QStringLiteral("Tall"));
        m_history->stack()->undo();
        QCOMPARE(m_project->annotation(first.id)->comment, QString());
        m_history->stack()->redo();
        QCOMPARE(m_project->annotation(first.id)->comment, QStringLiteral("Tall"));

        // Another annotation's comment is a step of its own, and so is any other field.
        Annotation commented = second;
        commented.comment = QStringLiteral("x");
        QVERIFY(m_history->perform(std::make_unique<UpdateAnnotationCommand>(
            *m_project, second, commented, Field::Comment)));
        QCOMPARE(m_history->stack()->count(), 2);
        const Annotation now = *m_project->annotation(second.id);
        Annotation rekinded = now;
        rekinded.kind = AnnotationKind::Note;
        QVERIFY(m_history->perform(
            std::make_unique<UpdateAnnotationCommand>(*m_project, now, rekinded, Field::Kind)));
        // Each step is made on the annotation as stored (its version): a step made on a copy read
        // before the last change would be refused as stale.
        const Annotation stored = *m_project->annotation(second.id);
        Annotation rekindedAgain = stored;
        rekindedAgain.kind = AnnotationKind::Source;
        QVERIFY(m_history->perform(std::make_unique<UpdateAnnotationCommand>(
            *m_project, stored, rekindedAgain, Field::Kind)));
        QCOMPARE(m_history->stack()->count(), 4);
    }

    void aRefusedUndoLeavesTheHistoryWithAMessage()
    {
        auto command = std::make_unique<AddAnnotationCommand>(
            *m_project, on(QStringLiteral("Chip smuggling into China")));
        AddAnnotationCommand *added = command.get();
        QVERIFY(m_history->perform(std::move(command)));
        const QUuid id = added->annotation().id;
        // Another client removes the annotation behind the history's back: undoing the tagging
        // can no longer remove it.
        QVERIFY(m_project->removeAnnotation(id));
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("Undo of .* refused"));
        m_history->stack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_history->stack()->count(), 0); // the step is gone, not claimed as undoable
        QVERIFY(!m_history->stack()->canRedo());
    }

    void aRefusedEditNeverEntersTheHistory()
    {
        const QString path = m_project->filePath();
        m_history.reset();
        m_project.reset();
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = Project::open(path, readOnly);
        QVERIFY(opened);
        m_project = std::move(opened).value();
        m_history = std::make_unique<EditHistory>();
        Status done = m_history->perform(std::make_unique<AddAnnotationCommand>(
            *m_project, on(QStringLiteral("Chip smuggling into China"))));
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::ReadOnly);
        QCOMPARE(m_history->stack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEdit)
#include "tst_edit.moc"
