#pragma once

#include "domain/Kinds.h"
#include "domain/Result.h"
#include "ui/map/MapEdgeItem.h"
#include "ui/map/MapLaneItem.h"
#include "ui/map/MapNodeItem.h"
#include "ui/map/MapStyle.h"

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
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

class AnnotationFilterModel;
class AnnotationTableModel;
class MapCanvas;

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

    // The annotations come from the list's model, which follows the project already, and the
    // relations and names from the session's read model; nullptr empties the map.
    void setSession(ProjectSession *session, AnnotationTableModel *annotations,
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
    // The smallest zoom at which the map's text can be read; Fit to View goes no lower.
    qreal legibleZoom() const;
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

    QPointer<ProjectSession> m_session;
    QPointer<Project> m_project; // the session's
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
