#include "SourceHighlighter.h"

#include "ui/reader/KateHighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

#ifdef COUNTERPOINT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace counterpoint::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A hue at a lightness that stands out from the palette's base: dark on a light base, light on
// a dark one.
QColor tone(const QPalette &palette, int hue, qreal saturation = 0.65)
{
    return QColor::fromHslF(hue / 360.0, saturation, isDark(palette) ? 0.72 : 0.34);
}

// The text colour moved toward the base: for what should recede but stay readable.
QColor muted(const QPalette &palette, qreal amount)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() + (base.redF() - text.redF()) * amount,
                            text.greenF() + (base.greenF() - text.greenF()) * amount,
                            text.blueF() + (base.blueF() - text.blueF()) * amount);
}

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::Bold);
    if (italic)
        result.setFontItalic(true);
    return result;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

#ifdef COUNTERPOINT_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &repository()
{
    // Loading the definitions takes a while: once per run.
    static KSyntaxHighlighting::Repository shared;
    return shared;
}

QString definitionName(SourceSyntax syntax)
{
    switch (syntax) {
    case SourceSyntax::Json:
        return QStringLiteral("JSON");
    case SourceSyntax::Markdown:
        return QStringLiteral("Markdown");
    case SourceSyntax::Html:
        return QStringLiteral("HTML");
    case SourceSyntax::Csv: // no definition ships for CSV: ours does it
    case SourceSyntax::PlainText:
        break;
    }
    return {};
}
#endif

} // namespace

QSyntaxHighlighter *createHighlighter(SourceSyntax syntax, QTextDocument *document,
                                      const QPalette &palette)
{
    if (syntax == SourceSyntax::PlainText)
        return nullptr;
#ifdef COUNTERPOINT_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition =
        repository().definitionForName(definitionName(syntax));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository().defaultTheme(
            isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                            : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#else
    if (const QString program = KateHighlighter::program();
        !program.isEmpty() && !KateHighlighter::definitionName(syntax).isEmpty())
        return new KateHighlighter(syntax, document, palette, program);
#endif
    return new SourceHighlighter(syntax, document, palette);
}

SourceHighlighter::SourceHighlighter(SourceSyntax syntax, QTextDocument *document,
                                     const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_syntax(syntax)
    , m_key(charFormat(tone(palette, 215), true))
    , m_string(charFormat(tone(palette, 135)))
    , m_number(charFormat(tone(palette, 25, 0.8)))
    , m_literal(charFormat(tone(palette, 290, 0.5)))
    , m_comment(charFormat(muted(palette, 0.45), false, true))
    , m_punct(charFormat(muted(palette, 0.3)))
    , m_code(charFormat(tone(palette, 170, 0.5)))
    , m_emphasis(charFormat(palette.color(QPalette::Text), false, true))
{
    m_code.setFontFixedPitch(true);
    rehighlight();
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    switch (m_syntax) {
    case SourceSyntax::Json:
        highlightJson(text);
        break;
    case SourceSyntax::Csv:
        highlightCsv(text);
        break;
    case SourceSyntax::Markdown:
        highlightMarkdown(text);
        break;
    case SourceSyntax::Html:
        highlightHtml(text);
        break;
    case SourceSyntax::PlainText:
        break;
    }
}

void SourceHighlighter::highlightJson(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(\G-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"));
    static const QRegularExpression literal(QStringLiteral(R"(\G(?:true|false|null)\b)"));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, n);
            // A string followed by a colon is a key.
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool key = next < n && text.at(next) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            const auto match = number.match(text, i);
            const qsizetype length = match.hasMatch() ? match.capturedLength() : 1;
            setFormat(int(i), int(length), m_number);
            i += length;
        } else if (const auto match = QStringView(u"tfn").contains(c) ? literal.match(text, i)
                                                                      : QRegularExpressionMatch();
                   match.hasMatch()) {
            setFormat(int(i), int(match.capturedLength()), m_literal);
            i += match.capturedLength();
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punct);
            ++i;
        }
    }
}

void SourceHighlighter::highlightCsv(const QString &text)
{
    // A quoted field may hold line breaks: the state says whether this line starts inside one.
    bool quoted = previousBlockState() == InQuotedField;
    const bool header = currentBlock().blockNumber() == 0;
    const qsizetype n = text.size();
    qsizetype fieldStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < n && text.at(i + 1) == u'"') {
                ++i; // an escaped quote
            } else if (c == u'"') {
                quoted = false;
                setFormat(int(fieldStart), int(i + 1 - fieldStart), m_string);
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStart = i;
        } else if (c == u',' || c == u';' || c == u'\t') {
            setFormat(int(i), 1, m_punct);
        } else if (header) {
            setFormat(int(i), 1, m_key);
        }
    }
    if (quoted)
        setFormat(int(fieldStart), int(n - fieldStart), m_string);
    setCurrentBlockState(quoted ? InQuotedField : Normal);
}

