// Merging a colleague's project file (issue 14 item 2): what comes in, what is matched, the two
// versions of one annotation, and a second merge of the same file changing nothing.
#include "TestSupport.h"
#include "analysis/ProjectMerge.h"

#include <QFile>
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

Annotation makeAnnotation(const QUuid &article, const QUuid &set, int start, int end,
                          AnnotationKind kind)
{
    Annotation annotation;
    annotation.articleId = article;
    annotation.setId = set;
    annotation.start = start;
    annotation.end = end;
    annotation.kind = kind;
    return annotation;
}

const QString harbour = QStringLiteral("The council says the harbour plan will bring jobs. Critics "
                                       "say it will not. The mayor cites a study.");

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void mergesWithoutDuplicatesAndKeepsBothVersions()
    {
        QTemporaryDir dir;
        const QString minePath = dir.filePath(QStringLiteral("mine.counterpoint"));
        const QString theirsPath = dir.filePath(QStringLiteral("theirs.counterpoint"));
        QUuid article, first, second, alice;
        {
            auto mine = test::createProject(dir, QStringLiteral("mine.counterpoint"));
            QVERIFY(mine);
            auto added = mine->addArticle(makeArticle(QStringLiteral("Harbour"), harbour));
            QVERIFY(added);
            article = added->id;
            auto set = mine->addAnnotationSet({QUuid(), QStringLiteral("Alice"), {}});
            QVERIFY(set);
            alice = set->id;
            auto a =
                mine->addAnnotation(makeAnnotation(article, alice, 0, 50, AnnotationKind::Claim));
            auto b = mine->addAnnotation(
                makeAnnotation(article, alice, 51, 75, AnnotationKind::Counterclaim));
            QVERIFY(a && b);
            first = a->id;
            second = b->id;
            Relation rebuts;
            rebuts.fromId = second;
            rebuts.toId = first;
            rebuts.kind = RelationKind::Rebuts;
            QVERIFY(mine->addRelation(rebuts));
        }
        // The colleague starts from a copy: the same ids.
        QVERIFY(QFile::copy(minePath, theirsPath));
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        {
            auto theirs = Project::open(theirsPath);
            QVERIFY(theirs);
            auto changed = (*theirs)->annotation(first);
            QVERIFY(changed);
            changed->end = 49;
            changed->comment = QStringLiteral("shorter");
            changed->modified = later;
            QVERIFY((*theirs)->updateAnnotation(*changed));
            auto tag = (*theirs)->ensureTag(QStringLiteral("economy"));
            auto bob = (*theirs)->addAnnotationSet({QUuid(), QStringLiteral("Bob"), {}});
            QVERIFY(tag && bob);
            QVERIFY((*theirs)->setAnnotationSetOwner(bob->id, QStringLiteral("bob")));
            Annotation third = makeAnnotation(article, bob->id, 76, 100, AnnotationKind::Source);
            third.tagIds = {tag->id};
            auto stored = (*theirs)->addAnnotation(third);
            QVERIFY(stored);
            auto other = (*theirs)->addArticle(
                makeArticle(QStringLiteral("Rail"), QStringLiteral("The rail line opens in May.")));
            QVERIFY(other);
            QVERIFY((*theirs)->addAnnotation(
                makeAnnotation(other->id, bob->id, 0, 13, AnnotationKind::Claim)));
            Relation cites;
            cites.fromId = stored->id;
            cites.toId = first;
            cites.kind = RelationKind::Cites;
            QVERIFY((*theirs)->addRelation(cites));
        }
        {
            auto mine = Project::open(minePath);
            QVERIFY(mine);
            auto changed = (*mine)->annotation(first);
            changed->kind = AnnotationKind::Note;
            changed->modified = later.addSecs(-30); // older than the colleague's change
            QVERIFY((*mine)->updateAnnotation(*changed));
        }

        auto mine = Project::open(minePath);
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto theirs = Project::open(theirsPath, readOnly);
        QVERIFY(mine && theirs);
        auto report = mergeProject(**mine, **theirs);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->articlesMatched, 1);
        QCOMPARE(report->annotationsAdded, 2);
        QCOMPARE(report->annotationsReplaced, 1);
        QCOMPARE(report->annotationsUnchanged, 1); // the counterclaim, the same in both
        QCOMPARE(report->relationsAdded, 1);
        QCOMPARE(report->relationsMatched, 1);
        QCOMPARE(report->setsAdded, 1);
        QCOMPARE(report->tagsAdded, 1);
        QCOMPARE(report->conflicts.size(), 1);
        const MergeConflict conflict = report->conflicts.first();
        QCOMPARE(conflict.annotationId, first);
        QVERIFY(conflict.keptOther);
        // The newer version is kept; the other is an annotation of its own, saying whose it was.
        auto kept = (*mine)->annotation(first);
        QCOMPARE(kept->end, 49);
        QVERIFY(kept->kind == AnnotationKind::Claim);
        auto recorded = (*mine)->annotation(conflict.recordId);
        QVERIFY(recorded);
        QVERIFY(recorded->kind == AnnotationKind::Note);
        QCOMPARE(recorded->end, 50);
        QVERIFY(recorded->comment.contains(first.toString(QUuid::WithoutBraces)));
        QCOMPARE(*(*mine)->annotationCount(), 5);
        QVERIFY(mergeReportText(*report).contains(QStringLiteral("Two versions of annotation")));

        // Merging the same file again changes nothing.
        const auto before = *(*mine)->annotations();
        const auto relationsBefore = *(*mine)->relations();
        auto again = mergeProject(**mine, **theirs);
        QVERIFY(again);
        QVERIFY2(again->changedNothing(), qPrintable(mergeReportText(*again)));
        QCOMPARE(*(*mine)->annotations(), before);
        QCOMPARE(*(*mine)->relations(), relationsBefore);
        QCOMPARE((*mine)->articleSummaries()->size(), 2);
        QCOMPARE((*mine)->annotationSets()->size(), 4); // default, Alice, Bob, the records
        // The colleague's set came in as theirs.
        bool owned = false;
        for (const SetRole &role : *(*mine)->annotationSetRoles())
            owned |= role.owner == u"bob";
        QVERIFY(owned);
    }

    // An article imported separately in each project has two ids but one content hash: it is
    // one article, and the colleague's annotations land on this project's copy.
    void matchesArticlesByContentHash()
    {
        QTemporaryDir dir;
        auto mine = test::createProject(dir, QStringLiteral("mine.counterpoint"));
        auto theirs = test::createProject(dir, QStringLiteral("theirs.counterpoint"));
        QVERIFY(mine && theirs);
        auto ours = mine->addArticle(makeArticle(QStringLiteral("Harbour"), harbour));
        auto copy = theirs->addArticle(makeArticle(QStringLiteral("Harbour"), harbour));
        QVERIFY(ours && copy && ours->id != copy->id);
        auto set = theirs->ensureAnnotationSet(QStringLiteral("Bob"));
        QVERIFY(
            theirs->addAnnotation(makeAnnotation(copy->id, set->id, 0, 50, AnnotationKind::Claim)));
        auto report = mergeProject(*mine, *theirs);
        QVERIFY(report);
        QCOMPARE(report->articlesAdded, 0);
        QCOMPARE(report->articlesMatched, 1);
        QCOMPARE(report->annotationsAdded, 1);
        QCOMPARE(mine->annotations()->first().articleId, ours->id);
        // Both default sets are called the same: matched by name, and said so.
        QVERIFY(report->notes.join(u' ').contains(QStringLiteral("matched by name")));
        QVERIFY(!mergeProject(*mine, *mine));
    }

    // Issue 15 item 10: a colleague's verdict comes in where this project has none; where both
    // gave one, this project's stays and the difference is noted; a second merge adds nothing.
    void mergesVerdicts()
    {
        QTemporaryDir dir;
        auto mine = test::createProject(dir, QStringLiteral("mine.counterpoint"));
        auto theirs = test::createProject(dir, QStringLiteral("theirs.counterpoint"));
        QVERIFY(mine && theirs);
        auto article = theirs->addArticle(makeArticle(QStringLiteral("Harbour"), harbour));
        QVERIFY(article);
        auto jobs = theirs->addAnnotation(makeAnnotation(
            article->id, theirs->defaultAnnotationSetId(), 0, 50, AnnotationKind::Claim));
        auto critics = theirs->addAnnotation(makeAnnotation(
            article->id, theirs->defaultAnnotationSetId(), 51, 75, AnnotationKind::Counterclaim));
        QVERIFY(jobs && critics);
        QVERIFY(mergeProject(*mine, *theirs));
        const auto verdictOf = [](const QUuid &id, const QString &rating, int value) {
            Verdict verdict;
            verdict.annotationId = id;
            verdict.rating = rating;
            verdict.ratingValue = value;
            return verdict;
        };
        QVERIFY(theirs->setVerdict(verdictOf(jobs->id, QStringLiteral("Misleading"), 2)));
        QVERIFY(theirs->setVerdict(verdictOf(critics->id, QStringLiteral("Accurate"), 5)));
        QVERIFY(mine->setVerdict(verdictOf(critics->id, QStringLiteral("Mixed"), 3)));

        auto report = mergeProject(*mine, *theirs);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->verdictsAdded, 1);
        QCOMPARE(mine->verdict(jobs->id)->value(), theirs->verdict(jobs->id)->value());
        QCOMPARE(mine->verdict(critics->id)->value().rating, QStringLiteral("Mixed"));
        QVERIFY2(report->notes.join(u' ').contains(
                     QStringLiteral("(here “Mixed”, there “Accurate”); this project's was kept")),
                 qPrintable(report->notes.join(u' ')));
        auto again = mergeProject(*mine, *theirs);
        QVERIFY(again);
        QCOMPARE(again->verdictsAdded, 0);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        {
            auto mine = test::createProject(dir, QStringLiteral("mine.counterpoint"));
            auto theirs = test::createProject(dir, QStringLiteral("theirs.counterpoint"));
            QVERIFY(mine && theirs);
            auto copy = theirs->addArticle(makeArticle(QStringLiteral("Harbour"), harbour));
            QVERIFY(
                theirs->addAnnotation(makeAnnotation(copy->id, {}, 0, 50, AnnotationKind::Claim)));
        }
        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(test::counterpointExecutable(), arguments);
            process.waitForFinished(30000);
            const QByteArray output =
                process.readAllStandardOutput() + process.readAllStandardError();
            return std::make_pair(process.exitCode(), output);
        };
        const QString mine = dir.filePath(QStringLiteral("mine.counterpoint"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.counterpoint"));
        auto [status, output] = run({QStringLiteral("merge"), mine, theirs});
        QCOMPARE(status, 0);
        QVERIFY2(output.contains("articles 1 added"), output.constData());
        std::tie(status, output) = run({QStringLiteral("merge"), mine, theirs});
        QCOMPARE(status, 0);
        QVERIFY2(output.contains("Nothing new"), output.constData());
        std::tie(status, output) = run({QStringLiteral("merge"), mine, mine});
        QCOMPARE(status, 1);
        std::tie(status, output) = run(
            {QStringLiteral("merge"), mine, dir.filePath(QStringLiteral("missing.counterpoint"))});
        QCOMPARE(status, 1);
        QVERIFY(output.contains("missing.counterpoint"));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
