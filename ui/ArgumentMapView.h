#pragma once

#include "domain/Kinds.h"
#include "domain/Result.h"
#include "map/ArgumentMapLayout.h"

#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;
class QGraphicsScene;
class QGraphicsView;
class QTimer;

namespace counterpoint {
class Project;
}

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;
class MapCanvas;

// The fonts and colours every item of one map draws with, taken from the view's font and palette
// when the map is laid out, so that the map and its exports follow light and dark palettes alike.
struct MapStyle
{
    QFont quoteFont;
    QFont smallFont;  // article titles, relation labels
    QFont headerFont; // actors' names above their lanes
    QPalette palette;
};

// One claim, counterclaim or source: a card in its kind's colour with the start of its quote and
// the title of its article.
class MapNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    struct Content
    {
        QUuid id;
        AnnotationKind kind = AnnotationKind::Claim;
        QString quote;
        QString articleTitle;
        QString actorName;
    };

    MapNodeItem(Content content, const QRectF &rect, const MapStyle *style);

    // How big the card of this quote is, for the layout: a fixed width, as many lines as the
    // quote needs up to a few.
    static QSizeF sizeFor(const QString &quote, const MapStyle &style);
    // The quote broken into the lines drawn on a card, the last one elided when it goes on.
    static QStringList quoteLines(const QString &quote, const MapStyle &style);

    QUuid annotationId() const { return m_content.id; }
    AnnotationKind kind() const { return m_content.kind; }
    QStringList lines() const { return m_lines; }
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Content m_content;
    QRectF m_rect;
    QStringList m_lines;
    const MapStyle *m_style;
    bool m_current = false;
};

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

// The band of one actor's cards, the actor's name at its top.
class MapLaneItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    MapLaneItem(const QString &name, const QRectF &rect, const MapStyle *style);

    QString name() const { return m_name; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_name;
    QRectF m_rect;
    const MapStyle *m_style;
};

// The argument map of a project: its claims, counterclaims and sources as cards in one lane per
// actor, its relations as labelled arrows, laid out by ArgumentMapLayout. Shows every such
// annotation or only those the annotation list shows. Follows the project's changes, laying the
// map out again once per burst of changes and only while it is visible.
class ArgumentMapView final : public QWidget
{
    Q_OBJECT

public:
    explicit ArgumentMapView(QWidget *parent = nullptr);
    ~ArgumentMapView() override;

    // The annotations come from the list's model, which follows the project already; nullptr
    // empties the map.
    void setProject(Project *project, AnnotationTableModel *annotations,
                    AnnotationFilterModel *filter);

    QGraphicsView *canvas() const;
    QGraphicsScene *scene() const { return m_scene; }
    QAction *followFilterAction() const { return m_followFilter; }
    QAction *exportAction() const { return m_export; }

    bool followsFilter() const;
    void setFollowsFilter(bool follow);

    QList<MapNodeItem *> nodeItems() const;
    QList<MapEdgeItem *> edgeItems() const;
    MapNodeItem *nodeItem(const QUuid &id) const { return m_nodes.value(id); }
    int layoutCount() const { return m_layoutCount; }

    void setCurrentAnnotation(const QUuid &id);
    // Lays the map out now if anything changed since it last was.
    void refreshNow();

    void zoomBy(qreal factor);
    void fitToView();
    qreal zoom() const;

    // Write the whole map, whatever part of it is on screen, to path: replaced at once, or not
    // at all when writing fails.
    Status exportSvg(const QString &path);
    Status exportPng(const QString &path);
    // Asks where to, then writes SVG or PNG by the name's suffix; reports failures through
    // errorOccurred.
    void chooseExport();

signals:
    void annotationActivated(const QUuid &id); // clicked, or Enter on the current card
    void annotationSelected(const QUuid &id);  // moved to with the arrow keys
    void errorOccurred(const QString &title, const QString &message);
    void laidOut();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void updateStyle();
    void moveCurrent(int dx, int dy);
    MapNodeItem *nodeAt(const QPoint &viewportPosition) const;
    void paintMap(QPainter *painter, const QRectF &target) const;

    QPointer<Project> m_project;
    QPointer<AnnotationTableModel> m_annotations;
    QPointer<AnnotationFilterModel> m_filter;
    QGraphicsScene *m_scene = nullptr;
    MapCanvas *m_canvas = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_followFilter = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_export = nullptr;
    MapStyle m_style;
    QHash<QUuid, MapNodeItem *> m_nodes;
    QUuid m_current;
    bool m_stale = true;
    bool m_fitPending = true; // a new project is shown whole, once
    int m_layoutCount = 0;
};

} // namespace counterpoint::ui