void SourceHighlighter::highlightMarkdown(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^\s*(```|~~~))"));
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6}(\s|$))"));
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(?:[-*+]|>)\s)"));
    static const QRegularExpression numbered(QStringLiteral(R"(^\s*\d+[.)]\s)"));
    static const QRegularExpression field(QStringLiteral(R"(^([\w-]+)(:)(.*)$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s*(?:-{3,}|\*{3,}|_{3,})\s*$)"));
    static const QRegularExpression code(QStringLiteral(R"(`[^`]+`)"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w]))"));
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\(([^)\s]*)[^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<https?://[^>\s]+>)"));

    // Front matter, as the importer reads it: "---" on the first line, "key: value" lines, "---".
    const bool frontMatterStarts = currentBlock().blockNumber() == 0 && text.trimmed() == u"---";
    if (frontMatterStarts || previousBlockState() == InFrontMatter) {
        setFormat(0, int(text.size()), m_punct);
        if (const auto match = field.match(text); match.hasMatch()) {
            QTextCharFormat name = m_key;
            name.setFontWeight(QFont::Normal);
            setFormat(0, int(match.capturedLength(1)), name);
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_string);
        }
        setCurrentBlockState(frontMatterStarts || text.trimmed() != u"---" ? InFrontMatter
                                                                           : Normal);
        return;
    }

    const bool inFence = previousBlockState() == InCodeFence;
    if (fence.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(inFence ? Normal : InCodeFence);
        return;
    }
    setCurrentBlockState(inFence ? InCodeFence : Normal);
    if (inFence) {
        setFormat(0, int(text.size()), m_code);
        return;
    }
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_key);
        return;
    }
    if (rule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_punct);
        return;
    }
    if (const auto match = marker.match(text); match.hasMatch())
        setFormat(0, int(match.capturedLength()), m_punct);
    // "2025. It went on" inside a paragraph is text: a numbered item follows a blank line or
    // another item.
    const QString previous = currentBlock().previous().text();
    if (const auto match = numbered.match(text);
        match.hasMatch() && (previous.trimmed().isEmpty() || numbered.match(previous).hasMatch()))
        setFormat(0, int(match.capturedLength()), m_punct);

    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QTextCharFormat bold = m_emphasis;
        bold.setFontItalic(false);
        bold.setFontWeight(QFont::Bold);
        setFormat(int(match.capturedStart()), int(match.capturedLength()), bold);
    }
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_emphasis);
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_punct);
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_literal);
        QTextCharFormat target = m_string;
        target.setFontUnderline(true);
        setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)), target);
    }
    for (auto it = autolink.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_string);
    }
    // Last, so that nothing inside code looks like emphasis or a link.
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_code);
    }
}

void SourceHighlighter::highlightHtml(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral(R"(\G&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)"));
    // Comments and tags may go on over several lines: the state carries them to the next.
    int state = previousBlockState();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (state == InComment) {
            const qsizetype end = text.indexOf(QStringLiteral("-->"), i);
            const qsizetype stop = end < 0 ? n : end + 3;
            setFormat(int(i), int(stop - i), m_comment);
            i = stop;
            if (end >= 0)
                state = Normal;
        } else if (state == InTag) {
            if (c == u'>' || (c == u'/' && i + 1 < n && text.at(i + 1) == u'>')) {
                const int length = c == u'>' ? 1 : 2;
                setFormat(int(i), length, m_punct);
                i += length;
                state = Normal;
            } else if (c == u'"' || c == u'\'') {
                const qsizetype end = text.indexOf(c, i + 1);
                const qsizetype stop = end < 0 ? n : end + 1;
                setFormat(int(i), int(stop - i), m_string);
                i = stop;
            } else if (isNameChar(c)) {
                qsizetype end = i;
                while (end < n && isNameChar(text.at(end)))
                    ++end;
                setFormat(int(i), int(end - i), m_literal);
                i = end;
            } else {
                if (c == u'=')
                    setFormat(int(i), 1, m_punct);
                ++i;
            }
        } else if (c == u'<') {
            if (QStringView(text).mid(i, 4) == u"<!--") {
                state = InComment;
                continue;
            }
            qsizetype nameStart = i + 1;
            if (nameStart < n && QStringView(u"/!?").contains(text.at(nameStart)))
                ++nameStart;
            qsizetype nameEnd = nameStart;
            while (nameEnd < n && isNameChar(text.at(nameEnd)))
                ++nameEnd;
            if (nameEnd == nameStart) { // a lone "<" in text
                ++i;
                continue;
            }
            setFormat(int(i), int(nameStart - i), m_punct);
            setFormat(int(nameStart), int(nameEnd - nameStart), m_key);
            i = nameEnd;
            state = InTag;
        } else if (c == u'&') {
            const auto match = entity.match(text, i);
            const qsizetype length = match.hasMatch() ? match.capturedLength() : 1;
            if (match.hasMatch())
                setFormat(int(i), int(length), m_number);
            i += length;
        } else {
            ++i;
        }
    }
    setCurrentBlockState(state);
}

} // namespace counterpoint::ui
