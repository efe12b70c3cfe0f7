// Updating an article from a newer file through the core: the new text is made by the importer,
// every annotation is re-anchored and stored with its state, and the previous version is kept.
#include "TestSupport.h"

#include "anchor/ArticleUpdater.h"
#include "import/ArticleImporter.h"

#include <QSignalSpy>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

class TestArticleUpdate final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    static Annotation annotationOn(const Article &article, const QString &exact)
    {
        Annotation annotation;
        annotation.articleId = article.id;
        annotation.start = int(article.text.indexOf(exact));
        annotation.end = annotation.start + int(exact.size());
        return annotation;
    }

private slots:
    void updatesReanchorsAndKeepsThePreviousVersion()
    {
        auto project = createProject(m_dir, QStringLiteral("update.counterpoint"));
        QVERIFY(project);
        const QByteArray original =
            readFile(sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        const QUuid id = importArticle(*project, write(QStringLiteral("briefing.txt"), original));
        QVERIFY(!id.isNull());
        const Article before = *project->article(id);
        const QStringList quotes = {
            QStringLiteral("Chip smuggling into China is a major threat to US export controls."),
            QStringLiteral("The company calls the smuggling stories “tall tales”"),
            QStringLiteral("Neither side has published evidence about smuggling happening now."),
            QStringLiteral("Will the rule start on time?")};
        QList<QUuid> ids;
        for (const QString &quote : quotes) {
            auto added = project->addAnnotation(annotationOn(before, quote));
            QVERIFY2(added, qPrintable(added.errorMessage()));
            ids.append(added->id);
        }

        QByteArray edited = original;
        edited.replace("Prepared for the export-policy desk", "Prepared for the desk");
        edited.replace("“tall tales”", "\"tall tales\"");
        edited.replace("Will the rule start on time? ", "");
        const QString newFile = write(QStringLiteral("briefing-v2.txt"), edited);

        QSignalSpy changed(project.get(), &Project::annotationChanged);
        ArticleUpdater updater(*project);
        auto update = updater.updateFromFile(id, newFile);
        QVERIFY2(update, qPrintable(update.errorMessage()));
        QCOMPARE(update->summary.total(), 4);
        QCOMPARE(update->summary.moved, 2);
        QCOMPARE(update->summary.fuzzy, 1);
        QCOMPARE(update->summary.orphaned, 1);
        QCOMPARE(changed.count(), 4);

        const Article after = *project->article(id);
        QCOMPARE(after.text, ArticleImporter::readBytes(edited, newFile)->text);
        QCOMPARE(after.title, before.title); // details stay as they were
        auto versions = project->articleVersions(id);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().version, 1);
        QCOMPARE(versions->first().text, before.text);
        QCOMPARE(versions->first().original, original);

        const QList<std::pair<AnchorState, QString>> expected = {
            {AnchorState::Moved, quotes[0]},
            {AnchorState::Fuzzy,
             QStringLiteral("The company calls the smuggling stories \"tall tales\"")},
            {AnchorState::Moved, quotes[2]},
            {AnchorState::Orphaned, QString()}};
        for (int i = 0; i < ids.size(); ++i) {
            const Annotation stored = *project->annotation(ids[i]);
            QCOMPARE(toString(stored.anchorState), toString(expected[i].first));
            if (stored.anchorState == AnchorState::Orphaned) {
                QCOMPARE(stored.quote.exact, quotes[i]); // kept, to re-attach
                QCOMPARE(stored.start, stored.end);
                // Where the removed sentence was: the edit is aligned to the sentence end before.
                QCOMPARE(stored.start, int(after.text.indexOf(u" Will the incoming")));
            } else {
                QCOMPARE(after.text.mid(stored.start, stored.end - stored.start),
                         expected[i].second);
                QCOMPARE(stored.quote.exact, expected[i].second);
            }
        }

        // A second update keeps the first update's text as version 2.
        edited.append("\nA closing line.\n");
        auto again = updater.updateFromFile(id, write(QStringLiteral("briefing-v3.txt"), edited));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(project->articleVersions(id)->size(), 2);
        QCOMPARE(project->articleVersions(id)->last().text, after.text);
    }

    void reviewedMatchesAreOrphanedOrKeptAsTheUserSays()
    {
        auto project = createProject(m_dir, QStringLiteral("review.counterpoint"));
        QVERIFY(project);
        const QByteArray original =
            readFile(sampleArticlesDir() + QStringLiteral("/analyst-briefing.txt"));
        const QUuid id = importArticle(*project, write(QStringLiteral("review.txt"), original));
        const Article before = *project->article(id);
        const QStringList quotes = {
            QStringLiteral("Chip smuggling into China is a major threat to US export controls."),
            QStringLiteral("The company calls the smuggling stories “tall tales”"),
            QStringLiteral("Neither side has published evidence about smuggling happening now.")};
        QList<QUuid> ids;
        for (const QString &quote : quotes)
            ids.append(project->addAnnotation(annotationOn(before, quote))->id);
        QByteArray edited = original;
        edited.replace("Prepared for the export-policy desk", "Prepared for the desk");
        edited.replace("“tall tales”", "\"tall tales\"");
        const QString newFile = write(QStringLiteral("review-v2.txt"), edited);

        auto update = ArticleUpdater(*project).prepare(id, newFile);
        QVERIFY2(update, qPrintable(update.errorMessage()));
        // Every moved and fuzzy annotation is listed with its old and new passage.
        const QList<ReanchorMatch> &matches = update->summary.matches;
        QCOMPARE(matches.size(), 3);
        QCOMPARE(matches.at(0).before.quote.exact, quotes[0]);
        QCOMPARE(toString(matches.at(0).placed.anchorState), toString(AnchorState::Moved));
        QCOMPARE(matches.at(1).before.quote.exact, quotes[1]);
        QCOMPARE(matches.at(1).placed.quote.exact,
                 QStringLiteral("The company calls the smuggling stories \"tall tales\""));
        QCOMPARE(toString(matches.at(1).placed.anchorState), toString(AnchorState::Fuzzy));

        // The user says the approximate match and the second moved one are not theirs.
        update->orphanFuzzyMatches();
        update->orphanMatch(2);
        update->orphanMatch(2); // twice is once
        QVERIFY(!update->isOrphaned(0));
        QVERIFY(update->isOrphaned(1));
        QVERIFY(update->isOrphaned(2));
        QCOMPARE(update->summary.moved, 1);
        QCOMPARE(update->summary.fuzzy, 0);
        QCOMPARE(update->summary.orphaned, 2);
        QCOMPARE(update->summary.orphans.size(), 2);
        QCOMPARE(update->summary.total(), 3);
        QVERIFY(ArticleUpdater(*project).apply(*update));

        const Article after = *project->article(id);
        const Annotation kept = *project->annotation(ids[0]);
        QCOMPARE(toString(kept.anchorState), toString(AnchorState::Moved));
        QCOMPARE(after.text.mid(kept.start, kept.end - kept.start), quotes[0]);
        for (int i : {1, 2}) {
            const Annotation orphan = *project->annotation(ids[i]);
            QCOMPARE(toString(orphan.anchorState), toString(AnchorState::Orphaned));
            QCOMPARE(orphan.quote.exact, quotes[i]); // its own words, to re-attach
            QCOMPARE(orphan.start, orphan.end);
        }
    }

    void refusesTheSameTextAndAnotherArticlesText()
    {
        auto project = createProject(m_dir, QStringLiteral("refuse.counterpoint"));
        QVERIFY(project);
        const QString a = write(QStringLiteral("a.txt"), "First article.\nIt says one thing.\n");
        const QString b = write(QStringLiteral("b.txt"), "Second article.\nIt says another.\n");
        const QUuid first = importArticle(*project, a);
        QVERIFY(!importArticle(*project, b).isNull());
        ArticleUpdater updater(*project);

        auto same = updater.updateFromFile(first, a);
        QVERIFY(!same);
        QCOMPARE(same.error().code, Error::Code::Duplicate);
        QVERIFY(same.errorMessage().contains(QStringLiteral("a.txt")));
        QVERIFY(same.errorMessage().contains(QStringLiteral("same text")));

        auto other = updater.updateFromFile(first, b);
        QVERIFY(!other);
        QVERIFY(other.errorMessage().contains(QStringLiteral("b.txt")));
        QVERIFY(other.errorMessage().contains(QStringLiteral("Second article")));

        auto missing = updater.updateFromFile(first, m_dir.filePath(QStringLiteral("none.txt")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("none.txt")));
        QVERIFY(project->articleVersions(first)->isEmpty()); // nothing half done

        auto noArticle = updater.prepare(QUuid::createUuid(), a);
        QVERIFY(!noArticle);
    }
};

QTEST_MAIN(TestArticleUpdate)
#include "tst_articleupdate.moc"
