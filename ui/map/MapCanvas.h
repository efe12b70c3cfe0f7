#pragma once

#include <QGraphicsView>

#include <functional>
#include <optional>

namespace counterpoint::ui {

class ArgumentMapView;

// The map's drawing surface: pans by dragging anywhere, zooms with Ctrl and the wheel, reports a
// click (a press and release without a drag) on a card.
class MapCanvas final : public QGraphicsView
{
public:
    MapCanvas(QGraphicsScene *scene, ArgumentMapView *map);

    std::function<void(const QPoint &)> clicked;
    std::function<bool(QKeyEvent *)> keyPressed;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ArgumentMapView *m_map;
    std::optional<QPoint> m_pressedAt;
};

} // namespace counterpoint::ui
