// PDF articles (issue 17): the text of a PDF in reading order with its headings, the page of
// every passage, the title, author and date of its information dictionary; a scan refused with
// a message saying so; files recognised by their content, not their name; and the schema
// upgrade that lets the project hold them.
#include "TestSupport.h"

#include "domain/TextRange.h"
#include "exchange/common/Export.h"
#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

const QString knownPassage =
    QStringLiteral("The known passage about prosthetic baby bumps sits on the second page.");

const QStringList bodyParagraphs = {
    QStringLiteral("Anthropic and Nvidia are at odds over export rules for advanced chips, and "
                   "each side says the other misreads what is happening at the border."),
    QStringLiteral("One side says chips are smuggled in ways that sound unlikely; the other says "
                   "such stories are told to win a policy argument in Washington."),
    QStringLiteral("Analysts who read both accounts will want to tag the claims, name who makes "
                   "each one and link the rebuttals to what they rebut."),
};

// Draws paragraphs one under the other in the body type, wrapped to the page's width; returns
// where the next one would go.
int drawParagraphs(QPainter &painter, const QStringList &paragraphs, int top, int width)
{
    for (const QString &paragraph : paragraphs) {
        const QRect bounds = painter.boundingRect(QRect(0, top, width, 100000),
                                                  Qt::TextWordWrap | Qt::AlignLeft, paragraph);
        painter.drawText(bounds, Qt::TextWordWrap | Qt::AlignLeft, paragraph);
        top = bounds.bottom() + painter.fontMetrics().height(); // a blank line between them
    }
    return top;
}

