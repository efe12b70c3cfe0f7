#include "MapFigure.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace counterpoint::exporting {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

constexpr qreal cardWidth = 220;
constexpr qreal lineHeight = 14;
constexpr qreal padding = 6;
constexpr int charactersPerLine = 34;
constexpr int mostLines = 4;

// The quote broken at spaces into lines of about charactersPerLine, the last one elided.
QStringList wrap(const QString &quote)
{
    QStringList lines;
    QString line;
    const QStringList words = quote.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (word.size() > charactersPerLine)
            word = word.left(charactersPerLine - 1) + u'…';
        if (!line.isEmpty() && line.size() + 1 + word.size() > charactersPerLine) {
            lines.append(line);
            line.clear();
            if (lines.size() == mostLines) {
                lines.last() = lines.last().left(charactersPerLine - 1) + u'…';
                return lines;
            }
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qreal value)
{
    return QString::number(value, 'f', 1);
}

const QString fontFamilies = QStringLiteral(
    "'DejaVu Sans', 'Noto Sans', 'Droid Sans Fallback', Symbola, 'Unifont Upper', Unifont, "
    "sans-serif");

} // namespace

QStringList reportFontFamilies()
{
    return {QStringLiteral("DejaVu Sans"),         QStringLiteral("Noto Sans"),
            QStringLiteral("Droid Sans Fallback"), QStringLiteral("Symbola"),
            QStringLiteral("Unifont Upper"),       QStringLiteral("Unifont")};
}

QColor kindColor(AnnotationKind kind)
{
    // The map view's colours (ui/common/KindStyle), which read for the colour-blind.
    switch (kind) {
    case AnnotationKind::Claim:
        return QColor(0x00, 0x72, 0xB2);
    case AnnotationKind::Counterclaim:
        return QColor(0xD5, 0x5E, 0x00);
    case AnnotationKind::Source:
        return QColor(0x00, 0x9E, 0x73);
    case AnnotationKind::Note:
        break;
    }
    return QColor(0xE6, 0x9F, 0x00);
}

MapFigure makeMapFigure(const ExportData &data, const ReportOutline &outline)
{
    MapFigure figure;
    if (data.annotations.isEmpty())
        return figure;
    if (data.annotations.size() > mostAnnotationsInMapFigure) {
        figure.leftOut = Messages::tr("The argument map is left out: %1 annotations are more than "
                                      "one figure can show (at most %2).")
                             .arg(data.annotations.size())
                             .arg(mostAnnotationsInMapFigure);
        return figure;
    }
    for (const Annotation &a : data.annotations) {
        MapFigure::Card card;
        card.heading =
            QStringLiteral("%1 · %2").arg(outline.numberOf.value(a.id)).arg(displayName(a.kind));
        card.lines = wrap(a.quote.exact);
        card.kind = a.kind;
        card.orphaned = a.anchorState == AnchorState::Orphaned;
        figure.cards.insert(a.id, card);
        figure.order.append(a.id);
        figure.laneNames.insert(a.actorId, actorName(data, a));
    }
    const auto size = [&figure](const Annotation &a) {
        const qsizetype lines = figure.cards.value(a.id).lines.size();
        return QSizeF(cardWidth, 2 * padding + lineHeight * qreal(1 + lines));
    };
    figure.map = ArgumentMapLayout(size).layout(data.annotations, data.relations);
    return figure;
}

