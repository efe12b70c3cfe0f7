// The command line end to end: the real executable on a temporary project, as a user or a
// script would run it. Success prints results and exits 0; failure exits non-zero with one clear
// line on stderr.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

using Run = CliResult;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_anthropicArticle;
    QString m_nvidiaArticle;

    Run run(const QStringList &arguments) { return runCounterpoint(arguments); }

    // A failure: non-zero, nothing on stdout, exactly one line on stderr holding each of words.
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
        m_project = m_dir.filePath(QStringLiteral("story.counterpoint"));
        m_anthropicArticle = m_dir.filePath(QStringLiteral("anthropic.md"));
        writeFile(m_anthropicArticle,
                  "# Anthropic warns of chip smuggling\n\nAnthropic says chips were hidden in "
                  "prosthetic baby bumps. Chips also travelled alongside live lobsters. "
                  "Chips matter.\n");
        m_nvidiaArticle = m_dir.filePath(QStringLiteral("nvidia.html"));
        writeFile(
            m_nvidiaArticle,
            "<html><head><title>Nvidia denies tall tales</title></head><body><p>Nvidia said "
            "American firms should rise to the challenge, rather than tell tall tales. 🦞</p>"
            "</body></html>");
    }

    void printsVersionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("counterpoint " COUNTERPOINT_VERSION));
        QVERIFY2(version.err.isEmpty(), qPrintable(version.err));

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        for (const char *command : {"import", "list", "annotate", "link", "show"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);

        const Run annotateHelp = run({QStringLiteral("annotate"), QStringLiteral("--help")});
        QCOMPARE(annotateHelp.status, 0);
        QVERIFY(annotateHelp.out.contains(QStringLiteral("--occurrence")));
    }

    void rejectsUnknownCommand()
    {
        verifyFailure(run({QStringLiteral("frobnicate")}), {QStringLiteral("frobnicate")}, 2);
    }

    void importsArticlesCreatingProject()
    {
        const Run imported =
            run({QStringLiteral("import"), m_project, m_anthropicArticle, m_nvidiaArticle});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY(
            imported.out.contains(QStringLiteral("Imported “Anthropic warns of chip smuggling”")));
        QVERIFY(imported.out.contains(QStringLiteral("Imported “Nvidia denies tall tales”")));
        QVERIFY(QFile::exists(m_project));

        const Run again = run({QStringLiteral("import"), m_project, m_nvidiaArticle});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("Already in the project")));
    }

    void importGoesOnPastBadFiles()
    {
        const QString binary = m_dir.filePath(QStringLiteral("picture.txt"));
        writeFile(binary, QByteArray("\x89PNG\0\0\0\0", 8));
        const QString good = m_dir.filePath(QStringLiteral("briefing.txt"));
        writeFile(good, "Briefing on the dispute\nBoth sides agree on little.\n");
        const Run result = run({QStringLiteral("import"), m_project, binary, good});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(QStringLiteral("picture.txt")));
        // Recognised by its content, whatever its name says.
        QVERIFY2(result.err.contains(QStringLiteral("not an article but PNG image")),
                 qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Imported “Briefing on the dispute”")));
    }

    void refusesToCreateProjectWithoutSuffix()
    {
        verifyFailure(run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("oops.md")),
                           m_nvidiaArticle}),
                      {QStringLiteral("oops.md"), QStringLiteral(".counterpoint")});
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("oops.md"))));
    }

    void annotatesLinksAndShows()
    {
        const Run claim =
            run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                 QStringLiteral("--kind"), QStringLiteral("claim"), QStringLiteral("--exact"),
                 QStringLiteral("prosthetic baby bumps"), QStringLiteral("--actor"),
                 QStringLiteral("Anthropic"), QStringLiteral("--tag"), QStringLiteral("smuggling"),
                 QStringLiteral("--tag"), QStringLiteral("China"), QStringLiteral("--comment"),
                 QStringLiteral("the headline claim")});
        QVERIFY2(claim.status == 0, qPrintable(claim.err));
        const QString claimId = claim.out.trimmed();
        QVERIFY2(!QUuid::fromString(claimId).isNull(), qPrintable(claimId));

        const Run counter = run(
            {QStringLiteral("annotate"), m_project, QStringLiteral("nvidia den"),
             QStringLiteral("--kind"), QStringLiteral("counterclaim"), QStringLiteral("--exact"),
             QStringLiteral("rather than tell tall tales"), QStringLiteral("--actor"),
             QStringLiteral("Nvidia"), QStringLiteral("--set"), QStringLiteral("Second reading")});
        QVERIFY2(counter.status == 0, qPrintable(counter.err));
        const QString counterId = counter.out.trimmed();

        const Run link = run({QStringLiteral("link"), m_project, counterId.left(8), claimId,
                              QStringLiteral("--kind"), QStringLiteral("rebuts")});
        QVERIFY2(link.status == 0, qPrintable(link.err));
        QVERIFY(!QUuid::fromString(link.out.trimmed()).isNull());

        const Run listed = run({QStringLiteral("list"), m_project});
        QCOMPARE(listed.status, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header and three articles
        const QString anthropicLine = lines.filter(QStringLiteral("Anthropic warns")).value(0);
        QVERIFY(anthropicLine.simplified().contains(QStringLiteral(" 1 0 0 0 Anthropic warns")));

        const Run shown = run({QStringLiteral("show"), m_project, QStringLiteral("Anthropic")});
        QCOMPARE(shown.status, 0);
        QVERIFY(shown.out.contains(claimId.left(8)));
        QVERIFY(shown.out.contains(QStringLiteral("claim")));
        QVERIFY(shown.out.contains(QStringLiteral("Anthropic")));
        QVERIFY(shown.out.contains(QStringLiteral("[China, smuggling]")));
        QVERIFY(shown.out.contains(QStringLiteral("“prosthetic baby bumps”")));
        QVERIFY(shown.out.contains(QStringLiteral("the headline claim")));
        QVERIFY(!shown.out.contains(QStringLiteral("tall tales")));

        const Run all = run({QStringLiteral("show"), m_project});
        QVERIFY(all.out.contains(QStringLiteral("→ rebuts ") + claimId.left(8)));
    }

    void annotateExplainsAbsentAndAmbiguousPassages()
    {
        verifyFailure(run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                           QStringLiteral("--kind"), QStringLiteral("claim"),
                           QStringLiteral("--exact"), QStringLiteral("unicorns")}),
                      {QStringLiteral("“unicorns”"), QStringLiteral("does not occur")});
        verifyFailure(run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                           QStringLiteral("--kind"), QStringLiteral("claim"),
                           QStringLiteral("--exact"), QStringLiteral("Chips")}),
                      {QStringLiteral("occurs 2 times"), QStringLiteral("--occurrence")});
        const Run third =
            run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                 QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--exact"),
                 QStringLiteral("Chips"), QStringLiteral("--occurrence"), QStringLiteral("2")});
        QVERIFY2(third.status == 0, qPrintable(third.err));
        auto project = Project::open(m_project);
        QVERIFY(project);
        auto note = (*project)->annotation(QUuid::fromString(third.out.trimmed()));
        QVERIFY(note);
        QVERIFY(note->quote.suffix.startsWith(QStringLiteral(" matter.")));
    }

    // Issue 16: every hit of a query in the articles' text and the annotations, in context.
    void searchesTheProject()
    {
        auto json = [&](const QStringList &options) {
            const Run result = run(QStringList{QStringLiteral("search"), m_project} + options +
                                   QStringList{QStringLiteral("--format"), QStringLiteral("json")});
            if (result.status != 0)
                qWarning() << result.err;
            return QJsonDocument::fromJson(result.out.toUtf8()).object();
        };
        // The hits of the Anthropic article's text, as "before[match]after".
        auto textHits = [](const QJsonObject &document) {
            QStringList lines;
            for (const QJsonValue &article : document[QStringLiteral("articles")].toArray()) {
                for (const QJsonValue &hit : article[QStringLiteral("hits")].toArray()) {
                    if (hit[QStringLiteral("field")].toString() == u"text" &&
                        article[QStringLiteral("title")].toString().startsWith(u"Anthropic"))
                        lines.append(hit[QStringLiteral("before")].toString() + u'[' +
                                     hit[QStringLiteral("match")].toString() + u']' +
                                     hit[QStringLiteral("after")].toString());
                }
            }
            return lines;
        };
        const QJsonObject chips =
            json({QStringLiteral("chips"), QStringLiteral("--context"), QStringLiteral("2")});
        QCOMPARE(textHits(chips), (QStringList{"Anthropic says [chips] were hidden",
                                               "baby bumps. [Chips] also travelled",
                                               "live lobsters. [Chips] matter."}));
        // The annotations made above on "Chips" are found by their quotes too.
        QVERIFY(chips[QStringLiteral("hits")].toInt() > 3);
        QCOMPARE(textHits(json({QStringLiteral("Chips"), QStringLiteral("--case"),
                                QStringLiteral("--context"), QStringLiteral("0")})),
                 (QStringList{"[Chips]", "[Chips]"}));
        QCOMPARE(textHits(json({QStringLiteral("chip"), QStringLiteral("--whole-word"),
                                QStringLiteral("--context"), QStringLiteral("1")})),
                 QStringList{"of [chip] smuggling"});
        QCOMPARE(textHits(json({QStringLiteral("live\\s+\\w+"), QStringLiteral("--regex"),
                                QStringLiteral("--context"), QStringLiteral("1")})),
                 QStringList{"alongside [live lobsters]. Chips"});
        QCOMPARE(textHits(json({QStringLiteral("NEAR(hidden lobsters, 3)")})), QStringList{});
        QCOMPARE(textHits(json({QStringLiteral("NEAR(bumps lobsters, 5)"),
                                QStringLiteral("--context"), QStringLiteral("0")})),
                 (QStringList{"[bumps]", "[lobsters]"}));

        const Run text = run({QStringLiteral("search"), m_project, QStringLiteral("tall tales")});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QStringLiteral("than tell [tall] tales")), qPrintable(text.out));
        QVERIFY(text.out.startsWith(QStringLiteral("Nvidia denies tall tales")));
        const Run csv = run({QStringLiteral("search"), m_project, QStringLiteral("lobsters"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.status, 0);
        const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(),
                 QStringLiteral("article,title,field,annotation,start,end,before,match,after"));
        QVERIFY(rows.size() >= 2);
        QVERIFY2(rows.at(1).contains(QStringLiteral(",text,,")), qPrintable(rows.at(1)));
        const Run none = run({QStringLiteral("search"), m_project, QStringLiteral("reuters")});
        QCOMPARE(none.status, 0);
        QVERIFY(none.out.contains(QStringLiteral("0 hit")));

        verifyFailure(run({QStringLiteral("search"), m_project, QStringLiteral("(chips"),
                           QStringLiteral("--regex")}),
                      {QStringLiteral("(chips"), QStringLiteral("not valid")});
        verifyFailure(run({QStringLiteral("search"), m_project, QStringLiteral("\"chips")}),
                      {QStringLiteral("quotation mark")});
        verifyFailure(run({QStringLiteral("search"), m_project, QStringLiteral("chips"),
                           QStringLiteral("--format"), QStringLiteral("xml")}),
                      {QStringLiteral("--format")}, 2);
        verifyFailure(run({QStringLiteral("search"), m_project, QStringLiteral("chips"),
                           QStringLiteral("--context"), QStringLiteral("-1")}),
                      {QStringLiteral("--context")}, 2);
        verifyFailure(run({QStringLiteral("search"), m_project}), {QStringLiteral("Usage")}, 2);
    }

    void reportsUsageErrors()
    {
        verifyFailure(run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                           QStringLiteral("--kind"), QStringLiteral("opinion"),
                           QStringLiteral("--exact"), QStringLiteral("Chips")}),
                      {QStringLiteral("--kind")}, 2);
        verifyFailure(run({QStringLiteral("link"), m_project, QStringLiteral("abcd")}),
                      {QStringLiteral("Usage")}, 2);
        verifyFailure(run({QStringLiteral("annotate"), m_project, QStringLiteral("Anthropic"),
                           QStringLiteral("--bogus")}),
                      {QStringLiteral("bogus")}, 2);
    }

    void reportsUnknownArticleAndAnnotation()
    {
        verifyFailure(run({QStringLiteral("show"), m_project, QStringLiteral("Reuters")}),
                      {QStringLiteral("Reuters"), QStringLiteral("story.counterpoint")});
        verifyFailure(
            run({QStringLiteral("link"), m_project, QStringLiteral("ffffffff"),
                 QStringLiteral("eeeeeeee"), QStringLiteral("--kind"), QStringLiteral("supports")}),
            {QStringLiteral("ffffffff")});
    }

    void reportsBadProjectFile()
    {
        const QString notAProject = m_dir.filePath(QStringLiteral("notes.counterpoint"));
        writeFile(notAProject, "just some notes\n");
        verifyFailure(
            run({QStringLiteral("list"), notAProject}),
            {QStringLiteral("notes.counterpoint"), QStringLiteral("not an SQLite database")});
        QCOMPARE(readFile(notAProject), QByteArray("just some notes\n"));
        verifyFailure(
            run({QStringLiteral("list"), m_dir.filePath(QStringLiteral("absent.counterpoint"))}),
            {QStringLiteral("absent.counterpoint"), QStringLiteral("no such file")});
    }

    void windowWithoutDisplayExplainsItself()
    {
        const Run result = run({m_project});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no display")), qPrintable(result.err));
    }

    // The desktop entry's "Exec=counterpoint %F" passes every file selected in a file manager.
    void severalFilesAskForTheWindow()
    {
        const Run result = run({m_anthropicArticle, m_nvidiaArticle});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no display")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
