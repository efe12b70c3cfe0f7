// What durable commits cost (issue 18.6): edits stored one transaction each, as the window and
// the command line store them, with the project's setting (synchronous=FULL: each commit synced
// to the disk before it is reported done) beside WAL's synchronous=NORMAL, which syncs only at
// checkpoints and may lose the last commits in a power cut. Prints both figures and their ratio
// as its last lines.
#include "TestSupport.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace counterpoint;

namespace {

constexpr int edits = 300;

// Milliseconds per edit: an annotation added, then its comment changed, one transaction each.
double millisecondsPerEdit(bool durable, const QString &articleFile)
{
    QTemporaryDir folder(QStringLiteral("%1/bench-durability-XXXXXX").arg(test::binaryDir()));
    OpenOptions options;
    options.createIfMissing = true;
    options.durableCommits = durable;
    auto project = Project::open(folder.filePath(QStringLiteral("bench.counterpoint")), options);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.errorMessage()));
        return -1;
    }
    const QUuid article = test::importArticle(**project, articleFile);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < edits / 2; ++i) {
        Annotation annotation;
        annotation.articleId = article;
        annotation.start = i;
        annotation.end = i + 5;
        auto added = (*project)->addAnnotation(annotation);
        if (!added)
            return -1;
        added->comment = QStringLiteral("edit %1").arg(i);
        if (!(*project)->updateAnnotation(*added))
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6 / edits;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir articles;
    const QString articleFile = articles.filePath(QStringLiteral("article.txt"));
    test::writeFile(articleFile,
                    QString(QStringLiteral("Nvidia calls it tall tales. ").repeated(40)).toUtf8());
    // On the build tree's disk, where a project would be, not on a tmpfs that never syncs.
    const double normal = millisecondsPerEdit(false, articleFile);
    const double full = millisecondsPerEdit(true, articleFile);
    if (normal <= 0 || full <= 0)
        return 1;
    std::printf("%d edits, one transaction each, in the build tree's folder (%s)\n", edits,
                qPrintable(test::binaryDir()));
    std::printf("synchronous=NORMAL (before): %.2f ms per edit\n", normal);
    std::printf("synchronous=FULL (now, durable): %.2f ms per edit\n", full);
    std::printf("durable edits cost %.1fx the time of unsynced ones\n", full / normal);
    return 0;
}
