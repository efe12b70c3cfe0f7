#pragma once

#include <QDialog>

class QTableWidget;

namespace counterpoint::ui {

// Help › Keyboard Shortcuts: every action of the window that has a shortcut, read from the
// actions themselves, so the list cannot fall behind the menus.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace counterpoint::ui
