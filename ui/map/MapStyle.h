#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>

namespace counterpoint::ui {

// The fonts and colours every item of one map draws with, taken from the view's font and palette
// when the map is laid out, so that the map and its exports follow light and dark palettes alike.
struct MapStyle
{
    QFont quoteFont;
    QFont smallFont;  // article titles, relation labels
    QFont headerFont; // actors' names above their lanes
    QPalette palette;
};

// A blend of two colours: b's share is amountOfB (0 to 1).
inline QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1 - amountOfB;
    return QColor::fromRgbF(a.redF() * k + b.redF() * amountOfB,
                            a.greenF() * k + b.greenF() * amountOfB,
                            a.blueF() * k + b.blueF() * amountOfB);
}

inline qreal textHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

} // namespace counterpoint::ui
