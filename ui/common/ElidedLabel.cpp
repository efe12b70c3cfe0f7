#include "ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace counterpoint::ui {

ElidedLabel::ElidedLabel(int maxLines, QWidget *parent)
    : QWidget(parent)
    , m_maxLines(std::max(1, maxLines))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    relayout();
}

void ElidedLabel::setText(const QString &text)
{
    QString oneParagraph = text.simplified(); // a title's line breaks are the page's, not ours
    if (oneParagraph == m_text)
        return;
    m_text = std::move(oneParagraph);
    setAccessibleName(m_text);
    relayout();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    // Enough for a short title on one line; a longer one wraps rather than widens the pane.
    const int width = std::min(metrics.horizontalAdvance(m_text), metrics.averageCharWidth() * 40);
    return {width, std::max<int>(1, m_lines.size()) * metrics.lineSpacing()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 6, metrics.lineSpacing()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QFontMetrics metrics(font());
    int y = metrics.ascent();
    for (const QString &line : std::as_const(m_lines)) {
        painter.drawText(QPoint(0, y), line);
        y += metrics.lineSpacing();
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void ElidedLabel::relayout()
{
    const QFontMetrics metrics(font());
    const int width = std::max(1, this->width());
    QStringList lines;
    bool elided = false;
    QTextLayout layout(m_text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int n = 0; n < m_maxLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (n == m_maxLines - 1) {
            // The last line allowed takes the rest of the text, elided to fit.
            const QString rest = m_text.mid(line.textStart());
            const QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
            elided = shown != rest;
            lines.append(shown);
        } else {
            lines.append(m_text.mid(line.textStart(), line.textLength()).trimmed());
        }
    }
    layout.endLayout();
    m_lines = lines;
    m_elided = elided;
    setToolTip(elided ? m_text : QString());
    // The height the text needs at this width: changing only the height cannot change the width
    // the layout gives, so this settles at once.
    const int height = std::max<int>(1, lines.size()) * metrics.lineSpacing();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
    update();
}

} // namespace counterpoint::ui
