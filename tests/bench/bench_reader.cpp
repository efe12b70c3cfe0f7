// Benchmarks of the reader (printed figures, each beside a baseline measured in the same run):
//  1. a 1 MB article with 5,000 annotations shown in a pane with all highlights, against a bare
//     QTextBrowser showing the same text (goal: at most 2x);
//  2. a paint of that pane scrolled to the middle, with its coding stripes against without them
//     (goal: at most 1.5x; the stripes of the screen only, not the article's 5,000);
//  3. 100,000 annotations loaded into the annotation list and filtered by free text, keystroke
//     by keystroke (goals: load under 1 s, each keystroke under 50 ms, peak RSS under 150 MB).
// The 100,000-annotation project is made by a child process, so that the peak memory measured
// here is the list's and not that of building the project.
#include "TestSupport.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/CodingMargin.h"

#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"
#include "session/ProjectSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace counterpoint;

namespace {

const QStringList vocabulary = {
    QStringLiteral("smuggling"),  QStringLiteral("chips"),       QStringLiteral("export"),
    QStringLiteral("controls"),   QStringLiteral("China"),       QStringLiteral("Nvidia"),
    QStringLiteral("Anthropic"),  QStringLiteral("rule"),        QStringLiteral("diffusion"),
    QStringLiteral("tier"),       QStringLiteral("licence"),     QStringLiteral("threshold"),
    QStringLiteral("the"),        QStringLiteral("of"),          QStringLiteral("and"),
    QStringLiteral("a"),          QStringLiteral("enforcement"), QStringLiteral("budget"),
    QStringLiteral("lobsters"),   QStringLiteral("prosthetic"),  QStringLiteral("tales"),
    QStringLiteral("innovation"), QStringLiteral("market"),      QStringLiteral("billion"),
};

// About `bytes` of plain text in paragraphs of 60–120 words, the same every run.
QString generatedArticle(qsizetype bytes)
{
    QRandomGenerator random(2025);
    QString text;
    text.reserve(bytes + 1000);
    while (text.size() < bytes) {
        const int words = 60 + random.bounded(60);
        for (int i = 0; i < words; ++i) {
            text += vocabulary.at(random.bounded(int(vocabulary.size())));
            text += i + 1 < words ? u' ' : u'.';
        }
        text += u'\n';
    }
    return text;
}

QList<Annotation> generatedAnnotations(const QString &text, const QUuid &articleId, int count)
{
    QRandomGenerator random(7);
    QList<Annotation> annotations;
    annotations.reserve(count);
    for (int i = 0; i < count; ++i) {
        Annotation annotation;
        annotation.id = QUuid::createUuid();
        annotation.articleId = articleId;
        annotation.kind = allAnnotationKinds().at(i % 4);
        annotation.start = random.bounded(int(text.size()) - 400);
        annotation.end = annotation.start + 20 + random.bounded(300);
        annotation.quote = TextQuote::fromText(text, annotation.start, annotation.end);
        annotations.append(annotation);
    }
    return annotations;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

template<class F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The time from "show this article" until its first screen is painted.
void benchmarkPane(QStringList &figures)
{
    Article article;
    article.id = QUuid::createUuid();
    article.format = ArticleFormat::PlainText;
    article.sourceFileName = QStringLiteral("long.txt");
    article.text = generatedArticle(1024 * 1024);
    article.original = article.text.toUtf8();
    const QList<Annotation> annotations = generatedAnnotations(article.text, article.id, 5000);

    const double bare = medianMs(5, [&] {
        QTextBrowser browser;
        browser.resize(700, 900);
        auto *document = new SandboxedTextDocument(&browser);
        ArticleDocument::render(article, *document);
        browser.setDocument(document);
        browser.show();
        browser.viewport()->grab();
    });
    // A pane timed with nothing highlighted on screen would prove nothing: count what the
    // first paint carried.
    qsizetype highlightsPainted = 0;
    const double ours = medianMs(5, [&] {
        ui::ArticleView view;
        view.resize(700, 900);
        view.showArticle(article);
        view.setAnnotations(annotations);
        view.show();
        view.viewport()->grab();
        highlightsPainted = view.extraSelections().size();
    });
    figures << QStringLiteral(
                   "pane: 1 MB article, 5000 annotations, %4 highlights on its first screen: %1 ms;"
                   " bare QTextBrowser: %2 ms; ratio %3 (goal <= 2.0)")
                   .arg(ours, 0, 'f', 1)
                   .arg(bare, 0, 'f', 1)
                   .arg(ours / bare, 0, 'f', 2)
                   .arg(highlightsPainted);
}

// One paint of a pane in the middle of the long article, with and without its stripes.
void benchmarkStripes(QStringList &figures)
{
    Article article;
    article.id = QUuid::createUuid();
    article.format = ArticleFormat::PlainText;
    article.sourceFileName = QStringLiteral("long.txt");
    article.text = generatedArticle(1024 * 1024);
    article.original = article.text.toUtf8();
    const QList<Annotation> annotations = generatedAnnotations(article.text, article.id, 5000);

    ui::ArticleView view;
    view.resize(700, 900);
    view.showArticle(article);
    view.setAnnotations(annotations);
    view.setStripeLabeller([](const Annotation &annotation) {
        return QStringLiteral("An actor · tag %1").arg(int(annotation.kind));
    });
    view.show();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QApplication::processEvents();
    const auto paint = [&] { view.grab(); };
    paint(); // the middle laid out
    const qsizetype stripes = view.codingMargin()->visibleStripes().size();
    const int columns = view.stripeColumns().columnCount();
    // Rounds of each in turn, so that neither gains from coming second.
    QList<double> withTimes, withoutTimes;
    for (int round = 0; round < 5; ++round) {
        for (bool shown : {true, false}) {
            view.setStripesShown(shown);
            QApplication::processEvents();
            paint();
            (shown ? withTimes : withoutTimes).append(medianMs(9, paint));
        }
    }
    std::sort(withTimes.begin(), withTimes.end());
    std::sort(withoutTimes.begin(), withoutTimes.end());
    const double with = withTimes.at(withTimes.size() / 2);
    const double without = withoutTimes.at(withoutTimes.size() / 2);
    view.setStripesShown(true);
    QApplication::processEvents();
    const double marginAlone = medianMs(21, [&] { view.codingMargin()->grab(); });
    // And the first screen of the article, from "show it" on, as benchmarkPane() times it.
    const auto firstScreen = [&](bool shown) {
        return medianMs(5, [&] {
            ui::ArticleView fresh;
            fresh.setStripesShown(shown);
            fresh.resize(700, 900);
            fresh.showArticle(article);
            fresh.setAnnotations(annotations);
            fresh.show();
            fresh.grab();
        });
    };
    const double firstWith = firstScreen(true);
    const double firstWithout = firstScreen(false);
    figures << QStringLiteral("stripes: first screen of the 1 MB article with stripes %1 ms, "
                              "without %2 ms; ratio %3")
                   .arg(firstWith, 0, 'f', 1)
                   .arg(firstWithout, 0, 'f', 1)
                   .arg(firstWith / firstWithout, 0, 'f', 2);
    figures << QStringLiteral("stripes: a paint of the pane in the middle of the 1 MB article, %1 "
                              "stripes on screen in %2 columns: %3 ms (the margin alone %6 ms); "
                              "without stripes: %4 ms; ratio %5 (goal <= 1.5)")
                   .arg(stripes)
                   .arg(columns)
                   .arg(with, 0, 'f', 2)
                   .arg(without, 0, 'f', 2)
                   .arg(with / without, 0, 'f', 2)
                   .arg(marginAlone, 0, 'f', 2);
}

int generateProject(const QString &path, int count)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto project = Project::open(path, options);
    if (!project)
        return std::fprintf(stderr, "%s\n", qPrintable(project.errorMessage())), 1;
    Article article;
    article.title = QStringLiteral("A long article");
    article.format = ArticleFormat::PlainText;
    article.sourceFileName = QStringLiteral("long.txt");
    article.text = generatedArticle(1024 * 1024);
    article.original = article.text.toUtf8();
    auto added = (*project)->addArticle(article);
    if (!added)
        return std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage())), 1;
    auto actor = (*project)->ensureActor(QStringLiteral("Nvidia"));
    auto tag = (*project)->ensureTag(QStringLiteral("export controls"));
    QList<Annotation> annotations = generatedAnnotations(article.text, added->id, count);
    Status stored = (*project)->write([&]() -> Status {
        for (int i = 0; i < annotations.size(); ++i) {
            Annotation &annotation = annotations[i];
            if (i % 3 == 0)
                annotation.actorId = actor->id;
            if (i % 5 == 0)
                annotation.tagIds = {tag->id};
            if (i % 7 == 0)
                annotation.comment = QStringLiteral("Checked against the filing");
            if (auto result = (*project)->addAnnotation(annotation); !result)
                return result.error();
        }
        return success();
    });
    return stored ? 0 : (std::fprintf(stderr, "%s\n", qPrintable(stored.errorMessage())), 1);
}

