// Benchmark (printed figures, not a timed test), issue 19 item 2: 100,000 annotations imported
// from a W3C Web Annotation file as `counterpoint import-annotations` does, beside the floor:
// the same rows (read back from the imported project) inserted into the same schema in one
// transaction through prepared QSqlQuery statements, nothing else. Then the peak RSS of an
// import of a file a quarter that size beside the full one: reading a file as a stream, the
// memory an import needs must not grow with the file. Every import and every floor runs in a
// child process of its own (this program again, told what to do by BENCH_IMPORT_CHILD), so its
// peak RSS is its own. The figures are the last lines.
#include "BenchFloor.h"
#include "BenchText.h"
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace counterpoint;

namespace {

constexpr int annotationCount = 100000;
constexpr int articleCount = 50;
constexpr int articleSize = 20000;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports kilobytes
}

QString urn(const QUuid &id)
{
    return u"urn:uuid:" + id.toString(QUuid::WithoutBraces);
}

// The project every import starts from: the articles, no annotations.
bool buildTemplate(const QString &path, QList<std::pair<QUuid, QString>> &articles)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto opened = Project::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return false;
    }
    Project &project = **opened;
    bench::BenchText text(19);
    for (int n = 0; n < articleCount; ++n) {
        Article article;
        article.title = QStringLiteral("Import benchmark article %1").arg(n);
        article.text = text.article(articleSize);
        article.original = article.text.toUtf8();
        article.contentHash = QStringLiteral("bench-import-%1").arg(n);
        auto added = project.addArticle(article);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage()));
            return false;
        }
        articles.append({added->id, article.text});
    }
    return true;
}

// A W3C file of count annotations in the shape our export writes (an AnnotationCollection, its
// one page embedded), on the template's articles: quote and position selectors, a kind, tags,
// a comment on a third of them, a set and an actor on some. Written one annotation at a time.
bool writeW3c(const QString &path, int count, const QList<std::pair<QUuid, QString>> &articles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator random(2);
    static const char *kinds[] = {"claim", "evidence", "question", "note"};
    file.write("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":"
               "\"AnnotationCollection\",\"total\":" +
               QByteArray::number(count) +
               ",\n\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[");
    const QUuid space = QUuid::fromString(u"6c8c1e52-29a6-4f5e-9a5f-0d2a43a0e7b1");
    for (int i = 0; i < count; ++i) {
        const auto &[articleId, text] = articles.at(i % articles.size());
        const int start = int(random.bounded(int(text.size()) - 200));
        const int end = start + 20 + int(random.bounded(150));
        QJsonArray body{QJsonObject{{"type", "TextualBody"},
                                    {"purpose", "classifying"},
                                    {"value", kinds[random.bounded(4)]}}};
        for (int t = int(random.bounded(3)); t > 0; --t)
            body.append(QJsonObject{{"type", "TextualBody"},
                                    {"purpose", "tagging"},
                                    {"value", QStringLiteral("tag %1").arg(random.bounded(12))}});
        if (random.bounded(3) == 0)
            body.append(QJsonObject{
                {"type", "TextualBody"},
                {"purpose", "commenting"},
                {"value",
                 QStringLiteral("A comment, with \"quotes\" and a line\nbreak %1").arg(i)}});
        QJsonObject annotation{
            {"id", urn(QUuid::createUuidV5(space, QString::number(i)))},
            {"type", "Annotation"},
            {"motivation", "classifying"},
            {"created", "2026-11-30T10:00:00Z"},
            {"modified", "2026-11-30T10:00:00Z"},
            {"creator",
             QJsonObject{{"type", "Person"}, {"name", QStringLiteral("Analyst %1").arg(i % 7)}}},
            {"body", body},
            {"target", QJsonObject{{"type", "SpecificResource"},
                                   {"source", urn(articleId)},
                                   {"selector",
                                    QJsonArray{QJsonObject{{"type", "TextQuoteSelector"},
                                                           {"exact", text.mid(start, end - start)},
                                                           {"prefix", text.mid(start - 32, 32)},
                                                           {"suffix", text.mid(end, 32)}},
                                               QJsonObject{{"type", "TextPositionSelector"},
                                                           {"start", start},
                                                           {"end", end}}}}}}};
        if (random.bounded(5) == 0)
            annotation.insert("cp:set", QJsonObject{{"name", "Second reading"}});
        if (random.bounded(4) != 0)
            annotation.insert(
                "cp:actor",
                QJsonObject{{"name", QStringLiteral("Actor %1").arg(random.bounded(12))}});
        if (i > 0)
            file.write(",");
        file.write("\n");
        file.write(QJsonDocument(annotation).toJson(QJsonDocument::Compact));
    }
    file.write("\n]}}\n");
    return file.flush();
}

// Child: imports file into the project at path as the command line does; prints its row.
int runImport(const QString &project, const QString &file)
{
    auto opened = Project::open(project);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    qint64 ticks = 0;
    QElapsedTimer timer;
    timer.start();
    auto report = importAnnotations(**opened, file, [&](qint64, qint64) {
        ++ticks;
        return true;
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.errorMessage()));
        return 1;
    }
    if (report->added == 0 || ticks == 0) {
        std::fprintf(stderr, "import added %d, progress called %lld times\n", report->added,
                     static_cast<long long>(ticks));
        return 1;
    }
    std::printf("row %.4f %.1f %d %zu\n", seconds, peakRssMb(), report->added,
                size_t(report->skipped.size()));
    return 0;
}

