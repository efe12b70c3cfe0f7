// Find and search (issue 16): the query language on tricky text with the exact hits expected,
// the search index kept in the same transaction as every change (and built by migration 7 for
// an existing project), and the project-wide search with its keyword-in-context lines on the
// sample project. In the PostgreSQL run the same answers come from reading every text.
#include "TestSupport.h"

#include "search/IndexFolding.h"
#include "search/ProjectSearch.h"
#include "search/TextSearch.h"
#include "store/Database.h"
#include "store/ProjectBackup.h"
#include "store/ServerSearchIndex.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace counterpoint;
using namespace counterpoint::search;
using namespace counterpoint::test;

namespace {

using Hits = QList<TextHit>;

Hits find(const QString &query, const QString &text, const SearchOptions &options = {})
{
    auto parsed = SearchQuery::parse(query, options);
    if (!parsed) {
        qWarning() << parsed.errorMessage();
        return {{-1, -1}};
    }
    return parsed->find(text);
}

SearchOptions with(bool regex, bool wholeWord, bool caseSensitive)
{
    SearchOptions options;
    options.regex = regex;
    options.wholeWord = wholeWord;
    options.caseSensitive = caseSensitive;
    return options;
}

QString errorOf(const QString &query, const SearchOptions &options = {})
{
    auto parsed = SearchQuery::parse(query, options);
    return parsed ? QString() : parsed.errorMessage();
}

Article articleOf(const QString &title, const QString &text)
{
    Article article;
    article.title = title;
    article.text = text;
    article.original = text.toUtf8();
    article.sourceFileName = title + QStringLiteral(".txt");
    article.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(article.original, QCryptographicHash::Sha256).toHex());
    return article;
}

