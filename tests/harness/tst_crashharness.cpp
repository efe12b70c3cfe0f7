// SIGKILL during every kind of command-line write, then several writers and readers at once
// (issue 18, item 10). Each scenario ends with PRAGMA integrity_check and a look for every write
// a command acknowledged. COUNTERPOINT_HARNESS_SEED replays a run; COUNTERPOINT_HARNESS_LONG=1
// is the benchmark's longer run, whose figures are the last lines it prints.
#include "Harness.h"
#include "HarnessProject.h"
#include "TestSupport.h"
#include "import/ArticleImporter.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace counterpoint;
using namespace counterpoint::harness;

namespace {

QList<std::pair<QString, Figures>> allFigures;

std::unique_ptr<Project> reopen(const QString &path)
{
    auto project = Project::open(path);
    if (!project) {
        qWarning("cannot reopen %s: %s", qPrintable(path), qPrintable(project.errorMessage()));
        return nullptr;
    }
    return std::move(project).value();
}

QString describe(const CliRun &run)
{
    return QStringLiteral("counterpoint %1 → %2, out “%3”, err “%4”")
        .arg(run.arguments.join(u' '))
        .arg(run.crashed ? QStringLiteral("killed") : QString::number(run.exitCode))
        .arg(run.out.trimmed(), run.err.trimmed());
}

} // namespace

class CrashHarness : public QObject
{
    Q_OBJECT

    Scale m_scale = Scale::fromEnvironment();
    QRandomGenerator m_random{seed()};

    // Runs makeArguments(0) once to time it, then makeArguments(1..runs), killing most of them at
    // a random moment within that time. Every run is followed by an integrity check; onRun hears
    // each finished run. Figures are filled as far as the loop can tell.
    bool killLoop(const QString &projectPath, int runs,
                  const std::function<QStringList(int)> &makeArguments,
                  const std::function<void(int, const CliRun &)> &onRun, Figures &figures)
    {
        const CliRun timing = runCli(makeArguments(0));
        if (!timing.acknowledged()) {
            qWarning("%s", qPrintable(describe(timing)));
            return false;
        }
        onRun(0, timing);
        ++figures.runs;
        ++figures.acknowledged;
        // Most of a command's time is starting up and reading; its write is near the end. Kills
        // fall anywhere from a fifth of the way in to just past its usual end.
        const int span = int(qMax<qint64>(timing.elapsedMs, 20));
        for (int i = 1; i <= runs; ++i) {
            const bool kill = m_random.bounded(10) < 8;
            const int delay = kill ? span / 5 + int(m_random.bounded(span)) : -1;
            const CliRun run = runCli(makeArguments(i), delay);
            ++figures.runs;
            if (run.killed)
                ++figures.kills;
            if (!run.killed && !run.acknowledged()) {
                qWarning("run %d failed by itself: %s", i, qPrintable(describe(run)));
                return false;
            }
            if (run.acknowledged())
                ++figures.acknowledged;
            onRun(i, run);
            const QString integrity = integrityCheck(projectPath);
            if (integrity != u"ok") {
                ++figures.integrityFailures;
                qWarning("after run %d (%s, killed after %d ms): %s", i,
                         qPrintable(run.arguments.first()), delay, qPrintable(integrity));
                return false;
            }
        }
        return true;
    }

    void report(const QString &what, const Figures &figures)
    {
        qInfo("%s", qPrintable(figures.line(what)));
        allFigures.append({what, figures});
    }

private slots:
    void initTestCase()
    {
        qInfo("harness seed %u (COUNTERPOINT_HARNESS_SEED=%u replays this run), %s run", seed(),
              seed(), m_scale.longRun ? "long" : "short");
        QVERIFY2(QFileInfo(test::counterpointExecutable()).isExecutable(),
                 qPrintable(test::counterpointExecutable()));
    }

    void killDuringImport()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        QSet<int> acknowledged;
        Figures figures;
        auto arguments = [&](int i) {
            const QString file = dir.filePath(QStringLiteral("report-%1.txt").arg(i));
            const QString text = numberedArticle(QStringLiteral("Report %1").arg(i), 3000, i);
            test::writeFile(file, text.toUtf8());
            return QStringList{QStringLiteral("import"), base.path, file};
        };
        auto onRun = [&](int i, const CliRun &run) {
            if (run.acknowledged() &&
                run.out.contains(QStringLiteral("Imported “Report %1”").arg(i)))
                acknowledged.insert(i);
        };
        QVERIFY(killLoop(base.path, m_scale.killRunsPerKind, arguments, onRun, figures));

