#pragma once

#include "ui/reader/SourceHighlighter.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <optional>

namespace counterpoint::ui {

// One line's highlighting as KSyntaxHighlighting gave it: formats over character ranges.
struct HighlightedRun
{
    int start = 0;
    int length = 0;
    QTextCharFormat format;
};
using HighlightedLines = QList<QList<HighlightedRun>>;

// KSyntaxHighlighting out of process, for builds without its KF6 library (Debian 12 has none):
// Debian's `kate-syntax-highlighter` (libkf5syntaxhighlighting-tools) renders the text as HTML
// in a Breeze theme that follows the palette, on a worker thread; until it answers, and for
// whatever it cannot do, the built-in SourceHighlighter highlights. Its `--update`, which
// downloads definitions, is never used.
class KateHighlighter final : public SourceHighlighter
{
    Q_OBJECT

public:
    // The program, when installed (COUNTERPOINT_KATE_HIGHLIGHTER overrides the search, for tests
    // and odd installations; "none" turns it off); empty otherwise.
    static QString program();
    // Larger texts are left to the built-in highlighter: the program's HTML is several times
    // the input, all in memory.
    static constexpr qsizetype maxInputBytes = 2 * 1024 * 1024;
    // The definition kate-syntax-highlighter knows the syntax by; empty when it has none.
    static QString definitionName(SourceSyntax syntax);

    KateHighlighter(SourceSyntax syntax, QTextDocument *document, const QPalette &palette,
                    const QString &program);
    ~KateHighlighter() override;

    // The theme asked for: "Breeze Dark" on a dark palette, "Breeze Light" otherwise.
    QString theme() const { return m_theme; }
    // The program has answered and its formats are applied.
    bool isExternal() const { return m_external; }

    // kate-syntax-highlighter's HTML as formats per line; public for the test.
    static HighlightedLines parseHtml(const QString &html);

signals:
    void externalReady();

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_theme;
    bool m_external = false;
    HighlightedLines m_lines;
    QFutureWatcher<std::optional<HighlightedLines>> m_watcher;
};

} // namespace counterpoint::ui
