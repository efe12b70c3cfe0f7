#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace counterpoint::ui {

class MainWindow;

// File › Import Articles and File › Import Annotations: asks for the files, reads them (a large
// annotation file off the GUI thread, behind a progress dialog), stores them through the
// session, and reports what came in.
class ImportFlow final
{
    // The window's messages: their translations stay where they were before the flows moved out.
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ui::MainWindow)

public:
    explicit ImportFlow(MainWindow &window)
        : m_window(window)
    {}

    void chooseArticles();
    void importArticles(const QStringList &paths);
    void chooseAnnotationFile();
    bool importAnnotationsFrom(const QString &path);

private:
    QString projectPath() const;
    MainWindow &m_window;
};

} // namespace counterpoint::ui
