#include "MapCanvas.h"

#include "ui/map/ArgumentMapView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace counterpoint::ui {

MapCanvas::MapCanvas(QGraphicsScene *scene, ArgumentMapView *map)
    : QGraphicsView(scene, map)
    , m_map(map)
{}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            m_map->zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedAt = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_pressedAt &&
        (event->position().toPoint() - *m_pressedAt).manhattanLength() <
            QApplication::startDragDistance() &&
        clicked)
        clicked(event->position().toPoint());
    m_pressedAt.reset();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (keyPressed && keyPressed(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace counterpoint::ui
