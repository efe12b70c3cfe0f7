#pragma once

#include "map/ArgumentMapLayout.h"

#include <QPainterPath>

#include <QGraphicsItem>

namespace counterpoint::ui {

struct MapStyle;

// One relation: an arrow along its route from one card's border to the other's, named at the
// middle.
class MapEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    MapEdgeItem(const ArgumentMap::Route &route, const MapStyle *style);

    QUuid relationId() const { return m_route.relationId; }
    QUuid fromId() const { return m_route.fromId; }
    QUuid toId() const { return m_route.toId; }
    RelationKind kind() const { return m_route.kind; }
    QRectF labelRect() const { return m_labelRect; }
    // The segment of the route the label sits on, and a place along it.
    QLineF labelSegment() const;
    void setLabelCenter(const QPointF &center);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ArgumentMap::Route m_route;
    const MapStyle *m_style;
    QString m_label;
    QPainterPath m_line;
    QPolygonF m_head;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace counterpoint::ui
