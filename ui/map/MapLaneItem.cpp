#include "MapLaneItem.h"

#include "ui/map/MapStyle.h"

#include <QPainter>

namespace counterpoint::ui {

MapLaneItem::MapLaneItem(const QString &name, const QRectF &rect, const MapStyle *style)
    : m_name(name)
    , m_rect(rect)
    , m_style(style)
{
    setZValue(0);
}

void MapLaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette &palette = m_style->palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Lanes run a little wider than their cards, into the channels, so the band frames them.
    const QRectF band = m_rect.adjusted(-14, 0, 14, 0);
    painter->setPen(QPen(mix(base, text, 0.12), 1));
    painter->setBrush(mix(base, text, 0.035));
    painter->drawRoundedRect(band, 8, 8);
    painter->setFont(m_style->headerFont);
    painter->setPen(text);
    const QFontMetricsF metrics(m_style->headerFont);
    const QRectF header(band.left() + 10, band.top() + 6, band.width() - 20, metrics.height());
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_name, Qt::ElideRight, header.width()));
    painter->restore();
}

} // namespace counterpoint::ui