// Child: the floor. The rows an import stored (in imported), inserted into the template's copy
// at target in one transaction (bench::insertLikeAnImport).
int runFloor(const QString &imported, const QString &target)
{
    double seconds = 0;
    qsizetype annotations = 0;
    if (!bench::insertLikeAnImport(imported, target, seconds, annotations))
        return 1;
    std::printf("row %.4f %.1f %zu 0\n", seconds, peakRssMb(), size_t(annotations));
    return 0;
}

struct Row
{
    double seconds = 0;
    double rss = 0;
    int count = 0;
};

std::optional<Row> runChild(const QString &what, const QString &first, const QString &second)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BENCH_IMPORT_CHILD"), what);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {first, second});
    if (!child.waitForFinished(900000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        std::printf("%s failed\n", qPrintable(what));
        return std::nullopt;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 5 && fields.at(0) == "row")
            return Row{fields.at(1).toDouble(), fields.at(2).toDouble(), fields.at(3).toInt()};
    }
    std::printf("%s printed no figures\n", qPrintable(what));
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (const QString child = qEnvironmentVariable("BENCH_IMPORT_CHILD"); !child.isEmpty()) {
        const QStringList args = application.arguments();
        if (args.size() != 3)
            return 2;
        return child == u"import" ? runImport(args.at(1), args.at(2))
                                  : runFloor(args.at(1), args.at(2));
    }

    // BENCH_IMPORT_KEEP names a folder that keeps the files, to run another build's import on.
    QTemporaryDir scratch;
    const QString kept = qEnvironmentVariable("BENCH_IMPORT_KEEP");
    if (!kept.isEmpty())
        QDir().mkpath(kept);
    const QDir dir(kept.isEmpty() ? scratch.path() : kept);
    const QString templatePath = dir.filePath(QStringLiteral("template.counterpoint"));
    const QString full = dir.filePath(QStringLiteral("full.jsonld"));
    const QString quarter = dir.filePath(QStringLiteral("quarter.jsonld"));
    QList<std::pair<QUuid, QString>> articles;
    QElapsedTimer timer;
    timer.start();
    QFile::remove(templatePath);
    if (!buildTemplate(templatePath, articles) || !writeW3c(full, annotationCount, articles) ||
        !writeW3c(quarter, annotationCount / 4, articles)) {
        std::fprintf(stderr, "cannot build the benchmark's files\n");
        return 1;
    }
    std::printf("wrote %d annotations on %d articles (%.1f MB) and %d (%.1f MB) in %.1f s\n",
                annotationCount, articleCount, QFileInfo(full).size() / 1048576.0,
                annotationCount / 4, QFileInfo(quarter).size() / 1048576.0,
                timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);

    // Runs alternate, import then floor, so both see the same machine load; the ratio counts by
    // its median: one run on a shared two-core machine can be a third off either way.
    const int runs = qEnvironmentVariableIsSet("BENCH_IMPORT_RUNS")
                         ? std::max(1, qEnvironmentVariableIntValue("BENCH_IMPORT_RUNS"))
                         : 3;
    const QString imported = dir.filePath(QStringLiteral("imported.counterpoint"));
    const QString floorPath = dir.filePath(QStringLiteral("floor.counterpoint"));
    QList<std::pair<Row, Row>> tries;
    double fullRss = 0;
    for (int run = 0; run < runs; ++run) {
        if (!bench::copyFresh(templatePath, imported) || !bench::copyFresh(templatePath, floorPath))
            return 1;
        const auto import = runChild(QStringLiteral("import"), imported, full);
        if (!import)
            return 1;
        const auto floor = runChild(QStringLiteral("floor"), imported, floorPath);
        if (!floor)
            return 1;
        if (floor->count != import->count) {
            std::printf("the floor stored %d annotations, the import %d\n", floor->count,
                        import->count);
            return 1;
        }
        std::printf("run %d: import %.2f s, floor %.2f s\n", run + 1, import->seconds,
                    floor->seconds);
        std::fflush(stdout);
        tries.append({*import, *floor});
        fullRss = std::max(fullRss, import->rss);
    }
    if (!bench::copyFresh(templatePath, imported))
        return 1;
    const auto small = runChild(QStringLiteral("import"), imported, quarter);
    if (!small)
        return 1;

    std::sort(tries.begin(), tries.end(), [](const auto &a, const auto &b) {
        return a.first.seconds / a.second.seconds < b.first.seconds / b.second.seconds;
    });
    const auto &[import, floor] = tries.at(tries.size() / 2);
    const double ratio = import.seconds / floor.seconds;
    const double rssRatio = fullRss / small->rss;
    std::printf("\nimport of %d annotations from W3C: %.2f s; floor (prepared inserts of the same "
                "rows, one transaction): %.2f s\n",
                import.count, import.seconds, floor.seconds);
    std::printf("import/floor ratio %.2fx (median of %d; seen %.2f-%.2fx), goal <= 1.3x: %s\n",
                ratio, runs, tries.first().first.seconds / tries.first().second.seconds,
                tries.last().first.seconds / tries.last().second.seconds,
                ratio <= 1.3 ? "met" : "not met");
    std::printf("peak RSS: %d annotations (%.1f MB file) %.0f MB, %d (%.1f MB file) %.0f MB: "
                "ratio %.2fx for a 4x larger file\n",
                small->count, QFileInfo(quarter).size() / 1048576.0, small->rss, import.count,
                QFileInfo(full).size() / 1048576.0, fullRss, rssRatio);
    return 0;
}
