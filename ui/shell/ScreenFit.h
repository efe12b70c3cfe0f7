#pragma once

#include <QSize>

class QWidget;

namespace counterpoint::ui::ScreenFit {

// A first window's size: most of the screen it opens on, in the screen's own (scaled) pixels,
// so that a 1,920×1,200 screen at 200 % or a 1,366×768 laptop gets a window that fits.
QSize defaultSize(const QWidget *window);

// Shrinks and moves a top-level window, frame included, into its screen's available area.
void fit(QWidget *window);

} // namespace counterpoint::ui::ScreenFit
