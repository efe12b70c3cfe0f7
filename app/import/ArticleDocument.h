#pragma once

#include "domain/Article.h"

#include <QTextDocument>

#include <memory>

namespace counterpoint {

// A QTextDocument that never loads anything on its own: no images, stylesheets or linked files
// from disk or network. Articles are rendered through it so their text can't reach outside.
class SandboxedTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// Renders an article's original bytes the one way the reader and the importer both use, so that
// document positions and canonical text offsets are the same numbers.
namespace ArticleDocument {

// Fills document with the article's rendered content (Markdown and HTML rendered, text as is).
void render(const Article &article, QTextDocument &document);
std::unique_ptr<QTextDocument> create(const Article &article);

// The canonical plain text of a rendered document: one character per document position, with
// paragraph and line separators as '\n' and no-break spaces as ' '.
QString canonicalText(const QTextDocument &document);

} // namespace ArticleDocument

} // namespace counterpoint
