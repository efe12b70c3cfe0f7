#include "MapEdgeItem.h"

#include "ui/map/MapStyle.h"
#include "ui/reader/PaneConnectors.h"

#include <QPainter>

#include <algorithm>

namespace counterpoint::ui {

MapEdgeItem::MapEdgeItem(const ArgumentMap::Route &route, const MapStyle *style)
    : m_route(route)
    , m_style(style)
    , m_label(displayName(route.kind).toLower())
{
    setZValue(1);
    const QPolygonF &points = m_route.points;
    constexpr qreal headLength = 9;
    constexpr qreal headHalfWidth = 4.5;
    if (points.size() >= 2) {
        // The line stops where the arrowhead starts, so the head's tip alone touches the card.
        const QPointF tip = points.last();
        QLineF last(points.at(points.size() - 2), tip);
        const QPointF unit = last.length() > 0 ? (tip - last.p1()) / last.length() : QPointF();
        const QPointF normal(-unit.y(), unit.x());
        const QPointF headBase = tip - unit * headLength;
        m_head =
            QPolygonF({tip, headBase + normal * headHalfWidth, headBase - normal * headHalfWidth});

        // Rounded corners: easier to follow than sharp ones where routes cross.
        m_line.moveTo(points.first());
        for (qsizetype i = 1; i + 1 < points.size(); ++i) {
            const QPointF corner = points.at(i);
            const QLineF in(points.at(i - 1), corner);
            const QLineF out(corner, points.at(i + 1));
            const qreal r = std::min({8.0, in.length() / 2, out.length() / 2});
            if (r <= 0) {
                m_line.lineTo(corner);
                continue;
            }
            m_line.lineTo(corner - (corner - in.p1()) / in.length() * r);
            m_line.quadTo(corner, corner + (out.p2() - corner) / out.length() * r);
        }
        m_line.lineTo(headBase);
    }

    QFontMetricsF metrics(m_style->smallFont);
    m_labelRect.setSize(QSizeF(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 2));
    setLabelCenter(m_route.labelAnchor);
}

QLineF MapEdgeItem::labelSegment() const
{
    const QPolygonF &points = m_route.points;
    const QPointF anchor = m_route.labelAnchor;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QRectF segment =
            QRectF(points.at(i - 1), points.at(i)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (segment.contains(anchor))
            return QLineF(points.at(i - 1), points.at(i));
    }
    return QLineF(anchor, anchor);
}

void MapEdgeItem::setLabelCenter(const QPointF &center)
{
    prepareGeometryChange();
    m_labelRect.moveCenter(center);
    m_bounds = (m_line.boundingRect() | m_head.boundingRect() | m_labelRect).adjusted(-2, -2, 2, 2);
}

QPainterPath MapEdgeItem::shape() const
{
    QPainterPath path;
    path.addRect(m_labelRect);
    path.addPolygon(m_head);
    return path;
}

void MapEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette &palette = m_style->palette;
    const QColor color = relationColor(m_route.kind);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.6);
    if (m_route.kind == RelationKind::SameClaim)
        pen.setStyle(Qt::DashLine); // not an argument, an identity: drawn apart from the others
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);

    // The label on a patch of the background, so it reads over crossing lines.
    painter->setPen(QPen(color, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setFont(m_style->smallFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    painter->restore();
}

} // namespace counterpoint::ui
