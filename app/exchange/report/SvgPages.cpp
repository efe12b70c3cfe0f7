#include "SvgPages.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>

namespace counterpoint::exporting {

void paintSvgPages(QPdfWriter &writer, QPainter &painter, const QFont &font,
                   const QList<SvgFigure> &figures, qreal fullWidth)
{
    if (figures.isEmpty())
        return;
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.newPage();
    const QRectF page(QPointF(0, 0),
                      writer.pageLayout().paintRectPixels(writer.resolution()).size());
    QFont heading = font;
    heading.setBold(true);
    heading.setPointSizeF(font.pointSizeF() * 1.2);
    const qreal line = QFontMetricsF(font, &writer).height();
    const qreal gap = 2 * line;
    qreal y = 0;
    for (const SvgFigure &chart : figures) {
        QSvgRenderer renderer(chart.svg.toUtf8());
        if (!renderer.isValid())
            continue;
        const QSizeF natural = renderer.viewBoxF().size();
        const qreal scale = std::min(page.width() / std::max(natural.width(), fullWidth),
                                     (page.height() - 5 * line) / natural.height());
        const QSizeF drawn = natural * scale;
        const QString &caption = chart.caption;
        painter.setFont(font);
        const QRectF captionBox = painter.boundingRect(QRectF(0, 0, page.width(), page.height()),
                                                       Qt::TextWordWrap, caption);
        const qreal needed = 1.5 * line + drawn.height() + line / 2 + captionBox.height();
        if (y > 0 && y + needed > page.height()) {
            writer.newPage();
            y = 0;
        }
        painter.setFont(heading);
        painter.drawText(QPointF(0, y + line), chart.title);
        y += 1.5 * line;
        renderer.render(&painter, QRectF(QPointF(0, y), drawn));
        y += drawn.height() + line / 2;
        painter.setFont(font);
        painter.drawText(QRectF(0, y, page.width(), captionBox.height()), Qt::TextWordWrap,
                         caption);
        y += captionBox.height() + gap;
    }
}

} // namespace counterpoint::exporting
