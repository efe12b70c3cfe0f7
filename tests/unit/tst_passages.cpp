// The shared-passage finder: the statement both seed documents quote, found through their
// differences in quote marks and surrounding text; tolerance to case, punctuation, spacing and a
// changed word; the minimum length; and no passages between unrelated texts.
#include "TestSupport.h"

#include "anchor/SameClaimSuggestions.h"
#include "anchor/SharedPassageFinder.h"

#include <QDir>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

class TestPassages final : public QObject
{
    Q_OBJECT

private slots:
    void findsTheStatementBothSeedDocumentsQuote()
    {
        SKIP_WITHOUT_SHARED_DATA();
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QStringList files = QDir(sharedSeedsDir()).entryList({QStringLiteral("*.txt")});
        QCOMPARE(files.size(), 2);
        QList<Article> articles;
        for (const QString &file : files) {
            const QUuid id = importArticle(*project, sharedSeedsDir() + u'/' + file);
            QVERIFY(!id.isNull());
            articles.append(*project->article(id));
        }
        const QList<SharedPassage> shared = SharedPassageFinder().findAcross(articles);
        QVERIFY(!shared.isEmpty());
        // The spokesperson's words, in straight quotes in one and curly quotes in the other.
        const QString statement = QStringLiteral(
            "American firms should focus on innovation and rise to the challenge, rather than "
            "tell tall tales");
        bool found = false;
        for (const SharedPassage &passage : shared) {
            const PassageMatch &m = passage.match;
            const QString first = articles.at(0).text.mid(m.firstStart, m.firstEnd - m.firstStart);
            const QString second =
                articles.at(1).text.mid(m.secondStart, m.secondEnd - m.secondStart);
            if (first == statement && second == statement) {
                found = true;
                QCOMPARE(m.words, 16);
                QCOMPARE(m.similarity, 1.0);
                QCOMPARE(passage.firstArticle, articles.at(0).id);
                QCOMPARE(passage.secondArticle, articles.at(1).id);
            }
        }
        QVERIFY(found);
        QCOMPARE(shared.size(), 1); // and nothing else the two reports happen to share
    }

    // A search told to stop (the window closing) ends between two pairs and answers nothing: a
    // part of the answer would say that the other pairs share nothing.
    void aStoppedSearchEndsBetweenPairsWithNoAnswer()
    {
        const QString shared = QStringLiteral(
            "American firms should focus on innovation and rise to the challenge today");
        QList<Article> articles;
        for (int i = 0; i < 4; ++i) {
            Article article;
            article.id = QUuid::createUuid();
            article.text = QStringLiteral("Report %1 says: ").arg(i) + shared + u'.';
            articles.append(article);
        }
        QCOMPARE(SharedPassageFinder().findAcross(articles).size(), 6); // every pair of four
        int asked = 0;
        const auto stopped = SharedPassageFinder().findAcross(articles, [&asked] {
            return ++asked > 2; // two pairs done, then told to stop
        });
        QVERIFY(stopped.isEmpty());
        QCOMPARE(asked, 3);
    }

    void toleratesCaseQuotesPunctuationSpacingAndAWord()
    {
        const QString first = QStringLiteral(
            "Earlier text. The spokesperson said: \"We don't comment on rumours, and we never "
            "will, whatever the analysts say about it.\" Later text here.");
        const QString second = QStringLiteral(
            "Something else entirely first.\n“WE DON’T COMMENT on  rumours — and we never "
            "shall, whatever the analysts say about it”, a spokesperson said.");
        const QList<PassageMatch> found = SharedPassageFinder().find(first, second);
        QCOMPARE(found.size(), 1);
        const PassageMatch &m = found.first();
        QCOMPARE(first.mid(m.firstStart, m.firstEnd - m.firstStart),
                 QStringLiteral("We don't comment on rumours, and we never will, whatever the "
                                "analysts say about it"));
        QCOMPARE(second.mid(m.secondStart, m.secondEnd - m.secondStart),
                 QStringLiteral("WE DON’T COMMENT on  rumours — and we never shall, whatever "
                                "the analysts say about it"));
        QCOMPARE(m.words, 14); // 15 words each, one changed
        QVERIFY(m.similarity > 0.9 && m.similarity < 1.0);
    }

