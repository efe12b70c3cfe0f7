// A W3C Web Annotation file read as a stream (issue 19 item 2): a file of thousands of
// annotations over an embedded page and a page file lands as the same JSON from memory does; no
// size cap holds a W3C file back; a malformed file gets one line that names it and says where;
// a cancelled import and a file that fails late change nothing; a chain of page files that
// comes round to itself is read once.
#include "TestSupport.h"
#include "exchange/common/AnnotationImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

// Words enough for every quote to be found once: "w0 w1 w2 …".
QString articleText(int words)
{
    QStringList list;
    for (int i = 0; i < words; ++i)
        list.append(QStringLiteral("w%1").arg(i));
    return list.join(u' ');
}

const QString articleUrl = QStringLiteral("https://example.org/streamed");

// The annotation on word i of the article: a quote, a kind, a tag on every third, a comment
// on every other one.
QJsonObject annotation(int i, const QString &text)
{
    const QString word = QStringLiteral("w%1").arg(i);
    const qsizetype start = text.indexOf(QStringLiteral(" %1 ").arg(word)) + 1;
    QJsonArray body{QJsonObject{{"type", "TextualBody"},
                                {"purpose", "classifying"},
                                {"value", i % 2 ? "claim" : "evidence"}}};
    if (i % 3 == 0)
        body.append(QJsonObject{{"type", "TextualBody"},
                                {"purpose", "tagging"},
                                {"value", QStringLiteral("tag%1").arg(i % 5)}});
    if (i % 2 == 0)
        body.append(QJsonObject{{"type", "TextualBody"},
                                {"purpose", "commenting"},
                                {"value", QStringLiteral("Comment %1").arg(i)}});
    return QJsonObject{
        {"id", QStringLiteral("https://example.org/annos/%1").arg(i)},
        {"type", "Annotation"},
        {"creator", QJsonObject{{"type", "Person"}, {"name", "Ana"}}},
        {"body", body},
        {"target",
         QJsonObject{
             {"source", articleUrl},
             {"selector", QJsonArray{QJsonObject{{"type", "TextQuoteSelector"}, {"exact", word}},
                                     QJsonObject{{"type", "TextPositionSelector"},
                                                 {"start", start},
                                                 {"end", start + word.size()}}}}}}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Items from..to-1 as the body of an "items" list, one per line.
QByteArray items(int from, int to, const QString &text)
{
    QByteArray list = "[";
    for (int i = from; i < to; ++i) {
        if (i > from)
            list += ",";
        list += "\n" + compact(annotation(i, text));
    }
    return list + "\n]";
}

} // namespace

class TestW3cStream final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    const int m_words = 6000;
    QString m_text = articleText(m_words);

    std::unique_ptr<Project> projectWithArticle()
    {
        auto project = createProject(m_dir, QStringLiteral("s%1.counterpoint").arg(++m_projects));
        if (!project)
            return nullptr;
        Article article;
        article.title = QStringLiteral("Streamed");
        article.url = articleUrl;
        article.text = m_text;
        article.original = m_text.toUtf8();
        article.contentHash = QStringLiteral("streamed-%1").arg(m_projects);
        if (!project->addArticle(article))
            return nullptr;
        return project;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

    // A collection of count annotations: the first page embedded, the rest in a page file
    // beside it (name-page2.jsonld) that the first page links to.
    QString pagedCollection(const QString &name, int count)
    {
        const int split = count * 2 / 3;
        const QByteArray page2 =
            "{\"id\":\"https://example.org/annos/" + name.toUtf8() +
            "-page2\",\"type\":\"AnnotationPage\",\"items\":" + items(split, count, m_text) + "}";
        if (write(name + u"-page2.jsonld", page2).isEmpty())
            return {};
        return write(
            name + u".jsonld",
            "{\"type\":\"AnnotationCollection\",\"total\":" + QByteArray::number(count) +
                ",\"first\":{\"id\":\"https://example.org/annos/" + name.toUtf8() +
                "-page1\",\"type\":\"AnnotationPage\",\"items\":" + items(0, split, m_text) +
                ",\"next\":\"https://example.org/annos/" + name.toUtf8() + "-page2\"}}");
    }

    // "<kind> <start>-<end> [tags] comment", sorted: what landed where.
    static QStringList annotationLines(const Project &project)
    {
        QStringList lines;
        for (const Annotation &a : *project.annotations()) {
            QStringList tags;
            for (const QUuid &id : a.tagIds) {
                for (const Tag &tag : *project.tags()) {
                    if (tag.id == id)
                        tags.append(tag.name);
                }
            }
            lines.append(QStringLiteral("%1 %2 %3-%4 [%5] %6")
                             .arg(a.id.toString(QUuid::WithoutBraces), toString(a.kind))
                             .arg(a.start)
                             .arg(a.end)
                             .arg(tags.join(u','), a.comment));
        }
        lines.sort();
        return lines;
    }

    static qsizetype annotationCount(const Project &project)
    {
        auto count = project.annotationCount();
        return count ? qsizetype(*count) : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Thousands of annotations over an embedded page and a page file: read from the file as a
    // stream, stored in batches, they are what the same annotations from memory become.
    void aStreamedFileLandsAsTheSameJsonFromMemory()
    {
        const int count = 3000;
        const QString path = pagedCollection(QStringLiteral("many"), count);
        QVERIFY(!path.isEmpty());
        auto streamed = projectWithArticle();
        QVERIFY(streamed);
        qint64 lastDone = 0, lastTotal = 0;
        auto report = importAnnotations(*streamed, path, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, count);
        QCOMPARE(report->skipped, QStringList());
        QCOMPARE(lastDone, qint64(count)); // progress counted every annotation of both pages
        QCOMPARE(lastTotal, qint64(count));

        // From memory the page file cannot be reached: the same JSON with both pages embedded.
        const QByteArray embedded =
            "{\"type\":\"AnnotationCollection\",\"first\":{\"type\":\"AnnotationPage\",\"items\":" +
            items(0, count * 2 / 3, m_text) + ",\"next\":{\"type\":\"AnnotationPage\",\"items\":" +
            items(count * 2 / 3, count, m_text) + "}}}";
        auto file = AnnotationFile::fromJson(embedded, QStringLiteral("memory.jsonld"));
        QVERIFY2(file, qPrintable(file.errorMessage()));
        auto fromMemory = projectWithArticle();
        QVERIFY(fromMemory);
        auto memoryReport = file->importInto(*fromMemory);
        QVERIFY2(memoryReport, qPrintable(memoryReport.errorMessage()));
        QCOMPARE(memoryReport->added, count);
        const QStringList lines = annotationLines(*streamed);
        QCOMPARE(lines.size(), count);
        QCOMPARE(lines, annotationLines(*fromMemory));
        QVERIFY2(lines.filter(QStringLiteral("[tag")).size() == count / 3,
                 qPrintable(lines.first()));

        // Imported again: every annotation is there already, unchanged.
        auto again = importAnnotations(*streamed, path);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, count);
    }

    // The cap on a file's size is a zip's (and a Hypothesis file's, read whole): a W3C file far
    // larger than it is read, as a stream.
    void noSizeCapHoldsAW3cFileBack()
    {
        const QString path = pagedCollection(QStringLiteral("capped"), 400);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() > 64 * 1024);
        ImportLimits limits;
        limits.maxFileSize = 4096;
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path, {}, limits);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 400);
    }

    // A file refused anywhere, even at its last annotation, gets one line that names it and,
    // for broken JSON, where; nothing of it is stored.
    void malformedFilesGetOneLineNamingThemAndWhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("words");
        const QByteArray list = items(0, 500, m_text);
        const auto lineOf = [](const QByteArray &bytes, qsizetype at) {
            return QStringLiteral("line %1").arg(bytes.left(at).count('\n') + 1);
        };
        const QByteArray cut = list.left(list.size() * 3 / 4);
        QTest::newRow("cut short")
            << "cut.jsonld" << cut
            << QStringList{"not valid JSON", "cut short", lineOf(cut, cut.size())};
        QByteArray broken = list;
        const qsizetype at = broken.indexOf("\"type\":\"Annotation\"", list.size() / 2);
        broken[at + 6] = ' '; // "type" "Annotation": no colon
        QTest::newRow("broken in the middle")
            << "broken.jsonld" << broken
            << QStringList{"not valid JSON", lineOf(broken, at), "byte"};
        QByteArray wrongType = list;
        wrongType.replace(wrongType.lastIndexOf("\"start\":"), 8, "\"start\":\"zero\",\"x\":");
        QTest::newRow("wrong type in the last annotation")
            << "late.jsonld" << wrongType << QStringList{"annos/499", "whole number"};
        QTest::newRow("items not a list")
            << "page.jsonld" << QByteArray("{\"type\":\"AnnotationPage\",\"items\":\"none\"}")
            << QStringList{"“items” must be a list"};
        QTest::newRow("nested too deep")
            << "deep.jsonld" << QByteArray(5000, '[') << QStringList{"not valid JSON", "1024"};
        QTest::newRow("not UTF-8")
            << "latin1.jsonld"
            << QByteArray("[{\"type\":\"Annotation\",\"bodyValue\":\"caf\xe9\"}]")
            << QStringList{"not valid JSON", "line 1"};
        QTest::newRow("empty") << "empty.jsonld" << QByteArray() << QStringList{"not valid JSON"};
        QTest::newRow("a number") << "number.jsonld" << QByteArray("42")
                                  << QStringList{"not a W3C Web Annotation"};
    }

    void malformedFilesGetOneLineNamingThemAndWhere()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, words);
        const QString path = write(name, bytes);
        QVERIFY(!path.isEmpty());
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY(!report);
        const QString message = report.errorMessage();
        QVERIFY2(message.startsWith(u"Cannot import " + name + u": "), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        for (const QString &word : std::as_const(words))
            QVERIFY2(message.contains(word), qPrintable(message + u" lacks " + word));
        QCOMPARE(annotationCount(*project), 0);
    }

    // Cancelled half-way through a streamed file, the import leaves the project as it was.
    void aCancelledStreamedImportChangesNothing()
    {
        const QString path = pagedCollection(QStringLiteral("cancelled"), 2000);
        QVERIFY(!path.isEmpty());
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report =
            importAnnotations(*project, path, [](qint64 done, qint64) { return done < 1200; });
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(annotationCount(*project), 0);
    }

    // The same id twice in a file: the second is an update of the first, as before batches.
    void theSameIdTwiceUpdatesTheFirst()
    {
        QJsonObject first = annotation(7, m_text);
        QJsonObject second = first;
        second.insert("bodyValue", "Said again");
        const QString path = write(QStringLiteral("twice.jsonld"),
                                   "[" + compact(first) + "," + compact(annotation(8, m_text)) +
                                       "," + compact(second) + "]");
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->updated, 1);
        QStringList comments;
        for (const Annotation &a : *project->annotations())
            comments.append(a.comment);
        comments.sort();
        QCOMPARE(comments,
                 QStringList({QStringLiteral("Comment 8"), QStringLiteral("Said again")}));
    }

    // A page file without an id that names itself as next is read once, not for ever.
    void aPageFileThatLinksToItselfIsReadOnce()
    {
        QVERIFY(!write(QStringLiteral("loop-page.jsonld"),
                       "{\"type\":\"AnnotationPage\",\"items\":" + items(0, 3, m_text) +
                           ",\"next\":\"loop-page.jsonld\"}")
                     .isEmpty());
        const QString path =
            write(QStringLiteral("loop.jsonld"), "{\"type\":\"AnnotationCollection\",\"first\":"
                                                 "\"loop-page.jsonld\"}");
        auto project = projectWithArticle();
        QVERIFY(project);
        auto report = importAnnotations(*project, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->unchanged, 0);
    }
};

QTEST_MAIN(TestW3cStream)
#include "tst_w3cstream.moc"
