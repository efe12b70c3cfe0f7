#pragma once

#include "domain/Kinds.h"

#include <QUuid>

#include <QGraphicsItem>

namespace counterpoint::ui {

struct MapStyle;

// One claim, counterclaim or source: a card in its kind's colour with the start of its quote and
// the title of its article.
class MapNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    struct Content
    {
        QUuid id;
        AnnotationKind kind = AnnotationKind::Claim;
        QString quote;
        QString articleTitle;
        QString actorName;
    };

    MapNodeItem(Content content, const QRectF &rect, const MapStyle *style);

    // How big the card of this quote is, for the layout: a fixed width, as many lines as the
    // quote needs up to a few.
    static QSizeF sizeFor(const QString &quote, const MapStyle &style);
    // The quote broken into the lines drawn on a card, the last one elided when it goes on.
    static QStringList quoteLines(const QString &quote, const MapStyle &style);

    QUuid annotationId() const { return m_content.id; }
    AnnotationKind kind() const { return m_content.kind; }
    QStringList lines() const { return m_lines; }
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Content m_content;
    QRectF m_rect;
    QStringList m_lines;
    const MapStyle *m_style;
    bool m_current = false;
};

} // namespace counterpoint::ui
