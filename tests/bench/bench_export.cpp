// Benchmark (printed figures, not a timed test): a project of 100,000 annotations exported to
// every format, each time printed next to `sqlite3 -json` dumping the same annotation rows from
// the same file in the same run, with the process's peak RSS. The figures are the last lines.
#include "TestSupport.h"
#include "export/Export.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication application(argc, argv);     // the PDF report lays out text
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERPOINT_VERSION));
    QTemporaryDir dir;
    // BENCH_EXPORT_PROJECT keeps the generated project between runs, for profiling.
    const QString kept = qEnvironmentVariable("BENCH_EXPORT_PROJECT");
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

    auto opened = Project::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    const Project &project = **opened;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    struct Row
    {
        QString format;
        double seconds;
        double dump;
        double rss;
        qint64 bytes;
    };
    QList<Row> rows;
    if (qEnvironmentVariableIsSet("BENCH_PROBE")) {
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
    QList<ExportFormat> formats = allExportFormats();
    if (const QString only = qEnvironmentVariable("BENCH_EXPORT_FORMAT"); !only.isEmpty())
        formats = {exportFormatFromString(only).value_or(ExportFormat::Csv)};
    for (const ExportFormat format : formats) {
        // The dump runs next to each export, so both see the same machine load.
        const double dump = sqlite3.isEmpty() ? -1 : sqliteDumpSeconds(sqlite3, path);
        const QString output = dir.filePath(QStringLiteral("bench.") + fileSuffix(format));
        timer.restart();
        auto outcome =
            exportAnnotationsToFile(project, format, ExportScope::wholeProject(), output);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!outcome) {
            std::printf("%s failed: %s\n", qPrintable(toString(format)),
                        qPrintable(outcome.errorMessage()));
            continue;
        }
        rows.append({toString(format), seconds, dump, peakRssMb(), QFileInfo(output).size()});
        std::printf("exported %s\n", qPrintable(toString(format)));
        std::fflush(stdout);
    }

    std::printf(
        "\nformat   export s   sqlite3 -json s   ratio   goal    output MB   peak RSS MB\n");
    for (const Row &row : std::as_const(rows)) {
        const QString goal = row.format == u"jsonld" ? QStringLiteral("<=3x")
                             : row.format == u"csv"  ? QStringLiteral("<=1.5x")
                                                     : QStringLiteral("-");
        std::printf("%-8s %8.2f   %15.2f   %5.2fx  %-6s  %9.1f   %11.0f\n", qPrintable(row.format),
                    row.seconds, row.dump, row.dump > 0 ? row.seconds / row.dump : 0.0,
                    qPrintable(goal), row.bytes / 1048576.0, row.rss);
    }
    std::printf("peak RSS %.0f MB (goal < 300 MB)\n", peakRssMb());
    return 0;
}
