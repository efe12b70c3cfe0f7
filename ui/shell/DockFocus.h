#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace counterpoint::ui {

// Keyboard focus among the window's docks. A dock behind another's tab is moved off-screen by
// Qt, not hidden, so Tab would reach its widgets and change them unseen: its contents are
// disabled while its tab is in the back. F6 and Shift+F6 move the focus from region to region
// (the reader, then each dock that is shown), as in most desktop applications.
class DockFocus final : public QObject
{
    Q_OBJECT

public:
    // reader: what F6 reaches first (the active pane); the docks in the order F6 visits them.
    DockFocus(QMainWindow &window, std::function<QWidget *()> reader,
              const QList<QDockWidget *> &docks);

    void focusNextRegion(int step); // +1: F6, -1: Shift+F6
    // Whether a dock is in front: shown, and not behind another's tab.
    static bool isInFront(const QDockWidget *dock);

private:
    void scheduleUpdate();
    void updateReachability();
    QList<QWidget *> regions() const;

    QMainWindow &m_window;
    std::function<QWidget *()> m_reader;
    QList<QDockWidget *> m_docks;
    bool m_pending = false;
};

} // namespace counterpoint::ui