// The texts a query finds hits in, as "title" and "title: quote" / "title: comment" lines.
QStringList hitPlaces(const Project &project, const QString &query)
{
    auto parsed = SearchQuery::parse(query);
    if (!parsed)
        return {parsed.errorMessage()};
    auto results = ProjectSearch::run(project, *parsed);
    if (!results)
        return {results.errorMessage()};
    QStringList places;
    for (const ArticleHits &group : std::as_const(results->articles)) {
        for (const SearchHit &hit : group.hits)
            places.append(hit.field == HitField::Text ? group.title
                                                      : group.title + u": " + toString(hit.field));
    }
    places.removeDuplicates();
    return places;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreFoundAnywhereCaseFolded()
    {
        const QString text = QStringLiteral("Smuggling, smugglers and SMUGGLED chips.");
        QCOMPARE(find(QStringLiteral("smuggl"), text), (Hits{{0, 6}, {11, 17}, {25, 31}}));
        QCOMPARE(find(QStringLiteral("smuggl"), text, with(false, false, true)), (Hits{{11, 17}}));
        QCOMPARE(find(QStringLiteral("SMUGGLED"), text, with(false, false, true)),
                 (Hits{{25, 33}}));
    }

    void everyWordMustOccur()
    {
        const QString text = QStringLiteral("Nvidia denies the tall tales.");
        QCOMPARE(find(QStringLiteral("tall nvidia"), text), (Hits{{0, 6}, {18, 22}}));
        QCOMPARE(find(QStringLiteral("tall anthropic"), text), Hits{});
    }

    void hitsAtTheVeryStartAndEnd()
    {
        const QString text = QStringLiteral("tall tales are tall");
        QCOMPARE(find(QStringLiteral("tall"), text), (Hits{{0, 4}, {15, 19}}));
        QCOMPARE(find(QStringLiteral("tall"), text, with(true, false, false)),
                 (Hits{{0, 4}, {15, 19}}));
    }

    void wholeWordsOnly()
    {
        const QString text = QStringLiteral("tales tale (tale) retale tale_x tale");
        QCOMPARE(find(QStringLiteral("tale"), text, with(false, true, false)),
                 (Hits{{6, 10}, {12, 16}, {32, 36}}));
        // Overlapping candidates: the first "aa" of "aaa" is not a word, the next one is.
        QCOMPARE(find(QStringLiteral("aa"), QStringLiteral("aaa aa"), with(false, true, false)),
                 (Hits{{4, 6}}));
    }

    void punctuationIsFoundAsItIs()
    {
        const QString text = QStringLiteral("the U.S. and US (export-policy), $5.5 billion.");
        QCOMPARE(find(QStringLiteral("U.S."), text), (Hits{{4, 8}}));
        QCOMPARE(find(QStringLiteral("U.S."), text, with(false, true, false)), (Hits{{4, 8}}));
        QCOMPARE(find(QStringLiteral("export-policy"), text), (Hits{{17, 30}}));
        QCOMPARE(find(QStringLiteral("$5.5"), text), (Hits{{33, 37}}));
        QCOMPARE(find(QStringLiteral("us"), text, with(false, true, true)), Hits{});
    }

    void diacriticsAreLetters()
    {
        const QString text = QStringLiteral("Café CAFÉ cafe naïve Ærø");
        QCOMPARE(find(QStringLiteral("café"), text), (Hits{{0, 4}, {5, 9}}));
        QCOMPARE(find(QStringLiteral("cafe"), text), (Hits{{10, 14}}));
        QCOMPARE(find(QStringLiteral("caf*"), text), (Hits{{0, 4}, {5, 9}, {10, 14}}));
        QCOMPARE(find(QStringLiteral("naï*"), text), (Hits{{15, 20}}));
        QCOMPARE(find(QStringLiteral("ærø"), text, with(false, true, false)), (Hits{{21, 24}}));
        // A word's combining marks belong to it: "e" + U+0301 is not the whole word "e".
        QCOMPARE(find(QStringLiteral("cafe"), QStringLiteral("cafe\u0301 cafe"),
                      with(false, true, false)),
                 (Hits{{6, 10}}));
    }

    void prefixesCoverTheWholeWord()
    {
        const QString text = QStringLiteral("Chips, chipmakers; microchips.");
        QCOMPARE(find(QStringLiteral("chip*"), text), (Hits{{0, 5}, {7, 17}}));
    }

    void phrasesAcrossAnyWhiteSpace()
    {
        const QString text = QStringLiteral("US export\ncontrols, and export  controls; exports");
        QCOMPARE(find(QStringLiteral("\"export controls\""), text), (Hits{{3, 18}, {24, 40}}));
        QCOMPARE(find(QStringLiteral("\"controls and\""), text), Hits{}); // the comma is there
        QCOMPARE(find(QStringLiteral("\"export controls\" exports"), text),
                 (Hits{{3, 18}, {24, 40}, {42, 49}}));
    }

    void nearCountsTheWordsBetween()
    {
        const QString text =
            QStringLiteral("Chip smuggling into China is a major threat to US export controls.");
        // chip … threat: six words between them.
        QCOMPARE(find(QStringLiteral("NEAR(chip threat, 6)"), text), (Hits{{0, 4}, {37, 43}}));
        QCOMPARE(find(QStringLiteral("NEAR(chip threat, 5)"), text), Hits{});
        QCOMPARE(find(QStringLiteral("NEAR(threat chip, 6)"), text), (Hits{{0, 4}, {37, 43}}));
        QCOMPARE(find(QStringLiteral("NEAR(chip \"export controls\")"), text),
                 (Hits{{0, 4}, {50, 65}}));
        QCOMPARE(find(QStringLiteral("NEAR(chip \"export controls\", 8)"), text), Hits{});
        // Only the hits that are near one another: the second "chip" is too far from "China".
        const QString two =
            QStringLiteral("chip China one two three four five six seven eight nine ten chip");
        QCOMPARE(find(QStringLiteral("NEAR(chip china, 2)"), two), (Hits{{0, 4}, {5, 10}}));
    }

    void regularExpressions()
    {
        const QString text = QStringLiteral("aaaa 2022, 2023 and 15 May 2025");
        // Hits do not overlap: the next match is looked for after the last one.
        QCOMPARE(find(QStringLiteral("aa"), text, with(true, false, false)),
                 (Hits{{0, 2}, {2, 4}}));
        QCOMPARE(find(QStringLiteral("20\\d\\d"), text, with(true, false, false)),
                 (Hits{{5, 9}, {11, 15}, {27, 31}}));
        // Empty matches are no hits (and do not stop the search).
        QCOMPARE(find(QStringLiteral("x*"), QStringLiteral("axxb x"), with(true, false, false)),
                 (Hits{{1, 3}, {5, 6}}));
        // A lookahead that makes matches overlap the text they look at.
        QCOMPARE(find(QStringLiteral("a(?=aa)"), text, with(true, false, false)),
                 (Hits{{0, 1}, {1, 2}}));
        QCOMPARE(find(QStringLiteral("MAY"), text, with(true, false, false)), (Hits{{23, 26}}));
        QCOMPARE(find(QStringLiteral("MAY"), text, with(true, false, true)), Hits{});
        QCOMPARE(find(QStringLiteral("\\d+"), text, with(true, true, false)),
                 (Hits{{5, 9}, {11, 15}, {20, 22}, {27, 31}}));
        QCOMPARE(find(QStringLiteral("2"), text, with(true, true, false)), Hits{});
    }

    void surrogatePairsKeepTheirOffsets()
    {
        const QString text = QStringLiteral("🤔 think 🤔 Deseret \U00010400 and \U00010428");
        QCOMPARE(find(QStringLiteral("🤔"), text), (Hits{{0, 2}, {9, 11}}));
        QCOMPARE(find(QStringLiteral("think"), text), (Hits{{3, 8}}));
        // Deseret's capital long I folds to its small letter, outside the BMP.
        QCOMPARE(find(QStringLiteral("\U00010428"), text), (Hits{{20, 22}, {27, 29}}));
        // One hit a character: 29 code units, four pairs of them one character each.
        QCOMPARE(find(QStringLiteral("."), text, with(true, false, false)).size(), 29 - 4);
    }

    // A QString may hold a surrogate without its other half (a text cut in the middle of a pair):
    // every other hit of the text is still found, at its own offsets.
    void loneSurrogatesDoNotHideTheRestOfTheText()
    {
        QString text = QStringLiteral("tall tales, ");
        text.append(QChar(0xD83E)); // the high half of a pair, alone
        text.append(QStringLiteral(" tall tales "));
        text.append(QChar(0xDD14)); // a low half, alone
        text.append(QStringLiteral(" Tall"));
        QCOMPARE(find(QStringLiteral("tall"), text), (Hits{{0, 4}, {14, 18}, {27, 31}}));
        QCOMPARE(find(QStringLiteral("t[a]ll"), text, with(true, false, false)),
                 (Hits{{0, 4}, {14, 18}, {27, 31}}));
        QCOMPARE(find(QStringLiteral("\"tall tales\""), text), (Hits{{0, 10}, {14, 24}}));
    }

    void badQueriesSayWhy()
    {
        QVERIFY(errorOf(QString()).contains(QStringLiteral("empty")));
        QVERIFY(errorOf(QStringLiteral("  ")).contains(QStringLiteral("empty")));
        QVERIFY(errorOf(QStringLiteral("\"tall tales")).contains(QStringLiteral("quotation")));
        QVERIFY(errorOf(QStringLiteral("NEAR(tall tales")).contains(QStringLiteral("NEAR(")));
        QVERIFY(errorOf(QStringLiteral("NEAR(tall)")).contains(QStringLiteral("two terms")));
        QVERIFY(errorOf(QStringLiteral("NEAR(a b, x)")).contains(QStringLiteral("number")));
        QVERIFY(errorOf(QStringLiteral("*")).contains(QStringLiteral("*")));
        QVERIFY(errorOf(QStringLiteral("\"a b\"*")).contains(QStringLiteral("prefix")));
        const QString regex = errorOf(QStringLiteral("(tall"), with(true, false, false));
        QVERIFY2(regex.contains(QStringLiteral("not valid")), qPrintable(regex));
        QVERIFY(regex.contains(QStringLiteral("(tall")));
    }

    void theIndexIsAskedOnlyWhatItFoldsAlike()
    {
        QVERIFY(indexMayNarrow(QStringLiteral("smuggling"), false));
        QVERIFY(!indexMayNarrow(QStringLiteral("US"), false)); // under three characters
        QVERIFY(indexMayNarrow(QStringLiteral("🤔🤔🤔"), false));
        // Cherokee's small letters (Unicode 8) fold to its capitals in Qt, not in SQLite's
        // tables: case-insensitively, the index could miss them.
        const QString capitals = QStringLiteral("\u13A0\u13A1\u13A2");
        QVERIFY(!indexMayNarrow(capitals, false));
        QVERIFY(indexMayNarrow(capitals, true));
    }

    void theIndexFollowsEveryChange()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        auto added = project->addArticle(
            articleOf(QStringLiteral("Ledger"), QStringLiteral("Anthropic warns of smuggling.")));
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(hitPlaces(*project, QStringLiteral("smuggling")), QStringList{"Ledger"});

        // A write that fails leaves the index as it was, with the rows.
        const Status failed = project->write([&]() -> Status {
            auto inside = project->addArticle(
                articleOf(QStringLiteral("Dispatch"), QStringLiteral("Smuggling is tall.")));
            if (!inside)
                return inside.error();
            return Error{Error::Code::Cancelled, QStringLiteral("no")};
        });
        QVERIFY(!failed);
        QCOMPARE(hitPlaces(*project, QStringLiteral("smuggling")), QStringList{"Ledger"});

        Annotation annotation;
        annotation.articleId = added->id;
        annotation.start = 19;
        annotation.end = 28;
        annotation.comment = QStringLiteral("Lobsters again");
        auto stored = project->addAnnotation(annotation);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(hitPlaces(*project, QStringLiteral("lobsters")), QStringList{"Ledger: comment"});
        QCOMPARE(hitPlaces(*project, QStringLiteral("smuggling")),
                 (QStringList{"Ledger", "Ledger: quote"}));

        Annotation changed = *stored;
        changed.comment = QStringLiteral("Prosthetic belly");
        QVERIFY(project->updateAnnotation(changed));
        QCOMPARE(hitPlaces(*project, QStringLiteral("lobsters")), QStringList{});
        QCOMPARE(hitPlaces(*project, QStringLiteral("belly")), QStringList{"Ledger: comment"});

        Article next = *project->article(added->id);
        next.text = QStringLiteral("Anthropic warns of GPU smugglers.");
        next.original = next.text.toUtf8();
        next.contentHash = QStringLiteral("next");
        changed.start = 23;
        changed.end = 32;
        changed.anchorState = AnchorState::Moved;
        QVERIFY(project->replaceArticleContent(next, {changed}));
        QCOMPARE(hitPlaces(*project, QStringLiteral("smuggling")), QStringList{});
        QCOMPARE(hitPlaces(*project, QStringLiteral("smugglers")),
                 (QStringList{"Ledger", "Ledger: quote"}));

        QVERIFY(project->removeAnnotation(changed.id));
        QCOMPARE(hitPlaces(*project, QStringLiteral("belly")), QStringList{});
        QVERIFY(project->removeArticle(added->id));
        QCOMPARE(hitPlaces(*project, QStringLiteral("smugglers")), QStringList{});

        auto parsed = SearchQuery::parse(QStringLiteral("smugglers"));
        QVERIFY(parsed);
        auto results = ProjectSearch::run(*project, *parsed);
        QVERIFY(results);
        QVERIFY(results->usedIndex); // a file's FTS5, a server's pg_trgm
    }

    // Each article's hits reach the caller as soon as they are found, whole (its text's and its
    // annotations'), in the order of the article list: what the command line prints at once.
    void eachArticlesHitsArriveAsFoundInOrder()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        QList<QUuid> ids;
        const QStringList texts{QStringLiteral("Lobsters and GPUs in one crate."),
                                QStringLiteral("Nothing of the sort here."),
                                QStringLiteral("A crate of lobsters, twice: lobsters.")};
        for (int i = 0; i < texts.size(); ++i) {
            auto added = project->addArticle(articleOf(QStringLiteral("A%1").arg(i), texts.at(i)));
            QVERIFY(added);
            ids.append(added->id);
        }
        Annotation commented; // a hit only in the second article's annotation comment
        commented.articleId = ids.at(1);
        commented.start = 0;
        commented.end = 7;
        commented.comment = QStringLiteral("compare the lobsters story");
        QVERIFY(project->addAnnotation(commented));

        auto parsed = SearchQuery::parse(QStringLiteral("lobsters"));
        QVERIFY(parsed);
        QList<ArticleHits> arrived;
        auto results = ProjectSearch::run(*project, *parsed, ProjectSearch::defaultContextWords,
                                          ProjectSearch::Reading::NarrowedByIndex,
                                          [&](const ArticleHits &group) { arrived.append(group); });
        QVERIFY2(results, qPrintable(results.errorMessage()));
        QCOMPARE(arrived.size(), 3);
        QCOMPARE(arrived.at(0).title, QStringLiteral("A0"));
        QCOMPARE(arrived.at(0).textHits, 1);
        QCOMPARE(arrived.at(1).title, QStringLiteral("A1"));
        QCOMPARE(arrived.at(1).textHits, 0);
        QCOMPARE(arrived.at(1).annotationHits, 1);
        QVERIFY(arrived.at(1).hits.first().field == HitField::Comment);
        QCOMPARE(arrived.at(2).textHits, 2);
        QCOMPARE(results->hitCount, 4);
        QCOMPARE(results->articles.size(), arrived.size());
        for (int i = 0; i < arrived.size(); ++i)
            QCOMPARE(results->articles.at(i).hits.size(), arrived.at(i).hits.size());
    }

    void theIndexMatchesTheRows()
    {
        SKIP_ON_SERVER("the search index is SQLite's");
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        for (int i = 0; i < 20; ++i) {
            auto added = project->addArticle(articleOf(QStringLiteral("Article %1").arg(i),
                                                       QStringLiteral("Text number %1 of twenty, "
                                                                      "with smuggling %1 times.")
                                                           .arg(i)));
            QVERIFY(added);
            Annotation annotation;
            annotation.articleId = added->id;
            annotation.start = 0;
            annotation.end = 4;
            annotation.comment = QStringLiteral("comment %1").arg(i);
            QVERIFY(project->addAnnotation(annotation));
            if (i % 3 == 0)
                QVERIFY(project->removeArticle(added->id));
        }
        const QString path = project->filePath();
        // A copy through VACUUM INTO (the daily backups) keeps the rowids the index refers to.
        const QString backup = dir.filePath(QStringLiteral("backup.counterpoint"));
        QVERIFY(ProjectBackup::writeCopy(path, backup));
        project.reset();
        for (const QString &file : {path, backup}) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery query(db);
                for (const char *table : {"search_article", "search_annotation"}) {
                    QVERIFY2(query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES "
                                                       "('integrity-check', 1)")
                                            .arg(QLatin1String(table))),
                             qPrintable(file + u": " + query.lastError().text()));
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            auto reopened = Project::open(file);
            QVERIFY(reopened);
            const QStringList places = hitPlaces(**reopened, QStringLiteral("number 14"));
            QCOMPARE(places, QStringList{"Article 14"});
            QCOMPARE(hitPlaces(**reopened, QStringLiteral("\"comment 13\"")),
                     QStringList{"Article 13: comment"});
            QCOMPARE(hitPlaces(**reopened, QStringLiteral("\"comment 12\"")), QStringList{});
        }
    }

    void migrationSevenIndexesAnExistingProject()
    {
        SKIP_ON_SERVER("the search index is SQLite's");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.counterpoint"));
        {
            OpenOptions options;
            options.createIfMissing = true;
            auto project = Project::open(path, options);
            QVERIFY(project);
            QVERIFY((*project)->addArticle(
                articleOf(QStringLiteral("Old"), QStringLiteral("Written at schema six."))));
        }
        {
            // The project as schema 7 left it: no index, no triggers.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement :
                 {"DROP TRIGGER search_article_insert", "DROP TRIGGER search_article_update",
                  "DROP TRIGGER search_article_delete", "DROP TRIGGER search_annotation_insert",
                  "DROP TRIGGER search_annotation_update", "DROP TRIGGER search_annotation_delete",
                  "DROP TABLE search_article", "DROP TABLE search_annotation",
                  // and before schema 12's parent tags (a column with a foreign key: the table
                  // made anew), schema 10's memos and schema 9's change log and row versions
                  "DROP INDEX tag_by_parent",
                  "CREATE TABLE tag_before (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                  "color TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)",
                  "INSERT INTO tag_before SELECT id, name, color, version FROM tag",
                  "DROP TABLE tag", "ALTER TABLE tag_before RENAME TO tag", "DROP TABLE memo",
                  "DROP TABLE change_log", "ALTER TABLE annotation DROP COLUMN version",
                  "ALTER TABLE article DROP COLUMN version",
                  "ALTER TABLE annotation_set DROP COLUMN version",
                  "ALTER TABLE actor DROP COLUMN version", "ALTER TABLE tag DROP COLUMN version",
                  "PRAGMA user_version = 7"})
                QVERIFY2(query.exec(QLatin1String(statement)), statement);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name "
                                              "LIKE 'search%'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto upgraded = Project::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestSchemaVersion);
        auto parsed = SearchQuery::parse(QStringLiteral("schema six"));
        QVERIFY(parsed);
        auto results = ProjectSearch::run(**upgraded, *parsed);
        QVERIFY(results);
        QVERIFY(results->usedIndex);
        QCOMPARE(results->hitCount, 2);
        auto candidates = (*upgraded)->searchCandidates({QStringLiteral("schema")});
        QVERIFY(candidates);
        QCOMPARE(candidates->articles.size(), 1);
    }

    // A server's index is asked with LIKE patterns: its specials escaped, and the letters the
    // server folds otherwise than Qt as "_", so that it never answers narrower than the search.
    void serverPatternsWidenWhatTheServerFoldsOtherwise()
    {
        const QSet<char32_t> risky{U's', U'k'};
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("Smugglers"), false, risky),
                 QStringLiteral("%_muggler_%"));
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("Smugglers"), true, risky),
                 QStringLiteral("%Smugglers%"));
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("100%_\\x"), true, {}),
                 QStringLiteral("%100\\%\\_\\\\x%"));
        // Fewer than three letters in a row left: a trigram index cannot narrow with it.
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("sksks"), false, risky), QString());
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("ab"), true, {}), QString());
        // A letter outside the Basic Multilingual Plane is one character to LIKE.
        QCOMPARE(ServerSearchIndex::likePattern(QStringLiteral("🦞ab"), true, {}),
                 QStringLiteral("%🦞ab%"));
    }

    void lettersTheIndexFoldsOtherwiseAreStillFound()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        // Cherokee small letters in the text, its capitals in the query.
        QVERIFY(project->addArticle(
            articleOf(QStringLiteral("Cherokee"), QStringLiteral("word \uAB70\uAB71\uAB72 word"))));
        QCOMPARE(hitPlaces(*project, QStringLiteral("\u13A0\u13A1\u13A2")),
                 QStringList{"Cherokee"});
    }

    // The index only narrows: on text full of punctuation, case and diacritics, every query
    // gives exactly the hits that reading every text gives.
    void theIndexNeverChangesAnAnswer()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QStringList words{"Smuggling", "smuggled", "CHIPS", "chip", "café", "Café", "naïve",
                                "U.S.", "tall", "tales", "“tall", "tales”", "Straße", "STRASSE",
                                "ΣΊΣΥΦΟΣ", "σίσυφος", "🦞", "İstanbul", "ǅemal", "x", "ab", "abc",
                                "2025", "$5.5",
                                // Letters Qt folds onto ASCII that a server's "C" lower() does
                                // not: the long s and the Kelvin sign; and LIKE's own specials.
                                "ſmuggling", "\u212Aelvin", "kelvin", "100%", "a_b", "back\\slash"};
        QRandomGenerator random(16);
        for (int a = 0; a < 12; ++a) {
            QString text;
            for (int w = 0; w < 120; ++w) {
                text += words.at(random.bounded(int(words.size())));
                text += random.bounded(7) == 0 ? QStringLiteral(",\n") : QStringLiteral(" ");
            }
            auto added = project->addArticle(articleOf(QStringLiteral("A%1").arg(a), text));
            QVERIFY(added);
            for (int n = 0; n < 5; ++n) {
                Annotation annotation;
                annotation.articleId = added->id;
                annotation.start = int(random.bounded(int(text.size()) - 20));
                annotation.end = annotation.start + 1 + int(random.bounded(15));
                if (text.at(annotation.end - 1).isHighSurrogate() ||
                    text.at(annotation.start).isLowSurrogate())
                    continue;
                annotation.comment = words.at(random.bounded(int(words.size())));
                QVERIFY(project->addAnnotation(annotation));
            }
        }
        QStringList queries = words;
        queries << "smuggl*"
                << "\"tall tales\""
                << "NEAR(chip café, 3)"
                << "sisyphus"
                << "σίσ*"
                << "strasse"
                << "ǆemal"
                << "istanbul"
                << "tales” chip"
                << "5.5 2025"
                << "smuggling"
                << "KELVIN"
                << "0%"
                << "a_b";
        int withHits = 0;
        for (const QString &text : std::as_const(queries)) {
            for (const bool caseSensitive : {false, true}) {
                for (const bool wholeWord : {false, true}) {
                    SearchOptions options;
                    options.caseSensitive = caseSensitive;
                    options.wholeWord = wholeWord;
                    auto query = SearchQuery::parse(text, options);
                    QVERIFY2(query, qPrintable(text));
                    auto narrowed = ProjectSearch::run(*project, *query);
                    auto everything =
                        ProjectSearch::run(*project, *query, 5, ProjectSearch::Reading::EveryText);
                    QVERIFY(narrowed && everything);
                    QCOMPARE(narrowed->hitCount, everything->hitCount);
                    QCOMPARE(narrowed->articles.size(), everything->articles.size());
                    for (qsizetype i = 0; i < narrowed->articles.size(); ++i) {
                        QCOMPARE(narrowed->articles[i].articleId,
                                 everything->articles[i].articleId);
                        QCOMPARE(narrowed->articles[i].hits.size(),
                                 everything->articles[i].hits.size());
                    }
                    withHits += narrowed->hitCount > 0 ? 1 : 0;
                }
            }
        }
        QVERIFY(withHits > 60); // most of them find something: the comparison is not empty
    }

    void keywordInContextOnTheSampleProject()
    {
        OpenOptions options;
        options.readOnly = true;
        auto opened =
            Project::open(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), options);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        const Project &project = **opened;
        auto parsed = SearchQuery::parse(QStringLiteral("lobsters"));
        QVERIFY(parsed);
        auto results = ProjectSearch::run(project, *parsed, 3);
        QVERIFY2(results, qPrintable(results.errorMessage()));
        QVERIFY(results->usedIndex);
        QStringList lines;
        for (const ArticleHits &group : std::as_const(results->articles)) {
            QCOMPARE(group.textHits + group.annotationHits, group.hits.size());
            for (const SearchHit &hit : group.hits) {
                lines.append(group.title.left(12) + u" | " + toString(hit.field) + u" | " +
                             hit.before + u'[' + hit.match + u']' + hit.after);
                if (hit.field == HitField::Text) {
                    auto text = project.articleText(group.articleId);
                    QCOMPARE(text->mid(hit.start, hit.end - hit.start), hit.match);
                }
            }
        }
        qInfo().noquote() << lines.join(u'\n');
        QVERIFY(lines.contains(QStringLiteral(
            "Briefing: th | text | shipped alongside live [lobsters] (2023). It asks")));
        QCOMPARE(results->hitCount, int(lines.size()));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
