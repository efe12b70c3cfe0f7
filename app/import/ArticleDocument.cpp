#include "ArticleDocument.h"

#include "FrontMatter.h"
#include "TextDecoding.h"

#include <QTextBlock>

namespace counterpoint {

QVariant SandboxedTextDocument::loadResource(int type, const QUrl &name)
{
    // Only resources compiled into the application; never a file, never the network.
    if (name.scheme() == u"qrc")
        return QTextDocument::loadResource(type, name);
    return {};
}

namespace ArticleDocument {

void render(const Article &article, QTextDocument &document)
{
    const auto decoded = decodeText(article.original, article.sourceFileName);
    const QString source = decoded ? decoded->text : article.text;
    switch (article.format) {
    case ArticleFormat::Markdown:
        document.setMarkdown(FrontMatter::split(source).body, QTextDocument::MarkdownDialectGitHub);
        break;
    case ArticleFormat::Html:
        document.setHtml(source);
        break;
    case ArticleFormat::PlainText:
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
