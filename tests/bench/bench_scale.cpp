// Benchmark (printed figures, not a timed test), issue 19 item 4: projects of 10^3 to 10^6
// annotations on the same 100 articles, built once and kept between runs, each measured as a
// user meets it, one whole process at a time (its wall time and peak RSS from wait4):
//  - the window opened on the project with the list filled and two panes showing their
//    highlights, beside the same window on the articles without annotations; then a keystroke
//    in the list's filter;
//  - `counterpoint import-annotations` of the project's own W3C file into the bare articles,
//    beside prepared inserts of the same rows in one transaction;
//  - `counterpoint export` to CSV, JSON-LD, REFI-QDA and the PDF report, beside `sqlite3 -json`
//    of the annotation rows;
// each printed beside its floor and its goal (issue 19), and the growth of each figure per 10x
// more annotations, so that a cost growing faster than linearly shows at once (10x is linear).
//
// BENCH_SCALE_MAX caps the largest project (default 1000000); BENCH_SCALE_CACHE names the folder
// that keeps the projects (default: the user's cache folder). The figures are the last lines.
#include "BenchFloor.h"
#include "BenchText.h"
#include "TestSupport.h"
#include "session/ProjectSession.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

extern char **environ;

using namespace counterpoint;

namespace {

constexpr int articleCount = 100;
constexpr int articleSize = 20000;
// Raised whenever what the projects hold changes, so that kept projects are built anew.
constexpr int generation = 1;

// One whole process: how long it ran and the most memory it held.
struct Measured
{
    double seconds = 0;
    double rssMb = 0;
    bool ok = false;
};

// Runs program with arguments, its output to outputPath (/dev/null by default), extra variables
// added to its environment; waits for it and reads its resources.
Measured runProcess(const QStringList &command,
                    const QString &outputPath = QStringLiteral("/dev/null"),
                    const QStringList &extraEnvironment = {})
{
    std::vector<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> variables;
    for (char **variable = environ; *variable; ++variable)
        variables.emplace_back(*variable);
    for (const QString &variable : extraEnvironment)
        variables.push_back(variable.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = outputPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    Measured measured;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        return measured;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return measured;
    measured.seconds = timer.nsecsElapsed() / 1e9;
    measured.rssMb = usage.ru_maxrss / 1024.0; // Linux reports kilobytes
    measured.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!measured.ok)
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], status);
    return measured;
}

// The 100 articles, no annotations: the floor of the window and where every import starts.
bool buildArticles(const QString &path)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto opened = Project::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return false;
    }
    bench::BenchText text(23);
    for (int n = 0; n < articleCount; ++n) {
        Article article;
        article.title = QStringLiteral("Scale benchmark article %1").arg(n);
        article.text = text.article(articleSize);
        article.original = article.text.toUtf8();
        article.contentHash = QStringLiteral("bench-scale-%1").arg(n);
        if (auto added = (*opened)->addArticle(article); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage()));
            return false;
        }
    }
    return true;
}

// count annotations on the articles at path: random passages, kinds, actors (3 in 4), up to two
// tags, a comment on a third, a second set for a fifth; a link for every twentieth.
bool addAnnotations(const QString &path, int count)
{
    auto opened = Project::open(path);
    if (!opened)
        return false;
    Project &project = **opened;
    QRandomGenerator random(5);
    QList<QUuid> actors, tags;
    for (int i = 0; i < 12; ++i) {
        auto actor = project.ensureActor(QStringLiteral("Actor %1").arg(i));
        auto tag = project.ensureTag(QStringLiteral("tag %1").arg(i));
        if (!actor || !tag)
            return false;
        actors.append(actor->id);
        tags.append(tag->id);
    }
    auto second = project.ensureAnnotationSet(QStringLiteral("Second reading"));
    auto summaries = project.articleSummaries();
    if (!second || !summaries)
        return false;
    QList<std::pair<QUuid, int>> articles;
    for (const ArticleSummary &summary : *summaries)
        articles.append({summary.id, int(project.articleText(summary.id)->size())});
    QList<QUuid> added;
    const int batch = 20000;
    for (int first = 0; first < count; first += batch) {
        QList<Annotation> annotations;
        for (int i = first; i < std::min(count, first + batch); ++i) {
            Annotation a;
            const auto &[articleId, size] = articles.at(i % articles.size());
            a.articleId = articleId;
            a.start = int(random.bounded(size - 200));
            a.end = a.start + 20 + int(random.bounded(150));
            a.kind = allAnnotationKinds().at(int(random.bounded(4)));
            if (random.bounded(4) != 0)
                a.actorId = actors.at(int(random.bounded(int(actors.size()))));
            for (int t = int(random.bounded(3)); t > 0; --t) {
                const QUuid tag = tags.at(int(random.bounded(int(tags.size()))));
                if (!a.tagIds.contains(tag))
                    a.tagIds.append(tag);
            }
            if (random.bounded(3) == 0)
                a.comment = QStringLiteral("A comment, with \"quotes\" %1").arg(i);
            if (random.bounded(5) == 0)
                a.setId = second->id;
            annotations.append(a);
        }
        if (auto stored = project.addAnnotations(annotations); !stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.errorMessage()));
            return false;
        }
        for (const Annotation &annotation : std::as_const(annotations))
            added.append(annotation.id);
    }
    auto linked = project.write([&]() -> Status {
        for (qsizetype i = 20; i < added.size(); i += 20) {
            Relation relation;
            relation.fromId = added.at(i);
            relation.toId = added.at(i - 1 - random.bounded(19));
            relation.kind = RelationKind::Rebuts;
            if (auto stored = project.addRelation(relation); !stored)
                return stored.error();
        }
        return success();
    });
    return bool(linked);
}

