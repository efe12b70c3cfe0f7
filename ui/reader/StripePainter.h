#pragma once

#include "domain/Kinds.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QUuid>

class QPainter;
class QPalette;

namespace counterpoint::ui {

// One coding stripe to draw: its column and the lines its passage runs over, in the
// coordinates of the area it is drawn in.
struct Stripe
{
    QUuid id;
    AnnotationKind kind = AnnotationKind::Claim;
    int column = 0;
    qreal top = 0;
    qreal bottom = 0;
    QString label; // the actor and tags; empty for none
    bool current = false;

    // Where place() put it.
    QRectF bar;
    QRectF labelRect;   // empty where there was no room
    QString shownLabel; // elided to the label's room
};

// Draws coding stripes beside a text, on screen and on paper alike: the columns nearest the
// text first, the labels to their left, each at the top of its bar (or of the area, for a bar
// that began above it), never over another label and never below its own bar's end.
class StripePainter final
{
public:
    explicit StripePainter(const QFont &labelFont);

    // Widths, from the label font: a column, a bar in it, the least and most a label takes.
    qreal columnWidth() const { return m_column; }
    qreal barWidth() const { return m_bar; }
    qreal gap() const { return m_gap; } // between the labels and the bars, and bars and text
    qreal minimumLabelWidth() const;
    qreal maximumLabelWidth() const;
    // The width the stripes of so many columns take, with a label room of labelWidth.
    qreal width(int columns, qreal labelWidth) const;

    // Lays out bars and labels in area (its right edge meets the text), labels labelWidth wide
    // (0: none).
    void place(QList<Stripe> &stripes, const QRectF &area, int columns, qreal labelWidth) const;
    // dark: the page is dark, and the kind colours are lightened as the highlights are.
    void paint(QPainter &painter, const QList<Stripe> &stripes, const QPalette &palette,
               bool dark) const;

    static QColor barColor(AnnotationKind kind, bool dark);

private:
    QFont m_font;
    qreal m_column = 7;
    qreal m_bar = 4;
    qreal m_gap = 4;
    qreal m_charWidth = 6;
    qreal m_lineHeight = 12;
};

} // namespace counterpoint::ui
