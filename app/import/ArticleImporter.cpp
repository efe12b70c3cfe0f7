#include "ArticleImporter.h"

#include "ArticleDocument.h"
#include "FrontMatter.h"
#include "HtmlMetadata.h"
#include "PdfText.h"
#include "TextDecoding.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTextBlock>

#include <optional>

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleImporter)
};
QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

constexpr int maxTitleLength = 300;

ArticleFormat formatFor(const QString &fileName, const QString &text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return ArticleFormat::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return ArticleFormat::Html;
    if (suffix == u"txt" || suffix == u"text")
        return ArticleFormat::PlainText;
    // No telling extension: sniff the start of the content.
    const QString start = text.left(512).trimmed().toLower();
    if (start.startsWith(u"<!doctype html") || start.startsWith(u"<html"))
        return ArticleFormat::Html;
    return ArticleFormat::PlainText;
}

QString firstNonEmptyLine(const QString &text)
{
    const auto lines = QStringView(text).split(u'\n');
    for (const auto line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed().toString();
    }
    return {};
}

QString firstHeading(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && !block.text().trimmed().isEmpty())
            return block.text();
    }
    return {};
}

QString cleanTitle(const QString &title)
{
    QString clean = title.simplified();
    if (clean.size() > maxTitleLength)
        clean = clean.left(maxTitleLength - 1) + u'…';
    return clean;
}

} // namespace

Result<Article> ArticleImporter::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound,
                     Messages::tr("Cannot import %1: there is no such file.").arg(quoted(path))};
    if (!info.isFile())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: it is not a file.").arg(quoted(path))};
    if (info.size() > maxFileSize)
        return Error{
            Error::Code::Invalid,
            Messages::tr("Cannot import %1: it is too large (%2 MB; articles can be up to %3 MB).")
                .arg(quoted(path))
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(maxFileSize / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     Messages::tr("Cannot import %1: %2.").arg(quoted(path), file.errorString())};
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io,
                     Messages::tr("Cannot import %1: %2.").arg(quoted(path), file.errorString())};
    if (bytes.size() > maxFileSize)
        return Error{
            Error::Code::Invalid,
            Messages::tr("Cannot import %1: it is too large (articles can be up to %2 MB).")
                .arg(quoted(path))
                .arg(maxFileSize / (1024 * 1024))};
    return readBytes(bytes, path);
}

namespace {

QString contentHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Article> readPdf(const QByteArray &bytes, const QString &fileName)
{
    auto content = PdfText::read(bytes, fileName);
    if (!content)
        return content.error();
    Article article;
    article.original = bytes;
    article.sourceFileName = QFileInfo(fileName).fileName();
    article.format = ArticleFormat::Pdf;
    SandboxedTextDocument document;
    PdfText::render(*content, document);
    article.text = ArticleDocument::canonicalText(document);
    article.pageStarts = content->pageStarts();
    article.author = content->author;
    article.published = content->created;
    QString title = content->title;
    if (title.trimmed().isEmpty()) {
        for (const PdfParagraph &paragraph : std::as_const(content->paragraphs)) {
            if (paragraph.heading) {
                title = paragraph.text;
                break;
            }
        }
    }
    if (title.trimmed().isEmpty())
        title = firstNonEmptyLine(article.text);
    article.title = cleanTitle(title);
    article.contentHash = contentHash(article.text);
    return article;
}

// What the content is when it is neither a PDF nor text: an image, an archive, a program.
// Named by its type so the user knows what was picked by mistake.
std::optional<QString> binaryTypeOf(const QByteArray &bytes)
{
    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes);
    if (!type.isValid() || type.isDefault() || type.inherits(QStringLiteral("text/plain")))
        return std::nullopt;
    const QString name = type.name();
    if (name.startsWith(u"image/") || name.startsWith(u"audio/") || name.startsWith(u"video/") ||
        name == u"application/zip" || name == u"application/gzip" ||
        name == u"application/x-executable" || name == u"application/x-sharedlib" ||
        name == u"application/vnd.openxmlformats-officedocument.wordprocessingml.document" ||
        name == u"application/vnd.oasis.opendocument.text" || name == u"application/x-sqlite3")
        return type.comment();
    return std::nullopt;
}

} // namespace

Result<Article> ArticleImporter::readBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: the file is empty.").arg(quoted(fileName))};
    // By content first: a PDF is a PDF whatever it is called, and its bytes may well decode as
    // text (its raw source must never become an article).
    if (PdfText::looksLikePdf(bytes))
        return readPdf(bytes, fileName);
    if (QFileInfo(fileName).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0)
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: it is named as a PDF but does not hold one.")
                         .arg(quoted(fileName))};
    if (const auto binary = binaryTypeOf(bytes))
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: it is not an article but %2.")
                         .arg(quoted(fileName), *binary)};
    auto decoded = decodeText(bytes, fileName);
    if (!decoded)
        return decoded.error();

    Article article;
    article.original = bytes;
    article.sourceFileName = QFileInfo(fileName).fileName();
    article.format = formatFor(fileName, decoded->text);

    SandboxedTextDocument document;
    ArticleDocument::render(article, document);
    article.text = ArticleDocument::canonicalText(document);
    if (article.text.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: it holds no text.").arg(quoted(fileName))};

    QString title;
    switch (article.format) {
    case ArticleFormat::Markdown: {
        const FrontMatter frontMatter = FrontMatter::split(decoded->text);
        title = frontMatter.fields.value(QStringLiteral("title"));
        article.publisher = frontMatter.fields.value(QStringLiteral("publisher"));
        article.author = frontMatter.fields.value(QStringLiteral("author"));
        article.url = frontMatter.fields.value(QStringLiteral("url"));
        article.published = frontMatter.fields.value(QStringLiteral("date"));
        if (title.isEmpty())
            title = firstHeading(document);
        break;
    }
    case ArticleFormat::Html: {
        const HtmlMetadata metadata = HtmlMetadata::read(decoded->text);
        title = document.metaInformation(QTextDocument::DocumentTitle);
        if (title.trimmed().isEmpty())
            title = metadata.title;
        if (title.trimmed().isEmpty())
            title = firstHeading(document);
        article.publisher = metadata.publisher;
        article.author = metadata.author;
        article.url = metadata.url;
        article.published = metadata.published;
        break;
    }
    case ArticleFormat::PlainText:
    case ArticleFormat::Pdf: // read by readPdf()
        break;
    }
    if (title.trimmed().isEmpty())
        title = firstNonEmptyLine(article.text);
    article.title = cleanTitle(title);
    article.contentHash = contentHash(article.text);
    return article;
}

Result<ImportOutcome> ArticleImporter::importFile(const QString &path)
{
    auto article = readFile(path);
    if (!article)
        return article.error();
    auto existing = m_project.findArticleByHash(article->contentHash);
    if (!existing)
        return existing.error();
    if (!existing->isNull()) {
        auto present = m_project.article(*existing);
        return ImportOutcome{*existing, present ? present->title : article->title, true};
    }
    auto stored = m_project.addArticle(std::move(article).value());
    if (!stored)
        return stored.error();
    return ImportOutcome{stored->id, stored->title, false};
}

} // namespace counterpoint
