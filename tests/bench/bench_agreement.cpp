// Benchmark (printed figures, not a timed test), issue 14: agreement of 3 coders (annotation
// sets) with 10,000 annotations each over 100 articles of 50 KB, read from a project file and
// computed by the core's sweep over span boundaries; beside it, in the same run, the same figures
// computed character by character from their definitions (tests/support/BruteForceAgreement),
// which must agree to 1e-9. Goal: under 1 s for reading and computing. The figures and the ratio
// are the last lines.
#include "BenchText.h"
#include "BruteForceAgreement.h"
#include "TestSupport.h"
#include "analysis/AgreementReader.h"
#include "analysis/AgreementReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace counterpoint;

namespace {

constexpr int coderCount = 3;
constexpr int articleCount = 100;
constexpr int articleSize = 50 * 1024;
constexpr int annotationsPerCoderPerArticle = 100; // 10,000 a coder

// Three readings of the same articles that mostly agree: each coder takes most of a shared list
// of passages, moving a boundary now and then, giving another kind now and then, and adds
// passages of their own.
Status buildProject(Project &project, QList<QUuid> &sets)
{
    return project.writeInBulk([&]() -> Status {
        QRandomGenerator random(14);
        bench::BenchText text(1401);
        for (int c = 0; c < coderCount; ++c) {
            auto set = project.ensureAnnotationSet(QStringLiteral("Coder %1").arg(c + 1));
            if (!set)
                return set.error();
            sets.append(set->id);
        }
        const QList<AnnotationKind> kinds = allAnnotationKinds();
        for (int n = 0; n < articleCount; ++n) {
            Article article;
            article.title = QStringLiteral("Agreement article %1").arg(n);
            article.text = text.article(articleSize).left(articleSize);
            article.original = article.text.toUtf8();
            article.contentHash = QStringLiteral("agreement-%1").arg(n);
            auto added = project.addArticle(article);
            if (!added)
                return added.error();
            const int length = int(article.text.size());
            struct Passage
            {
                int start, end;
                AnnotationKind kind;
            };
            QList<Passage> passages;
            for (int p = 0; p < annotationsPerCoderPerArticle; ++p) {
                const int start = random.bounded(length - 400);
                passages.append({start, start + 30 + random.bounded(300),
                                 kinds.at(random.bounded(int(kinds.size())))});
            }
            for (int c = 0; c < coderCount; ++c) {
                for (int p = 0; p < annotationsPerCoderPerArticle; ++p) {
                    Annotation a;
                    a.articleId = added->id;
                    a.setId = sets.at(c);
                    Passage passage = passages.at(p);
                    if (random.bounded(10) == 0) { // one of the coder's own
                        passage.start = random.bounded(length - 400);
                        passage.end = passage.start + 30 + random.bounded(300);
                    }
                    if (random.bounded(4) == 0)
                        passage.start = std::max(0, passage.start - 10 + random.bounded(20));
                    if (random.bounded(4) == 0)
                        passage.end = std::min(length, passage.end - 10 + random.bounded(20));
                    if (random.bounded(8) == 0)
                        passage.kind = kinds.at(random.bounded(int(kinds.size())));
                    a.start = passage.start;
                    a.end = passage.end;
                    a.kind = passage.kind;
                    auto stored = project.addAnnotation(a);
                    if (!stored)
                        return stored.error();
                }
            }
        }
        return success();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto project = test::createProject(dir);
    if (!project)
        return 1;
    QList<QUuid> sets;
    QElapsedTimer timer;
    timer.start();
    const Status built = buildProject(*project, sets);
    if (!built) {
        out << "could not build the project: " << built.errorMessage() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("project built in %1 s\n").arg(timer.elapsed() / 1000.0, 0, 'f', 1);

    analysis::AgreementRequest request;
    request.setIds = sets;
    timer.restart();
    auto input = analysis::readAgreementInput(*project, request);
    const qint64 readNs = timer.nsecsElapsed();
    if (!input) {
        out << "could not read: " << input.errorMessage() << Qt::endl;
        return 1;
    }
    timer.restart();
    const analysis::AgreementReport report = analysis::computeAgreement(*input);
    const qint64 computeNs = timer.nsecsElapsed();
    timer.restart();
    const analysis::AgreementReport brute = testing::bruteForceAgreement(*input);
    const qint64 bruteNs = timer.nsecsElapsed();
    const double difference = testing::largestDifference(report, brute);

    qsizetype annotations = 0;
    for (qsizetype count : report.overall.annotationsPerCoder)
        annotations += count;
    qsizetype disagreements = 0;
    for (const auto &pair : report.disagreements)
        disagreements += qsizetype(pair.disagreements.size());
    const auto &all = report.overall.all;
    out << QStringLiteral("%1 coders, %2 annotations, %3 articles, %4 characters, %5 "
                          "disagreements listed\n")
               .arg(coderCount)
               .arg(annotations)
               .arg(report.articles.size())
               .arg(all.characters)
               .arg(disagreements);
    out << QStringLiteral("uα %1, α %2, Fleiss κ %3, Light κ %4, % agreement %5\n")
               .arg(all.unitizingAlpha, 0, 'f', 4)
               .arg(all.krippendorffAlphaNominal, 0, 'f', 4)
               .arg(all.fleissKappa, 0, 'f', 4)
               .arg(all.lightKappa, 0, 'f', 4)
               .arg(all.percentAgreement, 0, 'f', 4);
    out << QStringLiteral("largest difference sweep/brute force over every figure: %1 (must be "
                          "< 1e-9: %2)\n")
               .arg(difference, 0, 'g', 3)
               .arg(difference < 1e-9 ? QStringLiteral("yes") : QStringLiteral("NO"));
    const double total = (readNs + computeNs) / 1e9;
    out << QStringLiteral("agreement (read %1 s + compute %2 s): %3 s (goal < 1 s)\n")
               .arg(readNs / 1e9, 0, 'f', 3)
               .arg(computeNs / 1e9, 0, 'f', 3)
               .arg(total, 0, 'f', 3);
    out << QStringLiteral("brute force per character: %1 s; ratio brute force/sweep (compute): "
                          "%2\n")
               .arg(bruteNs / 1e9, 0, 'f', 3)
               .arg(double(bruteNs) / double(computeNs), 0, 'f', 1);
    return difference < 1e-9 ? 0 : 1;
}