// Two pages, each with a heading in a larger type over body paragraphs; the known passage is
// the second paragraph of page 2.
bool writeTwoPagePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Chips, Bumps and Lobsters"));
    writer.setCreator(QStringLiteral("tst_pdfimport"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int width = painter.viewport().width();
    QFont heading(QStringLiteral("DejaVu Sans"), 20, QFont::Bold);
    QFont body(QStringLiteral("DejaVu Sans"), 10);

    painter.setFont(heading);
    painter.drawText(QRect(0, 0, width, 400), Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Smuggling Claims"));
    painter.setFont(body);
    drawParagraphs(painter, bodyParagraphs, 300, width);

    writer.newPage();
    painter.setFont(heading);
    painter.drawText(QRect(0, 0, width, 400), Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("The Reply"));
    painter.setFont(body);
    drawParagraphs(painter, {bodyParagraphs.at(2), knownPassage, bodyParagraphs.at(0)}, 300, width);
    return painter.end();
}

bool writeImageOnlyPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QImage scan(600, 800, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter onScan(&scan);
        onScan.setPen(Qt::black);
        onScan.drawText(QRect(20, 20, 560, 100), Qt::AlignLeft, QStringLiteral("Scanned words"));
    }
    painter.drawImage(QRect(0, 0, 600, 800), scan);
    writer.newPage();
    painter.drawImage(QRect(0, 0, 600, 800), scan);
    return painter.end();
}

// A PDF written by hand, all ASCII (so its bytes decode as text), with an information
// dictionary that names an author, which QPdfWriter cannot.
QByteArray handWrittenPdf()
{
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "", // the content stream, below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (Hand Made Brief) /Author (Jane Analyst)"
        " /CreationDate (D:20250614120000Z) >>",
    };
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (Chips cross the border in lobster crates.)"
                               " Tj ET";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n";
        if (i == 3)
            pdf += "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                   "\nendstream";
        else
            pdf += objects.at(i);
        pdf += "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestPdfImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void importsTextHeadingsPagesAndMetadata()
    {
        const QString path = m_dir.filePath(QStringLiteral("brief.pdf"));
        QVERIFY(writeTwoPagePdf(path));
        auto article = ArticleImporter::readFile(path);
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(toString(article->format), QStringLiteral("pdf"));
        QCOMPARE(article->title, QStringLiteral("Chips, Bumps and Lobsters"));
        QCOMPARE(article->published, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(article->original, readFile(path)); // the file kept as it was
        QVERIFY(!article->text.contains(QStringLiteral("%PDF")));

        // Headings and paragraphs each on a line of their own, in reading order.
        const QStringList lines = article->text.split(u'\n');
        QVERIFY2(lines.size() == 8, qPrintable(article->text));
        QCOMPARE(lines.at(0), QStringLiteral("Smuggling Claims"));
        QCOMPARE(lines.at(1), bodyParagraphs.at(0));
        QCOMPARE(lines.at(4), QStringLiteral("The Reply"));
        QCOMPARE(lines.at(6), knownPassage);

        // The page of every range.
        QCOMPARE(article->pageStarts.size(), 2);
        QCOMPARE(article->pageStarts.at(0), 0);
        const int passage = int(article->text.indexOf(knownPassage));
        QCOMPARE(pageOfOffset(article->pageStarts, passage), 2);
        QCOMPARE(pageOfOffset(article->pageStarts, int(article->text.indexOf(u"Analysts"))), 1);
        QCOMPARE(pageCitation(article->pageStarts, passage, passage + int(knownPassage.size())),
                 QStringLiteral("p. 2"));
        QCOMPARE(pageCitation(article->pageStarts, 0, int(article->text.size())),
                 QStringLiteral("pp. 1–2"));

        // The reader renders it the same one way, headings as headings.
        auto document = ArticleDocument::create(*article);
        QCOMPARE(ArticleDocument::canonicalText(*document), article->text);
        QVERIFY(document->findBlockByNumber(0).blockFormat().headingLevel() > 0);
        QCOMPARE(document->findBlockByNumber(1).blockFormat().headingLevel(), 0);
        QVERIFY(document->findBlockByNumber(4).blockFormat().headingLevel() > 0);
    }

    void storesPdfArticlesWithTheirPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("stored.pdf"));
        QVERIFY(writeTwoPagePdf(path));
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QUuid id = importArticle(*project, path);
        QVERIFY(!id.isNull());
        const QString file = project->filePath();
        project.reset();
        auto reopened = Project::open(file);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        auto article = (*reopened)->article(id);
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(toString(article->format), QStringLiteral("pdf"));
        QCOMPARE(article->pageStarts.size(), 2);
        QCOMPARE(pageOfOffset(article->pageStarts, int(article->text.indexOf(knownPassage))), 2);
    }

    // An analyst who quotes a PDF cites its page: the CSV's last column holds the page (or pages)
    // of each passage of a paged article and nothing for any other, and the reports say "(p. 2)"
    // after the quote, in Markdown, HTML and the PDF itself.
    void exportsAndReportsCiteThePages()
    {
        const QString path = m_dir.filePath(QStringLiteral("cited.pdf"));
        QVERIFY(writeTwoPagePdf(path));
        const QString plainPath = m_dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(plainPath, "Unpaged Story\n\nA plain article has no pages to cite.\n"));
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QUuid pdfId = importArticle(*project, path);
        const QUuid plainId = importArticle(*project, plainPath);
        QVERIFY(!pdfId.isNull() && !plainId.isNull());
        const QString text = *project->articleText(pdfId);
        const QString plainText = *project->articleText(plainId);

        const auto annotate = [&](const QUuid &article, int start, int end,
                                  const QString &comment) {
            Annotation a;
            a.articleId = article;
            a.start = start;
            a.end = end;
            a.comment = comment;
            auto added = project->addAnnotation(a);
            QVERIFY2(added, qPrintable(added.errorMessage()));
        };
        const int passage = int(text.indexOf(knownPassage));
        annotate(pdfId, passage, passage + int(knownPassage.size()), QStringLiteral("page two"));
        const int across = int(text.indexOf(u"Analysts"));
        annotate(pdfId, across, int(text.indexOf(u"The Reply")) + 9, QStringLiteral("both"));
        const int plain = int(plainText.indexOf(u"A plain"));
        annotate(plainId, plain, plain + 15, QStringLiteral("unpaged"));

        const auto exported = [&](ExportFormat format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            auto outcome = exportAnnotations(*project, format, ExportScope::wholeProject(), buffer,
                                             QStringLiteral("the buffer"));
            if (!outcome)
                qWarning("export failed: %s", qPrintable(outcome.errorMessage()));
            return bytes;
        };

        // CSV: "page" is the last column (after the verdict's, empty here); no cell after the
        // quoted title holds a comma, so the last comma of a record starts it.
        const QStringList lines = QString::fromUtf8(exported(ExportFormat::Csv))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().endsWith(QStringLiteral(",review URL,page")),
                 qPrintable(lines.first()));
        QHash<QString, QString> pageByComment;
        for (const QString &line : lines.mid(1)) {
            for (const QString &comment :
                 {QStringLiteral("page two"), QStringLiteral("both"), QStringLiteral("unpaged")}) {
                if (line.contains(u',' + comment + u','))
                    pageByComment.insert(comment, line.section(u',', -1));
            }
        }
        QCOMPARE(pageByComment.size(), 3);
        QCOMPARE(pageByComment.value(QStringLiteral("page two")), QStringLiteral("2"));
        QCOMPARE(pageByComment.value(QStringLiteral("both")), QStringLiteral("1–2"));
        QCOMPARE(pageByComment.value(QStringLiteral("unpaged"), QStringLiteral("missing")),
                 QString());

        // Markdown and HTML: the citation right after the quote, none after the unpaged one.
        const QString markdown = QString::fromUtf8(exported(ExportFormat::Markdown));
        QVERIFY2(markdown.contains(knownPassage + u"” (p. 2)"), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"” (pp. 1–2)"), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("A plain article”")), qPrintable(markdown));
        QVERIFY(!markdown.contains(QStringLiteral("A plain article” (")));
        const QString html = QString::fromUtf8(exported(ExportFormat::Html));
        QVERIFY2(html.contains(knownPassage + u"” (p. 2)</p>"), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("A plain article”</p>")));

        // The PDF report, read back as the importer reads any PDF.
        const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeFile(report, exported(ExportFormat::Pdf)));
        auto printed = ArticleImporter::readFile(report);
        QVERIFY2(printed, qPrintable(printed.errorMessage()));
        const QString printedText = QString(printed->text).replace(u'\n', u' ');
        QVERIFY2(printedText.contains(QStringLiteral("second page.” (p. 2)")),
                 qPrintable(printedText));
    }

    void readsAuthorAndDateAndKnowsAPdfByItsContent()
    {
        // Named .txt, and every byte of it decodes as text: still a PDF, never its source.
        const QString path = m_dir.filePath(QStringLiteral("brief-notes.txt"));
        QVERIFY(writeFile(path, handWrittenPdf()));
        auto article = ArticleImporter::readFile(path);
        QVERIFY2(article, qPrintable(article.errorMessage()));
        QCOMPARE(toString(article->format), QStringLiteral("pdf"));
        QCOMPARE(article->text, QStringLiteral("Chips cross the border in lobster crates."));
        QCOMPARE(article->title, QStringLiteral("Hand Made Brief"));
        QCOMPARE(article->author, QStringLiteral("Jane Analyst"));
        QCOMPARE(article->published, QStringLiteral("2025-06-14"));
        QCOMPARE(article->pageStarts, QList<int>{0});
    }

    void refusesAScanWithoutText()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(writeImageOnlyPdf(path));
        auto article = ArticleImporter::readFile(path);
        QVERIFY(!article);
        const QString message = article.errorMessage();
        QVERIFY2(message.contains(QStringLiteral("scan.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2 page")) &&
                     message.contains(QStringLiteral("no text")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("scan")), qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
    }

    void refusesDamagedAndMisnamedFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::newRow("damaged pdf")
            << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog")
            << QStringLiteral("damaged or incomplete");
        QTest::newRow("text named pdf")
            << QStringLiteral("story.pdf") << QByteArray("Just some words.\n")
            << QStringLiteral("does not hold one");
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        QTest::newRow("png named txt")
            << QStringLiteral("story.txt") << png << QStringLiteral("PNG image");
    }

    void refusesDamagedAndMisnamedFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        auto article = ArticleImporter::readBytes(bytes, name);
        QVERIFY(!article);
        QVERIFY2(article.errorMessage().contains(name), qPrintable(article.errorMessage()));
        QVERIFY2(article.errorMessage().contains(cause), qPrintable(article.errorMessage()));
    }

    void upgradesASchemaFourProjectKeepingEveryRow()
    {
        // A project as schema 4 wrote it, made from the migrations of the time.
        const QString path = m_dir.filePath(QStringLiteral("schema4.counterpoint"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            for (int version = 1; version <= 4; ++version) {
                const QStringList statements =
                    Migrations::statements(Migrations::script(Backend::SQLite, version));
                QVERIFY(!statements.isEmpty());
                for (const QString &statement : statements)
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            const QStringList rows = {
                "INSERT INTO annotation_set (id, name) VALUES ('s1', 'Analyst A')",
                "INSERT INTO article (id, title, format, original, canonical_text, content_hash,"
                " imported_at) VALUES ('00000000-0000-4000-8000-0000000000a1', 'Old', 'txt', "
                "x'4f6c64', 'Old text', 'h1',"
                " '2025-01-01T00:00:00.000Z')",
                "INSERT INTO article_version (id, article_id, version, format, original,"
                " canonical_text, content_hash, imported_at, replaced_at) VALUES ('v1', "
                "'00000000-0000-4000-8000-0000000000a1', 1,"
                " 'txt', x'', 'Older', 'h0', '2024-01-01T00:00:00.000Z',"
                " '2025-01-01T00:00:00.000Z')",
                "INSERT INTO annotation (id, article_id, set_id, kind, start_pos, end_pos, exact,"
                " created_at, modified_at) VALUES ('n1', '00000000-0000-4000-8000-0000000000a1', "
                "'s1', 'claim', 0, 3, 'Old',"
                " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
                "INSERT INTO dismissed_passage (first_article, second_article, passage_key,"
                " dismissed_at) VALUES ('00000000-0000-4000-8000-0000000000a1', "
                "'00000000-0000-4000-8000-0000000000a1', 'k', '2025-01-01T00:00:00.000Z')",
                "PRAGMA user_version = 4",
            };
            for (const QString &row : rows)
                QVERIFY2(query.exec(row), qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        {
            auto upgraded = Project::open(path);
            QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
            QCOMPARE((*upgraded)->schemaVersion(), Database::latestSchemaVersion);
            auto count = (*upgraded)->annotationCount();
            QVERIFY(count);
            QCOMPARE(*count, 1); // the rebuilt article table cascaded nothing
            auto versions = (*upgraded)->articleVersions((*upgraded)->articleTitles()->first().id);
            QVERIFY(versions);
            QCOMPARE(versions->size(), 1);
            QCOMPARE(versions->first().text, QStringLiteral("Older"));
            auto dismissed = (*upgraded)->dismissedPassages();
            QVERIFY(dismissed);
            QCOMPARE(dismissed->size(), 1);
        }
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            QVERIFY(query.exec(QStringLiteral("UPDATE article SET format = 'pdf'")));
            QVERIFY(!query.exec(QStringLiteral("UPDATE article SET format = 'doc'")));
            // The annotation still refers to the article: deleting it cascades as before.
            QVERIFY(query.exec(QStringLiteral("DELETE FROM article")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM annotation")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
