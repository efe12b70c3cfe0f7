#pragma once

#include <QCoreApplication>
#include <QString>

namespace counterpoint::ui {

class MainWindow;

// File › Merge Project…: a colleague's project file brought into the open project
// (analysis::mergeProject), and what came in, in a message box.
class MergeFlow final
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::MergeFlow)

public:
    explicit MergeFlow(MainWindow &window)
        : m_window(window)
    {}

    void chooseFile();
    bool mergeFrom(const QString &path); // tests call it without the file dialog

private:
    MainWindow &m_window;
};

} // namespace counterpoint::ui
