// Memos (issue 20): a memo on the project, on each article and on each actor, kept by the store
// (schema 10) and going with its article or actor, edited one undo step at a time, heard by
// another connection through the change log, found by the search (field "memo"), printed by the
// reports and carried by the W3C and REFI-QDA exports into a new project; `counterpoint memo`
// prints and sets them. The store parts run on both back ends (the PostgreSQL run, see
// CMakeLists.txt).
#include "TestSupport.h"

#include "edit/ActorCommands.h"
#include "edit/EditHistory.h"
#include "edit/MemoCommands.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"
#include "search/ProjectSearch.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <quazip.h>
#include <quazipfile.h>

using namespace counterpoint;
using namespace counterpoint::test;

class TestMemos final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUuid m_article;
    QString m_text;

    QString memoText(MemoSubject subject, const QUuid &id = {}) const
    {
        auto memo = m_project->memo(subject, id);
        if (!memo) {
            qWarning("%s", qPrintable(memo.errorMessage()));
            return QStringLiteral("(unreadable)");
        }
        return *memo ? (*memo)->text : QString();
    }

    QString exported(ExportFormat format) const
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto outcome = exportAnnotations(*m_project, format, ExportScope::wholeProject(), buffer,
                                         QStringLiteral("the test buffer"));
        if (!outcome)
            qWarning("%s", qPrintable(outcome.errorMessage()));
        return QString::fromUtf8(bytes);
    }

    // A claim by actor on the article's first words, so that exports list the actor.
    void claimBy(const QUuid &actor)
    {
        Annotation claim;
        claim.articleId = m_article;
        claim.kind = AnnotationKind::Claim;
        claim.start = 0;
        claim.end = 10;
        claim.actorId = actor;
        QVERIFY(m_project->addAnnotation(claim));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("memos.counterpoint")));
        m_project = createProject(m_dir, QStringLiteral("memos.counterpoint"));
        QVERIFY(m_project);
        m_article = importArticle(*m_project,
                                  sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        QVERIFY(!m_article.isNull());
        m_text = *m_project->articleText(m_article);
    }

    void cleanup() { m_project.reset(); }

    void eachSubjectHasOneMemoThatGoesWithIt()
    {
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("Why now?\n\n")));
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article,
                                   QStringLiteral("Line one.\nLine two.")));
        auto actorMemo = m_project->setMemo(MemoSubject::Actor, nvidia, QStringLiteral("Denies."));
        QVERIFY2(actorMemo, qPrintable(actorMemo.errorMessage()));
        QCOMPARE(actorMemo->version, 1);
        QCOMPARE(actorMemo->author, m_project->author());
        // Its line ends as typed; the white space after its last word is not kept.
        QCOMPARE(memoText(MemoSubject::Project), QStringLiteral("Why now?"));
        QCOMPARE(memoText(MemoSubject::Article, m_article), QStringLiteral("Line one.\nLine two."));
        QCOMPARE(memoText(MemoSubject::Actor, nvidia), QStringLiteral("Denies."));
        // A second memo on the actor replaces the first.
        actorMemo = m_project->setMemo(MemoSubject::Actor, nvidia, QStringLiteral("Denies all."));
        QVERIFY(actorMemo);
        QCOMPARE(actorMemo->version, 2);
        auto all = m_project->memos();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QVERIFY(all->at(0).subject == MemoSubject::Project);
        QCOMPARE(all->at(1).subjectId, m_article);
        QCOMPARE(all->at(2).text, QStringLiteral("Denies all."));

        // An empty text removes the memo; a memo on nothing is refused in words.
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("  \n")));
        QCOMPARE(memoText(MemoSubject::Project), QString());
        auto nowhere =
            m_project->setMemo(MemoSubject::Article, QUuid::createUuid(), QStringLiteral("Lost"));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, Error::Code::NotFound);

        // A memo goes with its actor and with its article.
        QVERIFY(m_project->removeActor(nvidia));
        QCOMPARE(memoText(MemoSubject::Actor, nvidia), QString());
        QVERIFY(m_project->removeArticle(m_article));
        QCOMPARE(m_project->memos()->size(), 0);
    }

    void aMemoEditIsOneUndoStep()
    {
        EditHistory history;
        QSignalSpy heard(m_project.get(), &Project::memosChanged);
        auto first = MemoEdits::set(*m_project, MemoSubject::Article, m_article,
                                    QStringLiteral("Analyst briefing"), QStringLiteral("First."));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(history.perform(std::move(*first)));
        auto second = MemoEdits::set(*m_project, MemoSubject::Article, m_article,
                                     QStringLiteral("Analyst briefing"), QStringLiteral("Second."));
        QVERIFY(second);
        QVERIFY(history.perform(std::move(*second)));
        QCOMPARE(history.stack()->undoText(),
                 QStringLiteral("Edit the memo on the article “Analyst briefing”"));
        QCOMPARE(heard.size(), 2);
        history.stack()->undo();
        QCOMPARE(memoText(MemoSubject::Article, m_article), QStringLiteral("First."));
        history.stack()->undo();
        QCOMPARE(memoText(MemoSubject::Article, m_article), QString());
        history.stack()->redo();
        history.stack()->redo();
        QCOMPARE(memoText(MemoSubject::Article, m_article), QStringLiteral("Second."));
        QCOMPARE(history.stack()->count(), 2);

        // The same text again is no step; an undo over a change made elsewhere is refused.
        auto same = MemoEdits::set(*m_project, MemoSubject::Article, m_article, {},
                                   QStringLiteral("Second.\n"));
        QVERIFY(!same);
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article, QStringLiteral("Theirs.")));
        QSignalSpy failed(&history, &EditHistory::failed);
        history.stack()->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(memoText(MemoSubject::Article, m_article), QStringLiteral("Theirs."));
    }

    void undoingAnActorsRemovalBringsItsMemoBack()
    {
        const QUuid intel = m_project->ensureActor(QStringLiteral("Intel"))->id;
        QVERIFY(m_project->setMemo(MemoSubject::Actor, intel, QStringLiteral("Quiet so far.")));
        EditHistory history;
        auto removal = ActorEdits::remove(*m_project, intel);
        QVERIFY(removal);
        QVERIFY(history.perform(std::move(*removal)));
        QCOMPARE(m_project->memos()->size(), 0);
        history.stack()->undo();
        QCOMPARE(memoText(MemoSubject::Actor, intel), QStringLiteral("Quiet so far."));
        history.stack()->redo();
        QCOMPARE(m_project->memos()->size(), 0);
    }

    void anotherConnectionHearsOfAMemo()
    {
        auto other = Project::open(m_project->filePath());
        QVERIFY2(other, qPrintable(other.errorMessage()));
        QSignalSpy heard(other->get(), &Project::memosChanged);
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("From the first.")));
        auto caught = (*other)->catchUp();
        QVERIFY2(caught, qPrintable(caught.errorMessage()));
        QCOMPARE(*caught, 1);
        QCOMPARE(heard.size(), 1);
        QCOMPARE((*(*other)->memo(MemoSubject::Project))->text, QStringLiteral("From the first."));
    }

    void aReadOnlyProjectsMemosAreReadNotWritten()
    {
        SKIP_ON_SERVER("a read-only file");
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("Kept.")));
        const QString path = m_project->filePath();
        m_project.reset();
        OpenOptions options;
        options.readOnly = true;
        auto reader = Project::open(path, options);
        QVERIFY(reader);
        QCOMPARE((*(*reader)->memo(MemoSubject::Project))->text, QStringLiteral("Kept."));
        auto refused = MemoEdits::set(**reader, MemoSubject::Project, {}, {}, QStringLiteral("X"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        QVERIFY(!(*reader)->setMemo(MemoSubject::Project, {}, QStringLiteral("X")));
    }

    void theSearchFindsMemos()
    {
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        QVERIFY(
            m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("Ask about zebrafish.")));
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article,
                                   QStringLiteral("No zebrafish here.")));
        QVERIFY(m_project->setMemo(MemoSubject::Actor, nvidia,
                                   QStringLiteral("Zebrafish twice: "
                                                  "zebrafish.")));
        auto query = search::SearchQuery::parse(QStringLiteral("zebrafish"), {});
        QVERIFY(query);
        auto results = search::ProjectSearch::run(*m_project, *query);
        QVERIFY2(results, qPrintable(results.errorMessage()));
        QCOMPARE(results->hitCount, 4);
        QCOMPARE(results->articles.size(), 1);
        const search::ArticleHits &article = results->articles.first();
        QCOMPARE(article.memoHits, 1);
        QVERIFY(article.hits.last().field == search::HitField::Memo);
        QCOMPARE(article.hits.last().match, QStringLiteral("zebrafish"));
        QCOMPARE(results->memos.size(), 2);
        QCOMPARE(results->memos.at(0).title, QStringLiteral("Project memo"));
        QCOMPARE(results->memos.at(1).title, QStringLiteral("Memo on the actor “Nvidia”"));
        QCOMPARE(results->memos.at(1).hits.size(), 2);
        QCOMPARE(results->memos.at(1).hits.first().memoSubjectId, nvidia);
    }

    void theReportsPrintTheMemos()
    {
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        claimBy(nvidia);
        QVERIFY(m_project->setMemo(MemoSubject::Project, {},
                                   QStringLiteral("The question.\n\nThe *sample*.")));
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article, QStringLiteral("Read twice.")));
        QVERIFY(m_project->setMemo(MemoSubject::Actor, nvidia, QStringLiteral("Denies it all.")));
        const QString markdown = exported(ExportFormat::Markdown);
        // The project's memo at the top, its paragraphs kept, its text never markup.
        const qsizetype projectMemo = markdown.indexOf(u"## Project memo\n\nThe question.\n\n"
                                                       u"The \\*sample\\*.\n");
        QVERIFY2(projectMemo > 0, qPrintable(markdown));
        const qsizetype article = markdown.indexOf(u"## Briefing");
        QVERIFY(article > projectMemo);
        const qsizetype articleMemo = markdown.indexOf(u"### Memo\n\nRead twice.\n");
        QVERIFY2(articleMemo > article, qPrintable(markdown));
        const qsizetype actors = markdown.indexOf(u"## Who claims what");
        QVERIFY(actors > articleMemo);
        QVERIFY2(markdown.indexOf(u"### Nvidia\n\nDenies it all.\n", actors) > actors,
                 qPrintable(markdown));

        const QString html = exported(ExportFormat::Html);
        QVERIFY(html.contains(u"<h2>Project memo</h2>\n<div class=\"memo\"><p>The question.</p>"
                              u"<p>The *sample*.</p></div>"));
        QVERIFY(html.contains(u"<h3>Memo</h3>\n<div class=\"memo\"><p>Read twice.</p></div>"));
        QVERIFY(html.contains(u"<h3>Nvidia</h3>\n<div class=\"memo\"><p>Denies it all.</p></div>"));
    }

    void theW3cExportCarriesTheMemosIntoANewProject()
    {
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        claimBy(nvidia);
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("Project notes.")));
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article, QStringLiteral("On it.")));
        QVERIFY(m_project->setMemo(MemoSubject::Actor, nvidia, QStringLiteral("On them.")));
        const QString path = m_dir.filePath(QStringLiteral("memos.jsonld"));
        QVERIFY(exportAnnotationsToFile(*m_project, ExportFormat::JsonLd,
                                        ExportScope::wholeProject(), path));
        QVERIFY(readFile(path).contains("\"cp:memo\":\"Project notes.\""));

        QTemporaryDir elsewhere;
        auto copy = createProject(elsewhere, QStringLiteral("copy.counterpoint"));
        QVERIFY(copy);
        auto report = importAnnotations(*copy, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE((*copy->memo(MemoSubject::Project))->text, QStringLiteral("Project notes."));
        QCOMPARE((*copy->memo(MemoSubject::Article, m_article))->text, QStringLiteral("On it."));
        const QUuid copied = (*ActorEdits::named(*copy, QStringLiteral("Nvidia"))).id;
        QCOMPARE((*copy->memo(MemoSubject::Actor, copied))->text, QStringLiteral("On them."));

        // Imported again over a memo changed since: the project's is kept, and the report says so.
        QVERIFY(copy->setMemo(MemoSubject::Project, {}, QStringLiteral("Mine now.")));
        auto again = importAnnotations(*copy, path);
        QVERIFY(again);
        QCOMPARE((*copy->memo(MemoSubject::Project))->text, QStringLiteral("Mine now."));
        QCOMPARE(again->notes.size(), 1);
        QVERIFY2(again->notes.first().contains(u"the memo on the project differs"),
                 qPrintable(again->notes.first()));
    }

    void theRefiQdaExportWritesMemosAsNotesAndReadsThemBack()
    {
        const QUuid nvidia = m_project->ensureActor(QStringLiteral("Nvidia"))->id;
        claimBy(nvidia);
        QVERIFY(m_project->setMemo(MemoSubject::Project, {}, QStringLiteral("Project notes.")));
        QVERIFY(m_project->setMemo(MemoSubject::Article, m_article, QStringLiteral("On it.")));
        QVERIFY(m_project->setMemo(MemoSubject::Actor, nvidia, QStringLiteral("On them.")));
        const QString path = m_dir.filePath(QStringLiteral("memos.qdpx"));
        auto written = exportAnnotationsToFile(*m_project, ExportFormat::Qdpx,
                                               ExportScope::wholeProject(), path);
        QVERIFY2(written, qPrintable(written.errorMessage()));

        QTemporaryDir elsewhere;
        auto copy = createProject(elsewhere, QStringLiteral("copy.counterpoint"));
        QVERIFY(copy);
        auto report = importAnnotations(*copy, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(u'\n')));
        QCOMPARE((*copy->memo(MemoSubject::Project))->text, QStringLiteral("Project notes."));
        const QUuid article = copy->articleSummaries()->first().id;
        QCOMPARE((*copy->memo(MemoSubject::Article, article))->text, QStringLiteral("On it."));
        const QUuid copied = (*ActorEdits::named(*copy, QStringLiteral("Nvidia"))).id;
        QCOMPARE((*copy->memo(MemoSubject::Actor, copied))->text, QStringLiteral("On them."));

        // The project file inside stays valid against the REFI-QDA schema.
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("project.qde")));
        QuaZipFile entry(&zip);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray qde = entry.readAll();
        entry.close();
        QVERIFY(qde.contains("<PlainTextContent>Project notes.</PlainTextContent>"));
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        SKIP_WITHOUT_SHARED_DATA(); // the REFI-QDA schema
        const QString qdePath = m_dir.filePath(QStringLiteral("project.qde"));
        QVERIFY(writeFile(qdePath, qde));
        QProcess process;
        process.start(
            xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(COUNTERPOINT_SHARED_DIR "/specs/refi-qda/Project-mrt2019.xsd"),
                      qdePath});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void theCommandLinePrintsAndSetsMemos()
    {
        SKIP_ON_SERVER("the command line is tested on a file");
        QVERIFY(m_project->ensureActor(QStringLiteral("Nvidia")));
        const QString path = m_project->filePath();
        m_project.reset();

        CliResult empty = runCounterpoint({QStringLiteral("memo"), path});
        QCOMPARE(empty.status, 0);
        QCOMPARE(empty.out, QString());
        CliResult set = runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--set"),
                                         QStringLiteral("Sampled in May.")});
        QVERIFY2(set.status == 0, qPrintable(set.err));
        QCOMPARE(set.out, QStringLiteral("Edit the project memo\n"));
        CliResult shown = runCounterpoint({QStringLiteral("memo"), path});
        QCOMPARE(shown.out, QStringLiteral("Sampled in May.\n"));

        const QString file = m_dir.filePath(QStringLiteral("memo.txt"));
        QVERIFY(writeFile(file, "Two lines,\nkept as they are.\n"));
        CliResult fromFile =
            runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--article"),
                             QStringLiteral("briefing"), QStringLiteral("--from-file"), file});
        QVERIFY2(fromFile.status == 0, qPrintable(fromFile.err));
        CliResult article =
            runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--article"),
                             QStringLiteral("briefing")});
        QCOMPARE(article.out, QStringLiteral("Two lines,\nkept as they are.\n"));
        CliResult actor = runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--actor"),
                                           QStringLiteral("nvidia"), QStringLiteral("--set"),
                                           QStringLiteral("X")});
        QCOMPARE(actor.status, 0);
        CliResult search = runCounterpoint({QStringLiteral("search"), path, QStringLiteral("May")});
        QVERIFY2(search.out.contains(u"Project memo (1 hit)\n  memo:11  Sampled in [May].\n"),
                 qPrintable(search.out));

        // Bad input: one line naming the cause.
        CliResult noActor = runCounterpoint({QStringLiteral("memo"), path,
                                             QStringLiteral("--actor"), QStringLiteral("Intel"),
                                             QStringLiteral("--set"), QStringLiteral("X")});
        QCOMPARE(noActor.status, 1);
        QCOMPARE(noActor.err.count(u'\n'), 1);
        QVERIFY(noActor.err.contains(u"Intel"));
        const QString notText = m_dir.filePath(QStringLiteral("latin1.txt"));
        QVERIFY(writeFile(notText, "caf\xe9\n"));
        CliResult badFile =
            runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--from-file"), notText});
        QCOMPARE(badFile.status, 1);
        QVERIFY2(badFile.err.contains(notText) && badFile.err.contains(u"UTF-8"),
                 qPrintable(badFile.err));
        CliResult both =
            runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--article"),
                             QStringLiteral("a"), QStringLiteral("--actor"), QStringLiteral("b")});
        QCOMPARE(both.status, 2);
        // The empty text removes it.
        CliResult cleared =
            runCounterpoint({QStringLiteral("memo"), path, QStringLiteral("--set"), QString()});
        QCOMPARE(cleared.status, 0);
        QCOMPARE(runCounterpoint({QStringLiteral("memo"), path}).out, QString());
    }
};

QTEST_GUILESS_MAIN(TestMemos)
#include "tst_memos.moc"
