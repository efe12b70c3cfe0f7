#include "DockFocus.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include <utility>

namespace counterpoint::ui {

DockFocus::DockFocus(QMainWindow &window, std::function<QWidget *()> reader,
                     const QList<QDockWidget *> &docks)
    : QObject(&window)
    , m_window(window)
    , m_reader(std::move(reader))
    , m_docks(docks)
{
    // Qt lays out a tab change after the signal: look once it has.
    connect(&window, &QMainWindow::tabifiedDockWidgetActivated, this, &DockFocus::scheduleUpdate);
    for (QDockWidget *dock : docks) {
        connect(dock, &QDockWidget::visibilityChanged, this, &DockFocus::scheduleUpdate);
        connect(dock, &QDockWidget::topLevelChanged, this, &DockFocus::scheduleUpdate);
        connect(dock, &QDockWidget::dockLocationChanged, this, &DockFocus::scheduleUpdate);
    }

    auto *next = new QAction(tr("Next Region"), &window);
    next->setObjectName(QStringLiteral("nextRegionAction"));
    next->setShortcut(Qt::Key_F6);
    connect(next, &QAction::triggered, this, [this] { focusNextRegion(+1); });
    auto *previous = new QAction(tr("Previous Region"), &window);
    previous->setObjectName(QStringLiteral("previousRegionAction"));
    previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    connect(previous, &QAction::triggered, this, [this] { focusNextRegion(-1); });
    window.addAction(next);
    window.addAction(previous);
    scheduleUpdate();
}

bool DockFocus::isInFront(const QDockWidget *dock)
{
    if (dock->isHidden())
        return false;
    if (dock->isFloating())
        return true;
    // A tab in the back is moved out of its window's rectangle rather than hidden.
    const QWidget *window = dock->parentWidget();
    return window && QRect(QPoint(), window->size()).intersects(dock->geometry());
}

void DockFocus::scheduleUpdate()
{
    if (std::exchange(m_pending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        updateReachability();
    });
}

void DockFocus::updateReachability()
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (QWidget *contents = dock->widget())
            contents->setEnabled(isInFront(dock));
    }
}

QList<QWidget *> DockFocus::regions() const
{
    QList<QWidget *> result;
    if (QWidget *reader = m_reader ? m_reader() : nullptr)
        result.append(reader);
    for (QDockWidget *dock : m_docks) {
        if (isInFront(dock) && dock->widget() && dock->widget()->isEnabled())
            result.append(dock->widget());
    }
    return result;
}

void DockFocus::focusNextRegion(int step)
{
    updateReachability(); // a tab just switched counts at once
    const QList<QWidget *> all = regions();
    if (all.isEmpty())
        return;
    int current = -1;
    for (QWidget *focus = QApplication::focusWidget(); focus && current < 0;
         focus = focus->parentWidget())
        current = int(all.indexOf(focus));
    const int count = int(all.size());
    const int next =
        current < 0 ? (step > 0 ? 0 : count - 1) : ((current + step) % count + count) % count;
    QWidget *region = all.at(next);
    if (auto *dock = qobject_cast<QDockWidget *>(region->parentWidget()))
        dock->raise();
    // The region's first widget in the Tab order takes the focus, as Tab into it would.
    QWidget *target = region;
    if (!region->focusProxy() && !(region->focusPolicy() & Qt::TabFocus)) {
        for (QWidget *child = region->nextInFocusChain(); child && child != region;
             child = child->nextInFocusChain()) {
            if (region->isAncestorOf(child) && child->isVisible() && child->isEnabled() &&
                (child->focusPolicy() & Qt::TabFocus)) {
                target = child;
                break;
            }
        }
    }
    target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

} // namespace counterpoint::ui
