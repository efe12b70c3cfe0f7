#pragma once

#include "store/ProjectCheck.h"

#include <QObject>
#include <QString>

namespace counterpoint::ui {

class MainWindow;

// The integrity check of the open local project, off the GUI thread: once in the background
// after the project opens (a word in the status bar only when something is wrong, since an open
// checks no more than the header), and on demand from File › Check Project, with its result in a
// message box.
class IntegrityCheckFlow final : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheckFlow(MainWindow &window);

    void checkInBackground();
    void checkNow();

signals:
    // After either check: the file checked, whether it is sound, and the line that says so.
    void checkFinished(const QString &path, bool sound, const QString &summary);

private:
    enum class Report { StatusBarIfDamaged, MessageBox };
    void start(Report report);
    void finish(const QString &path, const Result<ProjectCheckReport> &result, Report report);

    MainWindow &m_window;
    bool m_running = false;
    Report m_report = Report::StatusBarIfDamaged; // how the running check reports
};

} // namespace counterpoint::ui
