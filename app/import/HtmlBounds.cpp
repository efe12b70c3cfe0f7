#include "HtmlBounds.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace counterpoint::HtmlBounds {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameCharacter(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'_';
}

// The only elements Qt's importer never nests anything in (measured on Qt 6.4: every other name,
// known to HTML as empty or not, nests what follows it until its end tag).
bool isEmptyElement(const QString &name)
{
    return name == u"br" || name == u"hr" || name == u"img" || name == u"meta";
}

bool isList(const QString &name)
{
    return name == u"ul" || name == u"ol" || name == u"menu" || name == u"dir";
}

// Elements that start a paragraph (a block) of their own.
bool isBlock(const QString &name)
{
    static const QSet<QString> blocks{
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("body"),    QStringLiteral("caption"),
        QStringLiteral("center"),     QStringLiteral("dd"),      QStringLiteral("details"),
        QStringLiteral("dialog"),     QStringLiteral("dir"),     QStringLiteral("div"),
        QStringLiteral("dl"),         QStringLiteral("dt"),      QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hgroup"),
        QStringLiteral("hr"),         QStringLiteral("html"),    QStringLiteral("legend"),
        QStringLiteral("li"),         QStringLiteral("main"),    QStringLiteral("menu"),
        QStringLiteral("nav"),        QStringLiteral("ol"),      QStringLiteral("p"),
        QStringLiteral("pre"),        QStringLiteral("section"), QStringLiteral("summary"),
        QStringLiteral("table"),      QStringLiteral("tbody"),   QStringLiteral("td"),
        QStringLiteral("tfoot"),      QStringLiteral("th"),      QStringLiteral("thead"),
        QStringLiteral("tr"),         QStringLiteral("ul")};
    return blocks.contains(name);
}

bool hasVisibleText(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

struct Token
{
    enum class Kind { Text, StartTag, EndTag, Other };
    Kind kind = Kind::Text;
    qsizetype begin = 0;
    qsizetype end = 0;
    QString name; // lower case, for tags
    bool selfClosing = false;
};

// Splits HTML into text, tags and the rest (comments, doctype, processing instructions) the way
// Qt's importer reads them: a quoted attribute value may hold '>'.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView html)
        : m_html(html)
    {}

    bool next(Token &token)
    {
        const qsizetype size = m_html.size();
        if (m_position >= size)
            return false;
        token = Token{};
        token.begin = m_position;
        if (m_html.at(m_position) == u'<' && m_position + 1 < size) {
            const QChar second = m_html.at(m_position + 1);
            if (second == u'!' || second == u'?') {
                token.kind = Token::Kind::Other;
                const bool comment = m_html.mid(m_position).startsWith(u"<!--");
                const qsizetype close = comment ? m_html.indexOf(u"-->", m_position + 4)
                                                : m_html.indexOf(u'>', m_position + 2);
                token.end = close < 0 ? size : close + (comment ? 3 : 1);
                m_position = token.end;
                return true;
            }
            const bool endTag = second == u'/';
            const qsizetype nameStart = m_position + (endTag ? 2 : 1);
            if (nameStart < size && isAsciiLetter(m_html.at(nameStart))) {
                qsizetype nameEnd = nameStart;
                while (nameEnd < size && isNameCharacter(m_html.at(nameEnd)))
                    ++nameEnd;
                token.kind = endTag ? Token::Kind::EndTag : Token::Kind::StartTag;
                token.name = m_html.mid(nameStart, nameEnd - nameStart).toString().toLower();
                token.end = tagEnd(nameEnd, &token.selfClosing);
                m_position = token.end;
                return true;
            }
        }
        // Text up to the next '<' (a '<' that starts no tag is text).
        const qsizetype next = m_html.indexOf(u'<', m_position + 1);
        token.kind = Token::Kind::Text;
        token.end = next < 0 ? size : next;
        m_position = token.end;
        return true;
    }

private:
    qsizetype tagEnd(qsizetype from, bool *selfClosing)
    {
        const qsizetype size = m_html.size();
        for (qsizetype i = from; i < size; ++i) {
            const QChar c = m_html.at(i);
            if (c == u'>') {
                *selfClosing = i > from && m_html.at(i - 1) == u'/';
                return i + 1;
            }
            if (c == u'"' || c == u'\'') {
                const qsizetype close = nextQuote(c == u'"' ? 0 : 1, i + 1);
                if (close >= 0)
                    i = close; // an unclosed quote is an ordinary character
            }
        }
        return size;
    }

    // The next quote of a kind at or after from. Remembered, so that many tags with a quote that
    // is never closed do not each search the rest of the file.
    qsizetype nextQuote(int kind, qsizetype from)
    {
        if (m_noMoreQuotes[kind])
            return -1;
        if (m_quoteAt[kind] < from) {
            m_quoteAt[kind] = m_html.indexOf(kind == 0 ? u'"' : u'\'', from);
            if (m_quoteAt[kind] < 0) {
                m_noMoreQuotes[kind] = true;
                return -1;
            }
        }
        return m_quoteAt[kind];
    }

    QStringView m_html;
    qsizetype m_position = 0;
    qsizetype m_quoteAt[2] = {-1, -1};
    bool m_noMoreQuotes[2] = {false, false};
};

