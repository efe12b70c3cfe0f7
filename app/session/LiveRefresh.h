#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace counterpoint {

class Project;

// Keeps a window's project in step with what other windows and processes commit to it (issue 13
// item 7, issue 20 item 5), without a reload: on a short timer it asks the project to catch up
// from its change log (Project::catchUp(): one PRAGMA data_version on a file when nobody else
// wrote), and on a server it also listens for the notice each commit sends. The project then
// announces the changes with its usual signals, so that the list, the panes, the inspector and the
// map update as they do for the window's own edits, keeping their selection and scroll position.
// No widgets: a notice for the status bar is a signal.
class LiveRefresh final : public QObject
{
    Q_OBJECT

public:
    static constexpr int fileInterval = 250; // ms between looks at a file's data_version
    static constexpr int serverInterval =
        2000; // ms between reads of a server's log, besides notices

    explicit LiveRefresh(Project &project, QObject *parent = nullptr);

    bool isListening() const { return m_listening; } // a server's notices reach it
    void setActive(bool active);                     // on by default
    // Catches up now (the timer does it on its own); the same as a tick.
    void refreshNow();

signals:
    // Others changed the project: who, and how many rows (for a notice in the status bar).
    void changedElsewhere(const QStringList &authors, int count);
    // Catching up failed (the server went, the file is gone); said once until it works again.
    void problem(const QString &message);
    void recovered();

private:
    Project &m_project;
    QTimer *m_timer = nullptr;
    bool m_listening = false;
    bool m_failing = false;
};

} // namespace counterpoint
