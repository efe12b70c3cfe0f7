// Issue 13's team benchmark, on a project file and on a PostgreSQL server (the bench runs under
// pg_virtualenv; without a server it says so and measures the file alone):
// - 8 client processes each adding 1,000 annotations, one commit each, to one project at once:
//   all 8,000 present, throughput on the server beside the same into a local file;
// - a conflict storm, 8 clients each editing the same 50 annotations 20 times, every write naming
//   the version it read: 0 lost updates, the refusals counted, beside the same storm on a file
//   with writes that name no version (what the store did before row versions), whose lost
//   updates are the baseline;
// - how long a change takes to be seen by another client through live refresh (a file's
//   data_version timer; a server's NOTIFY), median and 99th percentile;
// - opening a 100,000-annotation project and reading every annotation, as the window does, in a
//   fresh process: time and peak RSS from the server beside the same project as a file.
// Prints its figures as its last lines.
#include "TestSupport.h"

#include "session/LiveRefresh.h"
#include "store/Project.h"
#include "store/ProjectCopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace counterpoint;

namespace {

constexpr int clients = 8;
constexpr int addsPerClient = 1000;
constexpr int stormAnnotations = 50;
constexpr int stormRounds = 20;
constexpr int latencySamples = 100;
constexpr int bigProjectAnnotations = 100000;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

std::unique_ptr<Project> openOrFail(const QString &where, bool create = false)
{
    OpenOptions options;
    options.createIfMissing = create;
    options.busyTimeoutMs = 60000; // eight writers at once: wait for the lock, never give up
    auto project = Project::open(where, options);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorMessage()));
        return nullptr;
    }
    return std::move(project).value();
}

// A new project at `where` with one article; returns the article's id.
QUuid newProjectWithArticle(const QString &where, const QString &articleFile)
{
    auto project = openOrFail(where, true);
    return project ? test::importArticle(*project, articleFile) : QUuid();
}

// Client processes -------------------------------------------------------------------------

// Adds addsPerClient annotations, each in a commit of its own.
int runAdder(const QString &where, const QString &articleId)
{
    auto project = openOrFail(where);
    if (!project)
        return 1;
    for (int i = 0; i < addsPerClient; ++i) {
        Annotation annotation;
        annotation.articleId = QUuid::fromString(articleId);
        annotation.start = (i * 7) % 900;
        annotation.end = annotation.start + 12;
        if (auto added = project->addAnnotation(annotation); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage()));
            return 1;
        }
    }
    return 0;
}

// Edits every annotation stormRounds times; prints "ack ID READ WRITTEN COMMENT" for each
// acknowledged write (the version it read and the one it made) and "refused ID" for each refused.
int runStormClient(const QString &where, int client, bool namesVersions)
{
    auto project = openOrFail(where);
    if (!project)
        return 1;
    auto listed = project->annotations();
    if (!listed)
        return 1;
    for (int round = 0; round < stormRounds; ++round) {
        for (const Annotation &each : std::as_const(*listed)) {
            auto read = project->annotation(each.id);
            if (!read)
                return 1;
            Annotation mine = *read;
            mine.comment = QStringLiteral("client %1 round %2").arg(client).arg(round);
            auto written = project->updateAnnotation(mine, namesVersions ? read->version : 0);
            const QByteArray id = each.id.toString(QUuid::WithoutBraces).toLatin1();
            if (written) {
                std::printf("ack %s %lld %lld %s\n", id.constData(),
                            static_cast<long long>(read->version),
                            static_cast<long long>(written->version), qPrintable(mine.comment));
            } else if (written.error().code == Error::Code::Conflict) {
                std::printf("refused %s\n", id.constData());
            } else {
                std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
                return 1;
            }
        }
    }
    return 0;
}

