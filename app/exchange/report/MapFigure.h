#pragma once

#include "ReportOutline.h"
#include "map/ArgumentMapLayout.h"

#include <QColor>
#include <QStringList>

class QPainter;

namespace counterpoint::exporting {

// The argument map of a report as a figure: the layout the map view uses (ArgumentMapLayout),
// with cards sized from the text alone (no font metrics), so that the command line, a test and
// the window draw the same figure. Drawn as SVG for HTML and with a QPainter (vector) for PDF.
struct MapFigure
{
    struct Card
    {
        QString heading; // "12 · Claim"
        QStringList lines;
        AnnotationKind kind = AnnotationKind::Claim;
        bool orphaned = false;
    };

    ArgumentMap map;
    QList<QUuid> order; // the cards in report order, for output that does not vary
    QHash<QUuid, Card> cards;
    QHash<QUuid, QString> laneNames;
    // Why there is no figure (too many annotations for one); empty when there is one.
    QString leftOut;

    bool isEmpty() const { return map.nodes.isEmpty(); }
};

// Above this many annotations the report leaves the figure out and says so.
constexpr int mostAnnotationsInMapFigure = 400;

MapFigure makeMapFigure(const ExportData &data, const ReportOutline &outline);

// An <svg> element (no XML declaration), to stand inline in the HTML report.
QString mapSvg(const MapFigure &figure, const QString &title);

// Draws the figure into target (in the painter's units), scaled to fit and centred.
void paintMap(QPainter &painter, const MapFigure &figure, const QRectF &target);

QColor kindColor(AnnotationKind kind);

// The fonts the report prints with, in the order asked (see ReportWriter.cpp).
QStringList reportFontFamilies();

} // namespace counterpoint::exporting
