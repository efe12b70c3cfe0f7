#pragma once

#include <QCoreApplication>
#include <QUuid>

namespace counterpoint::ui {

class MainWindow;

// File › Update Article from File: reads the newer file, shows what will happen to the
// article's annotations, and once the user agrees puts it in place as one undo step.
class ArticleUpdateFlow final
{
    // The window's messages: their translations stay where they were before the flows moved out.
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::MainWindow)

public:
    explicit ArticleUpdateFlow(MainWindow &window)
        : m_window(window)
    {}

    void chooseUpdateOfActivePane();
    void updateFromFile(const QUuid &articleId, const QString &path);

private:
    MainWindow &m_window;
};

} // namespace counterpoint::ui
