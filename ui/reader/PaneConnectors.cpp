#include "PaneConnectors.h"

#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>

namespace counterpoint::ui {

namespace {

constexpr int gapWidth = 40;

// Where a passage is, as a height in the handle; clamped just outside when scrolled away.
qreal heightOf(ArticleView *view, int position, QWidget *handle, bool &visible)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(position, 0, view->document()->characterCount() - 1));
    const QRect rect = view->cursorRect(cursor);
    const int viewportHeight = view->viewport()->height();
    visible = rect.bottom() >= 0 && rect.top() <= viewportHeight;
    const QPoint centre(0, std::clamp(rect.center().y(), -2, viewportHeight + 2));
    return handle->mapFromGlobal(view->viewport()->mapToGlobal(centre)).y();
}

} // namespace

QColor relationColor(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Rebuts:
        return QColor(0xD5, 0x5E, 0x00);
    case RelationKind::Supports:
        return QColor(0x00, 0x9E, 0x73);
    case RelationKind::Cites:
        return QColor(0x88, 0x88, 0x88);
    case RelationKind::SameClaim:
        return QColor(0xCC, 0x79, 0xA7);
    }
    return Qt::gray;
}

ConnectorHandle::ConnectorHandle(Qt::Orientation orientation, QSplitter *parent)
    : QSplitterHandle(orientation, parent)
{}

void ConnectorHandle::paintEvent(QPaintEvent *event)
{
    QSplitterHandle::paintEvent(event);
    m_drawn.clear();
    auto *splitter = qobject_cast<PaneSplitter *>(this->splitter());
    const int index = splitter ? splitter->indexOf(this) : -1;
    if (index <= 0)
        return;
    ArticleView *left = splitter->viewAt(index - 1);
    ArticleView *right = splitter->viewAt(index);
    if (!left || !right)
        return;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = width();
    for (const Connector &connector : splitter->connectorsAt(index)) {
        bool leftVisible = false;
        bool rightVisible = false;
        const qreal y1 = heightOf(left, connector.leftPosition, this, leftVisible);
        const qreal y2 = heightOf(right, connector.rightPosition, this, rightVisible);
        if (!leftVisible && !rightVisible)
            continue; // both ends scrolled away: nothing to link on screen
        QPainterPath curve(QPointF(0, y1));
        curve.cubicTo(QPointF(w / 2, y1), QPointF(w / 2, y2), QPointF(w, y2));
        QColor color = relationColor(connector.kind);
        if (!leftVisible || !rightVisible)
            color.setAlphaF(0.45); // one end is off screen: a hint, not a link to follow
        painter.setPen(QPen(color, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(curve);
        // An arrowhead at the "to" end.
        const QPointF tip = connector.pointsRight ? QPointF(w, y2) : QPointF(0, y1);
        const qreal direction = connector.pointsRight ? -1 : 1;
        QPainterPath head(tip);
        head.lineTo(tip + QPointF(direction * 6, -3.5));
        head.lineTo(tip + QPointF(direction * 6, 3.5));
        head.closeSubpath();
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawPath(head);
        m_drawn.append(QLineF(0, y1, w, y2));
    }
}

PaneSplitter::PaneSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setHandleWidth(gapWidth);
}

void PaneSplitter::setConnectorProvider(ConnectorProvider provider)
{
    m_provider = std::move(provider);
    updateConnectors();
}

QList<Connector> PaneSplitter::connectorsAt(int handleIndex) const
{
    ArticleView *left = viewAt(handleIndex - 1);
    ArticleView *right = viewAt(handleIndex);
    if (!m_provider || !left || !right)
        return {};
    return m_provider(left, right);
}

ArticleView *PaneSplitter::viewAt(int index) const
{
    auto *pane = qobject_cast<ArticlePane *>(widget(index));
    return pane ? pane->view() : nullptr;
}

void PaneSplitter::updateConnectors()
{
    for (int i = 1; i < count(); ++i)
        handle(i)->update();
}

QSplitterHandle *PaneSplitter::createHandle()
{
    return new ConnectorHandle(orientation(), this);
}

} // namespace counterpoint::ui
