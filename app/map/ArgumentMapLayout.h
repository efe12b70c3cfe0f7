#pragma once

#include "domain/Annotation.h"
#include "domain/Relation.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QUuid>

#include <functional>

namespace counterpoint {

// Where an argument map's parts go: a rectangle per annotation, a lane per actor, a route per
// relation. Pure geometry, for a QGraphicsScene or an SVG writer to draw.
struct ArgumentMap
{
    // The band of one actor's nodes, with room at its top (headerHeight) for the actor's name.
    struct Lane
    {
        QUuid actorId; // null: annotations that name nobody
        QRectF rect;
    };
    // A relation drawn as a polyline of horizontal and vertical segments from the side of one
    // node to the side of the other, through the free space between lanes and layers.
    struct Route
    {
        QUuid relationId;
        QUuid fromId;
        QUuid toId;
        RelationKind kind = RelationKind::Rebuts;
        QPolygonF points;    // first on the from node's edge, last on the to node's edge
        QPointF labelAnchor; // the middle of the middle segment: a place for the kind's name
    };

    QHash<QUuid, QRectF> nodes;
    QHash<QUuid, int> layers; // 0 = claims, then what answers them, sources last
    QList<Lane> lanes;
    QList<Route> routes;
    QRectF bounds; // everything above, margins included
};

// Room around and between the parts of an argument map, in scene units.
struct MapSpacing
{
    qreal margin = 24;
    qreal headerHeight = 28; // above each lane's first layer, for the actor's name
    qreal nodeGap = 16;      // between nodes stacked in one cell
    qreal laneGap = 64;      // between lanes: the vertical channels routes run in
    qreal layerGap = 64;     // between layers: the horizontal channels
};

// Lays out annotations and their relations as a layered map: claims in the first layer, what
// rebuts or supports them below (and what answers those further down), sources last; one lane
// (column) per actor. Nodes of one lane and layer stack in a cell, cells never share space, so
// no two nodes overlap whatever their sizes. Relations whose ends are not both shown are left out.
class ArgumentMapLayout final
{
public:
    using SizeFunction = std::function<QSizeF(const Annotation &)>;

    explicit ArgumentMapLayout(SizeFunction size, MapSpacing spacing = {});

    ArgumentMap layout(const QList<Annotation> &annotations,
                       const QList<Relation> &relations) const;

    // The layer of each annotation by the rule above; cycles of answers are cut.
    static QHash<QUuid, int> layersOf(const QList<Annotation> &annotations,
                                      const QList<Relation> &relations);

private:
    SizeFunction m_size;
    MapSpacing m_spacing;
};

} // namespace counterpoint
