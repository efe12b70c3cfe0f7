// Two connections on one project (two Project objects, as two windows or a window and the
// command line would have): every commit appends to the change log, the other reads it from the
// last change it saw and announces what changed (issue 13 item 7); a write made on a version of a
// row that has changed since is refused, naming who changed it, and nothing is overwritten
// (issue 13 item 6, issue 18 item 4). Runs on SQLite and, as tst_changelog_postgresql, on a
// throwaway PostgreSQL cluster.
#include "TestSupport.h"

#include "edit/EditHistory.h"
#include "session/ProjectSession.h"
#include "store/ProjectLocation.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;

class TestChangeLog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_first;
    std::unique_ptr<Project> m_second; // "another process"
    QUuid m_articleId;

    static QString text()
    {
        return QStringLiteral("Nvidia calls the smuggling story tall tales.\nAnthropic cites "
                              "cases.\n");
    }

    Annotation draft(const QString &words) const
    {
        Annotation annotation;
        annotation.articleId = m_articleId;
        annotation.start = int(text().indexOf(words));
        annotation.end = annotation.start + int(words.size());
        return annotation;
    }

    std::unique_ptr<Project> openAgain(const QString &author)
    {
        OpenOptions options;
        options.author = author;
        auto opened = Project::open(m_first->filePath(), options);
        if (!opened)
            qWarning() << opened.errorMessage();
        return opened ? std::move(opened).value() : nullptr;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("test.counterpoint")));
        m_first = createProject(m_dir);
        QVERIFY(m_first);
        const QString path = m_dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(path, text().toUtf8()));
        m_articleId = importArticle(*m_first, path);
        QVERIFY(!m_articleId.isNull());
        m_second = openAgain(QStringLiteral("alice"));
        QVERIFY(m_second);
    }

    void cleanup()
    {
        m_second.reset();
        m_first.reset();
    }

    void anotherConnectionsAnnotationIsAnnounced()
    {
        QSignalSpy added(m_first.get(), &Project::annotationAdded);
        QSignalSpy elsewhere(m_first.get(), &Project::changedElsewhere);
        QCOMPARE(*m_first->catchUp(), 0); // nothing yet

        auto made = m_second->addAnnotation(draft(QStringLiteral("tall tales")));
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QCOMPARE(added.count(), 0); // nothing is heard until the first looks

        auto caught = m_first->catchUp();
        QVERIFY2(caught, qPrintable(caught.errorMessage()));
        QCOMPARE(*caught, 1);
        QCOMPARE(added.count(), 1);
        const auto heard = added.first().first().value<Annotation>();
        QCOMPARE(heard, *made);
        QCOMPARE(heard.quote.exact, QStringLiteral("tall tales"));
        QCOMPARE(elsewhere.count(), 1);
        QCOMPARE(elsewhere.first().at(0).toStringList(), QStringList{m_second->author()});
        QCOMPARE(elsewhere.first().at(1).toInt(), 1);

        // Seen once: a second look announces nothing.
        QCOMPARE(*m_first->catchUp(), 0);
        QCOMPARE(added.count(), 1);
    }

    void changesAndRemovalsAreAnnouncedAsTheyAreNow()
    {
        auto made = m_first->addAnnotation(draft(QStringLiteral("tall tales")));
        QVERIFY(made);
        QCOMPARE(*m_second->catchUp(), 1);

        QSignalSpy changed(m_first.get(), &Project::annotationChanged);
        QSignalSpy removed(m_first.get(), &Project::annotationRemoved);
        Annotation edited = *m_second->annotation(made->id);
        edited.comment = QStringLiteral("from the second window");
        QVERIFY(m_second->updateAnnotation(edited));
        QCOMPARE(*m_first->catchUp(), 1);
        QCOMPARE(changed.count(), 1);
        const auto heard = changed.first().first().value<Annotation>();
        QCOMPARE(heard.comment, QStringLiteral("from the second window"));
        QCOMPARE(heard.version, made->version + 1);

        QVERIFY(m_second->removeAnnotation(made->id));
        QCOMPARE(*m_first->catchUp(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toUuid(), made->id);
        QCOMPARE(removed.first().at(1).toUuid(), m_articleId);
    }

    void ownChangesAreNotAnnouncedTwice()
    {
        QSignalSpy added(m_first.get(), &Project::annotationAdded);
        QVERIFY(m_first->addAnnotation(draft(QStringLiteral("tall tales"))));
        QCOMPARE(added.count(), 1); // its own signal, at commit
        // Interleaved with another's: only theirs is announced by catching up.
        QVERIFY(m_second->addAnnotation(draft(QStringLiteral("Anthropic"))));
        QVERIFY(m_first->addAnnotation(draft(QStringLiteral("cases"))));
        QCOMPARE(added.count(), 2);
        QCOMPARE(*m_first->catchUp(), 1);
        QCOMPARE(added.count(), 3);
        QCOMPARE(added.last().first().value<Annotation>().quote.exact, QStringLiteral("Anthropic"));
        QCOMPARE(*m_first->catchUp(), 0);
    }

    void theLogSaysWhoWhatAndTheNewVersion()
    {
        QVERIFY(m_first->catchUp());
        const qint64 seen = m_first->lastSeenChange();
        auto made = m_second->addAnnotation(draft(QStringLiteral("tall tales")));
        QVERIFY(made);
        Annotation edited = *made;
        edited.kind = AnnotationKind::Counterclaim;
        auto updated = m_second->updateAnnotation(edited);
        QVERIFY(updated);
        QCOMPARE(updated->version, made->version + 1);
        QCOMPARE(m_first->annotation(made->id)->version, updated->version);

        auto changes = m_first->changesSince(seen);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2);
        QVERIFY(changes->at(0).entity == ChangeRecord::Entity::Annotation);
        QVERIFY(changes->at(0).action == ChangeRecord::Action::Added);
        QVERIFY(changes->at(1).action == ChangeRecord::Action::Changed);
        QCOMPARE(changes->at(1).rowId, made->id);
        QCOMPARE(changes->at(1).articleId, m_articleId);
        QCOMPARE(changes->at(1).version, updated->version);
        QCOMPARE(changes->at(1).author, m_second->author());
        QVERIFY(changes->at(0).id < changes->at(1).id);
        QVERIFY(changes->at(1).at.isValid());
    }

    void aBulkWriteIsAnnouncedAsAReset()
    {
        QSignalSpy reset(m_first.get(), &Project::reset);
        QSignalSpy added(m_first.get(), &Project::annotationAdded);
        QVERIFY(m_second->writeInBulk([&]() -> Status {
            for (const QString &words : {QStringLiteral("tall tales"), QStringLiteral("cases")}) {
                if (auto made = m_second->addAnnotation(draft(words)); !made)
                    return made.error();
            }
            return success();
        }));
        QCOMPARE(*m_first->catchUp(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), 0);
    }

    void otherListsAreAnnounced()
    {
        QSignalSpy tags(m_first.get(), &Project::tagsChanged);
        QSignalSpy actors(m_first.get(), &Project::actorsChanged);
        QSignalSpy articles(m_first.get(), &Project::articleChanged);
        QVERIFY(m_second->ensureTag(QStringLiteral("export controls")));
        QVERIFY(m_second->ensureActor(QStringLiteral("Nvidia")));
        Article details = *m_second->article(m_articleId);
        details.title = QStringLiteral("Retitled elsewhere");
        QVERIFY(m_second->updateArticleDetails(details));
        QCOMPARE(*m_first->catchUp(), 3);
        QCOMPARE(tags.count(), 1);
        QCOMPARE(actors.count(), 1);
        QCOMPARE(articles.count(), 1);
        QCOMPARE(articles.first().first().toUuid(), m_articleId);
    }

    // The command line is another process: `annotate` commits, the open project hears of it.
    void theCommandLinesAnnotationIsAnnounced()
    {
        QSignalSpy added(m_first.get(), &Project::annotationAdded);
        QProcess cli;
        cli.start(counterpointExecutable(),
                  {QStringLiteral("annotate"), m_first->filePath(),
                   m_articleId.toString(QUuid::WithoutBraces), QStringLiteral("--kind"),
                   QStringLiteral("claim"), QStringLiteral("--exact"),
                   QStringLiteral("smuggling story")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(*m_first->catchUp(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<Annotation>().quote.exact,
                 QStringLiteral("smuggling story"));
    }

    // Issue 13 item 7 on a server: each commit sends NOTIFY with the newest change id, the other
    // connection LISTENs and reads the log from the last id it saw, also after a reconnect (a
    // notice sent while it was away is never replayed).
    void aServerNoticeBringsTheChangeAlsoAfterAReconnect()
    {
        if (!onServer())
            QSKIP("a server's LISTEN and NOTIFY; a file is looked at on a timer (data_version)");
        QVERIFY(m_first->listenForChanges());
        QSignalSpy added(m_first.get(), &Project::annotationAdded);
        QVERIFY(m_second->addAnnotation(draft(QStringLiteral("tall tales"))));
        // Nobody calls catchUp(): the notice does.
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 5000);

        // The server drops the app's connections (a restart, a network failure).
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setDatabaseName(ProjectLocation::parse(m_first->filePath())->database());
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery kill(admin);
            QVERIFY2(kill.exec(QStringLiteral(
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                         "application_name = 'counterpoint' AND pid <> pg_backend_pid()")),
                     qPrintable(kill.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));

        // A change while the first is away: its notice reaches nobody.
        auto away = m_second->addAnnotation(draft(QStringLiteral("cases")));
        QVERIFY2(away, qPrintable(away.errorMessage()));
        QTest::qWait(300);
        QCOMPARE(added.count(), 1);
        // The next look (LiveRefresh's timer) connects again, listens again and reads the log.
        auto caught = m_first->catchUp();
        QVERIFY2(caught, qPrintable(caught.errorMessage()));
        QCOMPARE(*caught, 1);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.last().first().value<Annotation>().id, away->id);
        // Notices come again.
        QVERIFY(m_second->addAnnotation(draft(QStringLiteral("Anthropic"))));
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, 5000);
    }

    // Two connections edit the same annotation: the second, made on the version both read, is
    // refused with who changed it; nothing the first stored is overwritten.
    void aChangeOnAnOlderVersionIsRefused()
    {
        auto made = m_first->addAnnotation(draft(QStringLiteral("tall tales")));
        QVERIFY(made);
        Annotation mine = *m_first->annotation(made->id);
        Annotation theirs = *m_second->annotation(made->id);
        QCOMPARE(mine.version, theirs.version);

        theirs.comment = QStringLiteral("theirs, first");
        auto stored = m_second->updateAnnotation(theirs, theirs.version);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));

        mine.comment = QStringLiteral("mine, second");
        auto refused = m_first->updateAnnotation(mine, mine.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.errorMessage().contains(m_second->author()),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("tall tales")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("theirs, first"));
        QCOMPARE(m_second->annotation(made->id)->version, stored->version);

        // A deletion on the old version is refused the same way.
        auto kept = m_first->removeAnnotation(made->id, mine.version);
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, Error::Code::Conflict);
        QVERIFY(m_second->annotation(made->id));

        // On the version it has now, the change goes through.
        auto again = m_first->updateAnnotation(mine, stored->version);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("mine, second"));
    }

    // Issue 18 item 4: undo changes only what its command changed, and only when the row is as
    // the command left it.
    void undoIsRefusedOverAnotherProcesssChange()
    {
        auto session = ProjectSession::open(m_first->filePath());
        QVERIFY2(session, qPrintable(session.errorMessage()));
        ProjectSession &window = **session;
        auto made =
            window.tagPassage(m_articleId, draft(QStringLiteral("tall tales")).start,
                              draft(QStringLiteral("tall tales")).end, AnnotationKind::Claim);
        QVERIFY(made);
        QVERIFY(window.setComment(made->id, QStringLiteral("my comment")));

        // Undo and redo on a row nobody else touched: as before.
        window.history().stack()->undo();
        QCOMPARE(m_second->annotation(made->id)->comment, QString());
        window.history().stack()->redo();
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("my comment"));

        // The command line sets the kind meanwhile.
        Annotation theirs = *m_second->annotation(made->id);
        theirs.kind = AnnotationKind::Counterclaim;
        theirs.comment = QStringLiteral("their comment");
        QVERIFY(m_second->updateAnnotation(theirs));

        QSignalSpy failed(&window.history(), &EditHistory::failed);
        window.history().stack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(m_second->author()),
                 qPrintable(failed.first().first().toString()));
        const Annotation now = *m_second->annotation(made->id);
        QCOMPARE(now.comment, QStringLiteral("their comment"));
        QVERIFY(now.kind == AnnotationKind::Counterclaim);

        // Undoing the tagging would delete their annotation: refused too.
        window.history().stack()->undo();
        QVERIFY(m_second->annotation(made->id));
    }

    // A window's edit made on what it showed, refused, then resolved each of the three ways.
    void aRefusedEditIsReloadedAppliedOnTopOrKeptAsACopy()
    {
        auto session = ProjectSession::open(m_first->filePath());
        QVERIFY(session);
        ProjectSession &window = **session;
        auto made = window.project().addAnnotation(draft(QStringLiteral("tall tales")));
        QVERIFY(made);
        const qint64 shown = made->version;

        auto theirs = *m_second->annotation(made->id);
        theirs.comment = QStringLiteral("theirs");
        QVERIFY(m_second->updateAnnotation(theirs));

        // Reload: theirs stays, mine goes.
        Status refused = window.setComment(made->id, QStringLiteral("mine"), shown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(window.hasRefusedEdit());
        QVERIFY(window.resolveRefusedEdit(ProjectSession::RefusedEditChoice::Reload));
        QVERIFY(!window.hasRefusedEdit());
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("theirs"));

        // Keep mine as a copy: theirs stays, a copy of the passage carries mine.
        refused = window.setComment(made->id, QStringLiteral("mine"), shown);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        auto copy = window.resolveRefusedEdit(ProjectSession::RefusedEditChoice::KeepCopy);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QVERIFY(*copy != made->id);
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("theirs"));
        QCOMPARE(m_second->annotation(*copy)->comment, QStringLiteral("mine"));
        QCOMPARE(m_second->annotation(*copy)->quote.exact, QStringLiteral("tall tales"));

        // Apply mine on top: mine replaces theirs, knowingly.
        refused = window.setComment(made->id, QStringLiteral("mine"), shown);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        auto applied = window.resolveRefusedEdit(ProjectSession::RefusedEditChoice::ApplyMine);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(m_second->annotation(made->id)->comment, QStringLiteral("mine"));
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
