// What views hear from the store: one reset() for bulk work (nested or not, nothing when it is
// rolled back), every row that goes with a removed article, the stored rows of a replaced
// article's annotations; and that every message of the store names the project file.
#include "TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

class TestStoreSignals final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_articleId;
    // "Nvidia calls the smuggling story tall tales.\nAnthropic cites cases 🦞 from 2023.\n"
    QString m_text;

    Annotation passage(int start, int end) const
    {
        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.start = start;
        annotation.end = end;
        return annotation;
    }

    // How messages name the project: its file, or (on a server) its database.
    QString file() const
    {
        return u'“' +
               (onServer() ? m_project->name() : QDir::toNativeSeparators(m_project->filePath())) +
               u'”';
    }

    // Every signal of the project by name, in the order they came.
    QStringList record()
    {
        m_heard.clear();
        const auto note = [this](const char *name) { m_heard.append(QString::fromLatin1(name)); };
        connect(m_project.get(), &Project::annotationAdded, this, [=] { note("annotationAdded"); });
        connect(m_project.get(), &Project::annotationChanged, this,
                [=] { note("annotationChanged"); });
        connect(m_project.get(), &Project::annotationRemoved, this,
                [=] { note("annotationRemoved"); });
        connect(m_project.get(), &Project::relationAdded, this, [=] { note("relationAdded"); });
        connect(m_project.get(), &Project::relationRemoved, this, [=] { note("relationRemoved"); });
        connect(m_project.get(), &Project::articleRemoved, this, [=] { note("articleRemoved"); });
        connect(m_project.get(), &Project::articleChanged, this, [=] { note("articleChanged"); });
        connect(m_project.get(), &Project::actorsChanged, this, [=] { note("actorsChanged"); });
        connect(m_project.get(), &Project::tagsChanged, this, [=] { note("tagsChanged"); });
        connect(m_project.get(), &Project::dismissedPassagesChanged, this,
                [=] { note("dismissedPassagesChanged"); });
        connect(m_project.get(), &Project::reset, this, [=] { note("reset"); });
        return m_heard;
    }
    QStringList m_heard;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("test.counterpoint")));
        m_project = createProject(m_dir);
        QVERIFY(m_project);
        m_text = QStringLiteral("Nvidia calls the smuggling story tall tales.\nAnthropic cites "
                                "cases 🦞 from 2023.\n");
        const QString article = m_dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(article, m_text.toUtf8()));
        m_articleId = importArticle(*m_project, article);
        QVERIFY(!m_articleId.isNull());
        record();
    }

    void cleanup()
    {
        m_project.reset();
        m_heard.clear();
    }

    // One reset() once the bulk write has committed, and no per-row signal.
    void bulkWriteAnnouncesOneResetAfterCommit()
    {
        bool storedWhenReset = false;
        connect(m_project.get(), &Project::reset, this, [&] {
            auto other = Project::open(m_project->filePath());
            storedWhenReset =
                other && (*other)->annotationCount() && *(*other)->annotationCount() == 2;
        });
        auto written = m_project->writeInBulk([&]() -> Status {
            for (const auto &[start, end] : {std::pair{0, 6}, std::pair{7, 12}}) {
                if (auto added = m_project->addAnnotation(passage(start, end)); !added)
                    return added.error();
            }
            if (auto actor = m_project->ensureActor(QStringLiteral("Nvidia")); !actor)
                return actor.error();
            if (!m_heard.isEmpty())
                return Error{Error::Code::Invalid, QStringLiteral("heard before the commit")};
            return success();
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(m_heard, QStringList{QStringLiteral("reset")});
        QVERIFY(storedWhenReset);
    }

    // Inside another write the reset comes when the outermost write commits, once, and stands
    // for the per-row signals of the whole transaction; nested bulk writes add no second one.
    void nestedBulkWriteResetsOnceWhenTheOuterCommits()
    {
        auto written = m_project->write([&]() -> Status {
            if (auto added = m_project->addAnnotation(passage(0, 6)); !added)
                return added.error();
            auto bulk = m_project->writeInBulk([&]() -> Status {
                auto inner = m_project->writeInBulk([&]() -> Status {
                    return m_project->ensureTag(QStringLiteral("inner")).ok()
                               ? success()
                               : Status(Error{Error::Code::Invalid, QStringLiteral("no tag")});
                });
                if (!inner)
                    return inner;
                auto added = m_project->addAnnotation(passage(7, 12));
                return added ? success() : Status(added.error());
            });
            if (!bulk)
                return bulk;
            if (!m_heard.isEmpty())
                return Error{Error::Code::Invalid, QStringLiteral("heard before the commit")};
            return success();
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(m_heard, QStringList{QStringLiteral("reset")});
        QCOMPARE(*m_project->annotationCount(), 2);
    }

    // A bulk write that fails, or whose enclosing write fails, emits nothing and stores nothing.
    void rolledBackBulkWriteEmitsNothing()
    {
        auto failed = m_project->writeInBulk([&]() -> Status {
            if (auto added = m_project->addAnnotation(passage(0, 6)); !added)
                return added.error();
            return Error{Error::Code::Cancelled, QStringLiteral("changed my mind")};
        });
        QVERIFY(!failed);
        QVERIFY(m_heard.isEmpty());

        auto outerFailed = m_project->write([&]() -> Status {
            auto bulk = m_project->writeInBulk([&]() -> Status {
                auto added = m_project->addAnnotation(passage(0, 6));
                return added ? success() : Status(added.error());
            });
            if (!bulk)
                return bulk;
            return Error{Error::Code::Cancelled, QStringLiteral("the outer part failed")};
        });
        QVERIFY(!outerFailed);
        QVERIFY(m_heard.isEmpty());
        QCOMPARE(*m_project->annotationCount(), 0);

        // A bulk part undone on its own (its savepoint rolled back) takes its reset with it; the
        // rest of the write is announced row by row.
        auto partly = m_project->write([&]() -> Status {
            if (auto added = m_project->addAnnotation(passage(0, 6)); !added)
                return added.error();
            auto bulk = m_project->writeInBulk([&]() -> Status {
                if (auto added = m_project->addAnnotation(passage(7, 12)); !added)
                    return added.error();
                return Error{Error::Code::Cancelled, QStringLiteral("this part only")};
            });
            return bulk ? Status(Error{Error::Code::Invalid, QStringLiteral("it succeeded")})
                        : success();
        });
        QVERIFY2(partly, qPrintable(partly.errorMessage()));
        QCOMPARE(m_heard, QStringList{QStringLiteral("annotationAdded")});
        QCOMPARE(*m_project->annotationCount(), 1);
    }

    // Removing an article tells every view which rows went with it: each relation, each of its
    // annotations (with the article's id), its dismissed passages, then the article.
    void removingAnArticleAnnouncesEveryRowThatWent()
    {
        const QString other = m_dir.filePath(QStringLiteral("b.txt"));
        QVERIFY(writeFile(other, "Nvidia denies it all.\n"));
        const QUuid otherId = importArticle(*m_project, other);
        QVERIFY(!otherId.isNull());
        auto first = m_project->addAnnotation(passage(0, 6));
        auto second = m_project->addAnnotation(passage(7, 12));
        Annotation elsewhere;
        elsewhere.articleId = otherId;
        elsewhere.start = 0;
        elsewhere.end = 6;
        auto third = m_project->addAnnotation(elsewhere);
        QVERIFY(first && second && third);
        auto inside = m_project->addRelation(
            {QUuid(), first->id, second->id, RelationKind::Supports, {}, {}, {}});
        auto across = m_project->addRelation(
            {QUuid(), third->id, first->id, RelationKind::Rebuts, {}, {}, {}});
        QVERIFY(inside && across);
        QVERIFY(m_project->dismissPassage({m_articleId, otherId, QStringLiteral("key")}));

        record();
        QSignalSpy annotationRemoved(m_project.get(), &Project::annotationRemoved);
        QSignalSpy relationRemoved(m_project.get(), &Project::relationRemoved);
        QSignalSpy articleRemoved(m_project.get(), &Project::articleRemoved);
        QVERIFY(m_project->removeArticle(m_articleId));

        QSet<QUuid> annotationsGone;
        for (const QList<QVariant> &arguments : std::as_const(annotationRemoved)) {
            annotationsGone.insert(arguments.at(0).toUuid());
            QCOMPARE(arguments.at(1).toUuid(), m_articleId);
        }
        QCOMPARE(annotationsGone, (QSet<QUuid>{first->id, second->id}));
        QSet<QUuid> relationsGone;
        for (const QList<QVariant> &arguments : std::as_const(relationRemoved))
            relationsGone.insert(arguments.at(0).value<Relation>().id);
        QCOMPARE(relationsGone, (QSet<QUuid>{inside->id, across->id}));
        QCOMPARE(articleRemoved.size(), 1);
        QCOMPARE(articleRemoved.first().at(0).toUuid(), m_articleId);
        QCOMPARE(m_heard.last(), QStringLiteral("articleRemoved"));
        QVERIFY(m_heard.contains(QStringLiteral("dismissedPassagesChanged")));

        // And what they heard is what is left.
        QCOMPARE(*m_project->annotationIds(), QSet<QUuid>{third->id});
        QVERIFY(m_project->relations()->isEmpty());
        QVERIFY(m_project->dismissedPassages()->isEmpty());
    }

    // Replacing the content tells views the rows as stored: new placement and quote, every
    // other field as it was, whatever else the caller's copies carried.
    void replacingContentAnnouncesTheStoredRows()
    {
        Annotation commented = passage(33, 43); // "tall tales"
        commented.comment = QStringLiteral("as stored");
        auto added = m_project->addAnnotation(commented);
        QVERIFY(added);
        Article next = *m_project->article(m_articleId);
        next.text = QStringLiteral("Update: Nvidia calls the story tall tales.\n");
        next.original = next.text.toUtf8();
        next.contentHash = QStringLiteral("next");
        Annotation placed = *added;
        placed.start = int(next.text.indexOf(QStringLiteral("tall tales")));
        placed.end = placed.start + 10;
        placed.anchorState = AnchorState::Moved;
        placed.comment = QStringLiteral("a stale copy");

        QSignalSpy changed(m_project.get(), &Project::annotationChanged);
        QVERIFY(m_project->replaceArticleContent(next, {placed}));
        QCOMPARE(changed.size(), 1);
        const Annotation heard = changed.first().at(0).value<Annotation>();
        QCOMPARE(heard, *m_project->annotation(added->id));
        QCOMPARE(heard.comment, QStringLiteral("as stored"));
        QCOMPARE(heard.quote.exact, QStringLiteral("tall tales"));

        // A new range that splits a character is refused like any other range.
        next.text = QStringLiteral("🦞 tall tales");
        next.contentHash = QStringLiteral("third");
        placed = heard;
        placed.start = 1;
        placed.end = 8;
        auto refused = m_project->replaceArticleContent(next, {placed});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("splits")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(m_project->annotation(added->id)->start, heard.start);
    }

    // Every refusal of the store names the project file, and the article where one is meant.
    void everyRefusalNamesTheProjectFile()
    {
        auto first = m_project->addAnnotation(passage(0, 6));
        auto second = m_project->addAnnotation(passage(7, 12));
        QVERIFY(first && second);
        const QString title = m_project->article(m_articleId)->title;
        const auto namesFile = [&](const QString &message) {
            return message.contains(file()) ? QString() : message;
        };

        const auto self = m_project->addRelation(
            {QUuid(), first->id, first->id, RelationKind::Cites, {}, {}, {}});
        QVERIFY(!self);
        QCOMPARE(namesFile(self.errorMessage()), QString());
        QVERIFY(self.errorMessage().contains(QStringLiteral("linked to itself")));

        const auto outside = m_project->addAnnotation(passage(1235, 1252));
        QVERIFY(!outside);
        QCOMPARE(namesFile(outside.errorMessage()), QString());
        QVERIFY2(outside.errorMessage().contains(u'“' + title + u'”') &&
                     outside.errorMessage().contains(QStringLiteral("1235–1252")),
                 qPrintable(outside.errorMessage()));

        Annotation moved = *first;
        moved.end = 10000;
        const auto updated = m_project->updateAnnotation(moved);
        QVERIFY(!updated);
        QCOMPARE(namesFile(updated.errorMessage()), QString());
        QVERIFY(updated.errorMessage().contains(u'“' + title + u'”'));

        QVERIFY(m_project->addRelation(
            {QUuid(), first->id, second->id, RelationKind::Cites, {}, {}, {}}));
        const QList<QString> refusals{
            m_project
                ->addRelation({QUuid(), first->id, second->id, RelationKind::Cites, {}, {}, {}})
                .errorMessage(),
            m_project->addActor({QUuid(), QStringLiteral("  "), {}}).errorMessage(),
            m_project->addTag({QUuid(), QString(), {}}).errorMessage(),
            m_project->addAnnotationSet({QUuid(), QString(), {}}).errorMessage(),
            m_project->removeAnnotationSet(m_project->defaultAnnotationSetId()).errorMessage(),
            m_project->updateActor({QUuid::createUuid(), QStringLiteral("nobody"), {}})
                .errorMessage(),
            m_project->removeRelation(QUuid::createUuid()).errorMessage(),
            m_project->annotation(QUuid::createUuid()).errorMessage(),
            m_project->article(QUuid::createUuid()).errorMessage(),
        };
        for (const QString &message : refusals) {
            QVERIFY(!message.isEmpty());
            QCOMPARE(namesFile(message), QString());
        }
        QVERIFY(m_project->addTag({QUuid(), QStringLiteral("smuggling"), {}}));
        const QString taken =
            m_project->addTag({QUuid(), QStringLiteral("smuggling"), {}}).errorMessage();
        QCOMPARE(namesFile(taken), QString());
        QVERIFY(taken.contains(QStringLiteral("“smuggling”")));
    }
};

QTEST_MAIN(TestStoreSignals)
#include "tst_storesignals.moc"
