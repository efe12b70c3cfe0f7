// Importing articles: every text encoding we promise, Markdown and HTML rendered the one way the
// reader shows them, metadata picked up, bad files refused with a reason, and nothing loaded
// from disk or network on an article's behalf.
#include "TestSupport.h"

#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"
#include "import/HtmlBounds.h"

#include <QElapsedTimer>
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

QString repeated(const QString &piece, int times)
{
    QString text;
    text.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

// The canonical text Qt's importer makes of html, as it is.
QString canonicalTextOf(const QString &html)
{
    SandboxedTextDocument document;
    document.setHtml(html);
    return ArticleDocument::canonicalText(document);
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
        // Recognised by its content, whatever its name says.
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("not an article but PNG image");
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
        SKIP_WITHOUT_SHARED_DATA();
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

    // Issue 18.8: 40,000 nested <div>s (440 KB) took 115 s through Qt's importer. Bounded, they
    // import at once, with the text a shallow copy of the same page has.
    void importsDeeplyNestedHtml()
    {
        const auto page = [](int depth) -> QString {
            return QStringLiteral("<html><head><title>Deep page</title></head><body>"
                                  "<p>Before the nest.</p>") +
                   repeated(QStringLiteral("<div>"), depth) +
                   QStringLiteral("Deep inside <b>forty thousand</b> divs.") +
                   repeated(QStringLiteral("</div>"), depth) +
                   QStringLiteral("<p>After the nest.</p></body></html>");
        };
        const QString deep = page(40000);
        QVERIFY(deep.size() > 400000);
        QElapsedTimer timer;
        timer.start();
        auto article = ArticleImporter::readBytes(deep.toUtf8(), QStringLiteral("deep.html"));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(article->title, QStringLiteral("Deep page"));
        QCOMPARE(article->text, canonicalTextOf(page(50)));
        QCOMPARE(
            article->text.trimmed(),
            QStringLiteral("Before the nest.\nDeep inside forty thousand divs.\nAfter the nest."));
        verifyOffsetsMatchDocument(*article);
        qInfo("bench: 40,000 nested divs (%lld KB) imported in %.2f s (was 115 s)",
              qlonglong(deep.size() / 1024), double(elapsed) / 1000);
    }

    // Issue 18.8: what is within the bounds reaches Qt exactly as it was, so every article
    // imported before keeps its canonical text.
    void leavesOrdinaryHtmlAsItIs()
    {
        const QDir seeds(sampleArticlesDir());
        const QStringList pages = seeds.entryList({QStringLiteral("*.html")}, QDir::Files);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages)
            QVERIFY2(!HtmlBounds::bounded(QString::fromUtf8(readFile(seeds.filePath(page)))),
                     qPrintable(page));
        const QString list = QStringLiteral("<ul>") +
                             repeated(QStringLiteral("<li>item</li>"), 50) +
                             QStringLiteral("</ul>");
        QVERIFY(!HtmlBounds::bounded(list));
        QVERIFY(!HtmlBounds::bounded(QString(repeated(QStringLiteral("<div>"), 128) + u'x')));
        QVERIFY(HtmlBounds::bounded(QString(repeated(QStringLiteral("<div>"), 129) + u'x')));
        // Only br, hr, img, meta and <x/> are empty for Qt: anything else counts as open.
        QVERIFY(!HtmlBounds::bounded(repeated(QStringLiteral("a<br><hr><meta><img src=x>"), 150)));
        QVERIFY(HtmlBounds::bounded(repeated(QStringLiteral("a<wbr>"), 150)));
        QVERIFY(!HtmlBounds::bounded(repeated(QStringLiteral("<div/>"), 150)));
        // Comments are skipped, and a '>' inside a quoted value does not end its tag.
        QVERIFY(!HtmlBounds::bounded(
            QString(u"<!--" + repeated(QStringLiteral("<div>"), 150) + u"-->")));
        QVERIFY(HtmlBounds::bounded(repeated(QStringLiteral("<span title='>'>"), 150)));
    }

    // Issue 18.8: bounded, the text stays as Qt makes it of the page as it is: each shape here
    // is rewritten under small bounds and must come out with the same canonical text. Past the
    // depth bound only the paragraph breaks may differ (Qt runs the text after a nested block's
    // end into that block's paragraph, "f</div>g" as "fg"; bounded, each block's text is a
    // paragraph of its own): there the words must be the same, in the same order.
    void boundsKeepTheText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("sameBreaks");
        QTest::newRow("nested blocks with text at every level")
            << QStringLiteral("<div>a<div>b<div>c<div>d<div>e<div>f</div>g</div>h</div>i</div>"
                              "j</div>k</div>l")
            << false;
        QTest::newRow("blocks and inline elements mixed")
            << QStringLiteral("<blockquote><p>One <b>bold <i>and <span>deep <u>words "
                              "<div>below</div> here</u></span></i></b> end.</p></blockquote>"
                              "<p>Next paragraph.</p>")
            << false;
        QTest::newRow("a long list")
            << (QStringLiteral("<p>Items:</p><ul>") +
                repeated(QStringLiteral("<li>item <b>bold</b></li>\n"), 10) +
                QStringLiteral("</ul><p>after</p>"))
            << true;
        QTest::newRow("a long numbered list")
            << (QStringLiteral("<ol start=\"4\">") + repeated(QStringLiteral("<li>n</li>"), 11) +
                QStringLiteral("</ol>"))
            << true;
        QTest::newRow("images in one paragraph")
            << (QStringLiteral("<p>Look:") +
                repeated(QStringLiteral(" <img src=\"x.png\"> word"), 7) +
                QStringLiteral("</p><p><img src=y.png>next</p>"))
            << true;
        QTest::newRow("end tags that match nothing")
            << (repeated(QStringLiteral("<p>x</span>"), 8) + repeated(QStringLiteral("</p>"), 8))
            << true;
    }

    void boundsKeepTheText()
    {
        QFETCH(QString, html);
        QFETCH(bool, sameBreaks);
        HtmlBounds::Limits limits;
        limits.depth = 4;
        limits.listItems = 3;
        limits.imagesPerBlock = 2;
        const auto bounded = HtmlBounds::bounded(html, limits);
        QVERIFY2(bounded, "the shape was meant to go beyond the small bounds");
        if (sameBreaks) {
            QCOMPARE(canonicalTextOf(*bounded), canonicalTextOf(html));
        } else {
            const auto words = [](QString text) { return text.remove(u'\n').remove(u' '); };
            QCOMPARE(words(canonicalTextOf(*bounded)), words(canonicalTextOf(html)));
            QVERIFY(canonicalTextOf(*bounded).count(u'\n') >= canonicalTextOf(html).count(u'\n'));
        }
    }

    // Issue 18.8: Qt nests an item left open in the next, so a long list of them is as deep as
    // it is long; past 16, each is closed before the next, and the text stays the same.
    void closesItemsLeftOpenInLongLists()
    {
        const QString html = QStringLiteral("<ul>") +
                             repeated(QStringLiteral("<li>open <i>item</i>\n"), 40) +
                             QStringLiteral("</ul>after");
        const auto bounded = HtmlBounds::bounded(html);
        QVERIFY(bounded);
        QCOMPARE(bounded->count(QStringLiteral("</li>")), 40 - 16);
        QCOMPARE(canonicalTextOf(*bounded), canonicalTextOf(html));
        QVERIFY(!HtmlBounds::bounded(
            QString(QStringLiteral("<ul>") + repeated(QStringLiteral("<li>open\n"), 16))));
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
