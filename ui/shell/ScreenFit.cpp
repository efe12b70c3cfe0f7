#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace counterpoint::ui::ScreenFit {

namespace {

const QScreen *screenOf(const QWidget *window)
{
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

} // namespace

QSize defaultSize(const QWidget *window)
{
    const QScreen *shown = screenOf(window);
    if (!shown)
        return {1400, 900};
    // Room for the desktop's own panels and the window frame; no wider than a desk needs.
    return (shown->availableGeometry().size() * 0.9).boundedTo(QSize(1600, 1000));
}

void fit(QWidget *window)
{
    const QScreen *shown = screenOf(window);
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    // Before the first show the frame is not known: allow for a usual title bar and border.
    const QSize frame =
        window->isVisible() ? window->frameGeometry().size() - window->size() : QSize(16, 40);
    const QSize fitted = window->size().boundedTo(available.size() - frame);
    if (fitted != window->size())
        window->resize(fitted);
    QRect placed = window->frameGeometry();
    placed.setSize(fitted + frame);
    if (available.contains(placed))
        return;
    placed.moveLeft(std::clamp(placed.left(), available.left(),
                               std::max(available.left(), available.right() + 1 - placed.width())));
    placed.moveTop(std::clamp(placed.top(), available.top(),
                              std::max(available.top(), available.bottom() + 1 - placed.height())));
    window->move(placed.topLeft());
}

} // namespace counterpoint::ui::ScreenFit
