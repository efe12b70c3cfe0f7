#pragma once

#include <QCoreApplication>

#include <memory>

class QPrinter;

namespace counterpoint::ui {

class ArticlePrinter;
class MainWindow;

// File › Print Article… and Print Preview…: the active pane's article with its highlights and
// coding stripes (ArticlePrinter), on a printer the user chooses or in a preview.
class PrintFlow final
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::MainWindow)

public:
    explicit PrintFlow(MainWindow &window)
        : m_window(window)
    {}

    void choosePrinter();
    void showPreview();
    // What the active pane shows, ready to print; null with no pane, or when the article cannot
    // be read (the window says why).
    std::shared_ptr<ArticlePrinter> activePane() const;

private:
    MainWindow &m_window;
};

} // namespace counterpoint::ui
