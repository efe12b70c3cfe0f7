#include "CodingMargin.h"

#include "ui/common/KindStyle.h"
#include "ui/reader/ArticleView.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace counterpoint::ui {

namespace {

// The labels a step smaller than the text they stand beside.
QFont labelFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.82);
    else
        font.setPixelSize(std::max(6, font.pixelSize() * 82 / 100));
    return font;
}

} // namespace

CodingMargin::CodingMargin(ArticleView *view)
    : QWidget(view)
    , m_view(view)
    , m_painter(labelFont(view->font()))
{
    setObjectName(QStringLiteral("codingMargin"));
    setAccessibleName(tr("Coding stripes"));
    setMouseTracking(true); // the hand over a stripe
    setWhatsThis(tr("<p>The coding stripes: a bar beside the lines of every annotation, in its "
                    "kind's colour, with its actor and tags where the pane is wide enough. "
                    "Passages that overlap stand side by side.</p><p>Hover a bar to see what it "
                    "says, click it to inspect it, Ctrl+drag it onto another passage to link "
                    "them. <i>View › Coding Stripes</i> hides them.</p>"));
}

void CodingMargin::setLabelWidth(qreal width)
{
    if (qFuzzyCompare(m_labelWidth + 1, width + 1))
        return;
    m_labelWidth = width;
    update();
}

QList<Stripe> CodingMargin::visibleStripes() const
{
    QList<Stripe> stripes;
    const StripeColumns &columns = m_view->stripeColumns();
    const QTextDocument *document = m_view->document();
    const int last = document->characterCount() - 1;
    if (columns.columnCount() == 0 || last <= 0)
        return stripes;
    const TextRange onScreen = m_view->visibleCharacters();
    const qreal scrolled = m_view->verticalScrollBar()->value();
    // Only the blocks on screen are measured.
    const auto lineEdgeAt = [&](int position, bool bottom) {
        return lineEdge(*document, position, bottom) - scrolled;
    };
    const bool showLabels = m_labelWidth > 0 && m_view->m_label;
    for (int column = 0; column < columns.columnCount(); ++column) {
        for (const StripeSpan &span : columns.spansTouching(column, onScreen.start, onScreen.end)) {
            Stripe stripe;
            stripe.id = span.id;
            stripe.kind = span.kind;
            stripe.column = column;
            // What runs off the screen is not measured: a block far below would be laid out.
            stripe.top = span.start < onScreen.start ? -10 : lineEdgeAt(span.start, false);
            stripe.bottom = span.end > onScreen.end
                                ? height() + 10
                                : lineEdgeAt(std::max(span.start, span.end - 1), true);
            if (stripe.bottom <= 0 || stripe.top >= height())
                continue;
            stripe.current = span.id == m_view->m_currentId;
            if (showLabels) {
                const auto found = m_view->m_annotations.constFind(span.id);
                if (found != m_view->m_annotations.cend())
                    stripe.label = m_view->m_label(*found);
            }
            stripes.append(stripe);
        }
    }
    m_painter.place(stripes, QRectF(rect()),
                    std::max(ArticleView::reservedStripeColumns, columns.columnCount()),
                    showLabels ? m_labelWidth : 0);
    return stripes;
}

QUuid CodingMargin::stripeAt(const QPoint &position) const
{
    // A bar is thin: its whole column counts, and so does its label.
    const qreal reach = (m_painter.columnWidth() - m_painter.barWidth()) / 2 + 1;
    for (const Stripe &stripe : visibleStripes()) {
        if (stripe.bar.adjusted(-reach, 0, reach, 0).contains(position) ||
            stripe.labelRect.contains(position))
            return stripe.id;
    }
    return {};
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QUuid id = stripeAt(help->pos());
        const QString text = id.isNull() ? QString() : m_view->toolTipFor({id});
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CodingMargin::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_painter = StripePainter(labelFont(font()));
}

void CodingMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_painter.paint(painter, visibleStripes(), palette(), dark);
}

void CodingMargin::mousePressEvent(QMouseEvent *event)
{
    emit m_view->activated();
    m_pressed = event->button() == Qt::LeftButton ? stripeAt(event->position().toPoint()) : QUuid();
    if (m_pressed.isNull()) {
        QWidget::mousePressEvent(event);
        return;
    }
    // As a click on the highlight: the inspector and the list show it.
    emit m_view->annotationClicked(m_pressed);
    m_pressPosition = event->position().toPoint();
    event->accept();
}

void CodingMargin::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed.isNull() || !event->buttons().testFlag(Qt::LeftButton)) {
        setCursor(stripeAt(position).isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        return;
    }
    // Ctrl+drag from a stripe links, as from its highlight.
    if (!event->modifiers().testFlag(Qt::ControlModifier) ||
        (position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
        return;
    const QUuid from = std::exchange(m_pressed, QUuid());
    const auto found = m_view->m_annotations.constFind(from);
    if (found == m_view->m_annotations.cend())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(ArticleView::linkMimeData(from));
    const int side = fontMetrics().height();
    drag->setPixmap(KindStyle::icon(found->kind).pixmap(QSize(side, side), devicePixelRatio()));
    drag->exec(Qt::LinkAction);
}

void CodingMargin::mouseReleaseEvent(QMouseEvent *event)
{
    if (std::exchange(m_pressed, QUuid()).isNull())
        QWidget::mouseReleaseEvent(event);
    else
        event->accept(); // the press selected
}

void CodingMargin::contextMenuEvent(QContextMenuEvent *event)
{
    // As on the highlight: the menu acts on the annotation clicked.
    const QUuid id = stripeAt(event->pos());
    if (id.isNull() || m_view->m_contextActions.isEmpty()) {
        event->ignore();
        return;
    }
    emit m_view->annotationClicked(id);
    QMenu menu(this);
    menu.addActions(m_view->m_contextActions);
    menu.exec(event->globalPos());
}

void CodingMargin::wheelEvent(QWheelEvent *event)
{
    // The margin scrolls with the text it stands beside.
    QApplication::sendEvent(m_view->viewport(), event);
}

} // namespace counterpoint::ui
