#pragma once

#include "store/Project.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QSplitter;

namespace counterpoint::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A project opens; an article file is imported into the open project.
    void openFile(const QString &path);

private:
    void showProject();
    void openArticle(const QUuid &id);

    std::unique_ptr<Project> m_project;
    QListWidget *m_articleList = nullptr;
    QSplitter *m_panes = nullptr;
};

} // namespace counterpoint::ui
