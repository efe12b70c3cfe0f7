#include "LiveRefresh.h"

#include "log/LogCategories.h"
#include "store/Project.h"

#include <QTimer>

namespace counterpoint {

LiveRefresh::LiveRefresh(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_timer(new QTimer(this))
{
    m_listening = m_project.listenForChanges();
    m_timer->setInterval(m_project.isOnServer() ? serverInterval : fileInterval);
    connect(m_timer, &QTimer::timeout, this, &LiveRefresh::refreshNow);
    connect(&m_project, &Project::changedElsewhere, this, &LiveRefresh::changedElsewhere);
    m_timer->start();
}

void LiveRefresh::setActive(bool active)
{
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

void LiveRefresh::refreshNow()
{
    auto caught = m_project.catchUp();
    if (!caught) {
        if (!m_failing) {
            qCInfo(lcStore) << "cannot catch up with" << m_project.filePath() << ":"
                            << caught.errorMessage();
            m_failing = true;
            emit problem(caught.errorMessage());
        }
        return;
    }
    if (m_failing) {
        m_failing = false;
        emit recovered();
    }
}

} // namespace counterpoint