QString mapSvg(const MapFigure &figure, const QString &title)
{
    const QRectF b = figure.map.bounds;
    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" role=\"img\" "
                          "viewBox=\"%1 %2 %3 %4\" width=\"%3\" height=\"%4\" "
                          "font-family=\"%5\" font-size=\"11\">\n")
               .arg(number(b.left()), number(b.top()), number(b.width()), number(b.height()),
                    xml(fontFamilies));
    svg += u"<title>" + xml(title) + u"</title>\n";
    svg += QStringLiteral("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
                          "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                          "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>\n");
    for (const ArgumentMap::Lane &lane : figure.map.lanes) {
        const QRectF r = lane.rect;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#f4f4f4\" "
                              "stroke=\"#ccc\"/>\n<text x=\"%5\" y=\"%6\" font-weight=\"bold\" "
                              "font-size=\"12\">%7</text>\n")
                   .arg(number(r.left()), number(r.top()), number(r.width()), number(r.height()),
                        number(r.left() + padding), number(r.top() + 18),
                        xml(figure.laneNames.value(lane.actorId)));
    }
    for (const ArgumentMap::Route &route : figure.map.routes) {
        QStringList points;
        for (const QPointF &p : route.points)
            points.append(number(p.x()) + u',' + number(p.y()));
        svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"#444\" "
                              "stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>\n"
                              "<text x=\"%2\" y=\"%3\" font-size=\"9\" text-anchor=\"middle\" "
                              "fill=\"#333\">%4</text>\n")
                   .arg(points.join(u' '), number(route.labelAnchor.x()),
                        number(route.labelAnchor.y() - 3), xml(displayName(route.kind)));
    }
    for (const QUuid &id : figure.order) {
        if (!figure.map.nodes.contains(id))
            continue;
        const MapFigure::Card card = figure.cards.value(id);
        const QRectF r = figure.map.nodes.value(id);
        const QString color = kindColor(card.kind).name();
        svg += QStringLiteral("<g class=\"card\"><rect x=\"%1\" y=\"%2\" width=\"%3\" "
                              "height=\"%4\" rx=\"5\" fill=\"#fff\" stroke=\"%5\" "
                              "stroke-width=\"1.5\"%6/>\n")
                   .arg(number(r.left()), number(r.top()), number(r.width()), number(r.height()),
                        color,
                        card.orphaned ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
        svg +=
            QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\" fill=\"%3\">%4</text>\n")
                .arg(number(r.left() + padding), number(r.top() + padding + 10), color,
                     xml(card.heading));
        qreal y = r.top() + padding + 10 + lineHeight;
        for (const QString &line : card.lines) {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n")
                       .arg(number(r.left() + padding), number(y), xml(line));
            y += lineHeight;
        }
        svg += u"</g>\n";
    }
    svg += u"</svg>\n";
    return svg;
}

void paintMap(QPainter &painter, const MapFigure &figure, const QRectF &target)
{
    const QRectF b = figure.map.bounds;
    if (b.isEmpty())
        return;
    const qreal scale = std::min(target.width() / b.width(), target.height() / b.height());
    painter.save();
    painter.translate(target.left() + (target.width() - b.width() * scale) / 2, target.top());
    painter.scale(scale, scale);
    painter.translate(-b.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setFamilies(reportFontFamilies());
    // In scene units, as the SVG's: the painter's scale then sizes them with the cards.
    font.setPixelSize(11);
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPixelSize(9);
    for (const ArgumentMap::Lane &lane : figure.map.lanes) {
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.setBrush(QColor(0xf4, 0xf4, 0xf4));
        painter.drawRect(lane.rect);
        painter.setPen(Qt::black);
        painter.setFont(bold);
        painter.drawText(QPointF(lane.rect.left() + padding, lane.rect.top() + 18),
                         figure.laneNames.value(lane.actorId));
    }
    painter.setFont(font);
    for (const ArgumentMap::Route &route : figure.map.routes) {
        painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(route.points);
        if (route.points.size() >= 2) { // the arrowhead, along the last segment
            const QPointF tip = route.points.last();
            const QPointF from = route.points.at(route.points.size() - 2);
            const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
            QPainterPath head;
            head.moveTo(tip);
            head.lineTo(tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 7);
            head.lineTo(tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 7);
            head.closeSubpath();
            painter.fillPath(head, QColor(0x44, 0x44, 0x44));
        }
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(small);
        const QString label = displayName(route.kind);
        painter.drawText(QRectF(route.labelAnchor - QPointF(60, 14), QSizeF(120, 12)),
                         Qt::AlignCenter, label);
    }
    for (const QUuid &id : figure.order) {
        if (!figure.map.nodes.contains(id))
            continue;
        const MapFigure::Card card = figure.cards.value(id);
        const QRectF r = figure.map.nodes.value(id);
        painter.setFont(font);
        const QColor color = kindColor(card.kind);
        QPen border(color, 1.5);
        if (card.orphaned)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(r, 5, 5);
        painter.setFont(bold);
        painter.setPen(color);
        painter.drawText(QPointF(r.left() + padding, r.top() + padding + 10), card.heading);
        painter.setFont(font);
        painter.setPen(Qt::black);
        qreal y = r.top() + padding + 10 + lineHeight;
        for (const QString &line : card.lines) {
            painter.drawText(QPointF(r.left() + padding, y), line);
            y += lineHeight;
        }
    }
    painter.restore();
}

} // namespace counterpoint::exporting
