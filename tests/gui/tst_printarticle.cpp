// File › Print Article… (issue 20, "printing"): the active pane's article on paper with its
// highlights and coding stripes, a header naming it and numbered pages, here printed to a PDF
// and read back through poppler as the PDF importer reads it.
#include "SampleWindow.h"
#include "TestSupport.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticlePrinter.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"
#include "ui/shell/PrintFlow.h"

#include "import/ArticleDocument.h"
#include "import/PdfText.h"
#include "session/ProjectSession.h"

#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;
using namespace counterpoint::ui;

namespace {

// Words as a PDF's text gives them back: hyphenation and line breaks aside, one space apart.
QString words(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

} // namespace

class TestPrintArticle final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir);
    }

    void init()
    {
        const QString path = copySampleProject(m_dir);
        QVERIFY(!path.isEmpty());
        m_window = openWindowOn(path);
        QVERIFY(m_window);
        QVERIFY(!m_window->paneArea()->panes().isEmpty());
    }

    void cleanup() { m_window.reset(); }

    // The PDF holds the article's text, its title and publisher in the header and the page
    // numbers in the footer.
    void printsTheActivePaneToPdf()
    {
        ArticlePane *pane = m_window->paneArea()->panes().first();
        m_window->paneArea()->setActivePane(pane);
        QVERIFY(!pane->view()->annotations().isEmpty()); // highlights and stripes to print
        auto article = m_window->session()->project().article(pane->articleId());
        QVERIFY(article);

        QVERIFY(m_window->printAction()->isEnabled());
        const std::shared_ptr<ArticlePrinter> printer = m_window->printing()->activePane();
        QVERIFY(printer);
        const QString pdfPath = m_dir.filePath(QStringLiteral("article.pdf"));
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(pdfPath);
        const int pages = printer->print(pdf);
        QVERIFY(pages >= 1);

        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto content = PdfText::read(file.readAll(), pdfPath);
        QVERIFY2(content, qPrintable(content.errorMessage()));
        QCOMPARE(content->pageCount, pages);
        const QString printed = words(content->text());
        // Every paragraph of the article, in order.
        qsizetype from = 0;
        for (const QString &paragraph : article->text.split(u'\n', Qt::SkipEmptyParts)) {
            const QString expected = words(paragraph);
            if (expected.isEmpty())
                continue;
            // The first words of each, since a line break may hyphenate a word later on.
            const QString opening = expected.section(u' ', 0, 4);
            const qsizetype at = printed.indexOf(opening, from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing: %1").arg(opening)));
            from = at;
        }
        QVERIFY(printed.contains(words(article->title).section(u' ', 0, 3)));
        if (!article->publisher.isEmpty())
            QVERIFY(printed.contains(article->publisher));
        QVERIFY(printed.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    }

    // A long article runs over several pages, each numbered.
    void aLongArticleTakesSeveralNumberedPages()
    {
        Article article;
        article.title = QStringLiteral("A long article");
        article.publisher = QStringLiteral("The Test Gazette");
        article.format = ArticleFormat::PlainText;
        for (int i = 0; i < 120; ++i)
            article.text += QStringLiteral("Paragraph %1 says what the others say, at length, "
                                           "so that the article runs over several pages.\n")
                                .arg(i);
        article.original = article.text.toUtf8();
        Annotation annotation;
        annotation.id = QUuid::createUuid();
        annotation.start = 0;
        annotation.end = int(article.text.size()) - 1; // a bar over every page
        ArticlePrinter printer(article, {annotation});
        printer.setLabeller([](const Annotation &) { return QStringLiteral("Everyone"); });
        const QString pdfPath = m_dir.filePath(QStringLiteral("long.pdf"));
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(pdfPath);
        const int pages = printer.print(pdf);
        QVERIFY(pages >= 3);
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto content = PdfText::read(file.readAll(), pdfPath);
        QVERIFY(content);
        QCOMPARE(content->pageCount, pages);
        const QString printed = words(content->text());
        for (int page = 1; page <= pages; ++page)
            QVERIFY(printed.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        QVERIFY(printed.contains(QStringLiteral("Paragraph 119 says")));
        // The label of the stripe that runs over every page stands at the top of each.
        QCOMPARE(printed.count(QStringLiteral("Everyone")), pages);
    }

    // The preview opens on the active pane's article, showing its pages.
    void previewShowsThePages()
    {
        m_window->printPreviewAction()->trigger();
        QPrintPreviewDialog *preview =
            m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        preview->close();
    }

    // With no pane there is nothing to print.
    void printingIsDisabledWithoutAPane()
    {
        m_window->paneArea()->closeAll();
        QApplication::processEvents();
        QVERIFY(!m_window->printAction()->isEnabled());
        QVERIFY(!m_window->printPreviewAction()->isEnabled());
        QVERIFY(!m_window->printing()->activePane());
    }
};

QTEST_MAIN(TestPrintArticle)
#include "tst_printarticle.moc"
