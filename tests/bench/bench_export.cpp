// Benchmark (printed figures, not a timed test): a project of 100,000 annotations exported to
// every format, each time printed next to `sqlite3 -json` dumping the same annotation rows from
// the same file in the same run. Each export runs in a child process of its own (this program
// again, told the format by BENCH_EXPORT_CHILD), so its peak RSS is that export's alone and not
// what the ones before it left behind. The figures are the last lines.
#include "TestSupport.h"
#include "exchange/common/Export.h"
#include "store/ProjectCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace counterpoint;

namespace {

constexpr int annotationCount = 100000;
constexpr int articleCount = 50;
constexpr int relationCount = 20000;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports kilobytes
}

QString articleText(int n, QRandomGenerator &random)
{
    static const QStringList words =
        QStringLiteral(
            "chip smuggling export controls Nvidia Anthropic claims evidence lobsters prosthetic "
            "GPU China rule diffusion analysts say denies report source court filing 🦞 café "
            "naïve")
            .split(u' ');
    QString text = QStringLiteral("Article %1\n").arg(n);
    while (text.size() < 60000) {
        for (int w = 0; w < 12; ++w)
            text += words.at(random.bounded(int(words.size()))) + u' ';
        text += QStringLiteral("end.\n");
    }
    return text;
}

bool buildProject(Project &project)
{
    QRandomGenerator random(4);
    QList<QUuid> actors, tags, articles;
    QList<QUuid> ids;
    auto built = project.write([&]() -> Status {
        for (int i = 0; i < 12; ++i) {
            auto actor = project.ensureActor(QStringLiteral("Actor %1").arg(i));
            auto tag = project.ensureTag(QStringLiteral("tag %1").arg(i));
            if (!actor || !tag)
                return Error{Error::Code::Database, QStringLiteral("actors and tags")};
            actors.append(actor->id);
            tags.append(tag->id);
        }
        auto second = project.ensureAnnotationSet(QStringLiteral("Second reading"));
        if (!second)
            return second.error();
        for (int n = 0; n < articleCount; ++n) {
            Article article;
            article.title = QStringLiteral("Benchmark article %1").arg(n);
            article.url = n % 2 ? QStringLiteral("https://example.org/news/%1").arg(n) : QString();
            article.text = articleText(n, random);
            article.original = article.text.toUtf8();
            article.contentHash = QStringLiteral("bench-%1").arg(n);
            auto added = project.addArticle(article);
            if (!added)
                return added.error();
            articles.append(added->id);
        }
        QHash<QUuid, QString> texts;
        for (const QUuid &id : std::as_const(articles))
            texts.insert(id, *project.articleText(id));
        for (int i = 0; i < annotationCount; ++i) {
            Annotation a;
            a.articleId = articles.at(i % articleCount);
            const QString &text = texts[a.articleId];
            a.start = random.bounded(int(text.size()) - 200);
            a.end = a.start + 20 + random.bounded(150);
            if (text.at(a.start).isLowSurrogate())
                ++a.start;
            if (text.at(a.end).isLowSurrogate())
                ++a.end;
            a.kind = allAnnotationKinds().at(random.bounded(4));
            if (random.bounded(4) != 0)
                a.actorId = actors.at(random.bounded(int(actors.size())));
            for (int t = random.bounded(3); t > 0; --t) {
                const QUuid tag = tags.at(random.bounded(int(tags.size())));
                if (!a.tagIds.contains(tag))
                    a.tagIds.append(tag);
            }
            if (random.bounded(3) == 0)
                a.comment =
                    QStringLiteral("=A comment, with \"quotes\" and a line\nbreak %1").arg(i);
            if (random.bounded(5) == 0)
                a.setId = second->id;
            auto added = project.addAnnotation(a);
            if (!added)
                return added.error();
            ids.append(added->id);
        }
        for (int i = 0; i < relationCount; ++i) {
            Relation r;
            r.fromId = ids.at(random.bounded(int(ids.size())));
            r.toId = ids.at(random.bounded(int(ids.size())));
            r.kind = allRelationKinds().at(random.bounded(4));
            if (r.fromId == r.toId)
                continue;
            auto added = project.addRelation(r);
            if (!added && added.error().code != Error::Code::Duplicate)
                return added.error();
        }
        return success();
    });
    if (!built) {
        std::fprintf(stderr, "cannot build the project: %s\n", qPrintable(built.errorMessage()));
        return false;
    }
    return true;
}

