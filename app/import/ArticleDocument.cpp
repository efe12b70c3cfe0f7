#include "ArticleDocument.h"

#include "FrontMatter.h"
#include "HtmlBounds.h"
#include "PdfText.h"
#include "TextDecoding.h"
#include "log/LogCategories.h"

#include <QImage>
#include <QPainter>
#include <QTextBlock>

namespace counterpoint {

namespace {

// What stands in for an image the document may not load: a small framed picture, in a grey with
// some transparency so that it reads on light and dark backgrounds alike. Without it Qt draws
// its "missing file" icon, which looks like a fault in the article.
QImage blockedImagePlaceholder()
{
    constexpr int width = 22;
    constexpr int height = 16;
    constexpr qreal scale = 2; // sharp on high-density screens; shown at the size above
    QImage image(QSize(width, height) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor grey(128, 128, 128, 170);
    painter.setPen(QPen(grey, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 2, 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(grey);
    painter.drawEllipse(QPointF(15.5, 5), 1.8, 1.8); // the sun
    painter.drawPolygon(QPolygonF{{3, 13}, {8.5, 6.5}, {12.5, 11}, {15, 8.5}, {19, 13}});
    return image;
}

} // namespace

QVariant SandboxedTextDocument::loadResource(int type, const QUrl &name)
{
    // Only resources compiled into the application; never a file, never the network.
    if (name.scheme() == u"qrc")
        return QTextDocument::loadResource(type, name);
    if (type == QTextDocument::ImageResource) {
        static const QImage placeholder = blockedImagePlaceholder();
        return placeholder;
    }
    return {};
}

namespace ArticleDocument {

void render(const Article &article, QTextDocument &document)
{
    if (article.format == ArticleFormat::Pdf) {
        // The text is read from the PDF again, so headings show as headings; a PDF that now
        // reads differently (another poppler) is shown as the text its ranges count in.
        const auto content = PdfText::read(article.original, article.sourceFileName);
        if (content)
            PdfText::render(*content, document);
        if (!content || canonicalText(document) != article.text) {
            qCDebug(lcImport) << article.sourceFileName
                              << "reads differently from its import: showing its stored text";
            document.setPlainText(article.text);
        }
        return;
    }
    const auto decoded = decodeText(article.original, article.sourceFileName);
    const QString source = decoded ? decoded->text : article.text;
    switch (article.format) {
    case ArticleFormat::Markdown:
        document.setMarkdown(FrontMatter::split(source).body, QTextDocument::MarkdownDialectGitHub);
        break;
    case ArticleFormat::Html: {
        const auto bounded = HtmlBounds::bounded(source);
        if (!bounded) {
            document.setHtml(source);
            break;
        }
        qCDebug(lcImport) << "rendering" << article.sourceFileName
                          << "with its nesting, lists and images bounded";
        document.setHtml(*bounded);
        // An article imported before the bounds took its text from the source as it was, and its
        // ranges count in that text: it is shown the same way, however long that takes.
        if (!article.text.isEmpty() && canonicalText(document) != article.text) {
            qCDebug(lcImport) << article.sourceFileName
                              << "was imported unbounded: rendering it as it is";
            document.setHtml(source);
        }
        break;
    }
    case ArticleFormat::PlainText:
    case ArticleFormat::Pdf:
        document.setPlainText(source);
        break;
    }
}

std::unique_ptr<QTextDocument> create(const Article &article)
{
    auto document = std::make_unique<SandboxedTextDocument>();
    render(article, *document);
    return document;
}

QString canonicalText(const QTextDocument &document)
{
    // toRawText() keeps one character per document position (toPlainText() does not promise
    // that), so offsets into the canonical text are cursor positions in the reader.
    QString text = document.toRawText();
    for (QChar &c : text) {
        switch (c.unicode()) {
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
        case 0xFDD0: // QTextBeginningOfFrame
        case 0xFDD1: // QTextEndOfFrame
            c = u'\n';
            break;
        case QChar::Nbsp:
        case QChar::ObjectReplacementCharacter: // an image: kept as a space, never loaded
            c = u' ';
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace ArticleDocument

} // namespace counterpoint
