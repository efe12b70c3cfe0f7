#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace counterpoint::ui {

// The languages the app shows as source: its exports and the articles as imported.
enum class SourceSyntax { PlainText, Json, Csv, Markdown, Html };

// Highlights source text in a read-only viewer. KSyntaxHighlighting (KDE Frameworks 6) when the
// build found it, else Debian's kate-syntax-highlighter out of process when installed
// (KateHighlighter), else SourceHighlighter; callers need not care which. Returns
// nullptr for plain text. The highlighter is a child of document.
QSyntaxHighlighter *createHighlighter(SourceSyntax syntax, QTextDocument *document,
                                      const QPalette &palette);

// Our own small highlighter for the builds without KSyntaxHighlighting: JSON, CSV, Markdown and
// HTML/XML, enough to read an export's structure at a glance. Colours come from the palette so
// that they read on light and dark backgrounds alike.
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SourceHighlighter(SourceSyntax syntax, QTextDocument *document, const QPalette &palette);

    SourceSyntax syntax() const { return m_syntax; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = -1, InQuotedField = 1, InComment, InTag, InCodeFence, InFrontMatter };

    void highlightJson(const QString &text);
    void highlightCsv(const QString &text);
    void highlightMarkdown(const QString &text);
    void highlightHtml(const QString &text);

    SourceSyntax m_syntax;
    QTextCharFormat m_key;      // JSON keys, HTML tag names, Markdown headings
    QTextCharFormat m_string;   // strings, quoted fields, attribute values
    QTextCharFormat m_number;   // numbers, entities
    QTextCharFormat m_literal;  // true, false, null; attribute names; links
    QTextCharFormat m_comment;  // HTML comments
    QTextCharFormat m_punct;    // separators, brackets, Markdown markers
    QTextCharFormat m_code;     // Markdown code
    QTextCharFormat m_emphasis; // Markdown emphasis
};

} // namespace counterpoint::ui