// The other side of changeSeenLatencies(): a change every 37 ms (not a multiple of the timer);
// prints "commit VERSION MSECS" for each.
int runLatencyWriter(const QString &where, const QString &id)
{
    auto project = openOrFail(where);
    if (!project)
        return 1;
    QThread::msleep(300); // the watcher is listening by now
    for (int i = 0; i < latencySamples; ++i) {
        auto current = project->annotation(QUuid::fromString(id));
        if (!current)
            return 1;
        Annotation next = *current;
        next.comment = QStringLiteral("change %1").arg(i);
        auto written = project->updateAnnotation(next);
        if (!written)
            return 1;
        std::printf("commit %lld %lld\n", static_cast<long long>(written->version),
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
        QThread::msleep(37);
    }
    return 0;
}

// Opens the project and reads every annotation and article title, as the window's list does;
// prints "open SECONDS RSS_MB COUNT".
int runOpener(const QString &where)
{
    QElapsedTimer timer;
    timer.start();
    auto project = openOrFail(where);
    if (!project)
        return 1;
    auto annotations = project->annotations();
    auto articles = project->articleSummaries();
    if (!annotations || !articles)
        return 1;
    std::printf("open %.3f %.1f %lld\n", double(timer.nsecsElapsed()) / 1e9, peakRssMb(),
                static_cast<long long>(annotations->size()));
    return 0;
}

// The measurements ---------------------------------------------------------------------------

QProcess *startClient(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QCoreApplication::applicationFilePath(), arguments);
    return process;
}

// Waits for every client; returns their standard output, or nothing when one failed.
std::optional<QList<QByteArray>> collect(QList<QProcess *> processes)
{
    QList<QByteArray> outputs;
    bool failed = false;
    for (QProcess *process : std::as_const(processes)) {
        process->waitForFinished(-1);
        outputs.append(process->readAllStandardOutput());
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            std::fprintf(stderr, "a client failed: %s\n",
                         process->readAllStandardError().constData());
            failed = true;
        }
        delete process;
    }
    if (failed)
        return std::nullopt;
    return outputs;
}

struct Throughput
{
    qsizetype stored = -1;
    double seconds = 0;
};

Throughput concurrentAdds(const QString &where, const QString &articleFile)
{
    Throughput result;
    const QUuid article = newProjectWithArticle(where, articleFile);
    if (article.isNull())
        return result;
    QElapsedTimer timer;
    timer.start();
    QList<QProcess *> processes;
    for (int client = 0; client < clients; ++client)
        processes.append(startClient(
            {QStringLiteral("--adder"), where, article.toString(QUuid::WithoutBraces)}));
    if (!collect(processes))
        return result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (auto project = openOrFail(where)) {
        if (auto count = project->annotationCount())
            result.stored = *count;
    }
    return result;
}

struct Storm
{
    int acknowledged = 0;
    int refused = 0;
    int lost = 0; // acknowledged writes overwritten unseen, or a final state not the newest
    double seconds = 0;
    bool ran = false;
};

