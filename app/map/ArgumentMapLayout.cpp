#include "ArgumentMapLayout.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace counterpoint {

namespace {

// What answers a claim (rebuts or supports it) is placed below it; cites and "same claim as"
// are drawn but do not order the layers.
bool ordersLayers(RelationKind kind)
{
    return kind == RelationKind::Rebuts || kind == RelationKind::Supports;
}

// Slots spread the routes that share a channel over its middle part, so they stay apart but
// never leave the channel: at most 0.3 of its width either side of its middle.
qreal slotOffset(int slot, qreal channelWidth)
{
    return ((slot % 7) - 3) * channelWidth / 10;
}

} // namespace

ArgumentMapLayout::ArgumentMapLayout(SizeFunction size, MapSpacing spacing)
    : m_size(std::move(size))
    , m_spacing(spacing)
{}

QHash<QUuid, int> ArgumentMapLayout::layersOf(const QList<Annotation> &annotations,
                                              const QList<Relation> &relations)
{
    QHash<QUuid, AnnotationKind> kinds;
    for (const Annotation &a : annotations)
        kinds.insert(a.id, a.kind);
    QHash<QUuid, int> layer;
    for (const Annotation &a : annotations)
        layer.insert(a.id, a.kind == AnnotationKind::Claim ? 0 : 1);

    // Longest chains of answers, by relaxation; the cap on the layer cuts cycles.
    QList<const Relation *> answers;
    for (const Relation &r : relations) {
        if (!ordersLayers(r.kind) || !kinds.contains(r.fromId) || !kinds.contains(r.toId) ||
            r.fromId == r.toId)
            continue;
        const AnnotationKind from = kinds.value(r.fromId);
        if (from == AnnotationKind::Claim || from == AnnotationKind::Source ||
            kinds.value(r.toId) == AnnotationKind::Source)
            continue;
        answers.append(&r);
    }
    const int cap = int(annotations.size());
    for (bool changed = true; changed;) {
        changed = false;
        for (const Relation *r : std::as_const(answers)) {
            const int wanted = layer.value(r->toId) + 1;
            if (wanted > layer.value(r->fromId) && wanted <= cap) {
                layer[r->fromId] = wanted;
                changed = true;
            }
        }
    }
    int deepest = -1;
    for (const Annotation &a : annotations) {
        if (a.kind != AnnotationKind::Source)
            deepest = std::max(deepest, layer.value(a.id));
    }
    for (const Annotation &a : annotations) {
        if (a.kind == AnnotationKind::Source)
            layer[a.id] = deepest + 1;
    }
    // No empty layers: number the used ones 0, 1, 2, …
    QList<int> used = layer.values();
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (auto it = layer.begin(); it != layer.end(); ++it)
        it.value() = int(std::lower_bound(used.cbegin(), used.cend(), it.value()) - used.cbegin());
    return layer;
}

