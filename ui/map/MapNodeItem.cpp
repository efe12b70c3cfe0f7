#include "MapNodeItem.h"

#include "ui/common/KindStyle.h"
#include "ui/map/MapStyle.h"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace counterpoint::ui {

namespace {

constexpr qreal nodeWidth = 232;
constexpr qreal padding = 8;
constexpr qreal kindBarWidth = 5; // the kind's colour down the card's left side
constexpr int maxQuoteLines = 4;

} // namespace

MapNodeItem::MapNodeItem(Content content, const QRectF &rect, const MapStyle *style)
    : m_content(std::move(content))
    , m_rect(rect)
    , m_lines(quoteLines(m_content.quote, *style))
    , m_style(style)
{
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    QString tip = QStringLiteral("<p><b>%1</b>").arg(displayName(m_content.kind).toHtmlEscaped());
    if (!m_content.actorName.isEmpty())
        tip += QStringLiteral(" · ") + m_content.actorName.toHtmlEscaped();
    tip += QStringLiteral("</p><p>“%1”</p><p><i>%2</i></p>")
               .arg(m_content.quote.toHtmlEscaped(), m_content.articleTitle.toHtmlEscaped());
    setToolTip(tip);
}

QStringList MapNodeItem::quoteLines(const QString &quote, const MapStyle &style)
{
    const QString text = quote.simplified();
    const qreal width = nodeWidth - kindBarWidth - 2 * padding;
    QStringList lines;
    QTextLayout layout(text, style.quoteFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxQuoteLines - 1) {
            // The last line takes the rest of the quote, cut short where it no longer fits.
            const QString rest = text.mid(line.textStart());
            lines.append(QFontMetricsF(style.quoteFont).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

QSizeF MapNodeItem::sizeFor(const QString &quote, const MapStyle &style)
{
    const qreal quoteHeight = quoteLines(quote, style).size() * textHeight(style.quoteFont);
    return {nodeWidth, 2 * padding + quoteHeight + 4 + textHeight(style.smallFont)};
}

void MapNodeItem::setCurrent(bool current)
{
    if (current != m_current) {
        m_current = current;
        update();
    }
}

void MapNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette &palette = m_style->palette;
    const QColor kind = KindStyle::color(m_content.kind);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Borders are drawn inside the rectangle, so that cards never reach past what the layout
    // gave them.
    const qreal border = m_current ? 3 : 1.25;
    const QRectF card = m_rect.adjusted(border / 2, border / 2, -border / 2, -border / 2);
    constexpr qreal radius = 6;
    QPainterPath outline;
    outline.addRoundedRect(card, radius, radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(base, kind, 0.12));
    painter->drawPath(outline);
    // The kind's colour down the left side: the kind reads at a glance even when zoomed out.
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(card.topLeft(), QSizeF(kindBarWidth, card.height())), kind);
    painter->restore();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_current ? palette.color(QPalette::Highlight) : kind, border));
    painter->drawPath(outline);

    const qreal left = m_rect.left() + kindBarWidth + padding;
    const qreal width = m_rect.width() - kindBarWidth - 2 * padding;
    QFontMetricsF quoteMetrics(m_style->quoteFont);
    painter->setFont(m_style->quoteFont);
    painter->setPen(text);
    qreal y = m_rect.top() + padding;
    for (const QString &line : std::as_const(m_lines)) {
        painter->drawText(QPointF(left, y + quoteMetrics.ascent()), line);
        y += quoteMetrics.height();
    }
    QFontMetricsF smallMetrics(m_style->smallFont);
    painter->setFont(m_style->smallFont);
    painter->setPen(mix(text, base, 0.4));
    painter->drawText(QPointF(left, y + 4 + smallMetrics.ascent()),
                      smallMetrics.elidedText(m_content.articleTitle, Qt::ElideRight, width));
    painter->restore();
}

} // namespace counterpoint::ui