// A lost update: an acknowledged write stored over a change its client never read (the version
// it made is not the one it read plus one: someone's acknowledged change in between was
// overwritten without a word), or a final state that is not the newest acknowledged write.
Storm conflictStorm(const QString &where, const QString &articleFile, bool namesVersions)
{
    Storm result;
    {
        const QUuid article = newProjectWithArticle(where, articleFile);
        auto project = openOrFail(where);
        if (article.isNull() || !project)
            return result;
        for (int i = 0; i < stormAnnotations; ++i) {
            Annotation annotation;
            annotation.articleId = article;
            annotation.start = i * 5;
            annotation.end = i * 5 + 4;
            if (!project->addAnnotation(annotation))
                return result;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QList<QProcess *> processes;
    for (int client = 0; client < clients; ++client)
        processes.append(
            startClient({QStringLiteral("--storm"), where, QString::number(client),
                         namesVersions ? QStringLiteral("versions") : QStringLiteral("blind")}));
    const auto outputs = collect(processes);
    if (!outputs)
        return result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    QHash<QString, QHash<qint64, QString>> acknowledged; // id → version made → comment stored
    for (const QByteArray &output : *outputs) {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.value(0) == "ack" && fields.size() >= 5) {
                ++result.acknowledged;
                const qint64 read = fields.at(2).toLongLong();
                const qint64 written = fields.at(3).toLongLong();
                if (written != read + 1)
                    ++result.lost;
                acknowledged[QString::fromLatin1(fields.at(1))].insert(
                    written, QString::fromUtf8(fields.mid(4).join(' ')));
            } else if (fields.value(0) == "refused") {
                ++result.refused;
            }
        }
    }
    auto project = openOrFail(where);
    if (!project)
        return result;
    for (auto each = acknowledged.cbegin(); each != acknowledged.cend(); ++each) {
        const qint64 newest = *std::max_element(each.value().keyBegin(), each.value().keyEnd());
        auto stored = project->annotation(QUuid::fromString(each.key()));
        if (!stored || each.value().value(newest) != stored->comment)
            ++result.lost;
    }
    result.ran = true;
    return result;
}

