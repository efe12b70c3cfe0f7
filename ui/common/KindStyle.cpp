#include "KindStyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace counterpoint::ui::KindStyle {

namespace {

// A swatch painted as a vector at whatever size and scale the style asks for, so it stays sharp
// on high-DPI screens without a bitmap per size.
class SwatchEngine final : public QIconEngine
{
public:
    explicit SwatchEngine(QColor color)
        : m_color(color)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height()) * 0.75;
        QRectF swatch(0, 0, side, side);
        swatch.moveCenter(QRectF(rect).center());
        QColor fill = m_color;
        if (mode == QIcon::Disabled)
            fill.setAlphaF(0.35);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(fill.darker(140), std::max(1.0, side / 12)));
        painter->setBrush(fill);
        painter->drawRoundedRect(swatch, side / 5, side / 5);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SwatchEngine(m_color); }

private:
    QColor m_color;
};

} // namespace

QColor color(AnnotationKind kind)
{
    // Hues that stay apart for the common colour-vision deficiencies (Okabe–Ito palette).
    switch (kind) {
    case AnnotationKind::Claim:
        return QColor(0x00, 0x72, 0xB2); // blue
    case AnnotationKind::Counterclaim:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case AnnotationKind::Source:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case AnnotationKind::Note:
        return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return Qt::gray;
}

QColor highlight(AnnotationKind kind)
{
    QColor c = color(kind);
    c.setAlpha(70);
    return c;
}

QIcon icon(AnnotationKind kind)
{
    return QIcon(new SwatchEngine(color(kind)));
}

QString shortcutKey(AnnotationKind kind)
{
    return QString::number(int(kind) + 1);
}

} // namespace counterpoint::ui::KindStyle
