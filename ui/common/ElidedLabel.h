#pragma once

#include <QString>
#include <QWidget>

namespace counterpoint::ui {

// A line or a few of plain text that never asks for more room than it is given: wrapped at word
// boundaries up to maxLines, the last line elided with "…", the whole text in the tooltip when
// it does not fit. Its height follows the lines the current width needs. A word-wrapped QLabel
// in the pane header was clipped instead (a long title lost its first and last lines at 1280 px:
// its height came from a size hint taken at another width).
class ElidedLabel final : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(int maxLines, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The lines as shown at the current width, the last one elided if need be.
    QStringList shownLines() const { return m_lines; }
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    QString m_text;
    int m_maxLines;
    QStringList m_lines;
    bool m_elided = false;
};

} // namespace counterpoint::ui
