// Cleaning up, splitting and the versions of articles (issue 17), on the two seed documents
// (scraped pages: a story with advertisements, prompts and three related articles; a story that
// shows its title twice and ends in "Exit mobile version"), with annotations before, inside and
// after the text that goes; each edit one undo step; the same through the command line.
#include "TestSupport.h"

#include "articles/ArticleEditCommands.h"
#include "articles/ArticleEdits.h"
#include "articles/CleanupSuggester.h"
#include "articles/PassageHeading.h"
#include "articles/VersionHistory.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// Options that create the project (a named function: designated initialisers would leave
// OpenOptions' strings to -Wmissing-field-initializers).
OpenOptions creating()
{
    OpenOptions options;
    options.createIfMissing = true;
    return options;
}

const QString storySeed = QStringLiteral("000_8e6081ee2d97c86f.txt");
const QString mirrorSeed = QStringLiteral("002_7db609266c195bf7.txt");

using Run = CliResult;

} // namespace

class TestArticleEdits final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    QUuid m_article;
    QString m_text;

    Project &project() { return m_session->project(); }

    void openSeed(const QString &seed)
    {
        static int count = 0;
        const QString path = m_dir.filePath(QStringLiteral("p%1.counterpoint").arg(++count));
        auto opened = ProjectSession::open(path, creating());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_session = std::move(opened).value();
        m_article = importArticle(project(), QDir(sharedSeedsDir()).filePath(seed));
        QVERIFY(!m_article.isNull());
        m_text = *project().articleText(m_article);
    }

    // Tags the nth occurrence (from 0) of exact; returns the annotation.
    Annotation tag(const QString &exact, int occurrence = 0)
    {
        qsizetype at = m_text.indexOf(exact);
        for (int i = 0; i < occurrence && at >= 0; ++i)
            at = m_text.indexOf(exact, at + 1);
        if (at < 0) {
            qWarning("no “%s” in the seed", qPrintable(exact));
            return {};
        }
        auto tagged = m_session->tagPassage(m_article, int(at), int(at + exact.size()),
                                            AnnotationKind::Claim);
        if (!tagged)
            qWarning("%s", qPrintable(tagged.errorMessage()));
        return tagged ? *tagged : Annotation{};
    }

    Annotation stored(const QUuid &id)
    {
        auto annotation = project().annotation(id);
        return annotation ? *annotation : Annotation{};
    }

    static bool touchesStory(const CleanupSuggestion &suggestion, const QString &text)
    {
        // A suggestion may take a glued marker out of a paragraph, never words of it.
        const QString cut =
            text.mid(suggestion.cut.start, suggestion.cut.end - suggestion.cut.start);
        if (suggestion.kind == DebrisKind::RelatedBlock)
            return false;
        return cut.count(u' ') >= CleanupSuggester::paragraphWords;
    }

    Run run(const QStringList &arguments) { return runCounterpoint(arguments); }

    // What a user who reads or pipes `counterpoint diff` relies on: the two versions named with
    // their dates and files, hunks with a few lines of context, and a text patch(1) applies to
    // the older version to give the newer one exactly.
    void checkUnifiedDiff(const QString &projectPath, const QString &diff, int older, int newer)
    {
        auto opened = Project::open(projectPath);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Project &p = **opened;
        const QUuid articleId = p.articleTitles()->first().id;
        const QList<VersionEntry> versions = *VersionHistory::of(p, articleId);
        const VersionEntry &from = versions.at(older - 1);
        const VersionEntry &to = versions.at(newer - 1);
        QCOMPARE(diff, VersionHistory::unifiedDiff(from, to)); // the window copies the same text

        const QStringList lines = diff.split(u'\n');
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("--- version %1 (").arg(older)) &&
                     lines.at(0).contains(
                         from.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) &&
                     lines.at(0).contains(from.sourceFileName),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("+++ version %1 (").arg(newer)),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("@@ -")), qPrintable(lines.at(2)));
        int context = 0;
        for (const QString &line : lines.mid(2, lines.size() - 3)) {
            QVERIFY2(!line.isEmpty() && QStringView(u" -+@\\").contains(line.front()),
                     qPrintable(line));
            context += line.startsWith(u' ') ? 1 : 0;
        }
        QVERIFY(context > 0);
        QVERIFY(diff.endsWith(u'\n'));

        if (QStandardPaths::findExecutable(QStringLiteral("patch")).isEmpty())
            QSKIP("no patch(1) here to apply the diff with");
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("older.txt"));
        const QString patched = dir.filePath(QStringLiteral("patched.txt"));
        QVERIFY(writeFile(original, from.text.toUtf8()));
        QProcess patch;
        patch.start(QStringLiteral("patch"),
                    {QStringLiteral("--quiet"), QStringLiteral("-o"), patched, original});
        QVERIFY(patch.waitForStarted());
        patch.write(diff.toUtf8());
        patch.closeWriteChannel();
        QVERIFY(patch.waitForFinished());
        QVERIFY2(patch.exitCode() == 0, patch.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(readFile(patched)), to.text);
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SHARED_DATA();
        QVERIFY(m_dir.isValid());
    }

    void cleansUpTheStorySeedWithoutTouchingTheStory()
    {
        openSeed(storySeed);
        const Annotation before = tag(QStringLiteral("Anthropic and Nvidia are at war"));
        const Annotation after = tag(QStringLiteral("rather than tell tall tales"));
        const Annotation inside = tag(QStringLiteral("Tariff Tracker"));
        QVERIFY(!before.id.isNull() && !after.id.isNull() && !inside.id.isNull());

        auto suggestions = suggestCleanup(project(), m_article);
        QVERIFY2(suggestions, qPrintable(suggestions.errorMessage()));
        int advertisements = 0;
        bool relatedBlock = false;
        for (const CleanupSuggestion &suggestion : std::as_const(*suggestions)) {
            QVERIFY2(!touchesStory(suggestion, m_text), qPrintable(suggestion.text));
            if (suggestion.kind == DebrisKind::Advertisement) {
                QCOMPARE(suggestion.text.trimmed(), QStringLiteral("advertisement"));
                ++advertisements;
            }
            if (suggestion.kind == DebrisKind::RelatedBlock) {
                relatedBlock = true;
                QVERIFY(suggestion.text.trimmed().startsWith(QStringLiteral("Related Articles")));
                QCOMPARE(suggestion.cut.end, int(m_text.size())); // the block runs to the end
            }
        }
        QCOMPARE(advertisements, int(m_text.count(QStringLiteral("advertisement"))));
        QVERIFY(advertisements >= 3);
        QVERIFY(relatedBlock);

        auto plan = ArticleEdits(project()).prepareRemoval(m_article,
                                                           CleanupSuggester::cutsOf(*suggestions));
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        // The annotation in the related block is named before anything changes.
        QCOMPARE(plan->inRemovedText.size(), 1);
        QCOMPARE(plan->inRemovedText.first().id, inside.id);

        auto command = ArticleEditCommands::removal(project(), *plan);
        QVERIFY(command);
        QVERIFY(m_session->history().perform(std::move(command).value()));
        QCOMPARE(m_session->history().stack()->count(), 3 + 1); // three tags, one removal

        const QString cleaned = *project().articleText(m_article);
        QVERIFY(!cleaned.contains(QStringLiteral("advertisement"), Qt::CaseInsensitive));
        for (const QString &debris : {QStringLiteral("Related Articles"),
                                      QStringLiteral("No comments yet"), QStringLiteral("Hashtags"),
                                      QStringLiteral("Comments"), QStringLiteral("Tariff Tracker")})
            QVERIFY2(!cleaned.contains(debris), qPrintable(debris));
        // The story, all of it: its title and both paragraphs, word for word.
        const QStringList storyLines = m_text.split(u'\n').mid(1, 3);
        for (QString line : storyLines) {
            line.remove(QStringLiteral("advertisement"));
            line.remove(QStringLiteral("Tune In"));
            QString words = cleaned;
            words.remove(u' ');
            QVERIFY2(words.contains(line.remove(u' ')), qPrintable(line.left(60)));
        }
        QVERIFY(cleaned.contains(QStringLiteral("2025. The controversy"))); // not glued

        // Before and after found exactly again; the one inside keeps its quote, orphaned.
        const Annotation beforeNow = stored(before.id);
        const Annotation afterNow = stored(after.id);
        const Annotation insideNow = stored(inside.id);
        QCOMPARE(cleaned.mid(beforeNow.start, beforeNow.length()), before.quote.exact);
        QCOMPARE(cleaned.mid(afterNow.start, afterNow.length()), after.quote.exact);
        QVERIFY(afterNow.start < after.start); // an advertisement before it went
        QCOMPARE(toString(insideNow.anchorState), toString(AnchorState::Orphaned));
        QCOMPARE(insideNow.quote.exact, inside.quote.exact);

        // Versions: the first import, then the cleaned text with the states it left.
        auto versions = VersionHistory::of(project(), m_article);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).text, m_text);
        QVERIFY(versions->at(1).current);
        QCOMPARE(versions->at(1).anchorStates,
                 QStringLiteral("exact=1 moved=1 fuzzy=0 orphaned=1"));
        const QList<TextChange> changes = VersionHistory::changes(m_text, cleaned);
        QVERIFY(changes.size() >= 4);
        QVERIFY(
            m_text.mid(changes.first().oldStart, changes.first().oldEnd - changes.first().oldStart)
                .contains(QStringLiteral("advertisement")));

        // One undo puts the text and every annotation back.
        m_session->history().stack()->undo();
        QCOMPARE(*project().articleText(m_article), m_text);
        QCOMPARE(stored(inside.id).start, inside.start);
        QCOMPARE(toString(stored(inside.id).anchorState), toString(AnchorState::Exact));
        QCOMPARE(stored(after.id).start, after.start);
    }

    void cleansUpTheMirrorSeed()
    {
        openSeed(mirrorSeed);
        const QString title = m_text.split(u'\n').at(2);
        const Annotation before = tag(title.left(30), 0);
        const Annotation inside = tag(title.left(30), 1); // the title shown a second time
        const Annotation after = tag(QStringLiteral("American firms should focus on innovation"));
        QVERIFY(!before.id.isNull() && !inside.id.isNull() && !after.id.isNull());

        auto suggestions = suggestCleanup(project(), m_article);
        QVERIFY(suggestions);
        QStringList kinds;
        for (const CleanupSuggestion &suggestion : std::as_const(*suggestions)) {
            QVERIFY2(!touchesStory(suggestion, m_text), qPrintable(suggestion.text));
            kinds.append(
                QString(suggestion.reason() + u':' + suggestion.text.simplified().left(20)));
        }
        QVERIFY2(kinds.contains(QString(displayName(DebrisKind::Prompt) + u':' +
                                        QStringLiteral("Exit mobile version"))),
                 qPrintable(kinds.join(u'|')));
        QVERIFY2(
            kinds.contains(QString(displayName(DebrisKind::DuplicateLine) + u':' + title.left(20))),
            qPrintable(kinds.join(u'|')));

        auto plan = ArticleEdits(project()).prepareRemoval(m_article,
                                                           CleanupSuggester::cutsOf(*suggestions));
        QVERIFY(plan);
        QCOMPARE(plan->inRemovedText.size(), 1);
        QCOMPARE(plan->inRemovedText.first().id, inside.id);
        auto command = ArticleEditCommands::removal(project(), *plan);
        QVERIFY(command);
        QVERIFY(m_session->history().perform(std::move(command).value()));
        const QString cleaned = *project().articleText(m_article);
        QVERIFY(!cleaned.contains(QStringLiteral("Exit mobile version")));
        QCOMPARE(cleaned.count(title), 1);
        // Every paragraph of the story is still there, with the blank line between paragraphs.
        for (const QString &line : m_text.split(u'\n'))
            if (line.count(u' ') >= CleanupSuggester::paragraphWords)
                QVERIFY2(cleaned.contains(QString(u'\n' + line + u'\n')) || cleaned.endsWith(line),
                         qPrintable(line.left(50)));
        QVERIFY(!cleaned.contains(QStringLiteral("\n\n\n")));
        QCOMPARE(stored(before.id).start, before.start); // nothing went before it
        QCOMPARE(toString(stored(before.id).anchorState), toString(AnchorState::Exact));
        QCOMPARE(cleaned.mid(stored(after.id).start, after.length()), after.quote.exact);
        QVERIFY(stored(after.id).start < after.start);
        // The title shown twice went once: its annotation is found on the one that stays (moved).
        QCOMPARE(toString(stored(inside.id).anchorState), toString(AnchorState::Moved));
        QCOMPARE(cleaned.mid(stored(inside.id).start, inside.length()), inside.quote.exact);
    }

    void removesASelectedPassageAsOneStep()
    {
        openSeed(mirrorSeed);
        const Annotation before = tag(QStringLiteral("American firms should focus on innovation"));
        const Annotation after = tag(QStringLiteral("Given the antagonism"));
        const qsizetype credit = m_text.indexOf(QStringLiteral("(Image credit"));
        QVERIFY(credit > 0);
        const int end = int(m_text.indexOf(u'\n', credit));
        const TextCut cut = TextCuts::tidyCut(m_text, int(credit), end);
        auto plan = ArticleEdits(project()).prepareRemoval(m_article, {cut});
        QVERIFY(plan);
        QVERIFY(plan->inRemovedText.isEmpty());
        auto command = ArticleEditCommands::removal(project(), *plan);
        QVERIFY(command);
        QCOMPARE((*command)->text(),
                 QStringLiteral("Remove from “%1”").arg(plan->update.content.title));
        QVERIFY(m_session->history().perform(std::move(command).value()));
        const QString now = *project().articleText(m_article);
        QVERIFY(!now.contains(QStringLiteral("Image credit")));
        QCOMPARE(now.size(), m_text.size() - (cut.end - cut.start));
        QCOMPARE(stored(before.id).start, before.start); // before the cut: where it was
        QCOMPARE(stored(after.id).start, after.start - (cut.end - cut.start));
        QCOMPARE(now.mid(stored(after.id).start, after.length()), after.quote.exact);
        m_session->history().stack()->undo();
        QCOMPARE(*project().articleText(m_article), m_text);
    }

    void splitsTheStorySeedIntoFourArticles()
    {
        openSeed(storySeed);
        const Annotation story = tag(QStringLiteral("rather than tell tall tales"));
        const Annotation moving =
            tag(QStringLiteral("Chinese smartphone and electronics companies"));
        QVERIFY(!story.id.isNull() && !moving.id.isNull());
        const QStringList titles = {QStringLiteral("Tariff Tracker, June 14"),
                                    QStringLiteral("Chinese tech giants tap India"),
                                    QStringLiteral("India moves to conserve")};
        const QStringList publishers = {QStringLiteral("Indian Express"),
                                        QStringLiteral("Business Standard"),
                                        QStringLiteral("Hindustan Times")};
        QList<QUuid> made;
        for (int i = 0; i < titles.size(); ++i) {
            const QString text = *project().articleText(m_article);
            const qsizetype start = text.indexOf(titles.at(i));
            QVERIFY(start > 0);
            // The title line and the body under it.
            const qsizetype bodyEnd = text.indexOf(u'\n', text.indexOf(u'\n', start) + 1);
            const int end = bodyEnd < 0 ? int(text.size()) : int(bodyEnd);
            auto plan = ArticleEdits(project()).prepareSplit(m_article, int(start), end,
                                                             {{}, publishers.at(i), {}});
            QVERIFY2(plan, qPrintable(plan.errorMessage()));
            QVERIFY(plan->newArticle.title.startsWith(titles.at(i)));
            QVERIFY(plan->straddling.isEmpty());
            auto command = ArticleEditCommands::split(project(), *plan);
            QVERIFY(command);
            QVERIFY(m_session->history().perform(std::move(command).value()));
            made.append(plan->newArticle.id);
            auto split = project().article(plan->newArticle.id);
            QVERIFY(split);
            QCOMPARE(split->publisher, publishers.at(i));
            QCOMPARE(split->text, text.mid(start, end - start));
            QVERIFY(!project().articleText(m_article)->contains(titles.at(i)));
        }
        QCOMPARE(project().articleSummaries()->size(), 4);

        // The annotation in the second related article went with it, on the same words.
        const Annotation moved = stored(moving.id);
        QCOMPARE(moved.articleId, made.at(1));
        QCOMPARE(project().articleText(made.at(1))->mid(moved.start, moved.length()),
                 moving.quote.exact);
        QCOMPARE(stored(story.id).articleId, m_article);
        QCOMPARE(stored(story.id).start, story.start); // the story did not move
        auto annotationsOfSplit = project().annotationsOfArticle(made.at(1));
        QCOMPARE(annotationsOfSplit->size(), 1);

        // Each split is one step: undoing the last one leaves three articles and the source
        // with that related article again.
        m_session->history().stack()->undo();
        QCOMPARE(project().articleSummaries()->size(), 3);
        QVERIFY(project().articleText(m_article)->contains(titles.at(2)));
        m_session->history().stack()->undo();
        const Annotation back = stored(moving.id);
        QCOMPARE(back.articleId, m_article);
        QCOMPARE(project().articleText(m_article)->mid(back.start, back.length()),
                 moving.quote.exact);
        m_session->history().stack()->redo();
        QCOMPARE(stored(moving.id).articleId, made.at(1));
    }

    // A related article split from its publisher's line takes its title, publisher and date
    // from its heading ("Indian Express", "26 minutes ago", "- Indian Express", the title), the
    // date counted back from when the page was imported; options given still win.
    void splitTakesTheHeadingOfEachRelatedArticle()
    {
        openSeed(storySeed);
        const Article source = *project().article(m_article);
        struct Block
        {
            QString publisher;
            qint64 minutesAgo;
            QString title;
        };
        const QList<Block> blocks = {
            {QStringLiteral("Indian Express"), 26, QStringLiteral("Tariff Tracker, June 14")},
            {QStringLiteral("Business Standard"), 35,
             QStringLiteral("Chinese tech giants tap India")},
            {QStringLiteral("Hindustan Times"), 60, QStringLiteral("India moves to conserve")}};
        for (const Block &block : blocks) {
            const QString text = *project().articleText(m_article);
            const qsizetype start = text.indexOf(u'\n' + block.publisher + u'\n') + 1;
            const qsizetype titleAt = text.indexOf(block.title);
            QVERIFY(start > 0 && titleAt > start);
            const qsizetype bodyEnd = text.indexOf(u'\n', text.indexOf(u'\n', titleAt) + 1);
            const int end = bodyEnd < 0 ? int(text.size()) : int(bodyEnd);
            auto plan = ArticleEdits(project()).prepareSplit(m_article, int(start), end, {});
            QVERIFY2(plan, qPrintable(plan.errorMessage()));
            QVERIFY2(plan->newArticle.title.startsWith(block.title),
                     qPrintable(plan->newArticle.title));
            QCOMPARE(plan->newArticle.publisher, block.publisher);
            QCOMPARE(plan->newArticle.published, source.importedAt.toUTC()
                                                     .addSecs(-block.minutesAgo * 60)
                                                     .date()
                                                     .toString(Qt::ISODate));
            QCOMPARE(plan->newArticle.text, text.mid(start, end - start)); // the text as it was
            auto command = ArticleEditCommands::split(project(), *plan);
            QVERIFY(command);
            QVERIFY(m_session->history().perform(std::move(command).value()));
        }
        // The story itself has no such heading: its first line, the source's publisher and date.
        const QString text = *project().articleText(m_article);
        const qsizetype story = text.indexOf(QStringLiteral("Anthropic and Nvidia are at war"));
        auto plan = ArticleEdits(project()).prepareSplit(m_article, int(story),
                                                         int(text.indexOf(u'\n', story)),
                                                         {QStringLiteral("Given title"), {}, {}});
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->newArticle.title, QStringLiteral("Given title"));
        QCOMPARE(plan->newArticle.publisher, source.publisher);
        QCOMPARE(plan->newArticle.published, source.published);
    }

    // The heading of a passage as news sites write it: a byline, dates in the forms they use.
    void readsBylinesAndDates_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("published");
        const QString body = QStringLiteral(
            "The body of the article runs on for a long while, far longer than any heading or "
            "byline would, and says what the article has to say about chips and export rules.");
        QTest::newRow("byline and month-first date")
            << QStringLiteral("Chips at the Border\nBy Jane Doe\nMay 3, 2025\n") + body
            << QStringLiteral("Chips at the Border") << QString() << QStringLiteral("Jane Doe")
            << QStringLiteral("2025-05-03");
        QTest::newRow("ISO timestamp")
            << QStringLiteral("Chips at the Border\n2025-05-03T09:30:00Z\n") + body
            << QStringLiteral("Chips at the Border") << QString() << QString()
            << QStringLiteral("2025-05-03");
        QTest::newRow("published, day first, byline with date")
            << QStringLiteral("Reuters\n- Reuters\nChips at the Border\nBy Jane Doe | "
                              "Published 3 May 2025 09:30\n") +
                   body
            << QStringLiteral("Chips at the Border") << QStringLiteral("Reuters")
            << QStringLiteral("Jane Doe") << QStringLiteral("2025-05-03");
        QTest::newRow("a title that mentions a date is a title")
            << QStringLiteral("Tariff Tracker, June 14: talks resume\n") + body
            << QStringLiteral("Tariff Tracker, June 14: talks resume") << QString() << QString()
            << QString();
        QTest::newRow("no heading") << body << QString() << QString() << QString() << QString();
    }

    void readsBylinesAndDates()
    {
        QFETCH(QString, passage);
        const PassageHeading heading =
            readPassageHeading(passage, {}, QDateTime(QDate(2025, 6, 14), QTime(12, 0), Qt::UTC));
        QTEST(heading.title, "title");
        QTEST(heading.publisher, "publisher");
        QTEST(heading.author, "author");
        QTEST(heading.published, "published");
    }

    void splitsTheMirrorSeedAndReportsStraddlingAnnotations()
    {
        openSeed(mirrorSeed);
        const Annotation before = tag(QStringLiteral("In a recent blog post"));
        const Annotation inside = tag(QStringLiteral("secure nationhood"));
        const Annotation straddling = tag(QStringLiteral("Given the antagonism"));
        const Annotation after = tag(QStringLiteral("hand-waving that concern"));
        const qsizetype start = m_text.indexOf(QStringLiteral("On the way to a recent"));
        const qsizetype end =
            m_text.indexOf(u'\n', m_text.indexOf(QStringLiteral("This is one step")));
        QVERIFY(start > 0 && end > start);
        auto straddled = ArticleEdits(project()).prepareSplit(
            m_article, int(m_text.indexOf(QStringLiteral("antagonism"))), int(end), {});
        QVERIFY(straddled);
        QCOMPARE(straddled->straddling.size(), 1);
        QCOMPARE(straddled->straddling.first().id, straddling.id);

        auto plan = ArticleEdits(project()).prepareSplit(m_article, int(start), int(end),
                                                         {QStringLiteral("Huang's view"), {}, {}});
        QVERIFY(plan);
        QVERIFY(plan->straddling.isEmpty());
        QCOMPARE(plan->newArticle.title, QStringLiteral("Huang's view"));
        QCOMPARE(plan->newArticle.publisher, project().article(m_article)->publisher);
        QCOMPARE(plan->moved.size(), 1);
        auto command = ArticleEditCommands::split(project(), *plan);
        QVERIFY(command);
        QVERIFY(m_session->history().perform(std::move(command).value()));
        const QString source = *project().articleText(m_article);
        QCOMPARE(source.mid(stored(before.id).start, before.length()), before.quote.exact);
        QCOMPARE(source.mid(stored(after.id).start, after.length()), after.quote.exact);
        QCOMPARE(source.mid(stored(straddling.id).start, straddling.length()),
                 straddling.quote.exact);
        QCOMPARE(stored(inside.id).articleId, plan->newArticle.id);
        // The paragraphs around the passage keep one blank line between them.
        QCOMPARE(source.count(QStringLiteral("\n\n\n")), m_text.count(QStringLiteral("\n\n\n")));
    }

    // Deleting an article takes its annotations, their links (also to another article's
    // annotations), verdicts and its kept versions; one undo step brings every one back as it
    // was, and redo takes them again.
    void deletesAnArticleWithWhatGoesWithItAsOneStep()
    {
        openSeed(storySeed);
        const QUuid other = importArticle(project(), QDir(sharedSeedsDir()).filePath(mirrorSeed));
        QVERIFY(!other.isNull());
        const Annotation claim = tag(QStringLiteral("rather than tell tall tales"));
        const Annotation second = tag(QStringLiteral("Chinese smartphone and electronics"));
        const Annotation third = tag(QStringLiteral("Tariff Tracker"));
        const QString otherText = *project().articleText(other);
        const qsizetype elsewhere = otherText.indexOf(QStringLiteral("hand-waving that concern"));
        auto outside = m_session->tagPassage(other, int(elsewhere), int(elsewhere + 24),
                                             AnnotationKind::Counterclaim);
        QVERIFY(outside);
        Relation rebuts;
        rebuts.fromId = outside->id;
        rebuts.toId = claim.id;
        QVERIFY(project().addRelation(rebuts));
        Relation supports;
        supports.fromId = second.id;
        supports.toId = claim.id;
        supports.kind = RelationKind::Supports;
        QVERIFY(project().addRelation(supports));
        Verdict verdict;
        verdict.annotationId = claim.id;
        verdict.rating = QStringLiteral("False");
        verdict.ratingValue = 1;
        QVERIFY(project().setVerdict(verdict));
        auto cleaned = ArticleEdits(project()).prepareRemovalOfText(
            m_article, QStringLiteral("No comments yet..."));
        QVERIFY(cleaned);
        QVERIFY(ArticleUpdater(project()).apply(cleaned->update));
        const Article before = *project().article(m_article);
        const QList<Annotation> annotationsBefore = *project().annotationsOfArticle(m_article);

        auto contents = ArticleEditCommands::contentsOf(project(), m_article);
        QVERIFY(contents);
        QCOMPARE(contents->annotations, 3);
        QCOMPARE(contents->relations, 2);
        QCOMPARE(contents->versions, 1);
        auto command = ArticleEditCommands::deletion(project(), m_article);
        QVERIFY2(command, qPrintable(command.errorMessage()));
        const int steps = m_session->history().stack()->index();
        QVERIFY(m_session->history().perform(std::move(command).value()));
        QCOMPARE(m_session->history().stack()->index(), steps + 1);
        QVERIFY(!project().article(m_article));
        QVERIFY(!project().annotation(claim.id));
        QCOMPARE(project().relations()->size(), 0);
        QVERIFY(project().verdicts()->isEmpty());
        QCOMPARE(project().articleSummaries()->size(), 1);

        m_session->history().stack()->undo();
        auto back = project().article(m_article);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->text, before.text);
        QCOMPARE(back->title, before.title);
        QCOMPARE(back->original, before.original);
        QCOMPARE(project().articleVersions(m_article)->size(), 1);
        QCOMPARE(project().articleVersions(m_article)->first().text, m_text);
        QList<Annotation> annotationsBack = *project().annotationsOfArticle(m_article);
        QCOMPARE(annotationsBack.size(), annotationsBefore.size());
        for (qsizetype i = 0; i < annotationsBack.size(); ++i) {
            QCOMPARE(annotationsBack.at(i).id, annotationsBefore.at(i).id);
            QCOMPARE(annotationsBack.at(i).start, annotationsBefore.at(i).start);
            QCOMPARE(annotationsBack.at(i).quote, annotationsBefore.at(i).quote);
        }
        QCOMPARE(project().relations()->size(), 2);
        QCOMPARE(project().verdicts()->size(), 1);
        QCOMPARE(project().verdicts()->first(), verdict);
        QVERIFY(project().annotation(third.id));

        m_session->history().stack()->redo();
        QVERIFY(!project().article(m_article));
        QCOMPARE(project().annotation(outside->id)->articleId, other); // the other stays
    }

    void commandLineDeletesAnArticle()
    {
        const QString path = m_dir.filePath(QStringLiteral("delete.counterpoint"));
        QCOMPARE(run({QStringLiteral("import"), path, QDir(sharedSeedsDir()).filePath(storySeed),
                      QDir(sharedSeedsDir()).filePath(mirrorSeed)})
                     .status,
                 0);
        QCOMPARE(run({QStringLiteral("annotate"), path, QStringLiteral("Anthropic says"),
                      QStringLiteral("--kind"), QStringLiteral("claim"), QStringLiteral("--exact"),
                      QStringLiteral("rather than tell tall tales")})
                     .status,
                 0);
        Run deleted =
            run({QStringLiteral("delete-article"), path, QStringLiteral("Anthropic says")});
        QVERIFY2(deleted.status == 0, qPrintable(deleted.err));
        QVERIFY2(deleted.out.startsWith(QStringLiteral("Deleted “Anthropic says")) &&
                     deleted.out.contains(
                         QStringLiteral("with 1 annotation, 0 links, 0 kept versions.")),
                 qPrintable(deleted.out));
        Run listed = run({QStringLiteral("list"), path});
        QVERIFY(!listed.out.contains(QStringLiteral("Anthropic says")));
        Run missing =
            run({QStringLiteral("delete-article"), path, QStringLiteral("Anthropic says")});
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err.count(u'\n'), 1);
    }

    void restoresAVersionAsOneStep()
    {
        openSeed(mirrorSeed);
        const Annotation after = tag(QStringLiteral("American firms should focus on innovation"));
        auto plan = ArticleEdits(project()).prepareRemovalOfText(
            m_article, QStringLiteral("Exit mobile version"));
        QVERIFY(plan);
        QVERIFY(ArticleUpdater(project()).apply(plan->update));
        const QString cleaned = *project().articleText(m_article);

        auto update = ArticleEdits(project()).prepareRestore(m_article, 1);
        QVERIFY2(update, qPrintable(update.errorMessage()));
        auto command = ArticleEditCommands::restore(project(), *update, 1);
        QVERIFY(command);
        QVERIFY(m_session->history().perform(std::move(command).value()));
        QCOMPARE(*project().articleText(m_article), m_text);
        QCOMPARE(stored(after.id).start, after.start);
        auto versions = VersionHistory::of(project(), m_article);
        QCOMPARE(versions->size(), 3); // nothing lost: the cleaned text is version 2
        QCOMPARE(versions->at(1).text, cleaned);

        m_session->history().stack()->undo();
        QCOMPARE(*project().articleText(m_article), cleaned);
        QVERIFY(!ArticleEdits(project()).prepareRestore(m_article, 9));
    }

    // counterpoint split without --title, from a related article's publisher line: the
    // heading's title, publisher and date, as the window's Split proposes them.
    void commandLineSplitTakesTheHeading()
    {
        const QString path = m_dir.filePath(QStringLiteral("headed.counterpoint"));
        QCOMPARE(run({QStringLiteral("import"), path, QDir(sharedSeedsDir()).filePath(storySeed)})
                     .status,
                 0);
        Run headed = run({QStringLiteral("split"), path, QStringLiteral("Anthropic says"),
                          QStringLiteral("--from"), QStringLiteral("Hindustan Times\nan hour ago"),
                          QStringLiteral("--to"), QStringLiteral("Japan exports: Report")});
        QVERIFY2(headed.status == 0, qPrintable(headed.err));
        QVERIFY2(headed.out.contains(
                     QStringLiteral("Split “India moves to conserve its rare earths, seeks halt "
                                    "to Japan exports: Report”")),
                 qPrintable(headed.out));
        QVERIFY2(headed.out.contains(QStringLiteral("Publisher: Hindustan Times")),
                 qPrintable(headed.out));
        Run given = run({QStringLiteral("split"), path, QStringLiteral("Anthropic says"),
                         QStringLiteral("--from"), QStringLiteral("Business Standard\n35 minutes"),
                         QStringLiteral("--to"), QStringLiteral("West Asia"),
                         QStringLiteral("--title"), QStringLiteral("Phones from India")});
        QVERIFY2(given.status == 0, qPrintable(given.err));
        QVERIFY2(given.out.contains(QStringLiteral("Split “Phones from India”")),
                 qPrintable(given.out));
        QVERIFY2(given.out.contains(QStringLiteral("Publisher: Business Standard")),
                 qPrintable(given.out));
    }

    void commandLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.counterpoint"));
        const QString seed = QDir(sharedSeedsDir()).filePath(storySeed);
        QCOMPARE(run({QStringLiteral("import"), path, seed}).status, 0);
        const QString article = QStringLiteral("Anthropic says");

        Run suggested =
            run({QStringLiteral("clean-up"), path, article, QStringLiteral("--suggest")});
        QCOMPARE(suggested.status, 0);
        QVERIFY2(suggested.out.contains(displayName(DebrisKind::RelatedBlock)),
                 qPrintable(suggested.out));
        QCOMPARE(suggested.out.count(QString(displayName(DebrisKind::Advertisement) + u':')), 3);
        // Listing changes nothing.
        Run versions = run({QStringLiteral("versions"), path, article});
        QCOMPARE(versions.status, 0);
        QCOMPARE(versions.out.count(u'\n'), 1);

        Run split = run({QStringLiteral("split"), path, article, QStringLiteral("--from"),
                         QStringLiteral("Chinese tech giants tap India"), QStringLiteral("--to"),
                         QStringLiteral("queuing up to join the list."), QStringLiteral("--title"),
                         QStringLiteral("Chinese brands in India")});
        QVERIFY2(split.status == 0, qPrintable(split.err));
        QVERIFY(split.out.contains(QStringLiteral("Chinese brands in India")));
        Run listed = run({QStringLiteral("list"), path});
        QVERIFY(listed.out.contains(QStringLiteral("Chinese brands in India")));

        Run missing = run({QStringLiteral("split"), path, article, QStringLiteral("--from"),
                           QStringLiteral("no such words anywhere")});
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err.count(u'\n'), 1);

        Run removed = run({QStringLiteral("clean-up"), path, article,
                           QStringLiteral("--remove-exact"), QStringLiteral("advertisement"),
                           QStringLiteral("--remove-exact"), QStringLiteral("No comments yet...")});
        QVERIFY2(removed.status == 0, qPrintable(removed.err));
        versions = run({QStringLiteral("versions"), path, article});
        QCOMPARE(versions.out.count(u'\n'), 3); // import, split, clean-up
        QVERIFY(versions.out.contains(QStringLiteral("(current)")));

        Run diff =
            run({QStringLiteral("diff"), path, article, QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(diff.status, 0);
        checkUnifiedDiff(path, diff.out, 2, 3);
        const QStringList diffLines = diff.out.split(u'\n');
        QVERIFY2(diffLines.contains(QStringLiteral("-No comments yet...")), qPrintable(diff.out));
        int removedAds = 0;
        for (const QString &line : diffLines) {
            if (line.startsWith(u'-') && !line.startsWith(QStringLiteral("---")))
                removedAds += int(line.count(QStringLiteral("advertisement")));
            if (line.startsWith(u'+'))
                QVERIFY2(!line.contains(QStringLiteral("advertisement")), qPrintable(line));
        }
        QCOMPARE(removedAds, 3); // each of the three, on the lines that held them

        Run restored = run({QStringLiteral("versions"), path, article, QStringLiteral("--restore"),
                            QStringLiteral("2")});
        QVERIFY2(restored.status == 0, qPrintable(restored.err));
        Run same =
            run({QStringLiteral("diff"), path, article, QStringLiteral("2"), QStringLiteral("4")});
        QVERIFY2(same.out.contains(QStringLiteral("read the same")), qPrintable(same.out));

        Run usage = run({QStringLiteral("clean-up"), path, article});
        QCOMPARE(usage.status, 2);
    }
};

QTEST_MAIN(TestArticleEdits)
#include "tst_articleedits.moc"
