#pragma once

#include <QGraphicsItem>

namespace counterpoint::ui {

struct MapStyle;

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

} // namespace counterpoint::ui
