// The window open while the command line writes (issue 18, item 10): a real MainWindow, offscreen
// in this process, shows the project and tags passages through its own edit history while
// annotate, import-annotations and update-article run as separate processes. Then the window
// closes, and every write either side acknowledged is in the file, which is whole.
#include "ArticlePane.h"
#include "ArticleView.h"
#include "Harness.h"
#include "HarnessProject.h"
#include "MainWindow.h"
#include "SampleWindow.h"
#include "TestSupport.h"
#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace counterpoint;
using namespace counterpoint::harness;

namespace {

Figures windowFigures;

// Selects text in the pane's view, as a user's drag would, by its words.
bool select(ui::ArticlePane *pane, const QString &text)
{
    ui::ArticleView *view = pane->view();
    const QString canonical = ArticleDocument::canonicalText(*view->document());
    const qsizetype start = canonical.indexOf(text);
    if (start < 0)
        return false;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + text.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return true;
}

} // namespace

class WindowHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("harness seed %u (COUNTERPOINT_HARNESS_SEED replays this run)", seed());
        QVERIFY(QFileInfo(test::counterpointExecutable()).isExecutable());
    }

    void windowOpenWhileTheCommandLineWrites()
    {
        const Scale scale = Scale::fromEnvironment();
        QTemporaryDir dir;
        test::useScratchSettings(dir);
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        auto window = test::openWindowOn(base.path);
        QVERIFY(window);
        // The window shows the article the command line annotates, and the one it tags.
        QVERIFY(window->openArticle(base.notesId));
        ui::ArticlePane *desk = window->openArticle(base.windowId);
        QVERIFY(desk);

        // Three command-line writers, one after another each, all three at once.
        const QString notes = base.notesId.toString(QUuid::WithoutBraces);
        const QString living = base.livingId.toString(QUuid::WithoutBraces);
        const int writes = scale.windowWrites;
        struct Writer
        {
            QProcess process;
            int done = 0;
            QStringList arguments;
            QList<CliRun> runs;
        };
        Writer writers[3];
        auto argumentsFor = [&](int writer, int call) -> QStringList {
            if (writer == 0)
                return {QStringLiteral("annotate"),
                        base.path,
                        notes,
                        QStringLiteral("--kind"),
                        QStringLiteral("claim"),
                        QStringLiteral("--exact"),
                        sentence(call)};
            if (writer == 1) {
                const QString file = dir.filePath(QStringLiteral("batch-%1.jsonld").arg(call));
                test::writeFile(file, annotationBatch(base.notesId, call, 300 + call * 3, 40));
                return {QStringLiteral("import-annotations"), base.path, file};
            }
            const QString file = dir.filePath(QStringLiteral("living-%1.txt").arg(call));
            test::writeFile(
                file, numberedArticle(QStringLiteral("Living report"), 400, call + 1).toUtf8());
            return {QStringLiteral("update-article"), base.path, living, file};
        };
        auto start = [&](int w) {
            writers[w].arguments = argumentsFor(w, writers[w].done);
            writers[w].process.start(test::counterpointExecutable(), writers[w].arguments);
        };
        for (int w = 0; w < 3; ++w) {
            connect(&writers[w].process, &QProcess::finished, this,
                    [&, w](int exitCode, QProcess::ExitStatus status) {
                        CliRun run;
                        run.arguments = writers[w].arguments;
                        run.crashed = status == QProcess::CrashExit;
                        run.exitCode = run.crashed ? -1 : exitCode;
                        run.out = QString::fromUtf8(writers[w].process.readAllStandardOutput());
                        run.err = QString::fromUtf8(writers[w].process.readAllStandardError());
                        writers[w].runs.append(run);
                        if (++writers[w].done < writes)
                            start(w);
                    });
            start(w);
        }

        // Meanwhile the user tags one sentence after another in the window, between repaints.
        QList<std::pair<QUuid, QString>> tagged;
        int refusals = 0;
        QElapsedTimer clock;
        clock.start();
        for (int k = 0; writers[0].done + writers[1].done + writers[2].done < 3 * writes; ++k) {
            QVERIFY2(clock.elapsed() < 240000, "the command-line writers did not finish");
            QTest::qWait(40);
            if (k >= 150)
                continue;
            const QString passage = sentence(k, 200);
            QVERIFY(select(desk, passage));
            const QUuid id = window->tagSelection(AnnotationKind::Counterclaim);
            if (id.isNull())
                ++refusals; // a message box says why; only "locked" may be the cause
            else
                tagged.append({id, passage});
        }
        QVERIFY(!tagged.isEmpty());
        QVERIFY(window->close());
        window.reset();

        QCOMPARE(integrityCheck(base.path), QStringLiteral("ok"));
        auto reopened = Project::open(base.path);
        QVERIFY(reopened);
        Project &project = **reopened;
        Figures &figures = windowFigures;
        figures.runs = 3 * writes + int(tagged.size()) + refusals;
        figures.busyRefusals = refusals;
        figures.acknowledged = int(tagged.size());
        for (const auto &[id, passage] : std::as_const(tagged)) {
            auto annotation = project.annotation(id);
            if (!annotation || annotation->quote.exact != passage) {
                ++figures.lost;
                qWarning("the window's annotation on “%s” is missing or changed",
                         qPrintable(passage));
            }
        }
        QString lastUpdateText;
        for (int w = 0; w < 3; ++w) {
            for (int call = 0; call < writers[w].runs.size(); ++call) {
                const CliRun &run = writers[w].runs.at(call);
                if (!run.acknowledged()) {
                    QVERIFY2(isBusyMessage(run.err),
                             qPrintable(QString(run.arguments.first() + u": " + run.err)));
                    ++figures.busyRefusals;
                    continue;
                }
                ++figures.acknowledged;
                if (w == 0) {
                    auto annotation = project.annotation(QUuid::fromString(run.out.trimmed()));
                    if (!annotation || annotation->quote.exact != sentence(call))
                        ++figures.lost;
                } else if (w == 1) {
                    auto ids = project.annotationIds();
                    QVERIFY(ids);
                    for (const QUuid &id : batchIds(call, 40))
                        figures.lost += ids->contains(id) ? 0 : 1;
                } else {
                    auto read = ArticleImporter::readFile(
                        dir.filePath(QStringLiteral("living-%1.txt").arg(call)));
                    QVERIFY(read);
                    lastUpdateText = read->text;
                }
            }
        }
        if (!lastUpdateText.isEmpty()) {
            auto text = project.articleText(base.livingId);
            QVERIFY(text);
            QCOMPARE(*text, lastUpdateText);
        }
        qInfo("%s", qPrintable(figures.line(QStringLiteral("window + CLI"))));
        QCOMPARE(figures.lost, 0);
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    WindowHarness harness;
    const int failed = QTest::qExec(&harness, argc, argv);
    std::printf("Window harness, seed %u:\n  %s\n", seed(),
                qPrintable(windowFigures.line(QStringLiteral("window + CLI"))));
    return failed;
}

#include "tst_windowharness.moc"