// Child: the window on the project, as a user opens it, until the list holds every annotation
// and two panes show their highlights; then five keystrokes in the list's filter. Prints
// "ready MS keystroke MS rows N highlights H".
int runWindow(const QString &path, int expectedRows)
{
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.filePath("settings"));
    QStandardPaths::setTestModeEnabled(true);
    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openProject(path))
        return 1;
    auto summaries = window.project()->articleSummaries();
    if (!summaries || summaries->size() < 2)
        return 1;
    ui::ArticlePane *panes[] = {window.openArticle(summaries->at(0).id),
                                window.openArticle(summaries->at(1).id)};
    ui::AnnotationTableModel *model = window.annotationList()->model();
    // The highlights each pane shows, or -1 while a pane lacks one that its screen should show:
    // an annotation overlapping the text between its first and last visible characters.
    QList<QList<Annotation>> annotationsOf; // each pane's, read once
    for (ui::ArticlePane *pane : panes) {
        auto annotations = pane ? window.project()->annotationsOfArticle(pane->articleId())
                                : Result<QList<Annotation>>(QList<Annotation>());
        if (!pane || !annotations)
            return 1;
        annotationsOf.append(*annotations);
    }
    auto highlighted = [&] {
        qsizetype shown = 0;
        for (int p = 0; p < 2; ++p) {
            ui::ArticlePane *pane = panes[p];
            ui::ArticleView *view = pane->view();
            view->viewport()->grab();
            const int first = view->cursorForPosition(QPoint(0, 0)).position();
            const int last = view->cursorForPosition(
                                     QPoint(view->viewport()->width(), view->viewport()->height()))
                                 .position();
            const bool onScreen =
                std::any_of(annotationsOf[p].cbegin(), annotationsOf[p].cend(),
                            [&](const Annotation &a) { return a.start < last && a.end > first; });
            if (onScreen && view->extraSelections().isEmpty())
                return qsizetype(-1);
            shown += view->extraSelections().size();
        }
        return shown;
    };
    qsizetype highlights = -1;
    while (timer.elapsed() < 900000) {
        QApplication::processEvents();
        if (model->rowCount() == expectedRows && (highlights = highlighted()) >= 0)
            break;
        QTest::qWait(5);
    }
    const double ready = timer.nsecsElapsed() / 1e6;
    if (highlights < 0) {
        std::fprintf(stderr, "the window showed %d of %d rows, panes %p %p\n", model->rowCount(),
                     expectedRows, static_cast<void *>(panes[0]), static_cast<void *>(panes[1]));
        return 1;
    }
    QLineEdit *field = window.annotationList()->searchField();
    field->setFocus();
    QList<double> keystrokes;
    for (const char key : {'k', 'a', 'l', 'o', 't'}) {
        timer.restart();
        QTest::keyClick(field, key);
        QApplication::processEvents();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("ready %.1f keystroke %.2f rows %d highlights %lld\n", ready,
                keystrokes.at(keystrokes.size() / 2), model->rowCount(),
                static_cast<long long>(highlights));
    return 0;
}

// Child: the import's floor (bench::insertLikeAnImport). Prints "floor SECONDS".
int runFloor(const QString &imported, const QString &target)
{
    double seconds = 0;
    qsizetype annotations = 0;
    if (!bench::insertLikeAnImport(imported, target, seconds, annotations))
        return 1;
    std::printf("floor %.4f %lld\n", seconds, static_cast<long long>(annotations));
    return 0;
}

// The words of a child's one line of figures, by name: "ready 12.0 rows 5" → {ready: 12, …}.
std::map<QString, double> figuresIn(const QString &path)
{
    QFile file(path);
    std::map<QString, double> figures;
    if (!file.open(QIODevice::ReadOnly))
        return figures;
    const QStringList words = QString::fromUtf8(file.readAll()).simplified().split(u' ');
    for (qsizetype i = 0; i + 1 < words.size(); i += 2)
        figures[words.at(i)] = words.at(i + 1).toDouble();
    return figures;
}

