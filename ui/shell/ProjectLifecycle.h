#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace counterpoint::ui {

class MainWindow;

// Opening, creating and switching projects for the window, the recent-projects menu, and the
// session (project, open panes, their widths) that comes back on the next start.
class ProjectLifecycle final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectLifecycle(MainWindow &window);

    bool openProject(const QString &path);
    void newProject(); // asks where
    void chooseProject();
    void restoreSession(const QString &projectPath);
    void saveSession() const;
    // The File › Open Recent menu, filled now and again whenever a project opens: a disabled
    // menu never gets aboutToShow, so filling it there would leave it disabled all session.
    void setRecentMenu(QMenu *menu);
    void fillRecentMenu(QMenu *menu);

    static bool isProjectFile(const QString &path);

private:
    QString startFolder() const;
    void addRecentProject(const QString &path);

    MainWindow &m_window;
    QMenu *m_recentMenu = nullptr;
};

} // namespace counterpoint::ui
