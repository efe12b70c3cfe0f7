// Benchmark (printed figures, not a timed test), issue 16: 500 articles of 50 KB (25 MB of text)
// imported into a project with its search index (FTS5, trigram, kept by triggers) beside the
// same import into a project without it, in the same run; the index rebuilt from scratch (what
// migration 7 costs an existing project); the median of 100 varied queries (words, phrases,
// prefixes, NEAR) through the index beside the same queries reading every text; a regular
// expression over all the text. Goals (issue 16): first results of a query under 50 ms, a regular
// expression over all the text under 1 s. The figures and the ratios are the last lines.
#include "BenchText.h"
#include "TestSupport.h"
#include "search/ProjectSearch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace counterpoint;
using namespace counterpoint::search;

namespace {

constexpr int articleCount = 500;
constexpr int articleSize = 50 * 1024;

Article articleOf(int number, const QString &text)
{
    Article article;
    article.title = QStringLiteral("Article %1").arg(number);
    article.text = text;
    article.original = text.toUtf8();
    article.sourceFileName = QStringLiteral("article-%1.txt").arg(number);
    article.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(article.original, QCryptographicHash::Sha256).toHex());
    return article;
}

bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// Seconds to import every text into a new project at path, one transaction.
double importAll(const QString &path, const QList<QString> &texts, bool withIndex)
{
    OpenOptions options;
    options.createIfMissing = true;
    if (!withIndex) {
        if (!Project::open(path, options))
            return -1;
        // The same project without the search index: the triggers and the tables dropped.
        if (!runSql(path, {QStringLiteral("DROP TRIGGER search_article_insert"),
                           QStringLiteral("DROP TRIGGER search_article_update"),
                           QStringLiteral("DROP TRIGGER search_article_delete"),
                           QStringLiteral("DROP TRIGGER search_annotation_insert"),
                           QStringLiteral("DROP TRIGGER search_annotation_update"),
                           QStringLiteral("DROP TRIGGER search_annotation_delete"),
                           QStringLiteral("DROP TABLE search_article"),
                           QStringLiteral("DROP TABLE search_annotation")}))
            return -1;
    }
    auto project = Project::open(path, options);
    if (!project)
        return -1;
    QElapsedTimer timer;
    timer.start();
    const Status done = (*project)->writeInBulk([&]() -> Status {
        for (int i = 0; i < texts.size(); ++i) {
            if (auto added = (*project)->addArticle(articleOf(i, texts.at(i))); !added)
                return added.error();
        }
        return success();
    });
    return done ? timer.nsecsElapsed() / 1e9 : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    bench::BenchText generator(16);
    QList<QString> texts;
    qint64 characters = 0;
    for (int i = 0; i < articleCount; ++i) {
        texts.append(generator.article(articleSize));
        characters += texts.last().size();
    }
    QTemporaryDir dir(QStringLiteral("%1/bench-search-XXXXXX").arg(test::binaryDir()));
    const QString indexed = dir.filePath(QStringLiteral("indexed.counterpoint"));
    const QString plain = dir.filePath(QStringLiteral("plain.counterpoint"));
    const double plainImport = importAll(plain, texts, false);
    const double indexedImport = importAll(indexed, texts, true);
    if (plainImport < 0 || indexedImport < 0) {
        std::fprintf(stderr, "could not import the articles\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!runSql(indexed, {QStringLiteral("INSERT INTO search_article (search_article) VALUES "
                                         "('rebuild')")})) {
        std::fprintf(stderr, "could not rebuild the index\n");
        return 1;
    }
    const double rebuild = timer.nsecsElapsed() / 1e9;

    auto project = Project::open(indexed);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorMessage()));
        return 1;
    }

    // 100 queries: words common and rare, phrases of two words that follow one another in the
    // text, prefixes and NEAR groups, drawn from the articles themselves.
    QStringList queries;
    QRandomGenerator random(61);
    while (queries.size() < 100) {
        const QString &text = texts.at(random.bounded(articleCount));
        const int at = int(random.bounded(int(text.size()) - 200));
        const QStringList words = text.mid(at, 200).split(
            QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
        if (words.size() < 6)
            continue;
        const QString &a = words.at(1);
        const QString &b = words.at(2);
        switch (queries.size() % 4) {
        case 0:
            queries.append(a);
            break;
        case 1:
            queries.append(u'"' + a + u' ' + b + u'"');
            break;
        case 2:
            queries.append(a.left(std::max(3, int(a.size()) - 2)) + u'*');
            break;
        default:
            queries.append(QStringLiteral("NEAR(%1 %2, 5)").arg(a, words.at(4)));
        }
    }
    QList<double> narrowedTimes;
    QList<double> firstTimes; // until the first article's hits are there to be shown
    QList<double> everyTextTimes;
    qint64 hits = 0;
    for (const QString &text : std::as_const(queries)) {
        auto query = SearchQuery::parse(text);
        if (!query)
            continue;
        timer.restart();
        double first = -1;
        auto narrowed =
            ProjectSearch::run(**project, *query, ProjectSearch::defaultContextWords,
                               ProjectSearch::Reading::NarrowedByIndex, [&](const ArticleHits &) {
                                   if (first < 0)
                                       first = timer.nsecsElapsed() / 1e6;
                               });
        narrowedTimes.append(timer.nsecsElapsed() / 1e6);
        firstTimes.append(first < 0 ? narrowedTimes.last() : first);
        timer.restart();
        auto everything =
            ProjectSearch::run(**project, *query, 5, ProjectSearch::Reading::EveryText);
        everyTextTimes.append(timer.nsecsElapsed() / 1e6);
        if (!narrowed || !everything || narrowed->hitCount != everything->hitCount) {
            std::fprintf(stderr, "the index changed the answer to %s\n", qPrintable(text));
            return 1;
        }
        hits += narrowed->hitCount;
    }

    SearchOptions regexOptions;
    regexOptions.regex = true;
    auto regex = SearchQuery::parse(QStringLiteral("\\b(ka|lo)\\w*ti\\b"), regexOptions);
    timer.restart();
    auto regexHits = ProjectSearch::run(**project, *regex, 5, ProjectSearch::Reading::EveryText);
    const double regexTime = timer.nsecsElapsed() / 1e9;
    if (!regexHits)
        return 1;

    std::printf("%d articles, %.1f MB of text; %d queries, %lld hits in all\n", articleCount,
                characters / 1e6, int(narrowedTimes.size()), hits);
    std::printf("import without the search index: %.2f s\n", plainImport);
    std::printf("import with the search index:    %.2f s (ratio %.2f)\n", indexedImport,
                indexedImport / plainImport);
    std::printf("index rebuilt from scratch:      %.2f s\n", rebuild);
    std::printf("median query, every text read:   %.1f ms\n", median(everyTextTimes));
    std::printf("median query through the index:  %.1f ms (ratio %.2f)\n", median(narrowedTimes),
                median(narrowedTimes) / median(everyTextTimes));
    std::printf("median first results:            %.1f ms (goal 50 ms; ratio %.2f to the whole "
                "query through the index)\n",
                median(firstTimes), median(firstTimes) / median(narrowedTimes));
    std::printf("regular expression over all text: %.2f s, %d hits (goal 1 s; ratio %.2f to a "
                "median query reading every text)\n",
                regexTime, regexHits->hitCount, regexTime * 1000 / median(everyTextTimes));
    return 0;
}