// The same annotation rows as the exports read, dumped as JSON by the sqlite3 shell.
double sqliteDumpSeconds(const QString &sqlite3, const QString &path)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3,
                  {QStringLiteral("-json"), path,
                   QStringLiteral("select id, article_id, set_id, kind, start_pos, end_pos, "
                                  "exact, prefix, suffix, actor_id, comment, author, "
                                  "created_at, modified_at, anchor_state from annotation")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

// One export in this process, printed as a single "row ..." line for the parent to collect.
int runChild(const QString &path, const QString &formatName, const QString &outputDir)
{
    const auto format = exportFormatFromString(formatName);
    if (!format) {
        std::fprintf(stderr, "unknown format %s\n", qPrintable(formatName));
        return 1;
    }
    auto opened = Project::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    const Project &project = **opened;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // The dump runs next to each export, so both see the same machine load.
    const double dump = sqlite3.isEmpty() ? -1 : sqliteDumpSeconds(sqlite3, path);
    const QString output = QDir(outputDir).filePath(QStringLiteral("bench.") + fileSuffix(*format));
    QElapsedTimer timer;
    timer.start();
    auto outcome = exportAnnotationsToFile(project, *format, ExportScope::wholeProject(), output);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!outcome) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(formatName),
                     qPrintable(outcome.errorMessage()));
        return 1;
    }
    std::printf("row %s %.4f %.4f %.1f %lld\n", qPrintable(toString(*format)), seconds, dump,
                peakRssMb(), static_cast<long long>(QFileInfo(output).size()));
    QFile::remove(output);
    return 0;
}

struct Row
{
    QString format;
    double seconds = 0;
    double dump = 0;
    double rss = 0;
    qint64 bytes = 0;
    int runs = 1; // of a median row: how many runs it is the median of, and their spread
    double lowestRatio = 0;
    double highestRatio = 0;

    double ratio() const { return dump > 0 ? seconds / dump : 0.0; }
};

// Runs one export in a child process and reads back its row.
std::optional<Row> runInChild(const QString &path, ExportFormat format, const QString &outputDir)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BENCH_EXPORT_CHILD"), toString(format));
    environment.insert(QStringLiteral("BENCH_EXPORT_PROJECT"), path);
    environment.insert(QStringLiteral("BENCH_EXPORT_OUTPUT_DIR"), outputDir);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(900000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        std::printf("%s failed\n", qPrintable(toString(format)));
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 6 && fields.at(0) == "row") {
            return Row{QString::fromUtf8(fields.at(1)), fields.at(2).toDouble(),
                       fields.at(3).toDouble(), fields.at(4).toDouble(), fields.at(5).toLongLong()};
        }
    }
    std::printf("%s printed no figures\n", qPrintable(toString(format)));
    return std::nullopt;
}

