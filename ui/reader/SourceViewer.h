#pragma once

#include "domain/Article.h"

#include <QDialog>

class QPlainTextEdit;
class QSyntaxHighlighter;

namespace counterpoint::ui {

// View › Source: an article's file exactly as it was imported (HTML, Markdown or text),
// read-only, highlighted, in a fixed-width font.
class SourceViewer final : public QDialog
{
    Q_OBJECT

public:
    explicit SourceViewer(const Article &article, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

private:
    QPlainTextEdit *m_text = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace counterpoint::ui
