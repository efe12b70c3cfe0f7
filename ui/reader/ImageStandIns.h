#pragma once

#include <QtGlobal>

class QByteArray;
class QFont;
class QPalette;
class QTextDocument;

namespace counterpoint::ui {

// An article's pictures are never loaded (ArticleView), and Qt would draw a broken-picture
// glyph where each one was. Instead each picture becomes its alt text, in the placeholder
// colour, or nothing when it has none (issue 20, defect 11). The document keeps one character
// per picture, so no range in the article moves. scale: the device's dots per screen pixel
// (a printer's resolution over 96 dpi), for text that stays sharp there.
void putImageStandIns(QTextDocument &document, const QByteArray &original, const QFont &font,
                      const QPalette &palette, qreal scale = 1.0);

} // namespace counterpoint::ui