double goalRatio(const QString &format)
{
    if (format == u"jsonld")
        return 3.0;
    if (format == u"csv")
        return 1.5;
    return 0; // no goal
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication application(argc, argv);     // the PDF report lays out text
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERPOINT_VERSION));
    // BENCH_EXPORT_PROJECT keeps the generated project between runs, for profiling.
    const QString kept = qEnvironmentVariable("BENCH_EXPORT_PROJECT");
    if (const QString child = qEnvironmentVariable("BENCH_EXPORT_CHILD"); !child.isEmpty())
        return runChild(kept, child, qEnvironmentVariable("BENCH_EXPORT_OUTPUT_DIR"));

    QTemporaryDir dir;
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("bench.counterpoint")) : kept;
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(path)) {
        OpenOptions options;
        options.createIfMissing = true;
        auto project = Project::open(path, options);
        if (!project || !buildProject(**project))
            return 1;
    }
    std::printf("built %d annotations in %d articles in %.1f s (peak RSS %.0f MB)\n",
                annotationCount, articleCount, timer.nsecsElapsed() / 1e9, peakRssMb());

    if (qEnvironmentVariableIsSet("BENCH_PROBE")) {
        auto opened = Project::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
            return 1;
        }
        const Project &project = **opened;
        QElapsedTimer t;
        t.start();
        auto a = project.annotations();
        std::printf("annotations %.2f\n", t.nsecsElapsed() / 1e9);
        t.restart();
        auto r = project.relations();
        std::printf("relations %.2f\n", t.nsecsElapsed() / 1e9);
        t.restart();
        auto s = project.articleSummaries();
        std::printf("summaries %.2f\n", t.nsecsElapsed() / 1e9);
        t.restart();
        for (const auto &x : *s)
            (void)project.article(x.id);
        std::printf("articles %.2f\n", t.nsecsElapsed() / 1e9);
        return 0;
    }
    // Issue 19.0: what an open costs now (header, application id, schema version) beside the
    // quick_check every open used to run first, both medians of five on this file.
    const auto medianOfFive = [](const auto &step) {
        QList<double> seconds;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            if (!step())
                return -1.0;
            seconds.append(t.nsecsElapsed() / 1e9);
        }
        std::sort(seconds.begin(), seconds.end());
        return seconds.at(2);
    };
    const double openSeconds = medianOfFive([&path] { return bool(Project::open(path)); });
    const double checkSeconds = medianOfFive([&path] {
        auto report = ProjectCheck::run(path);
        return report && report->isSound();
    });

    QList<ExportFormat> formats = allExportFormats();
    if (const QString only = qEnvironmentVariable("BENCH_EXPORT_FORMAT"); !only.isEmpty())
        formats = {exportFormatFromString(only).value_or(ExportFormat::Csv)};
    // A format with a goal runs several times, each run beside its own dump, and counts by its
    // median ratio: one run on a shared two-core machine can be a third off either way.
    const int goalRuns = qEnvironmentVariableIsSet("BENCH_EXPORT_RUNS")
                             ? std::max(1, qEnvironmentVariableIntValue("BENCH_EXPORT_RUNS"))
                             : 5;
    QList<Row> rows;
    for (const ExportFormat format : formats) {
        const int runs = goalRatio(toString(format)) > 0 ? goalRuns : 1;
        QList<Row> tries;
        for (int run = 0; run < runs; ++run) {
            if (auto row = runInChild(path, format, dir.path()))
                tries.append(*row);
        }
        if (tries.size() != runs)
            continue;
        std::sort(tries.begin(), tries.end(),
                  [](const Row &a, const Row &b) { return a.ratio() < b.ratio(); });
        Row median = tries.at(runs / 2);
        median.runs = runs;
        median.lowestRatio = tries.first().ratio();
        median.highestRatio = tries.last().ratio();
        for (const Row &row : std::as_const(tries))
            median.rss = std::max(median.rss, row.rss);
        rows.append(median);
        std::printf("exported %s (%d run%s)\n", qPrintable(median.format), runs,
                    runs == 1 ? "" : "s");
        std::fflush(stdout);
    }

    std::printf("\nformat   export s   sqlite3 -json s   ratio   goal    runs  ratios seen    "
                "output MB   peak RSS MB\n");
    QStringList met, missed;
    double largestRss = 0;
    for (const Row &row : std::as_const(rows)) {
        const double ratio = row.ratio();
        const double goal = goalRatio(row.format);
        const QString goalText = goal > 0 ? QStringLiteral("<=%1x").arg(goal) : QStringLiteral("-");
        const QString seen = row.runs > 1 ? QStringLiteral("%1-%2x")
                                                .arg(row.lowestRatio, 0, 'f', 2)
                                                .arg(row.highestRatio, 0, 'f', 2)
                                          : QStringLiteral("-");
        std::printf("%-8s %8.2f   %15.2f   %5.2fx  %-6s  %4d  %-11s  %9.1f   %11.0f\n",
                    qPrintable(row.format), row.seconds, row.dump, ratio, qPrintable(goalText),
                    row.runs, qPrintable(seen), row.bytes / 1048576.0, row.rss);
        if (goal > 0)
            (ratio > 0 && ratio <= goal ? met : missed).append(row.format + u' ' + goalText);
        largestRss = std::max(largestRss, row.rss);
    }
    (largestRss < 300 ? met : missed).append(QStringLiteral("RSS < 300 MB per export"));
    std::printf("open %.4f s beside the quick_check each open ran before issue 19, %.3f s: an "
                "open now costs %.1f%% of what it did\n",
                openSeconds, checkSeconds, 100 * openSeconds / (openSeconds + checkSeconds));
    std::printf("goals met: %s; not met: %s (largest peak RSS of one export %.0f MB)\n",
                met.isEmpty() ? "none" : qPrintable(met.join(QStringLiteral(", "))),
                missed.isEmpty() ? "none" : qPrintable(missed.join(QStringLiteral(", "))),
                largestRss);
    return rows.size() == formats.size() ? 0 : 1;
}
