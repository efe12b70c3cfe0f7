#include "PdfText.h"

#include "log/LogCategories.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ArticleImporter)
};

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

// A line of words as poppler's reading order gives it.
struct Line
{
    QString text;
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

// A word's text with nothing in it that the canonical text treats specially (line and
// paragraph separators, no-break spaces, object replacements), so that the rendered document
// and text() agree character for character.
QString plainWord(const QString &word)
{
    QString clean = word;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph || c == QChar::Nbsp ||
            c == QChar::ObjectReplacementCharacter || c.unicode() == 0xFDD0 ||
            c.unicode() == 0xFDD1 || c == u'\t')
            c = u' ';
    }
    return clean;
}

QList<Line> linesOf(const Poppler::Page &page)
{
    QList<Line> lines;
    const auto boxes = page.textList();
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        const QString word = plainWord(box->text());
        const QRectF bounds = box->boundingBox();
        const bool sameLine = previous && previous->nextWord() == box.get() && !lines.isEmpty();
        if (!sameLine) {
            lines.append({word, bounds.top(), bounds.bottom()});
        } else {
            Line &line = lines.last();
            if (previous->hasSpaceAfter())
                line.text += u' ';
            line.text += word;
            line.top = std::min(line.top, bounds.top());
            line.bottom = std::max(line.bottom, bounds.bottom());
        }
        previous = box.get();
    }
    for (Line &line : lines)
        line.text = line.text.simplified();
    lines.removeIf([](const Line &line) { return line.text.isEmpty(); });
    return lines;
}

// The height of most of the text's lines, weighted by their length: the body's type size.
qreal bodyLineHeight(const QList<QList<Line>> &pages)
{
    QList<std::pair<qreal, qsizetype>> heights;
    qsizetype total = 0;
    for (const auto &lines : pages) {
        for (const Line &line : lines) {
            heights.append({line.height(), line.text.size()});
            total += line.text.size();
        }
    }
    if (heights.isEmpty())
        return 0;
    std::sort(heights.begin(), heights.end());
    qsizetype seen = 0;
    for (const auto &[height, length] : heights) {
        seen += length;
        if (seen * 2 >= total)
            return height;
    }
    return heights.last().first;
}

bool similarHeight(qreal a, qreal b)
{
    return std::abs(a - b) <= 0.15 * std::max(a, b);
}

void appendLine(QString &paragraph, const QString &line)
{
    if (paragraph.isEmpty()) {
        paragraph = line;
        return;
    }
    // A word broken at the end of a line ("infor-" / "mation") is one word again.
    if (paragraph.endsWith(u'-') && paragraph.size() > 1 &&
        paragraph.at(paragraph.size() - 2).isLetter() && !line.isEmpty() && line.at(0).isLower()) {
        paragraph.chop(1);
        paragraph += line;
        return;
    }
    paragraph += u' ' + line;
}

QList<PdfParagraph> paragraphsOf(const QList<Line> &lines, int page, qreal body)
{
    QList<PdfParagraph> paragraphs;
    QString current;
    const Line *previous = nullptr;
    qreal currentHeight = 0;
    int lineCount = 0;
    const auto finish = [&] {
        if (current.isEmpty())
            return;
        const bool larger = body > 0 && currentHeight > 1.2 * body;
        paragraphs.append({current, page, larger && lineCount <= 3 && current.size() <= 200});
        current.clear();
        lineCount = 0;
    };
    for (const Line &line : lines) {
        if (previous) {
            const qreal gap = line.top - previous->bottom;
            const qreal lineHeight = std::max(line.height(), previous->height());
            // A gap of more than about half a line, a change of type size, or a line that
            // begins above the previous one (another column) ends the paragraph.
            if (gap > 0.5 * lineHeight || !similarHeight(line.height(), previous->height()) ||
                line.top < previous->top - 0.5 * lineHeight)
                finish();
        }
        if (current.isEmpty())
            currentHeight = line.height();
        appendLine(current, line.text);
        currentHeight = std::max(currentHeight, line.height());
        ++lineCount;
        previous = &line;
    }
    finish();
    return paragraphs;
}

// Poppler reports damaged files on stderr; here they go to the import log instead.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                qCDebug(lcImport) << "poppler:" << message;
            },
            QVariant());
    });
}

} // namespace

QString PdfContent::text() const
{
    QStringList texts;
    texts.reserve(paragraphs.size());
    for (const PdfParagraph &paragraph : paragraphs)
        texts.append(paragraph.text);
    return texts.join(u'\n');
}

QList<int> PdfContent::pageStarts() const
{
    QList<int> starts(pageCount, -1);
    int offset = 0;
    for (const PdfParagraph &paragraph : paragraphs) {
        if (paragraph.page >= 1 && paragraph.page <= pageCount && starts[paragraph.page - 1] < 0)
            starts[paragraph.page - 1] = offset;
        offset += int(paragraph.text.size()) + 1;
    }
    // A page without text begins where the next one does (or at the end of the text).
    int next = std::max(0, offset - 1);
    for (qsizetype page = starts.size() - 1; page >= 0; --page) {
        if (starts[page] < 0)
            starts[page] = next;
        next = starts[page];
    }
    if (!starts.isEmpty())
        starts[0] = 0;
    return starts;
}

namespace PdfText {

bool looksLikePdf(const QByteArray &bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

Result<PdfContent> read(const QByteArray &bytes, const QString &fileName)
{
    quietPoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: it is not a PDF that can be read (the file "
                                  "is damaged or incomplete).")
                         .arg(quoted(fileName))};
    if (document->isLocked())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: the PDF is protected by a password.")
                         .arg(quoted(fileName))};

    PdfContent content;
    content.pageCount = document->numPages();
    content.title = document->title().simplified();
    content.author = document->author().simplified();
    const QDateTime created = document->creationDate();
    if (created.isValid())
        content.created = created.toUTC().date().toString(Qt::ISODate);

    QList<QList<Line>> pages;
    pages.reserve(content.pageCount);
    for (int index = 0; index < content.pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        pages.append(page ? linesOf(*page) : QList<Line>());
    }
    const qreal body = bodyLineHeight(pages);
    for (int index = 0; index < content.pageCount; ++index)
        content.paragraphs.append(paragraphsOf(pages.at(index), index + 1, body));
    if (content.paragraphs.isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot import %1: its %n page(s) hold no text, only images (a "
                                  "scan?); Counterpoint reads a PDF's text and does not recognise "
                                  "text in images.",
                                  nullptr, content.pageCount)
                         .arg(quoted(fileName))};
    return content;
}

void render(const PdfContent &content, QTextDocument &document)
{
    document.clear();
    QTextCursor cursor(&document);
    const QTextBlockFormat bodyBlock = cursor.blockFormat();
    const QTextCharFormat bodyChars = cursor.charFormat();
    bool first = true;
    for (const PdfParagraph &paragraph : content.paragraphs) {
        QTextBlockFormat block = bodyBlock;
        QTextCharFormat chars = bodyChars;
        if (paragraph.heading) {
            block.setHeadingLevel(2);
            chars.setFontWeight(QFont::Bold);
            chars.setProperty(QTextFormat::FontSizeAdjustment, 1);
        }
        block.setBottomMargin(8);
        if (first) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(chars);
            first = false;
        } else {
            cursor.insertBlock(block, chars);
        }
        cursor.insertText(paragraph.text, chars);
    }
}

} // namespace PdfText

} // namespace counterpoint
