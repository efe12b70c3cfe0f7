#pragma once

#include <QList>
#include <QString>

class QFont;
class QPainter;
class QPdfWriter;

namespace counterpoint::exporting {

// A figure for the PDF report: a standalone SVG document with its title above it and its caption
// below, both already made drawable in the report's fonts.
struct SvgFigure
{
    QString title;
    QString svg;
    QString caption;
};

// Draws the figures on new portrait pages after what the painter has drawn, stacked down each
// page: as vectors (so they print sharp), never wider than the page, never split across pages.
// A figure fullWidth wide (in its SVG units) fills the page's width; a narrower one is drawn at
// the same scale, so that every figure's lettering comes out the same size. Kept apart from the
// rest of the report (its own small library) so that only it needs Qt SVG.
void paintSvgPages(QPdfWriter &writer, QPainter &painter, const QFont &font,
                   const QList<SvgFigure> &figures, qreal fullWidth);

} // namespace counterpoint::exporting
