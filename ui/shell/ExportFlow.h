#pragma once

#include <QCoreApplication>

namespace counterpoint::ui {

class ExportDialog;
class MainWindow;

// File › Export: the dialog on the list's annotations (the filtered ones offered as a scope),
// and what it did in the status bar.
class ExportFlow final
{
    // The window's messages: their translations stay where they were before the flows moved out.
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::MainWindow)

public:
    explicit ExportFlow(MainWindow &window)
        : m_window(window)
    {}

    ExportDialog *showDialog();

private:
    MainWindow &m_window;
};

} // namespace counterpoint::ui
