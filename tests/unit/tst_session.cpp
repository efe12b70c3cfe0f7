// The session the window works through, without a window: each edit verb is one undo step that
// is done or refused with a message, a new actor or tag named while editing goes in the same
// step as its use, the read model follows the project (reset() included), and an annotation
// import is one bulk write that ends the undo history.
#include "TestSupport.h"

#include "edit/EditHistory.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;

class TestSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    QUuid m_article;
    QString m_text;

    Project &project() const { return m_session->project(); }
    QUndoStack *stack() const { return m_session->history().stack(); }

    Result<Annotation> tag(const QString &exact, AnnotationKind kind = AnnotationKind::Claim)
    {
        const int start = int(m_text.indexOf(exact));
        return m_session->tagPassage(m_article, start, start + int(exact.size()), kind);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session.reset();
        const QString path = m_dir.filePath(QStringLiteral("session.counterpoint"));
        QFile::remove(path);
        OpenOptions options;
        options.createIfMissing = true;
        auto opened = ProjectSession::open(path, options);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_session = std::move(opened).value();
        m_article =
            importArticle(project(), sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!m_article.isNull());
        m_text = *project().articleText(m_article);
    }

    void cleanup() { m_session.reset(); }

    void opensWithAMessageWhenItCannot()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.counterpoint"));
        QVERIFY(writeFile(bad, "not a database at all, just notes\n"));
        auto opened = ProjectSession::open(bad);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("notes.counterpoint")),
                 qPrintable(opened.errorMessage()));
    }

    void tagsAPassageAsOneStep()
    {
        auto tagged = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY2(tagged, qPrintable(tagged.errorMessage()));
        QCOMPARE(tagged->quote.exact, QStringLiteral("Chip smuggling into China"));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Tag as claim"));
        stack()->undo();
        QVERIFY(!project().annotation(tagged->id));
        stack()->redo();
        QVERIFY(project().annotation(tagged->id));
    }

    void aRefusedVerbSaysWhyAndRecordsNothing()
    {
        auto outside = m_session->tagPassage(m_article, int(m_text.size()) + 5,
                                             int(m_text.size()) + 9, AnnotationKind::Claim);
        QVERIFY(!outside);
        QVERIFY(!outside.errorMessage().isEmpty());
        Status gone = m_session->changeKind(QUuid::createUuid(), AnnotationKind::Note);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(!m_session->deleteAnnotation({}));
        QVERIFY(!m_session->unlink(QUuid::createUuid()));
        QCOMPARE(stack()->count(), 0);
    }

    void anEditThatChangesNothingRecordsNothing()
    {
        auto tagged = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY(tagged);
        QVERIFY(m_session->changeKind(tagged->id, AnnotationKind::Claim));
        QVERIFY(m_session->setActorNamed(tagged->id, QString()));
        QCOMPARE(stack()->count(), 1);
    }

    void aNewActorAndItsUseAreOneUndoStep()
    {
        auto tagged = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY(tagged);
        QVERIFY(m_session->setActorNamed(tagged->id, QStringLiteral("  Anthropic ")));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(project().actors()->size(), 1);
        const Actor actor = project().actors()->first();
        QCOMPARE(actor.name, QStringLiteral("Anthropic"));
        QCOMPARE(project().annotation(tagged->id)->actorId, actor.id);
        QCOMPARE(m_session->readModel().actorName(actor.id), QStringLiteral("Anthropic"));

        stack()->undo(); // one undo: the actor is off the annotation and gone from the project
        QVERIFY(project().annotation(tagged->id)->actorId.isNull());
        QVERIFY(project().actors()->isEmpty());
        QVERIFY(m_session->readModel().actors().isEmpty());
        stack()->redo();
        QCOMPARE(project().annotation(tagged->id)->actorId, actor.id);
        QCOMPARE(project().actors()->size(), 1);

        // A name the project knows, in any case, is that actor: no second one.
        auto other = tag(QStringLiteral("live lobsters"));
        QVERIFY(other);
        QVERIFY(m_session->setActorNamed(other->id, QStringLiteral("anthropic")));
        QCOMPARE(project().actors()->size(), 1);
        QCOMPARE(project().annotation(other->id)->actorId, actor.id);
        QCOMPARE(stack()->undoText(), QStringLiteral("Change actor"));
    }

    void aNewTagAndItsUseAreOneUndoStep()
    {
        auto tagged = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY(tagged);
        QVERIFY(m_session->addTagNamed(tagged->id, QStringLiteral("export controls")));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(stack()->undoText(), QStringLiteral("Change tags"));
        const QList<Tag> tags = *project().tags();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(project().annotation(tagged->id)->tagIds, QList<QUuid>{tags.first().id});
        QCOMPARE(m_session->readModel().tagNames({tags.first().id}),
                 QStringLiteral("export controls"));

        stack()->undo(); // both go: the tag from the annotation and from the project
        QVERIFY(project().annotation(tagged->id)->tagIds.isEmpty());
        QVERIFY(project().tags()->isEmpty());
        QVERIFY(m_session->readModel().tags().isEmpty());
        stack()->redo();
        QCOMPARE(project().annotation(tagged->id)->tagIds, QList<QUuid>{tags.first().id});
        QCOMPARE(project().tags()->first().color, tags.first().color);

        // Taking it off again and putting it back are single steps, without a new tag.
        QVERIFY(m_session->setTag(tagged->id, tags.first().id, false));
        QVERIFY(m_session->addTagNamed(tagged->id, QStringLiteral("Export Controls")));
        QCOMPARE(project().tags()->size(), 1);
        QCOMPARE(stack()->count(), 4);
        QVERIFY(!m_session->addTagNamed(tagged->id, QStringLiteral("   ")));
    }

    void editsEveryFieldUndoably()
    {
        auto tagged = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY(tagged);
        const QUuid id = tagged->id;
        auto set = project().ensureAnnotationSet(QStringLiteral("Second pass"));
        QVERIFY(set);
        QVERIFY(m_session->changeKind(id, AnnotationKind::Counterclaim));
        QVERIFY(m_session->moveToSet(id, set->id));
        QVERIFY(m_session->setComment(id, QStringLiteral("Th")));
        QVERIFY(m_session->setComment(id, QStringLiteral("The briefing")));
        const QString other = QStringLiteral("a major threat to US export controls");
        const int start = int(m_text.indexOf(other));
        QVERIFY(m_session->reattach(id, start, start + int(other.size())));
        const Annotation now = *project().annotation(id);
        QCOMPARE(toString(now.kind), toString(AnnotationKind::Counterclaim));
        QCOMPARE(now.setId, set->id);
        QCOMPARE(now.comment, QStringLiteral("The briefing"));
        QCOMPARE(now.quote.exact, other);
        QCOMPARE(stack()->count(), 5); // tag, kind, set, comment (typed twice: merged), range
        for (int i = 0; i < 4; ++i)
            stack()->undo();
        const Annotation back = *project().annotation(id);
        QCOMPARE(toString(back.kind), toString(AnnotationKind::Claim));
        QCOMPARE(back.setId, tagged->setId);
        QCOMPARE(back.comment, QString());
        QCOMPARE(back.quote.exact, QStringLiteral("Chip smuggling into China"));
        QVERIFY(!m_session->reattach(id, 10, 10)); // no passage chosen
    }

    void linksUnlinksAndDeletesWithTheReadModelFollowing()
    {
        auto claim = tag(QStringLiteral("Chip smuggling into China"));
        auto source = tag(QStringLiteral("live lobsters"), AnnotationKind::Source);
        QVERIFY(claim && source);
        QSignalSpy relationsChanged(&m_session->readModel(), &ProjectReadModel::relationsChanged);
        auto linked = m_session->link(source->id, claim->id, RelationKind::Supports);
        QVERIFY2(linked, qPrintable(linked.errorMessage()));
        QCOMPARE(m_session->readModel().relations().size(), 1);
        QCOMPARE(m_session->readModel().relationsOf(claim->id).first().id, linked->id);
        QVERIFY(relationsChanged.size() >= 1);

        QVERIFY(!m_session->link(claim->id, claim->id, RelationKind::Rebuts)); // refused
        QVERIFY(m_session->unlink(linked->id));
        QVERIFY(m_session->readModel().relations().isEmpty());
        stack()->undo();
        QCOMPARE(m_session->readModel().relations().size(), 1);

        // Deleting an annotation takes its links; one undo brings both back.
        QVERIFY(m_session->deleteAnnotation(claim->id));
        QVERIFY(m_session->readModel().relations().isEmpty());
        QVERIFY(!project().annotation(claim->id));
        stack()->undo();
        QVERIFY(project().annotation(claim->id));
        QCOMPARE(m_session->readModel().relations().size(), 1);
    }

    void linksASharedPassageAsOneStep()
    {
        const QUuid second = importArticle(
            project(), sampleArticlesDir() + QStringLiteral("/nvidia-denies-tall-tales.html"));
        QVERIFY(!second.isNull());
        const QString secondText = *project().articleText(second);
        // A passage both articles share, as the finder would report it.
        const QString shared = QStringLiteral("tall tales");
        SameClaimSuggestion suggestion;
        suggestion.passage.firstArticle = m_article;
        suggestion.passage.secondArticle = second;
        suggestion.passage.key = QStringLiteral("tall-tales");
        suggestion.passage.match.firstStart = int(m_text.indexOf(shared));
        suggestion.passage.match.firstEnd =
            suggestion.passage.match.firstStart + int(shared.size());
        suggestion.passage.match.secondStart = int(secondText.indexOf(shared));
        suggestion.passage.match.secondEnd =
            suggestion.passage.match.secondStart + int(shared.size());
        QVERIFY(suggestion.passage.match.firstStart >= 0 &&
                suggestion.passage.match.secondStart >= 0);
        auto existing = tag(shared, AnnotationKind::Counterclaim);
        QVERIFY(existing);
        suggestion.firstAnnotation = existing->id;

        auto linked = m_session->linkSharedPassage(suggestion);
        QVERIFY2(linked, qPrintable(linked.errorMessage()));
        QCOMPARE(toString(linked->kind), toString(RelationKind::SameClaim));
        auto made = project().annotation(linked->fromId);
        QVERIFY(made);
        QCOMPARE(made->articleId, second);
        QCOMPARE(toString(made->kind), toString(AnnotationKind::Counterclaim)); // as the other
        QCOMPARE(stack()->count(), 2);
        stack()->undo(); // the new annotation and the link, together
        QVERIFY(!project().annotation(linked->fromId));
        QVERIFY(project().relations()->isEmpty());
        QVERIFY(project().annotation(existing->id));

        QVERIFY(m_session->dismissPassage(suggestion.passage));
        QCOMPARE(project().dismissedPassages()->size(), 1);
        stack()->undo();
        QVERIFY(project().dismissedPassages()->isEmpty());
    }

    void importsArticlesAndSaysWhichFailed()
    {
        const QString binary = m_dir.filePath(QStringLiteral("binary.txt"));
        QVERIFY(writeFile(binary, QByteArray("\x00\x01\x02\xff\xfe", 5)));
        const ArticleImportSummary summary = m_session->importArticles(
            {sampleArticlesDir() + QStringLiteral("/nvidia-denies-tall-tales.html"), binary,
             sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt")});
        QCOMPARE(summary.added, 1); // the briefing was there already
        QCOMPARE(summary.lastArticle, m_article);
        QCOMPARE(summary.problems.size(), 1);
        QVERIFY2(summary.problems.first().contains(QStringLiteral("binary.txt")),
                 qPrintable(summary.problems.first()));
        QCOMPARE(m_session->readModel().articleSummaries().size(), 2);
    }

    void updatesAnArticleAsOneStep()
    {
        auto lost = tag(QStringLiteral("live lobsters"));
        QVERIFY(lost);
        QString newer = m_text;
        newer.replace(QStringLiteral("GPUs shipped alongside live lobsters"),
                      QStringLiteral("GPUs shipped in crates"));
        const QString path = m_dir.filePath(QStringLiteral("briefing-2.txt"));
        QVERIFY(writeFile(path, newer.toUtf8()));
        auto update = m_session->prepareArticleUpdate(m_article, path);
        QVERIFY2(update, qPrintable(update.errorMessage()));
        QCOMPARE(update->summary.orphaned, 1);
        QCOMPARE(*project().articleText(m_article), m_text); // nothing written yet
        QVERIFY(m_session->applyArticleUpdate(*update));
        QCOMPARE(toString(project().annotation(lost->id)->anchorState),
                 toString(AnchorState::Orphaned));
        stack()->undo();
        QCOMPARE(*project().articleText(m_article), m_text);
        QVERIFY(!m_session->prepareArticleUpdate(m_article, m_dir.filePath("missing.txt")));
    }

    void theReadModelReloadsOnReset()
    {
        QSignalSpy names(&m_session->readModel(), &ProjectReadModel::namesChanged);
        QSignalSpy relations(&m_session->readModel(), &ProjectReadModel::relationsChanged);
        auto claim = tag(QStringLiteral("Chip smuggling into China"));
        auto rebuttal = tag(QStringLiteral("tall tales"), AnnotationKind::Counterclaim);
        QVERIFY(claim && rebuttal);
        names.clear();
        relations.clear();
        // A bulk write announces nothing row by row; the read model still catches up.
        QVERIFY(project().writeInBulk([&]() -> Status {
            if (auto actor = project().addActor({{}, QStringLiteral("Nvidia"), {}}); !actor)
                return actor.error();
            if (auto tagAdded = project().addTag({{}, QStringLiteral("denial"), {}}); !tagAdded)
                return tagAdded.error();
            Relation relation;
            relation.fromId = rebuttal->id;
            relation.toId = claim->id;
            if (auto linked = project().addRelation(relation); !linked)
                return linked.error();
            return success();
        }));
        QCOMPARE(names.size(), 1);
        QCOMPARE(relations.size(), 1);
        QVERIFY(!m_session->readModel().actorNamed(QStringLiteral("nvidia")).isNull());
        QVERIFY(!m_session->readModel().tagNamed(QStringLiteral("Denial")).isNull());
        QCOMPARE(m_session->readModel().relations().size(), 1);
    }

    void anAnnotationImportIsOneBulkWriteThatEndsTheHistory()
    {
        auto claim = tag(QStringLiteral("Chip smuggling into China"));
        QVERIFY(claim);
        // Export the annotation, then import it into a second project opened as a session.
        const QString file = m_dir.filePath(QStringLiteral("annotations.jsonld"));
        auto exported = exportAnnotationsToFile(project(), ExportFormat::JsonLd,
                                                ExportScope::wholeProject(), file);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));

        const QString otherPath = m_dir.filePath(QStringLiteral("other.counterpoint"));
        QFile::remove(otherPath);
        OpenOptions create;
        create.createIfMissing = true;
        auto other = ProjectSession::open(otherPath, create);
        QVERIFY(other);
        ProjectSession &target = **other;
        const QUuid article = importArticle(
            target.project(), sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!article.isNull());
        auto note = target.tagPassage(article, 0, 8, AnnotationKind::Note);
        QVERIFY(note);
        QCOMPARE(target.history().stack()->count(), 1);

        auto read = AnnotationFile::read(file);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QSignalSpy reset(&target.project(), &Project::reset);
        QSignalSpy added(&target.project(), &Project::annotationAdded);
        auto imported = target.importAnnotations(*read);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->report.added, 1);
        QVERIFY(imported->changed);
        QVERIFY(imported->historyEnded);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(added.size(), 0);
        QCOMPARE(target.history().stack()->count(), 0);
        QCOMPARE(target.project().annotations()->size(), 2);

        // The same file again changes nothing, and so ends nothing.
        QVERIFY(target.tagPassage(article, 10, 18, AnnotationKind::Note));
        auto again = target.importAnnotations(*read);
        QVERIFY(again);
        QVERIFY(!again->changed);
        QCOMPARE(target.history().stack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