    void honoursTheMinimumLength()
    {
        const QString first = QStringLiteral("Alpha beta. Chips found beside live lobsters "
                                             "in crates. Gamma delta.");
        const QString second = QStringLiteral("Reports say chips found beside live lobsters "
                                              "in crates last year.");
        QVERIFY(SharedPassageFinder().find(first, second).isEmpty()); // 8 words needed, 7 shared
        const QList<PassageMatch> found = SharedPassageFinder(6).find(first, second);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().words, 7);
    }

    void suggestionsNameTheAnnotationsOnAPassage()
    {
        OpenOptions options;
        options.readOnly = true; // a test must not change the build's sample
        auto project =
            Project::open(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), options);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        auto suggestions = SameClaimSuggestions::fromProject(**project);
        QVERIFY2(suggestions, qPrintable(suggestions.errorMessage()));
        QVERIFY(suggestions->size() >= 2);

        // The tall-tales statement, annotated in both reports and linked as the same claim.
        const SameClaimSuggestion &first = suggestions->first();
        const Article article = *(*project)->article(first.passage.firstArticle);
        QCOMPARE(article.text.mid(first.passage.match.firstStart,
                                  first.passage.match.firstEnd - first.passage.match.firstStart),
                 QStringLiteral("American firms should focus on innovation and rise to the "
                                "challenge, rather than tell tall tales"));
        QVERIFY(first.alreadyLinked);
        QVERIFY((*project)->annotation(first.firstAnnotation)->quote.exact.contains(u"tall tales"));
        QVERIFY(
            (*project)->annotation(first.secondAnnotation)->quote.exact.contains(u"tall tales"));

        // Without the link, the same pair is suggested; without annotations, none is named.
        const QList<SharedPassage> passages = {first.passage};
        const auto annotations = *(*project)->annotations();
        const auto unlinked = SameClaimSuggestions::match(passages, annotations, {});
        QCOMPARE(unlinked.first().firstAnnotation, first.firstAnnotation);
        QVERIFY(!unlinked.first().alreadyLinked);
        const auto bare = SameClaimSuggestions::match(passages, {}, {});
        QVERIFY(bare.first().firstAnnotation.isNull() && bare.first().secondAnnotation.isNull());
    }

    void aPassageKeyIgnoresWhatTheFinderIgnoresAndDismissalsHideIt()
    {
        const QString key = SharedPassageFinder::passageKey(u"Tall tales, they said.",
                                                            u"\u201cTall  TALES\u201d they said");
        QCOMPARE(key,
                 SharedPassageFinder::passageKey(u"tall tales they said", u"tall tales they said"));
        QVERIFY(key != SharedPassageFinder::passageKey(u"tall tales they said",
                                                       u"tall stories they said"));
        // Which text is which matters: the first article's words come first.
        QVERIFY(SharedPassageFinder::passageKey(u"a b", u"c d") !=
                SharedPassageFinder::passageKey(u"c d", u"a b"));

        const SharedPassage passage{QUuid::createUuid(), QUuid::createUuid(), {}, key};
        const QList<SameClaimSuggestion> suggestions{{passage, {}, {}, false}};
        QCOMPARE(SameClaimSuggestions::withoutDismissed(suggestions, {}).size(), 1);
        QVERIFY(SameClaimSuggestions::withoutDismissed(
                    suggestions, {{passage.firstArticle, passage.secondArticle, key}})
                    .isEmpty());
        // The same words between two other articles are another passage.
        QCOMPARE(SameClaimSuggestions::withoutDismissed(
                     suggestions, {{passage.secondArticle, passage.firstArticle, key}})
                     .size(),
                 1);
    }

    void unrelatedTextsShareNothing()
    {
        const QString first =
            readFile(sampleArticlesDir() + QStringLiteral("/anthropic-warns-of-gpu-smuggling.md"));
        const QString second = QStringLiteral(
            "The weather stayed fine all week, and the harvest in the valley came in early; "
            "farmers said the apples were the best in a decade.");
        QVERIFY(SharedPassageFinder().find(first, second).isEmpty());
        QVERIFY(SharedPassageFinder().find(QString(), first).isEmpty());
    }
};

QTEST_MAIN(TestPassages)
#include "tst_passages.moc"
