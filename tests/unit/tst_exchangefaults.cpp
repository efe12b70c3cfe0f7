// Exchange formats under bad input and bad devices (issue 18 items 3, 7, 14, 17, 18): W3C
// motivations and purposes given as lists, files that hold nothing, a zip with two project.qde,
// a full disk for every format, an output that would replace the project, and article addresses
// that must not become links. Each case checks the exact result a user would see.
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cerrno>
#include <unistd.h>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString articleText = QStringLiteral(
    "Chips were hidden in prosthetic baby bumps. Nvidia denies it. Smugglers used lobsters.");
const QString articleUrl = QStringLiteral("https://example.org/chips");
const QString diskFull = QStringLiteral("the disk is full (no space left on the device)");

QString fixture(const QString &name)
{
    return testDataDir() + QStringLiteral("/exchange/") + name;
}

QUuid uuid(int n)
{
    return QUuid::fromString(
        QStringLiteral("6a0c1f3e-1111-4000-8000-%1").arg(n, 12, 10, QChar(u'0')));
}

// A device that takes room bytes and then fails every write as a full disk does: errno ENOSPC
// and no words of its own, so QIODevice::errorString() says only "Unknown error".
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_used + size > m_room) {
            errno = ENOSPC;
            return -1;
        }
        m_used += size;
        return size;
    }

private:
    qint64 m_room;
    qint64 m_used = 0;
};

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

using Run = CliResult;

Run run(const QStringList &arguments)
{
    return runCounterpoint(arguments);
}

// A failure as tst_cli checks it: exit 1, nothing on stdout, one line on stderr.
void verifyFailure(const Run &result, const QString &expected)
{
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(result.err, expected + u'\n');
}

} // namespace

class TestExchangeFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A fresh project holding the fixtures' article.
    std::unique_ptr<Project> projectWithArticle(QUuid *articleId = nullptr,
                                                const QString &url = articleUrl)
    {
        auto project = createProject(m_dir, QStringLiteral("p%1.counterpoint").arg(++m_projects));
        if (!project)
            return nullptr;
        Article article;
        article.title = QStringLiteral("Chips");
        article.url = url;
        article.text = articleText;
        article.original = articleText.toUtf8();
        article.contentHash = QStringLiteral("chips-%1").arg(m_projects);
        auto added = project->addArticle(article);
        if (!added)
            return nullptr;
        if (articleId)
            *articleId = added->id;
        return project;
    }

    // A project with two annotations and a relation, saved and closed, for the command line.
    QString savedProject()
    {
        auto project = projectWithArticle();
        if (!project ||
            !importAnnotations(*project, fixture(QStringLiteral("motivation-arrays.jsonld"))))
            return {};
        return project->filePath();
    }

    static QString annotationLines(const Project &project)
    {
        QHash<QUuid, QString> tagNames;
        for (const Tag &tag : *project.tags())
            tagNames.insert(tag.id, tag.name);
        QStringList lines;
        for (const Annotation &a : *project.annotations()) {
            QStringList tags;
            for (const QUuid &id : a.tagIds)
                tags.append(tagNames.value(id));
            lines.append(QStringLiteral("%1 %2 %3-%4 [%5] %6")
                             .arg(a.id.toString(QUuid::WithoutBraces).right(1), toString(a.kind))
                             .arg(a.start)
                             .arg(a.end)
                             .arg(tags.join(u','), a.comment));
        }
        lines.sort();
        return lines.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fixture(QStringLiteral("motivation-arrays.jsonld"))),
                 qPrintable(fixture(QStringLiteral("motivation-arrays.jsonld"))));
    }

    // Issue 18 item 7: a list of motivations or purposes is read, not a crash or a refusal.
    void listsOfMotivationsAndPurposesAreRead()
    {
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report =
            importAnnotations(*project, fixture(QStringLiteral("motivation-arrays.jsonld")));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->relationsAdded, 1);
        QCOMPARE(report->skipped, QStringList());
        QCOMPARE(report->notes, QStringList());
        // ["commenting", "tagging"] with a ["tagging", "describing"] body: a tag; a purpose
        // list with "classifying" in it gives the kind; [] and unknown names leave a note.
        QCOMPARE(annotationLines(*project), QStringLiteral("1 claim 0-43 [smuggling] Hidden how?\n"
                                                           "2 counterclaim 44-61 [] \n"
                                                           "4 note 62-86 [] Lobsters again."));
        const QList<Relation> relations = *project->relations();
        QCOMPARE(relations.size(), 1);
        QCOMPARE(toString(relations.first().kind), QStringLiteral("rebuts"));
        QCOMPARE(relations.first().fromId, uuid(2));
        QCOMPARE(relations.first().toId, uuid(1));
        QCOMPARE(relations.first().comment, QStringLiteral("A flat denial."));

        auto again =
            importAnnotations(*project, fixture(QStringLiteral("motivation-arrays.jsonld")));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->relationsAdded, 0);
    }

    void badMotivationsAreRefusedWithALine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        // The fuzzer's case: an empty list of motivations is read; the missing target refuses.
        QTest::newRow("empty motivation list")
            << "motivation-empty.jsonld"
            << "Cannot import motivation-empty.jsonld: item 1: “target” is missing or of the "
               "wrong type.";
        QTest::newRow("a number among the motivations")
            << "motivation-wrong-type.jsonld"
            << "Cannot import motivation-wrong-type.jsonld: "
               "urn:uuid:6a0c1f3e-1111-4000-8000-000000000009: “motivation” must be a name or a "
               "list of names.";
        QTest::newRow("an object as a purpose")
            << "purpose-wrong-type.jsonld"
            << "Cannot import purpose-wrong-type.jsonld: "
               "urn:uuid:6a0c1f3e-1111-4000-8000-000000000008: “purpose” must be a name or a "
               "list of names.";
    }

    void badMotivationsAreRefusedWithALine()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, fixture(file));
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(), message);
        QCOMPARE(project->annotations()->size(), 0);
        // The window reads the file first, on its own: the same refusal, no crash.
        auto read = AnnotationFile::read(fixture(file));
        QVERIFY(!read);
        QCOMPARE(read.errorMessage(), message);
    }

    // The fuzzer's crash (exit 134) on the command line: now exit 1 and one line.
    void emptyMotivationListOnTheCommandLine()
    {
        const QString project = m_dir.filePath(QStringLiteral("cli-motivation.counterpoint"));
        verifyFailure(run({QStringLiteral("import-annotations"), project,
                           fixture(QStringLiteral("motivation-empty.jsonld"))}),
                      QStringLiteral("Cannot import motivation-empty.jsonld: item 1: “target” is "
                                     "missing or of the wrong type."));
    }

    // Issue 18 item 17: a file with nothing in it says so instead of "0 added".
    void filesThatHoldNothingSaySo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("collection") << "empty-collection.jsonld"
                                    << "Cannot import empty-collection.jsonld: the collection "
                                       "holds no annotations.";
        QTest::newRow("page") << "empty-page.jsonld"
                              << "Cannot import empty-page.jsonld: the page holds no annotations.";
        QTest::newRow("list") << "empty-list.jsonld"
                              << "Cannot import empty-list.jsonld: the list holds no annotations.";
    }

    void filesThatHoldNothingSaySo()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, fixture(file));
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(), message);
    }

    void emptyCollectionOnTheCommandLine()
    {
        const QString project = savedProject();
        QVERIFY(!project.isEmpty());
        verifyFailure(run({QStringLiteral("import-annotations"), project,
                           fixture(QStringLiteral("empty-collection.jsonld"))}),
                      QStringLiteral("Cannot import empty-collection.jsonld: the collection holds "
                                     "no annotations."));
    }

    void qdpxWithArticlesOnlySaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("articles-only.qdpx"));
        const QByteArray qde =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
            "<TextSource guid=\"6a0c1f3e-2222-4000-8000-000000000001\" name=\"Lobsters\">"
            "<PlainTextContent>Smugglers used lobsters.</PlainTextContent></TextSource>"
            "</Sources></Project>";
        QVERIFY(writeZip(path, {{QStringLiteral("project.qde"), qde}}));
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 0);
        QCOMPARE(report->articlesAdded, 1);
        QCOMPARE(report->notes,
                 QStringList{QStringLiteral(
                     "articles-only.qdpx: project.qde holds articles but no annotations.")});

        const Run cli = run({QStringLiteral("import-annotations"), project->filePath(), path});
        QCOMPARE(cli.status, 0);
        QVERIFY2(cli.out.contains(QStringLiteral("Note: articles-only.qdpx: project.qde holds "
                                                 "articles but no annotations.\n")),
                 qPrintable(cli.out));
    }

    void qdpxThatHoldsNothingIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("nothing.qdpx"));
        QVERIFY(writeZip(path, {{QStringLiteral("project.qde"),
                                 "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>"}}));
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(),
                 QStringLiteral("Cannot import nothing.qdpx: project.qde holds no annotations."));
    }

    void qdpxWithTwoProjectFilesIsRefused_data()
    {
        QTest::addColumn<QString>("second");
        QTest::newRow("same name") << "project.qde";
        QTest::newRow("other case") << "Project.QDE";
    }

    void qdpxWithTwoProjectFilesIsRefused()
    {
        QFETCH(QString, second);
        const QString path = m_dir.filePath(QStringLiteral("twice.qdpx"));
        QFile::remove(path);
        const QByteArray qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";
        QVERIFY(writeZip(path, {{QStringLiteral("project.qde"), qde},
                                {QStringLiteral("sources/a.txt"), "a"},
                                {second, qde}}));
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(),
                 QStringLiteral("Cannot import twice.qdpx: it holds two files named “project.qde” "
                                "and “%1” (entries 1 and 3), so which one to read is ambiguous.")
                     .arg(second));
    }

    // Issue 18 item 14: a full disk is named as such, for every format.
    void fullDiskIsNamed_data()
    {
        QTest::addColumn<int>("formatNumber");
        QTest::addColumn<qint64>("room"); // bytes the device takes before it is full; -1: /dev/full
        for (const ExportFormat format : allExportFormats()) {
            for (const qint64 room : {qint64(-1), qint64(0), qint64(100)})
                QTest::addRow("%s, %s", qPrintable(toString(format)),
                              room < 0
                                  ? "/dev/full"
                                  : qPrintable(QStringLiteral("full after %1 bytes").arg(room)))
                    << int(format) << room;
        }
    }

    void fullDiskIsNamed()
    {
        QFETCH(int, formatNumber);
        const auto format = ExportFormat(formatNumber);
        QFETCH(qint64, room);
        auto project = projectWithArticle();
        QVERIFY(project);
        QVERIFY(importAnnotations(*project, fixture(QStringLiteral("motivation-arrays.jsonld"))));
        // Verdicts on the claims, so that the ClaimReview export has more than 100 bytes to write.
        for (const Annotation &a : *project->annotations()) {
            if (a.kind == AnnotationKind::Claim || a.kind == AnnotationKind::Counterclaim)
                QVERIFY(project->setVerdict({a.id, QStringLiteral("False"), 1, 1, 5,
                                             QStringLiteral("Full Fact"), QDate(2026, 11, 30),
                                             QString()}));
        }
        const QString name = QStringLiteral("out.") + fileSuffix(format);
        std::unique_ptr<QIODevice> device;
        if (room < 0) {
            if (!QFile::exists(QStringLiteral("/dev/full")))
                QSKIP("this system has no /dev/full");
            device = std::make_unique<QFile>(QStringLiteral("/dev/full"));
        } else {
            device = std::make_unique<FullDevice>(room);
        }
        QVERIFY(device->open(QIODevice::WriteOnly));
        auto outcome =
            exportAnnotations(*project, format, ExportScope::wholeProject(), *device, name);
        QVERIFY2(!outcome, "the export to a full device succeeded");
        QCOMPARE(outcome.errorMessage(), QStringLiteral("Cannot write %1: %2").arg(name, diskFull));
    }

    // Issue 18 item 3: no output may land on the project or the files SQLite keeps beside it.
    void outputOntoTheProjectIsRefused_data()
    {
        QTest::addColumn<QString>("output"); // relative to the project's folder; P is its name
        QTest::addColumn<QString>("lands");  // the file the message names, relative as well
        QTest::addColumn<QString>("what");
        QTest::newRow("the project") << "P"
                                     << "P"
                                     << "the project itself";
        QTest::newRow("by another path") << "sub/../P"
                                         << "P"
                                         << "the project itself";
        QTest::newRow("a symbolic link to it") << "link-to-project.csv"
                                               << "P"
                                               << "the project itself";
        QTest::newRow("a relative link to it") << "relative-link.csv"
                                               << "P"
                                               << "the project itself";
        QTest::newRow("a link to a link to it") << "link-to-link.csv"
                                                << "P"
                                                << "the project itself";
        QTest::newRow("a hard link to it") << "hard-link.csv"
                                           << "P"
                                           << "the project itself";
        QTest::newRow("through a linked folder") << "linked-folder/P"
                                                 << "P"
                                                 << "the project itself";
        QTest::newRow("its log") << "P-wal"
                                 << "P-wal"
                                 << "the project's write-ahead log";
        QTest::newRow("its shared memory") << "P-shm"
                                           << "P-shm"
                                           << "the project's shared-memory file";
        QTest::newRow("a dangling link to its log") << "link-to-wal.csv"
                                                    << "P-wal"
                                                    << "the project's write-ahead log";
        QTest::newRow("a missing file in a linked folder") << "linked-folder/P-shm"
                                                           << "P-shm"
                                                           << "the project's shared-memory file";
    }

    void outputOntoTheProjectIsRefused()
    {
        QFETCH(QString, output);
        QFETCH(QString, lands);
        QFETCH(QString, what);
        const QString project = savedProject();
        QVERIFY(!project.isEmpty());
        const QString folder = QFileInfo(project).canonicalPath();
        const QString name = QFileInfo(project).fileName();
        const QString dir = m_dir.filePath(QStringLiteral("out-%1").arg(m_projects));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/sub")));
        QFile::remove(dir + QStringLiteral("/link-to-project.csv"));
        QVERIFY(QFile::link(project, dir + QStringLiteral("/link-to-project.csv")));
        QVERIFY(QFile::link(project + QStringLiteral("-wal"),
                            dir + QStringLiteral("/link-to-wal.csv")));
        QVERIFY(QFile::link(folder, dir + QStringLiteral("/linked-folder")));
        QCOMPARE(
            ::symlink(QFile::encodeName(u"../" + QFileInfo(project).fileName()).constData(),
                      QFile::encodeName(dir + QStringLiteral("/relative-link.csv")).constData()),
            0);
        QCOMPARE(
            ::symlink("relative-link.csv",
                      QFile::encodeName(dir + QStringLiteral("/link-to-link.csv")).constData()),
            0);
        QCOMPARE(::link(QFile::encodeName(project).constData(),
                        QFile::encodeName(dir + QStringLiteral("/hard-link.csv")).constData()),
                 0);
        // Paths that name the project's folder directly are written as such.
        const bool inProjectFolder = output.startsWith(u'P') || output.startsWith(u"sub/");
        QString path = output;
        path.replace(QRegularExpression(QStringLiteral("\\bP\\b")), name);
        path = (inProjectFolder ? folder : dir) + u'/' + path;
        if (output.startsWith(u"sub/"))
            QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        const QString landsOn = folder + u'/' + QString(lands).replace(u'P', name);
        const QByteArray before = readFile(project);

        const QString message =
            QStringLiteral("Cannot write %1: it is %2 (%3); choose another file.")
                .arg(path, what, landsOn);
        {
            OpenOptions options;
            options.readOnly = true;
            auto opened = Project::open(project, options);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            // The core refuses it, so the window's Export dialog gets the same answer.
            auto outcome = exportAnnotationsToFile(**opened, ExportFormat::Csv,
                                                   ExportScope::wholeProject(), path);
            QVERIFY(!outcome);
            QCOMPARE(outcome.errorMessage(), message);
        }
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("qdpx")})
            verifyFailure(run({QStringLiteral("export"), project, QStringLiteral("--format"),
                               format, QStringLiteral("-o"), path}),
                          message);
        QCOMPARE(readFile(project), before);
        const Run show = run({QStringLiteral("list"), project});
        QCOMPARE(show.status, 0);
        auto reopened = Project::open(project);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->annotations()->size(), 3);
        QCOMPARE((*reopened)->relations()->size(), 1);
    }

    // Beside the project, an export is still written.
    void outputBesideTheProjectIsWritten()
    {
        const QString project = savedProject();
        QVERIFY(!project.isEmpty());
        const QString output = project + QStringLiteral(".csv");
        const Run exported = run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("-o"), output});
        QCOMPARE(exported.status, 0);
        QVERIFY(readFile(output).contains("Nvidia denies it."));
    }

    // Issue 18 item 18: only http, https and urn: addresses become links in the reports.
    void reportsLinkOnlyWebAndUrnAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("html");     // the line under the article's title
        QTest::addColumn<QString>("markdown"); // the same in Markdown
        QTest::newRow("javascript") << "javascript:alert(document.cookie)"
                                    << "<p class=\"meta\">javascript:alert(document.cookie)</p>"
                                    << "javascript:alert(document.cookie)";
        QTest::newRow("javascript in capitals, with markup")
            << "JavaScript:alert(\"<b>x</b>\")"
            << "<p class=\"meta\">JavaScript:alert(&quot;&lt;b&gt;x&lt;/b&gt;&quot;)</p>"
            << "JavaScript:alert(\"\\<b\\>x\\</b\\>\")";
        QTest::newRow("data")
            << "data:text/html,<script>alert(1)</script>"
            << "<p class=\"meta\">data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</p>"
            << "data:text/html,\\<script\\>alert(1)\\</script\\>";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "<p class=\"meta\">file:///etc/passwd</p>"
                              << "file:///etc/passwd";
        QTest::newRow("https")
            << "https://example.org/chips?a=1&b=2"
            << "<p class=\"meta\"><a href=\"https://example.org/chips?a=1&amp;b=2\">"
               "https://example.org/chips?a=1&amp;b=2</a></p>"
            << "<https://example.org/chips?a=1&b=2>";
        QTest::newRow("http with a space and brackets")
            << "http://example.org/a b<c>"
            << "<p class=\"meta\"><a href=\"http://example.org/a%20b%3Cc%3E\">http://example.org/a "
               "b&lt;c&gt;</a></p>"
            << "<http://example.org/a%20b%3Cc%3E>";
        QTest::newRow("urn")
            << "urn:isbn:9780000000000"
            << "<p class=\"meta\"><a href=\"urn:isbn:9780000000000\">urn:isbn:9780000000000</a>"
               "</p>"
            << "<urn:isbn:9780000000000>";
    }

    void reportsLinkOnlyWebAndUrnAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        auto project = projectWithArticle(nullptr, url);
        QVERIFY(project);
        // The fixture names its article by the address it has in the other cases.
        QByteArray json = readFile(fixture(QStringLiteral("motivation-arrays.jsonld")));
        QString text = QString::fromUtf8(json);
        text.replace(articleUrl, QString::fromUtf8(
                                     QJsonDocument(QJsonArray{url}).toJson(QJsonDocument::Compact))
                                     .mid(2)
                                     .chopped(2));
        auto imported = importWebAnnotations(*project, text.toUtf8(), QStringLiteral("f.jsonld"));
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->added, 3);

        const auto exported = [&](ExportFormat format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            auto outcome = exportAnnotations(*project, format, ExportScope::wholeProject(), buffer,
                                             QStringLiteral("the buffer"));
            return outcome ? QString::fromUtf8(bytes) : outcome.errorMessage();
        };
        const QString htmlReport = exported(ExportFormat::Html);
        const QString markdownReport = exported(ExportFormat::Markdown);
        QVERIFY2(htmlReport.contains(u"<h2>Chips</h2>\n" + html + u'\n'), qPrintable(htmlReport));
        QVERIFY2(markdownReport.contains(u"## Chips\n\n" + markdown + u"\n\n"),
                 qPrintable(markdownReport));
        // No other address is a link: the rest point within the report ("#a1").
        QCOMPARE(htmlReport.count(u"href=") - htmlReport.count(u"href=\"#"), html.count(u"href="));
    }
};

QTEST_MAIN(TestExchangeFaults)
#include "tst_exchangefaults.moc"