        auto project = reopen(base.path);
        QVERIFY(project);
        auto summaries = project->articleSummaries();
        QVERIFY(summaries);
        QSet<int> present;
        for (const ArticleSummary &summary : std::as_const(*summaries)) {
            if (!summary.title.startsWith(u"Report "))
                continue;
            const int i = summary.title.mid(7).toInt();
            present.insert(i);
            // Present means whole: the text is the file's, to the character.
            auto text = project->articleText(summary.id);
            QVERIFY(text);
            auto expected =
                ArticleImporter::readFile(dir.filePath(QStringLiteral("report-%1.txt").arg(i)));
            QVERIFY(expected);
            QCOMPARE(*text, expected->text);
        }
        for (int i : std::as_const(acknowledged)) {
            if (!present.contains(i)) {
                ++figures.lost;
                qWarning("acknowledged import %d is missing", i);
            }
        }
        figures.committedUnacknowledged = int((present - acknowledged).size());
        report(QStringLiteral("import"), figures);
        QCOMPARE(figures.lost, 0);
    }

    void killDuringAnnotate()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        QHash<QUuid, int> acknowledged; // annotation id → run
        Figures figures;
        const QString notes = base.notesId.toString(QUuid::WithoutBraces);
        auto arguments = [&](int i) {
            return QStringList{QStringLiteral("annotate"),
                               base.path,
                               notes,
                               QStringLiteral("--kind"),
                               QStringLiteral("claim"),
                               QStringLiteral("--exact"),
                               sentence(i),
                               QStringLiteral("--tag"),
                               QStringLiteral("harness"),
                               QStringLiteral("--comment"),
                               QStringLiteral("annotate run %1").arg(i)};
        };
        auto onRun = [&](int i, const CliRun &run) {
            if (run.acknowledged())
                acknowledged.insert(QUuid::fromString(run.out.trimmed()), i);
        };
        QVERIFY(killLoop(base.path, m_scale.killRunsPerKind, arguments, onRun, figures));

        auto project = reopen(base.path);
        QVERIFY(project);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            auto annotation = project->annotation(it.key());
            if (!annotation) {
                ++figures.lost;
                qWarning("acknowledged annotation %s (run %d) is missing",
                         qPrintable(it.key().toString()), it.value());
                continue;
            }
            QCOMPARE(annotation->quote.exact, sentence(it.value()));
            QCOMPARE(annotation->comment, QStringLiteral("annotate run %1").arg(it.value()));
            QCOMPARE(annotation->tagIds.size(), 1);
        }
        auto all = project->annotationsOfArticle(base.notesId);
        QVERIFY(all);
        figures.committedUnacknowledged = int(all->size()) - int(acknowledged.size());
        report(QStringLiteral("annotate"), figures);
        QCOMPARE(figures.lost, 0);
    }

    void killDuringLink()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, m_scale.killRunsPerKind + 2);
        QVERIFY(!base.path.isEmpty());
        QHash<QUuid, int> acknowledged; // relation id → run
        Figures figures;
        auto arguments = [&](int i) {
            return QStringList{QStringLiteral("link"),
                               base.path,
                               base.annotations.at(i).toString(QUuid::WithoutBraces),
                               base.annotations.at(i + 1).toString(QUuid::WithoutBraces),
                               QStringLiteral("--kind"),
                               QStringLiteral("supports")};
        };
        auto onRun = [&](int i, const CliRun &run) {
            if (run.acknowledged())
                acknowledged.insert(QUuid::fromString(run.out.trimmed()), i);
        };
        QVERIFY(killLoop(base.path, m_scale.killRunsPerKind, arguments, onRun, figures));

        auto project = reopen(base.path);
        QVERIFY(project);
        auto relations = project->relations();
        QVERIFY(relations);
        QHash<QUuid, Relation> byId;
        for (const Relation &relation : std::as_const(*relations))
            byId.insert(relation.id, relation);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (!byId.contains(it.key())) {
                ++figures.lost;
                qWarning("acknowledged link of run %d is missing", it.value());
                continue;
            }
            QCOMPARE(byId.value(it.key()).fromId, base.annotations.at(it.value()));
            QCOMPARE(byId.value(it.key()).toId, base.annotations.at(it.value() + 1));
        }
        figures.committedUnacknowledged = int(relations->size()) - int(acknowledged.size());
        report(QStringLiteral("link"), figures);
        QCOMPARE(figures.lost, 0);
    }

    void killDuringUpdateArticle()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        QHash<int, QString> textOf; // run → the canonical text of its file
        QList<int> acknowledged;
        Figures figures;
        const QString living = base.livingId.toString(QUuid::WithoutBraces);
        auto arguments = [&](int i) {
            const QString file = dir.filePath(QStringLiteral("living-%1.txt").arg(i));
            test::writeFile(file,
                            numberedArticle(QStringLiteral("Living report"), 400, i + 1).toUtf8());
            auto read = ArticleImporter::readFile(file);
            textOf.insert(i, read ? read->text : QString());
            return QStringList{QStringLiteral("update-article"), base.path, living, file};
        };
        auto onRun = [&](int i, const CliRun &run) {
            if (run.acknowledged() && run.out.startsWith(u"Updated"))
                acknowledged.append(i);
        };
        QVERIFY(killLoop(base.path, m_scale.killRunsPerKind, arguments, onRun, figures));
        QVERIFY(!acknowledged.isEmpty());

        auto project = reopen(base.path);
        QVERIFY(project);
        auto current = project->articleText(base.livingId);
        QVERIFY(current);
        auto versions = project->articleVersions(base.livingId);
        QVERIFY(versions);
        QSet<QString> kept{*current};
        QSet<int> numbers;
        for (const ArticleVersion &version : std::as_const(*versions)) {
            kept.insert(version.text);
            QVERIFY2(!numbers.contains(version.version), "a version number is used twice");
            numbers.insert(version.version);
        }
        // Every acknowledged text is the current one or kept in the history, and the current
        // text is never older than the last acknowledged update.
        for (int i : std::as_const(acknowledged)) {
            if (!kept.contains(textOf.value(i))) {
                ++figures.lost;
                qWarning("the text of acknowledged update %d is neither current nor kept", i);
            }
        }
        int currentRun = -1;
        for (auto it = textOf.cbegin(); it != textOf.cend(); ++it) {
            if (it.value() == *current)
                currentRun = it.key();
        }
        QVERIFY2(currentRun >= acknowledged.last(),
                 qPrintable(QStringLiteral("current text is run %1's, the last acknowledged is %2")
                                .arg(currentRun)
                                .arg(acknowledged.last())));
        // Each committed update kept one version (the base import is not one of ours).
        figures.committedUnacknowledged = int(versions->size()) - int(acknowledged.size());
        report(QStringLiteral("update-article"), figures);
        QCOMPARE(figures.lost, 0);
    }

    void killDuringImportAnnotations()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        constexpr int perBatch = 150;
        const int batches = m_scale.killRunsPerKind + 1;
        QVERIFY(batches * 7 + perBatch < notesSentences);
        QList<int> acknowledged;
        Figures figures;
        auto arguments = [&](int i) {
            const QString file = dir.filePath(QStringLiteral("batch-%1.jsonld").arg(i));
            test::writeFile(file, annotationBatch(base.notesId, i, i * 7, perBatch));
            return QStringList{QStringLiteral("import-annotations"), base.path, file};
        };
        auto onRun = [&](int i, const CliRun &run) {
            if (run.acknowledged() && run.out.contains(QStringLiteral("%1 added").arg(perBatch)))
                acknowledged.append(i);
        };
        QVERIFY(killLoop(base.path, m_scale.killRunsPerKind, arguments, onRun, figures));

        auto project = reopen(base.path);
        QVERIFY(project);
        auto ids = project->annotationIds();
        QVERIFY(ids);
        for (int i = 0; i < batches; ++i) {
            int found = 0;
            for (const QUuid &id : batchIds(i, perBatch))
                found += ids->contains(id) ? 1 : 0;
            // One file is one transaction: all of it or none.
            QVERIFY2(
                found == 0 || found == perBatch,
                qPrintable(
                    QStringLiteral("batch %1: %2 of %3 stored").arg(i).arg(found).arg(perBatch)));
            if (acknowledged.contains(i) && found == 0) {
                ++figures.lost;
                qWarning("acknowledged batch %d is missing", i);
            }
            if (!acknowledged.contains(i) && found == perBatch)
                ++figures.committedUnacknowledged;
        }
        report(QStringLiteral("import-annotations"), figures);
        QCOMPARE(figures.lost, 0);
    }

    // 4 annotate writers and 2 readers (show, export) at once: every acknowledged annotation is
    // stored, and no command fails but with the clear "locked" message.
    void concurrentWritersAndReaders()
    {
        QTemporaryDir dir;
        const BaseProject base = makeBaseProject(dir, 0);
        QVERIFY(!base.path.isEmpty());
        const QString notes = base.notesId.toString(QUuid::WithoutBraces);
        constexpr int writers = 4;
        const int calls = m_scale.concurrentWrites;
        Figures figures;
        QHash<QUuid, QString> acknowledged; // id → its passage
        QStringList failures;
        int writersLeft = writers;
        QEventLoop loop;

        struct Chain
        {
            QProcess process;
            int next = 0;
            QStringList arguments;
        };
        std::vector<std::unique_ptr<Chain>> chains;
        auto start = [&](Chain &chain, const QStringList &arguments) {
            chain.arguments = arguments;
            chain.process.start(test::counterpointExecutable(), arguments);
        };
        auto readerArguments = [&](int reader) {
            return reader == 0
                       ? QStringList{QStringLiteral("show"), base.path}
                       : QStringList{QStringLiteral("export"),   base.path,
                                     QStringLiteral("--format"), QStringLiteral("jsonld"),
                                     QStringLiteral("-o"),       dir.filePath("reader.jsonld")};
        };
        auto writerArguments = [&](int writer, int call) {
            const int number = 100 + writer * 200 + call;
            return QStringList{QStringLiteral("annotate"),
                               base.path,
                               notes,
                               QStringLiteral("--kind"),
                               QStringLiteral("source"),
                               QStringLiteral("--exact"),
                               sentence(number),
                               QStringLiteral("--comment"),
                               QStringLiteral("writer %1 call %2").arg(writer).arg(call)};
        };
        for (int w = 0; w < writers + 2; ++w) {
            chains.push_back(std::make_unique<Chain>());
            Chain &chain = *chains.back();
            const bool writer = w < writers;
            connect(&chain.process, &QProcess::finished, this,
                    [&, w, writer](int exitCode, QProcess::ExitStatus status) {
                        Chain &c = *chains.at(w);
                        const QString out = QString::fromUtf8(c.process.readAllStandardOutput());
                        const QString err = QString::fromUtf8(c.process.readAllStandardError());
                        ++figures.runs;
                        const bool ok = status == QProcess::NormalExit && exitCode == 0;
                        if (ok && writer) {
                            ++figures.acknowledged;
                            acknowledged.insert(QUuid::fromString(out.trimmed()),
                                                c.arguments.at(6));
                        } else if (!ok && isBusyMessage(err)) {
                            ++figures.busyRefusals;
                        } else if (!ok) {
                            failures.append(QStringLiteral("%1: exit %2: %3")
                                                .arg(c.arguments.first())
                                                .arg(exitCode)
                                                .arg(err.trimmed()));
                        }
                        ++c.next;
                        if (writer && c.next < calls) {
                            start(c, writerArguments(w, c.next));
                        } else if (writer) {
                            if (--writersLeft == 0)
                                loop.quit();
                        } else if (writersLeft > 0) {
                            start(c, readerArguments(w - writers));
                        }
                    });
            start(chain, writer ? writerArguments(w, 0) : readerArguments(w - writers));
        }
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(writersLeft, 0);
        for (auto &chain : chains)
            chain->process.waitForFinished(30000);

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(integrityCheck(base.path), QStringLiteral("ok"));
        auto project = reopen(base.path);
        QVERIFY(project);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            auto annotation = project->annotation(it.key());
            if (!annotation || annotation->quote.exact != it.value()) {
                ++figures.lost;
                qWarning("acknowledged annotation “%s” is missing or changed",
                         qPrintable(it.value()));
            }
        }
        // An export after the writers have finished shows every acknowledged annotation.
        const CliRun exported = runCli(readerArguments(1));
        QVERIFY2(exported.acknowledged(), qPrintable(describe(exported)));
        const QByteArray json = test::readFile(dir.filePath("reader.jsonld"));
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QVERIFY2(json.contains(it.key().toString(QUuid::WithoutBraces).toLatin1()),
                     qPrintable(it.value()));
        report(QStringLiteral("4 writers, 2 readers"), figures);
        QCOMPARE(figures.lost, 0);
        QVERIFY(figures.acknowledged > 0);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication application(argc, argv);
    CrashHarness harness;
    const int failed = QTest::qExec(&harness, argc, argv);
    // The figures, as the benchmark's last lines.
    Figures total;
    std::printf("Crash-and-concurrency harness, seed %u:\n", seed());
    for (const auto &[what, figures] : std::as_const(allFigures)) {
        std::printf("  %s\n", qPrintable(figures.line(what)));
        total.add(figures);
    }
    std::printf("  %s\n", qPrintable(total.line(QStringLiteral("total"))));
    return failed;
}

#include "tst_crashharness.moc"
