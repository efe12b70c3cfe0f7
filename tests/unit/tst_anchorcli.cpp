// The update-article and passages commands end to end: the real executable on a copy of the
// sample project, as a user would run them. Success prints results and exits 0; failure exits
// non-zero with one clear line on stderr.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

using Run = CliResult;

} // namespace

class TestAnchorCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    Run run(const QStringList &arguments) { return runCounterpoint(arguments); }

    static void verifyFailure(const Run &result, const QStringList &words, int status = 1)
    {
        QCOMPARE(result.status, status);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QCOMPARE(result.err.count(u'\n'), 1);
        for (const QString &word : words)
            QVERIFY2(result.err.contains(word), qPrintable(result.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A copy: the build's sample project must stay as the build made it.
        m_project = m_dir.filePath(QStringLiteral("sample.counterpoint"));
        QVERIFY(QFile::copy(binaryDir() + QStringLiteral("/seeds/sample.counterpoint"), m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
    }

    void updateArticleReanchorsAndListsOrphans()
    {
        QByteArray article =
            readFile(sampleArticlesDir() + QStringLiteral("/anthropic-warns-of-gpu-smuggling.md"));
        article.replace("is a major threat", "is a very major threat");
        article.replace("Anthropic wants the rule enforced on schedule and made stricter, not "
                        "delayed.\n\n",
                        "");
        const QString file = m_dir.filePath(QStringLiteral("anthropic-v2.md"));
        QVERIFY(writeFile(file, article));

        // A dry run, the approximate match orphaned: says what would happen, changes nothing.
        const Run dry =
            run({QStringLiteral("update-article"), m_project, QStringLiteral("Anthropic warns"),
                 file, QStringLiteral("--dry-run"), QStringLiteral("--orphan-fuzzy")});
        QVERIFY2(dry.status == 0, qPrintable(dry.err));
        QVERIFY2(
            dry.out.contains(QStringLiteral("Annotations: 1 exact, 7 moved, 0 fuzzy, 2 orphaned.")),
            qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("“chip smuggling is a major threat to American "
                                                 "export controls”  (orphaned)")),
                 qPrintable(dry.out));
        const Run unchanged = run({QStringLiteral("show"), m_project, QStringLiteral("Anthropic")});
        QCOMPARE(unchanged.out.count(QStringLiteral("(orphaned)")), 0);
        QCOMPARE(unchanged.out.count(QStringLiteral("(moved)")), 0);

        const Run updated = run(
            {QStringLiteral("update-article"), m_project, QStringLiteral("Anthropic warns"), file});
        QVERIFY2(updated.status == 0, qPrintable(updated.err));
        QVERIFY(updated.err.isEmpty());
        const QStringList lines = updated.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines[0].contains(QStringLiteral("version 1")), qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("Annotations: 1 exact, 7 moved, 1 fuzzy, 1 orphaned."));
        // Each moved and fuzzy annotation, for review: the fuzzy one old → new.
        QCOMPARE(lines[2], QStringLiteral("Matched approximately (old → new):"));
        QVERIFY2(
            lines[3].endsWith(QStringLiteral("“chip smuggling is a major threat to American export "
                                             "controls”")),
            qPrintable(lines[3]));
        QCOMPARE(lines[4], QStringLiteral("      → “chip smuggling is a very major threat to "
                                          "American export controls”"));
        QCOMPARE(lines[5], QStringLiteral("Moved (the same words elsewhere):"));
        for (int i = 6; i < 13; ++i)
            QVERIFY2(lines[i].contains(QStringLiteral(" → ")), qPrintable(lines[i]));
        QCOMPARE(lines.size(), 15);
        QVERIFY(lines[14].contains(QStringLiteral("claim")));
        QVERIFY(lines[14].contains(
            QStringLiteral("“Anthropic wants the rule enforced on schedule and made stricter, not "
                           "delayed.”")));

        // show marks the states that are not exact.
        const Run shown = run({QStringLiteral("show"), m_project, QStringLiteral("Anthropic")});
        QCOMPARE(shown.status, 0);
        QCOMPARE(shown.out.count(QStringLiteral("(orphaned)")), 1);
        QCOMPARE(shown.out.count(QStringLiteral("(fuzzy)")), 1);
        QCOMPARE(shown.out.count(QStringLiteral("(moved)")), 7);

        // The same file again changes nothing.
        verifyFailure(run({QStringLiteral("update-article"), m_project,
                           QStringLiteral("Anthropic warns"), file}),
                      {QStringLiteral("anthropic-v2.md"), QStringLiteral("same text")});
    }

    void updateArticleErrors()
    {
        verifyFailure(run({QStringLiteral("update-article"), m_project, QStringLiteral("Briefing"),
                           m_dir.filePath(QStringLiteral("no.txt"))}),
                      {QStringLiteral("no.txt"), QStringLiteral("no such file")});
        verifyFailure(run({QStringLiteral("update-article"), m_project, QStringLiteral("Zebra"),
                           m_dir.filePath(QStringLiteral("no.txt"))}),
                      {QStringLiteral("Zebra")});
        verifyFailure(run({QStringLiteral("update-article"),
                           m_dir.filePath(QStringLiteral("none.counterpoint")),
                           QStringLiteral("Briefing"), m_project}),
                      {QStringLiteral("none.counterpoint")});
        verifyFailure(run({QStringLiteral("update-article"), m_project}),
                      {QStringLiteral("update-article PROJECT ARTICLE FILE")}, 2);
    }

    void passagesFindsTheStatementTheSeedDocumentsQuote()
    {
        SKIP_WITHOUT_SHARED_DATA();
        const QString project = m_dir.filePath(QStringLiteral("seeds.counterpoint"));
        QStringList import = {QStringLiteral("import"), project};
        for (const QString &file : QDir(sharedSeedsDir()).entryList({QStringLiteral("*.txt")}))
            import.append(sharedSeedsDir() + u'/' + file);
        QCOMPARE(run(import).status, 0);

        const Run found = run({QStringLiteral("passages"), project});
        QVERIFY2(found.status == 0, qPrintable(found.err));
        const QStringList lines = found.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("Anthropic says Nvidia GPUs")) &&
                     lines[0].contains(QStringLiteral("16 words, similarity 1.00")),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1],
                 QStringLiteral("  “American firms should focus on innovation and rise to "
                                "the challenge, rather than tell tall tales”"));

        // On the sample, passages name the annotations on them and say whether they are linked.
        const Run sample = run({QStringLiteral("passages"), m_project});
        QCOMPARE(sample.status, 0);
        QVERIFY2(sample.out.contains(QStringLiteral(": linked as the same claim\n")),
                 qPrintable(sample.out));

        const Run none = run({QStringLiteral("passages"), project, QStringLiteral("--min-words"),
                              QStringLiteral("40")});
        QCOMPARE(none.status, 0);
        QVERIFY(none.out.startsWith(QStringLiteral("No passage of 40 words")));
    }

    void passagesErrors()
    {
        verifyFailure(run({QStringLiteral("passages"), m_project, QStringLiteral("--min-words"),
                           QStringLiteral("many")}),
                      {QStringLiteral("--min-words")}, 2);
        verifyFailure(run({QStringLiteral("passages")}), {QStringLiteral("passages PROJECT")}, 2);
        verifyFailure(run({QStringLiteral("passages"),
                           m_dir.filePath(QStringLiteral("missing.counterpoint"))}),
                      {QStringLiteral("missing.counterpoint")});
    }

    void helpListsTheCommands()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QStringLiteral("update-article")));
        QVERIFY(help.out.contains(QStringLiteral("passages")));
        const Run commandHelp = run({QStringLiteral("passages"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.status, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("--min-words")));
    }
};

QTEST_MAIN(TestAnchorCli)
#include "tst_anchorcli.moc"