struct OpenElement
{
    QString name;
    qsizetype tagBegin = 0; // the start tag in the source, to open a split list again
    qsizetype tagEnd = 0;
    bool emitted = false; // false: nested too deep, its tags left out
    bool block = false;
    bool list = false;
    int itemsInPart = 0; // a list's items since it was last split
    int itemsBefore = 0; // and before that
};

// An <ol> opened again after a split, numbering on from where the previous part stopped.
QString reopenedOrderedList(QStringView tag, int itemsBefore)
{
    static const QRegularExpression startAttribute(
        QStringLiteral(R"re(\s+start\s*=\s*(?:"\s*(-?\d+)\s*"|'\s*(-?\d+)\s*'|(-?\d+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    QString reopened = tag.toString();
    int start = 1;
    const auto match = startAttribute.match(reopened);
    if (match.hasMatch()) {
        for (int group = 1; group <= 3; ++group) {
            if (match.capturedLength(group) > 0)
                start = match.captured(group).toInt();
        }
        reopened.remove(match.capturedStart(), match.capturedLength());
    }
    reopened.insert(3, QStringLiteral(" start=\"%1\"").arg(start + itemsBefore));
    return reopened;
}

class Rewriter
{
public:
    Rewriter(QStringView html, const Limits &limits)
        : m_html(html)
        , m_limits(limits)
    {
        m_out.reserve(html.size() + html.size() / 16);
    }

    std::optional<QString> run()
    {
        Tokenizer tokenizer(m_html);
        Token token;
        while (tokenizer.next(token)) {
            switch (token.kind) {
            case Token::Kind::Text:
                text(token);
                break;
            case Token::Kind::StartTag:
                startTag(token);
                break;
            case Token::Kind::EndTag:
                endTag(token);
                break;
            case Token::Kind::Other:
                copy(token);
                break;
            }
        }
        if (m_wrapperOpen)
            m_out += u"</div>";
        if (!m_changed)
            return std::nullopt;
        return m_out;
    }

private:
    bool deep() const { return qsizetype(m_stack.size()) > m_emittedDepth; }

    void copy(const Token &token) { m_out += m_html.mid(token.begin, token.end - token.begin); }

    // Content of elements left out for depth: the text of each block among them goes into a
    // <div> of its own, so that it stays a paragraph of its own.
    void beforeContent()
    {
        if (deep() && m_needWrapper && !m_wrapperOpen) {
            m_out += u"<div>";
            m_wrapperOpen = true;
        }
    }
    void blockBoundary()
    {
        m_images = 0;
        if (!deep())
            return;
        if (m_wrapperOpen) {
            m_out += u"</div>";
            m_wrapperOpen = false;
        }
        m_needWrapper = true;
    }

    void text(const Token &token)
    {
        if (hasVisibleText(m_html.mid(token.begin, token.end - token.begin)))
            beforeContent();
        copy(token);
    }

    void startTag(const Token &token)
    {
        if (token.selfClosing || isEmptyElement(token.name)) {
            if (token.name == u"hr") {
                blockBoundary();
            } else if (token.name == u"img" || token.name == u"br") {
                beforeContent();
                if (token.name == u"img" && ++m_images > m_limits.imagesPerBlock) {
                    m_out += u"&nbsp;";
                    m_changed = true;
                    return;
                }
            }
            copy(token);
            return;
        }

        if (token.name == u"li" && !m_lists.empty() && m_stack.at(m_lists.back()).emitted) {
            if (m_stack.at(m_lists.back()).itemsInPart >= m_limits.listItems)
                splitList();
            else if (m_stack.at(m_lists.back()).itemsInPart >= unclosedItemsKept)
                closeOpenItem();
            ++m_stack.at(m_lists.back()).itemsInPart;
        }

        OpenElement element;
        element.name = token.name;
        element.tagBegin = token.begin;
        element.tagEnd = token.end;
        element.block = isBlock(token.name);
        element.list = isList(token.name);
        element.emitted = !deep() && m_emittedDepth < m_limits.depth;
        if (element.emitted) {
            copy(token);
            ++m_emittedDepth;
        } else {
            m_changed = true;
        }
        if (element.list)
            m_lists.push_back(m_stack.size());
        ++m_openCount[element.name];
        m_stack.push_back(std::move(element));
        if (m_stack.back().block)
            blockBoundary();
    }

    void endTag(const Token &token)
    {
        // As Qt does: an end tag closes everything up to the matching open element, and one
        // that matches nothing is ignored.
        const auto open = m_openCount.constFind(token.name);
        if (open == m_openCount.constEnd() || *open == 0) {
            copy(token);
            return;
        }
        for (;;) {
            const OpenElement closed = pop();
            if (closed.name == token.name) {
                if (closed.emitted)
                    copy(token);
                return;
            }
        }
    }

    OpenElement pop()
    {
        OpenElement element = std::move(m_stack.back());
        m_stack.pop_back();
        --m_openCount[element.name];
        if (element.list)
            m_lists.pop_back();
        if (element.emitted) {
            --m_emittedDepth;
            if (element.block)
                m_images = 0;
        } else if (!deep()) {
            // Back among elements that are written out: the last paragraph of the deep ones ends.
            if (m_wrapperOpen)
                m_out += u"</div>";
            m_wrapperOpen = false;
            m_needWrapper = false;
            m_images = 0;
        } else if (element.block) {
            blockBoundary();
        }
        return element;
    }

    // Qt nests an item left open in the next one, so a long list of unclosed items is as deep as
    // it is long: past the first few, the open item is closed before the next begins.
    static constexpr int unclosedItemsKept = 16;
    void closeOpenItem()
    {
        const size_t list = m_lists.back();
        if (m_stack.size() <= list + 1 || m_stack.at(list + 1).name != u"li" ||
            !m_stack.at(list + 1).emitted)
            return;
        while (m_stack.size() > list + 1)
            pop();
        m_out += u"</li>";
        m_changed = true;
    }

    // Ends the innermost list here and opens it again, closing whatever is open inside it.
    void splitList()
    {
        const size_t list = m_lists.back();
        while (m_stack.size() > list + 1)
            pop();
        OpenElement &element = m_stack.at(list);
        m_out += u"</" + element.name + u'>';
        element.itemsBefore += element.itemsInPart;
        element.itemsInPart = 0;
        const QStringView tag = m_html.mid(element.tagBegin, element.tagEnd - element.tagBegin);
        if (element.name == u"ol")
            m_out += reopenedOrderedList(tag, element.itemsBefore);
        else
            m_out += tag;
        m_changed = true;
    }

    QStringView m_html;
    const Limits &m_limits;
    QString m_out;
    bool m_changed = false;
    std::vector<OpenElement> m_stack;
    QHash<QString, int> m_openCount;
    std::vector<size_t> m_lists; // indexes of the open lists in m_stack, innermost last
    qsizetype m_emittedDepth = 0;
    bool m_wrapperOpen = false;
    bool m_needWrapper = false;
    int m_images = 0;
};

} // namespace

std::optional<QString> bounded(QStringView html, const Limits &limits)
{
    return Rewriter(html, limits).run();
}

} // namespace counterpoint::HtmlBounds
