#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextDocument;

namespace counterpoint {

// One paragraph of a PDF's text as its layout tells it: the words of consecutive lines of one
// size with no more than a line's gap between them.
struct PdfParagraph
{
    QString text;
    int page = 1;         // 1-based
    bool heading = false; // set in a larger type than the body, and short
};

struct PdfContent
{
    QList<PdfParagraph> paragraphs; // in reading order
    int pageCount = 0;
    QString title;
    QString author;
    QString created; // the document's creation date, ISO 8601, empty when it gives none

    // The canonical text: the paragraphs, one per line.
    QString text() const;
    // Where each page begins in text(); a page without text begins where the next one does.
    QList<int> pageStarts() const;
};

// Reads the text of a PDF through poppler: only its text and information dictionary. Nothing
// in the file is run (no JavaScript, no forms) or followed (no links, no embedded files).
namespace PdfText {

// Whether bytes are a PDF by their content: "%PDF-" within the first kilobyte, as readers
// accept it, whatever the file is called.
bool looksLikePdf(const QByteArray &bytes);

// fileName is only used in messages. A PDF whose pages hold no text (a scan) is refused with a
// message saying so.
Result<PdfContent> read(const QByteArray &bytes, const QString &fileName);

// Fills document with the paragraphs, headings as headings: one block per paragraph, so that
// the document's positions are the offsets of text().
void render(const PdfContent &content, QTextDocument &document);

} // namespace PdfText

} // namespace counterpoint
