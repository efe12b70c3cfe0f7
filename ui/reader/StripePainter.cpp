#include "StripePainter.h"

#include "ui/common/KindStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace counterpoint::ui {

StripePainter::StripePainter(const QFont &labelFont)
    : m_font(labelFont)
{
    // Everything scales with the label's type, so the stripes keep their look at any text size
    // and on paper.
    const QFontMetricsF metrics(m_font);
    m_lineHeight = metrics.height();
    m_charWidth = metrics.averageCharWidth();
    m_bar = std::max(3.0, m_lineHeight / 4);
    m_column = m_bar + std::max(2.0, m_lineHeight / 5);
    m_gap = std::max(3.0, m_lineHeight / 3);
}

qreal StripePainter::minimumLabelWidth() const
{
    return m_charWidth * 6;
}

qreal StripePainter::maximumLabelWidth() const
{
    return m_charWidth * 18;
}

qreal StripePainter::width(int columns, qreal labelWidth) const
{
    return (labelWidth > 0 ? labelWidth + m_gap : 0) + columns * m_column + m_gap;
}

QColor StripePainter::barColor(AnnotationKind kind, bool dark)
{
    // As the highlights have it (ArticleView::highlightFormat): lighter on a dark page.
    const QColor color = KindStyle::color(kind);
    return dark ? color.lighter(125) : color;
}

void StripePainter::place(QList<Stripe> &stripes, const QRectF &area, int columns,
                          qreal labelWidth) const
{
    // Column 0 nearest the text; wider sets of columns than the area holds are squeezed.
    const qreal barsRight = area.right() - m_gap;
    const qreal room = area.width() - m_gap - (labelWidth > 0 ? labelWidth + m_gap : 0);
    const qreal column = columns > 0 ? std::min(m_column, std::max(1.0, room) / columns) : m_column;
    const qreal bar = std::min(m_bar, std::max(1.0, column - 1));
    for (Stripe &stripe : stripes) {
        const qreal right = barsRight - stripe.column * column;
        const qreal top = std::max(stripe.top, area.top() - 2);
        const qreal bottom = std::min(stripe.bottom, area.bottom() + 2);
        stripe.bar = QRectF(right - bar, top + 1, bar, std::max(2.0, bottom - top - 2));
        stripe.labelRect = {};
        stripe.shownLabel.clear();
    }
    if (labelWidth < minimumLabelWidth())
        return;
    // Top to bottom; at the same height the column nearest the text first.
    QList<Stripe *> order;
    for (Stripe &stripe : stripes) {
        if (!stripe.label.isEmpty())
            order.append(&stripe);
    }
    std::stable_sort(order.begin(), order.end(), [](const Stripe *a, const Stripe *b) {
        return a->bar.top() != b->bar.top() ? a->bar.top() < b->bar.top() : a->column < b->column;
    });
    const QFontMetricsF metrics(m_font);
    qreal free = area.top();
    for (Stripe *stripe : std::as_const(order)) {
        const qreal y = std::max({stripe->bar.top(), area.top(), free});
        // Where there is room: beside its own bar, never running past the bar's end.
        if (y + m_lineHeight > std::max(stripe->bar.bottom() + 1, stripe->bar.top() + m_lineHeight))
            continue;
        stripe->labelRect = QRectF(area.left(), y, labelWidth, m_lineHeight);
        stripe->shownLabel = metrics.elidedText(stripe->label, Qt::ElideRight, labelWidth);
        free = y + m_lineHeight;
    }
}

void StripePainter::paint(QPainter &painter, const QList<Stripe> &stripes, const QPalette &palette,
                          bool dark) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    // The leaders first, so that bars are drawn over the ones that cross them.
    for (const Stripe &stripe : stripes) {
        if (stripe.labelRect.isEmpty())
            continue;
        QColor leader = barColor(stripe.kind, dark);
        leader.setAlpha(stripe.current ? 255 : 150);
        painter.setPen(QPen(leader, 1));
        const qreal y = stripe.labelRect.center().y();
        painter.drawLine(QPointF(stripe.labelRect.right() + 1, y), QPointF(stripe.bar.left(), y));
    }
    for (const Stripe &stripe : stripes) {
        QColor color = barColor(stripe.kind, dark);
        QRectF bar = stripe.bar;
        if (stripe.current) {
            // The annotation the inspector shows stands out, as its highlight does.
            bar.adjust(-1, 0, 1, 0);
            painter.setPen(QPen(palette.color(QPalette::Text), 1));
        } else {
            painter.setPen(Qt::NoPen);
        }
        painter.setBrush(color);
        painter.drawRoundedRect(bar, bar.width() / 2, bar.width() / 2);
    }
    for (const Stripe &stripe : stripes) {
        if (stripe.labelRect.isEmpty())
            continue;
        QColor ink = palette.color(QPalette::Text);
        if (!stripe.current)
            ink.setAlpha(190);
        painter.setPen(ink);
        painter.drawText(stripe.labelRect, Qt::AlignRight | Qt::AlignVCenter, stripe.shownLabel);
    }
    painter.restore();
}

} // namespace counterpoint::ui