// Milliseconds from each commit in another process to the moment this one's live refresh first
// announced that version of the row or a later one (live refresh announces a row once, as it is
// now, so a change overtaken before the next look is seen with the one that overtook it).
QList<double> changeSeenLatencies(const QString &where, const QString &articleFile)
{
    const QUuid article = newProjectWithArticle(where, articleFile);
    auto watcher = openOrFail(where);
    if (article.isNull() || !watcher)
        return {};
    Annotation annotation;
    annotation.articleId = article;
    annotation.start = 0;
    annotation.end = 4;
    auto added = watcher->addAnnotation(annotation);
    if (!added)
        return {};
    QList<std::pair<qint64, qint64>> seen; // version announced, when
    LiveRefresh live(*watcher);
    QObject::connect(watcher.get(), &Project::annotationChanged, [&](const Annotation &changed) {
        seen.append({changed.version, QDateTime::currentMSecsSinceEpoch()});
    });
    QProcess writer;
    QEventLoop loop;
    QObject::connect(&writer, &QProcess::finished, &loop, &QEventLoop::quit);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--writer"), where, added->id.toString(QUuid::WithoutBraces)});
    loop.exec();
    QList<std::pair<qint64, qint64>> commits; // version made, when
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3 && fields.at(0) == "commit")
            commits.append({fields.at(1).toLongLong(), fields.at(2).toLongLong()});
    }
    QElapsedTimer settle; // the last change may still be on its way
    settle.start();
    const qint64 last = commits.isEmpty() ? 0 : commits.constLast().first;
    while ((seen.isEmpty() || seen.constLast().first < last) && settle.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QList<double> latencies;
    for (const auto &[version, at] : std::as_const(commits)) {
        const auto first = std::find_if(seen.cbegin(), seen.cend(),
                                        [&](const auto &s) { return s.first >= version; });
        if (first != seen.cend())
            latencies.append(double(first->second - at));
    }
    return latencies;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

// A project file of bigProjectAnnotations annotations over 50 articles, written in one go.
bool buildBigProject(const QString &path)
{
    auto project = openOrFail(path, true);
    if (!project)
        return false;
    QRandomGenerator random(13);
    const Status built = project->writeInBulk([&]() -> Status {
        QList<QUuid> actors, articles;
        for (int i = 0; i < 12; ++i) {
            auto actor = project->ensureActor(QStringLiteral("Actor %1").arg(i));
            if (!actor)
                return actor.error();
            actors.append(actor->id);
        }
        for (int n = 0; n < 50; ++n) {
            Article article;
            article.title = QStringLiteral("Team article %1").arg(n);
            article.text = QStringLiteral("One company alleges smuggling; the other calls it tall "
                                          "tales. ")
                               .repeated(300);
            article.original = article.text.toUtf8();
            article.contentHash = QStringLiteral("team-%1").arg(n);
            auto added = project->addArticle(article);
            if (!added)
                return added.error();
            articles.append(added->id);
        }
        for (int i = 0; i < bigProjectAnnotations; ++i) {
            Annotation a;
            a.articleId = articles.at(i % articles.size());
            a.start = random.bounded(18000); // each article is 18,600 characters
            a.end = a.start + 10 + random.bounded(80);
            a.kind = allAnnotationKinds().at(random.bounded(4));
            if (random.bounded(4) != 0)
                a.actorId = actors.at(random.bounded(int(actors.size())));
            if (auto added = project->addAnnotation(a); !added)
                return added.error();
        }
        return success();
    });
    if (!built)
        std::fprintf(stderr, "%s\n", qPrintable(built.errorMessage()));
    return bool(built);
}

struct Opened
{
    double seconds = -1;
    double rssMb = -1;
    qlonglong annotations = -1;
};

// The median of three fresh processes opening the project.
Opened openInChild(const QString &where)
{
    QList<Opened> runs;
    for (int run = 0; run < 3; ++run) {
        auto outputs = collect({startClient({QStringLiteral("--open"), where})});
        if (!outputs)
            return {};
        const QList<QByteArray> fields = outputs->constFirst().trimmed().split(' ');
        if (fields.size() != 4 || fields.at(0) != "open")
            return {};
        runs.append({fields.at(1).toDouble(), fields.at(2).toDouble(), fields.at(3).toLongLong()});
    }
    std::sort(runs.begin(), runs.end(),
              [](const Opened &a, const Opened &b) { return a.seconds < b.seconds; });
    return runs.at(1);
}

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(1);
    if (mode == u"--adder")
        return runAdder(arguments.value(2), arguments.value(3));
    if (mode == u"--storm")
        return runStormClient(arguments.value(2), arguments.value(3).toInt(),
                              arguments.value(4) == u"versions");
    if (mode == u"--writer")
        return runLatencyWriter(arguments.value(2), arguments.value(3));
    if (mode == u"--open")
        return runOpener(arguments.value(2));

    QTemporaryDir folder(QStringLiteral("%1/bench-team-XXXXXX").arg(test::binaryDir()));
    const auto file = [&](const char *name) {
        return folder.filePath(QLatin1String(name) + QLatin1String(".counterpoint"));
    };
    const bool server = qEnvironmentVariableIsSet("PGHOST") || qEnvironmentVariableIsSet("PGPORT");
    const auto database = [&]() { return server ? test::newServerDatabase() : QString(); };
    const QString articleFile = folder.filePath(QStringLiteral("article.txt"));
    test::writeFile(articleFile,
                    QString(QStringLiteral("Nvidia calls it tall tales. ").repeated(40)).toUtf8());

    const Throughput addsFile = concurrentAdds(file("adds"), articleFile);
    Throughput addsServer;
    if (server)
        addsServer = concurrentAdds(database(), articleFile);

    const Storm blind = conflictStorm(file("blind"), articleFile, false);
    const Storm versionsFile = conflictStorm(file("versions"), articleFile, true);
    Storm versionsServer;
    if (server)
        versionsServer = conflictStorm(database(), articleFile, true);

    const QList<double> latencyFile = changeSeenLatencies(file("latency"), articleFile);
    QList<double> latencyServer;
    if (server)
        latencyServer = changeSeenLatencies(database(), articleFile);

    Opened openFile, openServer;
    if (buildBigProject(file("big"))) {
        openFile = openInChild(file("big"));
        if (server) {
            const QString big = database();
            if (auto copied = ProjectCopy::copy(file("big"), big); copied)
                openServer = openInChild(big);
            else
                std::fprintf(stderr, "%s\n", qPrintable(copied.errorMessage()));
        }
    }

    const int adds = clients * addsPerClient;
    const int attempts = clients * stormAnnotations * stormRounds;
    if (!server)
        std::printf("no PostgreSQL server (run under pg_virtualenv): the file alone is measured\n");
    std::printf("concurrent adds, %d clients x %d annotations, one commit each:\n", clients,
                addsPerClient);
    std::printf("  file:   %lld of %d stored, %.2f s, %.0f annotations/s\n",
                static_cast<long long>(addsFile.stored), adds, addsFile.seconds,
                ratio(adds, addsFile.seconds));
    if (server)
        std::printf("  server: %lld of %d stored, %.2f s, %.0f annotations/s (%.2fx the file's "
                    "throughput)\n",
                    static_cast<long long>(addsServer.stored), adds, addsServer.seconds,
                    ratio(adds, addsServer.seconds),
                    ratio(ratio(adds, addsServer.seconds), ratio(adds, addsFile.seconds)));
    std::printf("conflict storm, %d clients x %d annotations x %d edits = %d writes:\n", clients,
                stormAnnotations, stormRounds, attempts);
    std::printf("  file, no versions (baseline): %d acknowledged, %d lost updates, %.2f s\n",
                blind.acknowledged, blind.lost, blind.seconds);
    std::printf("  file, versions:   %d acknowledged, %d refused, %d lost updates, %.2f s (%.2fx "
                "the baseline's time)\n",
                versionsFile.acknowledged, versionsFile.refused, versionsFile.lost,
                versionsFile.seconds, ratio(versionsFile.seconds, blind.seconds));
    if (server)
        std::printf("  server, versions: %d acknowledged, %d refused, %d lost updates, %.2f s "
                    "(%.2fx the baseline's time)\n",
                    versionsServer.acknowledged, versionsServer.refused, versionsServer.lost,
                    versionsServer.seconds, ratio(versionsServer.seconds, blind.seconds));
    std::printf("change seen by another client (goal: median under 200 ms, 99th percentile "
                "under 1 s):\n");
    std::printf("  file (data_version every %d ms): %lld samples, median %.0f ms, 99th "
                "percentile %.0f ms\n",
                LiveRefresh::fileInterval, static_cast<long long>(latencyFile.size()),
                percentile(latencyFile, 0.5), percentile(latencyFile, 0.99));
    if (server)
        std::printf("  server (NOTIFY): %lld samples, median %.0f ms, 99th percentile %.0f ms "
                    "(median %.2fx the file's)\n",
                    static_cast<long long>(latencyServer.size()), percentile(latencyServer, 0.5),
                    percentile(latencyServer, 0.99),
                    ratio(percentile(latencyServer, 0.5), percentile(latencyFile, 0.5)));
    std::printf("opening a %d-annotation project and reading every annotation (median of 3 "
                "processes):\n",
                bigProjectAnnotations);
    std::printf("  file:   %.2f s, peak RSS %.0f MiB, %lld annotations\n", openFile.seconds,
                openFile.rssMb, openFile.annotations);
    if (server)
        std::printf("  server: %.2f s, peak RSS %.0f MiB, %lld annotations (%.2fx the file's "
                    "time, %.2fx its memory)\n",
                    openServer.seconds, openServer.rssMb, openServer.annotations,
                    ratio(openServer.seconds, openFile.seconds),
                    ratio(openServer.rssMb, openFile.rssMb));

    // A benchmark fails only when the product is wrong, never on a time.
    const bool addsComplete = addsFile.stored == adds && (!server || addsServer.stored == adds);
    const bool noLostUpdate =
        versionsFile.ran && versionsFile.lost == 0 &&
        versionsFile.acknowledged + versionsFile.refused == attempts &&
        (!server || (versionsServer.ran && versionsServer.lost == 0 &&
                     versionsServer.acknowledged + versionsServer.refused == attempts));
    return addsComplete && noLostUpdate ? 0 : 1;
}