ArgumentMap ArgumentMapLayout::layout(const QList<Annotation> &givenAnnotations,
                                      const QList<Relation> &givenRelations) const
{
    // The map must not move when the list that hands it its annotations is sorted another way:
    // whatever would otherwise go in the order given goes by article, position and id, and the
    // relations by time and id.
    QList<Annotation> annotations = givenAnnotations;
    std::sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        return std::tie(a.articleId, a.start, a.end, a.id) <
               std::tie(b.articleId, b.start, b.end, b.id);
    });
    QList<Relation> relations = givenRelations;
    std::sort(relations.begin(), relations.end(), [](const Relation &a, const Relation &b) {
        return std::tie(a.created, a.id) < std::tie(b.created, b.id);
    });

    ArgumentMap map;
    if (annotations.isEmpty())
        return map;
    const MapSpacing &s = m_spacing;
    map.layers = layersOf(annotations, relations);
    const int layerCount = 1 + *std::max_element(map.layers.cbegin(), map.layers.cend());

    // Lanes: actors with the most claims first, then the most annotations, then as they come;
    // annotations that name nobody last.
    QList<QUuid> actors;
    QHash<QUuid, QPair<int, int>> weight; // claims, annotations
    for (const Annotation &a : annotations) {
        if (!weight.contains(a.actorId))
            actors.append(a.actorId);
        auto &w = weight[a.actorId];
        w.first += a.kind == AnnotationKind::Claim ? 1 : 0;
        w.second += 1;
    }
    std::stable_sort(actors.begin(), actors.end(), [&](const QUuid &x, const QUuid &y) {
        if (x.isNull() != y.isNull())
            return y.isNull();
        return weight.value(x) > weight.value(y);
    });
    // Then each next lane is the actor most linked to the lanes placed so far, so that related
    // actors sit side by side and routes stay short.
    QHash<QUuid, QUuid> actorOf;
    for (const Annotation &a : annotations)
        actorOf.insert(a.id, a.actorId);
    QHash<QPair<QUuid, QUuid>, int> links;
    for (const Relation &r : relations) {
        if (!actorOf.contains(r.fromId) || !actorOf.contains(r.toId))
            continue;
        const QUuid x = actorOf.value(r.fromId);
        const QUuid y = actorOf.value(r.toId);
        if (x != y) {
            ++links[qMakePair(x, y)];
            ++links[qMakePair(y, x)];
        }
    }
    for (qsizetype placed = 1; placed < actors.size(); ++placed) {
        qsizetype best = placed;
        int bestLinks = -1;
        for (qsizetype candidate = placed; candidate < actors.size(); ++candidate) {
            if (actors.at(candidate).isNull())
                continue; // nobody's lane stays last
            int count = 0;
            for (qsizetype p = 0; p < placed; ++p)
                count += links.value(qMakePair(actors.at(p), actors.at(candidate))) *
                         int(placed - p); // the latest lanes count most
            if (count > bestLinks) {
                bestLinks = count;
                best = candidate;
            }
        }
        actors.move(best, placed);
    }
    QHash<QUuid, int> laneOf;
    for (int i = 0; i < actors.size(); ++i)
        laneOf.insert(actors.at(i), i);
    const int laneCount = int(actors.size());

    // Cells: one lane and one layer each, their nodes stacked.
    QHash<QUuid, QSizeF> sizes;
    QHash<QUuid, int> laneOfNode;
    std::map<std::pair<int, int>, QList<const Annotation *>> cells; // (layer, lane) → nodes
    QList<qreal> laneWidth(laneCount, 0);
    for (const Annotation &a : annotations) {
        const QSizeF size = m_size(a).expandedTo(QSizeF(1, 1));
        sizes.insert(a.id, size);
        const int lane = laneOf.value(a.actorId);
        laneOfNode.insert(a.id, lane);
        laneWidth[lane] = std::max(laneWidth[lane], size.width());
        cells[{map.layers.value(a.id), lane}].append(&a);
    }
    QList<qreal> rowHeight(layerCount, 0);
    for (const auto &[key, nodes] : cells) {
        qreal height = -s.nodeGap;
        for (const Annotation *a : nodes)
            height += sizes.value(a->id).height() + s.nodeGap;
        rowHeight[key.first] = std::max(rowHeight[key.first], height);
    }
    QList<qreal> laneX(laneCount);
    qreal x = s.margin + s.laneGap / 2;
    for (int lane = 0; lane < laneCount; ++lane) {
        laneX[lane] = x;
        x += laneWidth[lane] + s.laneGap;
    }
    QList<qreal> rowTop(layerCount);
    qreal y = s.margin + s.headerHeight + s.layerGap;
    for (int layer = 0; layer < layerCount; ++layer) {
        rowTop[layer] = y;
        y += rowHeight[layer] + s.layerGap;
    }
    const qreal bottom = y - s.layerGap;

    // Stacking order in a cell: by the mean height of the nodes each is related to that are
    // placed already (earlier layers, or earlier lanes of this one), so links cross less.
    QMultiHash<QUuid, QUuid> partners;
    for (const Relation &r : relations) {
        partners.insert(r.fromId, r.toId);
        partners.insert(r.toId, r.fromId);
    }
    for (auto &[key, nodes] : cells) {
        QHash<QUuid, qreal> meanY;
        for (const Annotation *a : std::as_const(nodes)) {
            qreal sum = 0;
            int count = 0;
            for (auto it = partners.constFind(a->id); it != partners.cend() && it.key() == a->id;
                 ++it) {
                if (map.nodes.contains(it.value())) {
                    sum += map.nodes.value(it.value()).center().y();
                    ++count;
                }
            }
            meanY.insert(a->id, count > 0 ? sum / count : std::numeric_limits<qreal>::max());
        }
        std::stable_sort(nodes.begin(), nodes.end(), [&](const Annotation *p, const Annotation *q) {
            return meanY.value(p->id) < meanY.value(q->id);
        });
        const auto [layer, lane] = key;
        qreal top = rowTop[layer];
        for (const Annotation *a : std::as_const(nodes)) {
            const QSizeF size = sizes.value(a->id);
            map.nodes.insert(
                a->id,
                QRectF(QPointF(laneX[lane] + (laneWidth[lane] - size.width()) / 2, top), size));
            top += size.height() + s.nodeGap;
        }
    }
    for (int lane = 0; lane < laneCount; ++lane)
        map.lanes.append({actors.at(lane), QRectF(laneX[lane], s.margin, laneWidth[lane],
                                                  bottom + s.layerGap / 2 - s.margin)});

    // Routes run in the channels: vertical ones between lanes (channel i left of lane i, the
    // last right of the last lane) and horizontal ones between layers (channel j above layer j,
    // the last below the last layer). No node lies in a channel, and within its own lane a node
    // is alone at its height, so no route crosses a node.
    auto verticalChannel = [&](int i) {
        return i < laneCount ? laneX[i] - s.laneGap / 2
                             : laneX[laneCount - 1] + laneWidth[laneCount - 1] + s.laneGap / 2;
    };
    auto horizontalChannel = [&](int j) {
        return j < layerCount ? rowTop[j] - s.layerGap / 2 : bottom + s.layerGap / 2;
    };
    QHash<int, int> verticalSlots;
    QHash<int, int> horizontalSlots;
    for (const Relation &r : relations) {
        if (r.fromId == r.toId || !map.nodes.contains(r.fromId) || !map.nodes.contains(r.toId))
            continue;
        const QRectF from = map.nodes.value(r.fromId);
        const QRectF to = map.nodes.value(r.toId);
        const int laneA = laneOfNode.value(r.fromId);
        const int laneB = laneOfNode.value(r.toId);
        const int layerA = map.layers.value(r.fromId);
        const int layerB = map.layers.value(r.toId);
        const bool rightward = laneA <= laneB;
        const int channelA = rightward ? laneA + 1 : laneA;
        const int channelB = laneA == laneB ? channelA : (rightward ? laneB : laneB + 1);
        const qreal xA =
            verticalChannel(channelA) + slotOffset(verticalSlots[channelA]++, s.laneGap);
        const QPointF start(rightward ? from.right() : from.left(), from.center().y());
        const bool enterLeft = laneA != laneB && rightward;
        const QPointF end(enterLeft ? to.left() : to.right(), to.center().y());

        ArgumentMap::Route route{r.id, r.fromId, r.toId, r.kind, {}, {}};
        if (channelA == channelB) {
            route.points = {start, {xA, start.y()}, {xA, end.y()}, end};
            route.labelAnchor = {xA, (start.y() + end.y()) / 2};
        } else {
            const int row = layerA < layerB ? layerB : (layerA > layerB ? layerB + 1 : layerB);
            const qreal yG =
                horizontalChannel(row) + slotOffset(horizontalSlots[row]++, s.layerGap);
            const qreal xB =
                verticalChannel(channelB) + slotOffset(verticalSlots[channelB]++, s.laneGap);
            route.points = {start, {xA, start.y()}, {xA, yG}, {xB, yG}, {xB, end.y()}, end};
            route.labelAnchor = {(xA + xB) / 2, yG};
        }
        map.routes.append(route);
    }

    QRectF bounds;
    for (const ArgumentMap::Lane &lane : std::as_const(map.lanes))
        bounds |= lane.rect;
    for (const ArgumentMap::Route &route : std::as_const(map.routes))
        bounds |= route.points.boundingRect();
    map.bounds = bounds.adjusted(-s.margin, -s.margin, s.margin, s.margin);
    return map;
}

} // namespace counterpoint