struct Figure
{
    QString name;
    int annotations = 0;
    double seconds = 0;
    double floor = 0; // 0: no floor
    double goal = 0;  // the goal: a ratio to the floor, or (absoluteGoal) seconds
    bool absoluteGoal = false;
    double rssMb = 0;
    double rssGoalMb = 0;

    double ratio() const { return floor > 0 ? seconds / floor : 0; }
    bool met() const
    {
        const bool time = goal <= 0 || (absoluteGoal ? seconds <= goal : ratio() <= goal);
        return time && (rssGoalMb <= 0 || rssMb <= rssGoalMb);
    }
};

QString cacheFolder()
{
    QString folder = qEnvironmentVariable("BENCH_SCALE_CACHE");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                 QStringLiteral("/counterpoint-bench-scale");
    return folder + QStringLiteral("/generation-%1").arg(generation);
}

// The project of count annotations, built into a scratch name and renamed when whole, so that
// a run stopped half-way leaves nothing a later run would take for a finished project.
std::optional<QString> keptProject(const QDir &cache, int count)
{
    const QString path = cache.filePath(QStringLiteral("scale-%1.counterpoint").arg(count));
    if (QFileInfo::exists(path))
        return path;
    const QString articles = cache.filePath(QStringLiteral("scale-0.counterpoint"));
    const QString building = path + QStringLiteral(".building");
    QElapsedTimer timer;
    timer.start();
    if (count == 0) {
        QFile::remove(building);
        if (!buildArticles(building))
            return std::nullopt;
    } else if (!bench::copyFresh(articles, building) || !addAnnotations(building, count)) {
        return std::nullopt;
    }
    // The log folded into the file, so that the file alone is the project.
    {
        auto opened = Project::open(building);
        if (!opened)
            return std::nullopt;
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(building + QLatin1String(suffix));
    if (!QFile::rename(building, path))
        return std::nullopt;
    std::printf("built %d annotations in %.1f s\n", count, timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    return path;
}

QString secondsText(double seconds)
{
    return seconds >= 10 ? QString::number(seconds, 'f', 1) : QString::number(seconds, 'f', 3);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (const QString child = qEnvironmentVariable("BENCH_SCALE_CHILD"); !child.isEmpty()) {
        if (child == u"window" && args.size() == 3)
            return runWindow(args.at(1), args.at(2).toInt());
        if (child == u"floor" && args.size() == 3)
            return runFloor(args.at(1), args.at(2));
        return 2;
    }

    const int largest = qEnvironmentVariableIsSet("BENCH_SCALE_MAX")
                            ? qEnvironmentVariableIntValue("BENCH_SCALE_MAX")
                            : 1000000;
    QList<int> sizes;
    for (int size = 1000; size <= largest; size *= 10)
        sizes.append(size);
    const QDir cache(cacheFolder());
    QDir().mkpath(cache.path());
    QTemporaryDir scratch;
    const QString self = QCoreApplication::applicationFilePath();
    const QString counterpoint = test::counterpointExecutable();
    const auto articles = keptProject(cache, 0);
    if (!articles)
        return 1;

    // The window's floor: the same window on the articles alone.
    const QString windowOutput = scratch.filePath(QStringLiteral("window.txt"));
    const Measured bareWindow = runProcess({self, *articles, QStringLiteral("0")}, windowOutput,
                                           {QStringLiteral("BENCH_SCALE_CHILD=window")});
    if (!bareWindow.ok)
        return 1;

    QList<Figure> figures;
    for (const int size : std::as_const(sizes)) {
        const auto project = keptProject(cache, size);
        if (!project)
            return 1;
        // The window, whole process, and the filter's keystroke in it.
        const Measured window = runProcess({self, *project, QString::number(size)}, windowOutput,
                                           {QStringLiteral("BENCH_SCALE_CHILD=window")});
        if (!window.ok)
            return 1;
        const auto shown = figuresIn(windowOutput);
        figures.append({QStringLiteral("window open"), size, window.seconds, bareWindow.seconds,
                        1.5, true, window.rssMb, 250});
        figures.append({QStringLiteral("filter keystroke"), size,
                        shown.at(QStringLiteral("keystroke")) / 1000, 0, 0.1, true, 0, 0});
        std::printf("%d: window %.2f s (%.0f MB, %.0f highlights on screen)\n", size,
                    window.seconds, window.rssMb, shown.at(QStringLiteral("highlights")));
        std::fflush(stdout);

        // Exports, each beside sqlite3 -json of the annotation rows of the same file.
        const Measured dump = runProcess({QStringLiteral("sqlite3"), QStringLiteral("-json"),
                                          *project, QStringLiteral("SELECT * FROM annotation")},
                                         scratch.filePath(QStringLiteral("dump.json")));
        if (!dump.ok)
            return 1;
        const QString w3c = cache.filePath(QStringLiteral("scale-%1.jsonld").arg(size));
        for (const auto &[format, goal] :
             {std::pair(QStringLiteral("csv"), 1.5), std::pair(QStringLiteral("jsonld"), 2.5),
              std::pair(QStringLiteral("qdpx"), 5.0), std::pair(QStringLiteral("pdf"), 5.0)}) {
            const QString output = scratch.filePath(u"export." + format);
            const Measured exported =
                runProcess({counterpoint, QStringLiteral("export"), *project,
                            QStringLiteral("--format"), format, QStringLiteral("-o"), output});
            if (!exported.ok)
                return 1;
            figures.append({u"export " + format, size, exported.seconds, dump.seconds, goal, false,
                            exported.rssMb, 300});
            if (format == u"jsonld" && !QFileInfo::exists(w3c) && !QFile::copy(output, w3c))
                return 1;
            QFile::remove(output);
            std::printf("%d: export %s %.2f s (%.0f MB)\n", size, qPrintable(format),
                        exported.seconds, exported.rssMb);
            std::fflush(stdout);
        }

        // The project's own W3C file imported into the bare articles, beside its floor.
        const QString imported = scratch.filePath(QStringLiteral("imported.counterpoint"));
        const QString floorTarget = scratch.filePath(QStringLiteral("floor.counterpoint"));
        if (!bench::copyFresh(*articles, imported) || !bench::copyFresh(*articles, floorTarget))
            return 1;
        const Measured import =
            runProcess({counterpoint, QStringLiteral("import-annotations"), imported, w3c});
        const QString floorOutput = scratch.filePath(QStringLiteral("floor.txt"));
        const Measured floorRun = runProcess({self, imported, floorTarget}, floorOutput,
                                             {QStringLiteral("BENCH_SCALE_CHILD=floor")});
        if (!import.ok || !floorRun.ok)
            return 1;
        const double floor = figuresIn(floorOutput).at(QStringLiteral("floor"));
        figures.append({QStringLiteral("import-annotations"), size, import.seconds, floor, 1.3,
                        false, import.rssMb, 0});
        std::printf("%d: import %.2f s, floor %.2f s\n", size, import.seconds, floor);
        std::fflush(stdout);
    }

    // The table: each figure by size, its floor, ratio and goal, and its growth per 10x.
    std::printf("\n%-20s %9s %9s %9s %7s %-9s %8s %7s %s\n", "figure", "annots", "seconds",
                "floor s", "ratio", "goal", "RSS MB", "growth", "met");
    QStringList unmet;
    for (const Figure &figure : std::as_const(figures)) {
        double growth = 0;
        for (const Figure &smaller : std::as_const(figures)) {
            if (smaller.name == figure.name && smaller.annotations * 10 == figure.annotations &&
                smaller.seconds > 0)
                growth = figure.seconds / smaller.seconds;
        }
        const QString goal = figure.goal <= 0      ? QStringLiteral("-")
                             : figure.absoluteGoal ? QStringLiteral("%1 s").arg(figure.goal)
                                                   : QStringLiteral("%1x").arg(figure.goal);
        std::printf("%-20s %9d %9s %9s %7s %-9s %8s %7s %s\n", qPrintable(figure.name),
                    figure.annotations, qPrintable(secondsText(figure.seconds)),
                    figure.floor > 0 ? qPrintable(secondsText(figure.floor)) : "-",
                    figure.floor > 0 ? qPrintable(QString::number(figure.ratio(), 'f', 2) + u'x')
                                     : "-",
                    qPrintable(goal),
                    figure.rssMb > 0 ? qPrintable(QString::number(figure.rssMb, 'f', 0)) : "-",
                    growth > 0 ? qPrintable(QString::number(growth, 'f', 1) + u'x') : "-",
                    figure.met() ? "yes" : "no");
        if (!figure.met() && figure.annotations == sizes.last())
            unmet.append(figure.name);
    }
    std::printf("goals (window open %s s, keystroke 0.1 s, RSS 250/300 MB, import 1.3x, exports "
                "1.5x-5x) at %d annotations not met: %s\n",
                "1.5", sizes.last(), unmet.isEmpty() ? "none" : qPrintable(unmet.join(u", ")));
    std::printf("growth per 10x more annotations: 10x is linear; the window's floor (no "
                "annotations) %.2f s, %.0f MB\n",
                bareWindow.seconds, bareWindow.rssMb);
    return 0;
}