const QString filterQuery = QStringLiteral("export controls");

// The baselines of the list, run in a child process so their memory is not counted: loading the
// rows through Project, and one plain case-insensitive contains() over every quote.
int measureBaselines(const QString &path)
{
    auto project = Project::open(path);
    if (!project)
        return 1;
    QElapsedTimer timer;
    timer.start();
    auto rows = (*project)->annotations();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    int matches = 0;
    for (const Annotation &annotation : std::as_const(*rows))
        matches += annotation.quote.exact.contains(filterQuery, Qt::CaseInsensitive);
    const double filterMs = timer.nsecsElapsed() / 1e6;
    std::printf("%f %f %d\n", loadMs, filterMs, matches);
    return 0;
}

void benchmarkList(const QString &path, QStringList &figures)
{
    QProcess baseline;
    baseline.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--baseline"), path});
    baseline.waitForFinished(-1);
    const QStringList measured = QString::fromLatin1(baseline.readAllStandardOutput()).split(u' ');
    const double rawMs = measured.value(0).toDouble();
    const double plainMs = measured.value(1).toDouble();

    auto project = Project::open(path);
    if (!project) {
        figures << QStringLiteral("list: cannot open %1").arg(project.errorMessage());
        return;
    }
    ui::AnnotationListPanel panel;
    panel.resize(1200, 400);
    QElapsedTimer timer;
    timer.start();
    // The session reads the names the list shows (its read model), the list the rows: both
    // count, as the list read both itself before the session.
    ProjectSession session(std::move(project).value());
    panel.setSession(&session);
    panel.show();
    panel.grab();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const int count = panel.model()->rowCount();

    // Typing a query letter by letter, as a user does; each keystroke refilters everything and
    // the table repaints.
    double worst = 0;
    double total = 0;
    QString typed;
    for (const QChar c : filterQuery) {
        typed += c;
        timer.restart();
        panel.filter()->setText(typed);
        panel.table()->viewport()->grab();
        const double ms = timer.nsecsElapsed() / 1e6;
        worst = std::max(worst, ms);
        total += ms;
    }
    const int shown = panel.filter()->rowCount();

    figures << QStringLiteral("list: %1 annotations loaded and shown in %2 ms (goal < 1000); "
                              "Project::annotations() alone: %3 ms; ratio %4")
                   .arg(count)
                   .arg(loadMs, 0, 'f', 1)
                   .arg(rawMs, 0, 'f', 1)
                   .arg(loadMs / rawMs, 0, 'f', 2);
    figures << QStringLiteral("filter: %1 keystrokes, worst %2 ms, mean %3 ms (goal < 50); "
                              "%4 rows shown; plain contains() loop: %5 ms; worst/plain %6")
                   .arg(filterQuery.size())
                   .arg(worst, 0, 'f', 1)
                   .arg(total / filterQuery.size(), 0, 'f', 1)
                   .arg(shown)
                   .arg(plainMs, 0, 'f', 1)
                   .arg(worst / plainMs, 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--generate") == 0) {
        QCoreApplication application(argc, argv);
        return generateProject(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (argc == 3 && qstrcmp(argv[1], "--baseline") == 0) {
        QCoreApplication application(argc, argv);
        return measureBaselines(QString::fromLocal8Bit(argv[2]));
    }
    QApplication application(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.counterpoint"));
    QElapsedTimer timer;
    timer.start();
    const int generated =
        QProcess::execute(QApplication::applicationFilePath(),
                          {QStringLiteral("--generate"), path, QStringLiteral("100000")});
    if (generated != 0) {
        std::fprintf(stderr, "could not make the benchmark project\n");
        return 1;
    }
    std::printf("made a project of 100000 annotations in %.1f s\n", timer.elapsed() / 1000.0);

    QStringList figures;
    benchmarkList(path, figures); // first, so the peak memory is the list's
    const double listPeak = peakRssMb();
    benchmarkPane(figures);
    benchmarkStripes(figures);
    figures << QStringLiteral("peak RSS with the 100000-row list: %1 MB (goal < 150)")
                   .arg(listPeak, 0, 'f', 1);
    for (const QString &line : std::as_const(figures))
        std::printf("%s\n", qPrintable(line));
    return 0;
}
