// Importing articles: every text encoding we promise, Markdown and HTML rendered the one way the
// reader shows them, metadata picked up, bad files refused with a reason, and nothing loaded
// from disk or network on an article's behalf.
#include "TestSupport.h"

#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"

#include <QImage>
#include <QTest>
#include <QTextBlock>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

// Text with CJK, an emoji and a mathematical letter outside the Basic Multilingual Plane.
const QString worldText = QStringLiteral(
    "Nvidia 英伟达 denies it 🦞 — “tall tales” 𝔘 café\nSecond line\n");

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    // The rendered document and the canonical text agree position by position.
    static void verifyOffsetsMatchDocument(const Article &article)
    {
        auto document = ArticleDocument::create(article);
        QCOMPARE(document->characterCount() - 1, article.text.size());
        for (int i = 0; i < article.text.size(); ++i) {
            const QChar inDocument = document->characterAt(i);
            const QChar inText = article.text.at(i);
            if (inText == u'\n' || inText == u' ')
                continue; // separators and images are mapped on purpose
            QCOMPARE(inDocument, inText);
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodesTextEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UTF-8") << worldText.toUtf8() << worldText;
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + worldText.toUtf8() << worldText;
        QTest::newRow("UTF-16 LE") << utf16(worldText, true) << worldText;
        QTest::newRow("UTF-16 BE") << utf16(worldText, false) << worldText;
        QTest::newRow("Windows-1252") << QByteArray("\x93Tall tales\x94 \x96 caf\xE9 \x80 5\n")
                                      << QStringLiteral("“Tall tales” – café € 5\n");
        QTest::newRow("CRLF") << QByteArray("one\r\ntwo\rthree\n")
                              << QStringLiteral("one\ntwo\nthree\n");
    }

    void decodesTextEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto article = ArticleImporter::readBytes(bytes, QStringLiteral("article.txt"));
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(article->text, expected);
        QCOMPARE(toString(article->format), toString(ArticleFormat::PlainText));
        QCOMPARE(article->original, bytes);
        verifyOffsetsMatchDocument(*article);
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("not text");
        QTest::newRow("undefined Windows-1252 byte")
            << QByteArray("caf\xE9 \x81 x") << QStringLiteral("not text");
        QTest::newRow("control characters")
            << QByteArray("text\x01\x02 more") << QStringLiteral("not text");
        QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE"
                                                  "a\0b",
                                                  5)
                                    << QStringLiteral("not text");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only spaces") << QByteArray("  \n\n \t\n") << QStringLiteral("no text");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        const QString path = write(QStringLiteral("bad.txt"), bytes);
        auto article = ArticleImporter::readFile(path);
        QVERIFY(!article);
        QVERIFY2(article.errorMessage().contains(QStringLiteral("bad.txt")),
                 qPrintable(article.errorMessage()));
        QVERIFY2(article.errorMessage().contains(cause), qPrintable(article.errorMessage()));
    }

    void rejectsOversizedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ArticleImporter::maxFileSize + 1)); // sparse: costs no disk
        file.close();
        auto article = ArticleImporter::readFile(path);
        QVERIFY(!article);
        QVERIFY(article.errorMessage().contains(QStringLiteral("huge.txt")));
        QVERIFY(article.errorMessage().contains(QStringLiteral("too large")));
        QFile::remove(path);
    }

    void rejectsMissingFile()
    {
        auto article = ArticleImporter::readFile(m_dir.filePath(QStringLiteral("nowhere.md")));
        QVERIFY(!article);
        QVERIFY(article.errorMessage().contains(QStringLiteral("nowhere.md")));
    }

    void titleFromFirstNonEmptyLineOfText()
    {
        auto article = ArticleImporter::readBytes("\n\n  Nvidia denies tall tales  \nBody\n",
                                                  QStringLiteral("a.txt"));
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Nvidia denies tall tales"));
    }

    void rendersMarkdownWithFrontMatter()
    {
        const QByteArray markdown =
            "---\ntitle: \"Anthropic warns\"\npublisher: The Ledger\nauthor: A. Writer\n"
            "date: 2025-05-02\nurl: https://example.org/a\n---\n"
            "# A heading\n\nChips are **smuggled** in *baby bumps* 🦞 英伟达.\n\n"
            "- one\n- two\n\n> a quote\n\n![x](file:///etc/hosts)\n";
        auto article = ArticleImporter::readBytes(markdown, QStringLiteral("a.md"));
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(toString(article->format), toString(ArticleFormat::Markdown));
        QCOMPARE(article->title, QStringLiteral("Anthropic warns"));
        QCOMPARE(article->publisher, QStringLiteral("The Ledger"));
        QCOMPARE(article->author, QStringLiteral("A. Writer"));
        QCOMPARE(article->published, QStringLiteral("2025-05-02"));
        QCOMPARE(article->url, QStringLiteral("https://example.org/a"));
        QVERIFY(article->text.contains(
            QStringLiteral("Chips are smuggled in baby bumps 🦞 英伟达.")));
        QVERIFY(!article->text.contains(QStringLiteral("**")));
        QVERIFY(!article->text.contains(QStringLiteral("publisher:")));
        QVERIFY(!article->text.contains(QStringLiteral("localhost"))); // /etc/hosts never read
        verifyOffsetsMatchDocument(*article);
    }

    void markdownTitleFromFirstHeading()
    {
        auto article = ArticleImporter::readBytes("Intro line\n\n## The real title\n\ntext\n",
                                                  QStringLiteral("b.md"));
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("The real title"));
    }

    void rendersHtmlWithMetadata()
    {
        const QByteArray html =
            "<!DOCTYPE html><html><head><title>Nvidia denies &ldquo;tall tales&rdquo;</title>"
            "<meta name=\"author\" content=\"J. Doe &amp; K. Roe\">"
            "<meta property=\"og:site_name\" content=\"Chip Wire\">"
            "<meta property=\"og:url\" content=\"https://example.org/nvidia\">"
            "<meta property=\"article:published_time\" content=\"2025-05-03T09:30:00Z\">"
            "<link rel=\"stylesheet\" href=\"style.css\"></head><body>"
            "<h1>Heading</h1><p>Nvidia said <b>firms</b> should &ldquo;rise to the "
            "challenge&rdquo; 🦞.</p>"
            "<table><tr><td>cell 英</td><td>cell 𝔘</td></tr></table>"
            "<p>After&nbsp;table <img src=\"file:///etc/hosts\"> <img "
            "src=\"https://example.org/x.png\"></p>"
            "</body></html>";
        auto article = ArticleImporter::readBytes(html, QStringLiteral("n.html"));
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(toString(article->format), toString(ArticleFormat::Html));
        QCOMPARE(article->title, QStringLiteral("Nvidia denies “tall tales”"));
        QCOMPARE(article->author, QStringLiteral("J. Doe & K. Roe"));
        QCOMPARE(article->publisher, QStringLiteral("Chip Wire"));
        QCOMPARE(article->url, QStringLiteral("https://example.org/nvidia"));
        QCOMPARE(article->published, QStringLiteral("2025-05-03T09:30:00Z"));
        QVERIFY(article->text.contains(
            QStringLiteral("Nvidia said firms should “rise to the challenge” 🦞.")));
        QVERIFY(article->text.contains(QStringLiteral("After table")));
        QVERIFY(!article->text.contains(u'<'));
        verifyOffsetsMatchDocument(*article);
    }

    void htmlTitleFallsBackToOpenGraphThenHeading()
    {
        auto og = ArticleImporter::readBytes(
            "<html><head><meta property='og:title' content='OG title'></head>"
            "<body><h2>H</h2><p>x</p></body></html>",
            QStringLiteral("og.html"));
        QVERIFY(og);
        QCOMPARE(og->title, QStringLiteral("OG title"));
        auto heading = ArticleImporter::readBytes(
            "<html><body><p>lead</p><h2>Second heading</h2></body></html>",
            QStringLiteral("h.htm"));
        QVERIFY(heading);
        QCOMPARE(heading->title, QStringLiteral("Second heading"));
    }

    void sniffsHtmlWithoutExtension()
    {
        auto article = ArticleImporter::readBytes(
            "<!doctype html><html><body><p>Hello</p></body></html>", QStringLiteral("download"));
        QVERIFY(article);
        QCOMPARE(toString(article->format), toString(ArticleFormat::Html));
        QCOMPARE(article->text.trimmed(), QStringLiteral("Hello"));
    }

    void documentNeverLoadsLocalOrRemoteResources()
    {
        const QString secret =
            write(QStringLiteral("secret.png"), QByteArray("\x89PNG secret", 11));
        SandboxedTextDocument document;
        document.setBaseUrl(QUrl::fromLocalFile(m_dir.path() + u'/'));
        // An image gets the same small placeholder whatever it names: nothing was read.
        QImage placeholder;
        for (const QUrl &url : {QUrl::fromLocalFile(secret), QUrl(QStringLiteral("secret.png")),
                                QUrl(QStringLiteral("https://example.org/x.png"))}) {
            const QVariant image = document.resource(QTextDocument::ImageResource, url);
            QVERIFY2(image.typeId() == QMetaType::QImage, qPrintable(url.toString()));
            if (placeholder.isNull())
                placeholder = image.value<QImage>();
            QCOMPARE(image.value<QImage>(), placeholder);
            QVERIFY(!document.resource(QTextDocument::StyleSheetResource, url).isValid());
        }
        QCOMPARE(placeholder.deviceIndependentSize(), QSizeF(22, 16));
        // Resources handed to the document in memory still work.
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mem:icon")),
                             QByteArray("x"));
        QVERIFY(document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("mem:icon")))
                    .isValid());
    }

    void importsSameContentOnce()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QString first = write(QStringLiteral("one.txt"), worldText.toUtf8());
        const QString copy = write(QStringLiteral("copy.txt"), worldText.toUtf8());
        ArticleImporter importer(*project);
        auto imported = importer.importFile(first);
        QVERIFY(imported);
        QVERIFY(!imported->alreadyPresent);
        auto again = importer.importFile(copy);
        QVERIFY(again);
        QVERIFY(again->alreadyPresent);
        QCOMPARE(again->articleId, imported->articleId);
        QCOMPARE(project->articleSummaries()->size(), 1);
    }

    void importsSeedDocuments()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QDir seeds(sharedSeedsDir());
        const QStringList files =
            seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 2, qPrintable(seeds.path()));
        for (const QString &file : files)
            QVERIFY(!importArticle(*project, seeds.filePath(file)).isNull());
        auto summaries = project->articleSummaries();
        QCOMPARE(summaries->size(), files.size());
        QVERIFY(summaries->at(0).title.startsWith(QStringLiteral("Anthropic says Nvidia GPUs")));
        for (const ArticleSummary &summary : std::as_const(*summaries)) {
            auto article = project->article(summary.id);
            QVERIFY(article);
            QVERIFY(article->text.contains(QStringLiteral("tall tales")));
            verifyOffsetsMatchDocument(*article);
        }
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
