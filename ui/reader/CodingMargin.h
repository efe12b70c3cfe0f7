#pragma once

#include "ui/reader/StripePainter.h"

#include <QWidget>

namespace counterpoint::ui {

class ArticleView;

// The coding stripes beside a reader pane's text (as MAXQDA, ATLAS.ti and NVivo have them): a
// bar per annotation over the lines of its passage, coloured by kind, its actor and tags beside
// it where the pane has room. Hovering a bar shows what hovering its highlight shows; a click
// selects its annotation as a click on the highlight does. Lies over the page's left margin,
// which the view widens for it, and paints only the stripes of what is on screen.
class CodingMargin final : public QWidget
{
    Q_OBJECT

public:
    explicit CodingMargin(ArticleView *view);

    const StripePainter &painter() const { return m_painter; }
    void setLabelWidth(qreal width);
    qreal labelWidth() const { return m_labelWidth; }
    // The stripes on screen as they are drawn, in this widget's coordinates.
    QList<Stripe> visibleStripes() const;
    QUuid stripeAt(const QPoint &position) const;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ArticleView *m_view;
    StripePainter m_painter;
    qreal m_labelWidth = 0;
    QUuid m_pressed;
    QPoint m_pressPosition;
};

} // namespace counterpoint::ui
