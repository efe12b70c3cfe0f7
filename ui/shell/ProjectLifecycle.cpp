#include "ProjectLifecycle.h"

#include "ui/dialogs/FileFolders.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/PaneConnectors.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "log/LogCategories.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace counterpoint::ui {

namespace {

constexpr int maxRecentProjects = 8;

QString projectFilter()
{
    return ProjectLifecycle::tr("Counterpoint projects (*.counterpoint)");
}

} // namespace

ProjectLifecycle::ProjectLifecycle(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

bool ProjectLifecycle::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(Project::fileSuffix(), Qt::CaseInsensitive) == 0;
}

bool ProjectLifecycle::openProject(const QString &path)
{
    auto opened = ProjectSession::open(path);
    if (!opened) {
        m_window.showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    m_window.adoptSession(std::move(opened).value());
    Project &project = m_window.session()->project();
    addRecentProject(project.filePath());
    if (project.isReadOnly())
        m_window.showError(tr("Opened read-only"), project.readOnlyNotice());
    saveSession();
    return true;
}

void ProjectLifecycle::newProject()
{
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("New Project"), startFolder(), projectFilter());
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::projects, path);
    if (!isProjectFile(path))
        path += u'.' + Project::fileSuffix();
    if (QFileInfo::exists(path)) {
        m_window.showError(tr("Cannot create the project"),
                           tr("“%1” already exists. Open it with File › Open Project.").arg(path));
        return;
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto created = ProjectSession::open(path, options);
    if (!created) {
        m_window.showError(tr("Cannot create the project"), created.errorMessage());
        return;
    }
    m_window.adoptSession(std::move(created).value());
    addRecentProject(path);
    saveSession();
}

QString ProjectLifecycle::startFolder() const
{
    return FileFolders::startFolder(
        FileFolders::projects, m_window.project() ? m_window.project()->filePath() : QString());
}

void ProjectLifecycle::chooseProject()
{
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Open Project"), startFolder(), projectFilter());
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::projects, path);
    openProject(path);
}

void ProjectLifecycle::restoreSession(const QString &projectPath)
{
    // Read everything first: opening the project saves the session anew.
    const QSettings settings;
    const QString lastProject = settings.value(QStringLiteral("session/project")).toString();
    const QStringList lastArticles =
        settings.value(QStringLiteral("session/articles")).toStringList();
    const QByteArray lastSplitter =
        settings.value(QStringLiteral("session/splitter")).toByteArray();

    const QString path = projectPath.isEmpty() ? lastProject : projectPath;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (!path.isEmpty())
            qCDebug(lcUi) << "The last session's project" << path << "is gone; starting empty";
        return;
    }
    if (!openProject(path))
        return;
    PaneArea *panes = m_window.paneArea();
    // The panes of the last session come back with their project; any other project opens
    // with its first two articles side by side.
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(lastProject).absoluteFilePath()) {
        for (const QString &id : lastArticles)
            m_window.openArticle(QUuid::fromString(id));
        panes->splitter()->restoreState(lastSplitter);
    }
    if (panes->panes().isEmpty()) {
        const QList<ArticleSummary> summaries = m_window.session()->readModel().articleSummaries();
        for (const ArticleSummary &summary : summaries.mid(0, 2))
            m_window.openArticle(summary.id);
    }
    saveSession();
}

void ProjectLifecycle::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window.saveState());
    settings.setValue(QStringLiteral("session/project"),
                      m_window.project() ? m_window.project()->filePath() : QString());
    QStringList articles;
    for (ArticlePane *pane : m_window.paneArea()->panes())
        articles.append(pane->articleId().toString(QUuid::WithoutBraces));
    settings.setValue(QStringLiteral("session/articles"), articles);
    settings.setValue(QStringLiteral("session/splitter"),
                      m_window.paneArea()->splitter()->saveState());
    settings.setValue(QStringLiteral("session/synchronizedScrolling"),
                      m_window.synchronizedScrollingAction()->isChecked());
}

void ProjectLifecycle::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
    if (m_recentMenu)
        fillRecentMenu(m_recentMenu);
}

void ProjectLifecycle::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    // A project moved away since the menu was filled drops out when it is next shown.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillRecentMenu(menu); });
    fillRecentMenu(menu);
}

void ProjectLifecycle::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *action =
            menu->addAction(QStringLiteral("&%1 %2").arg(++number).arg(QFileInfo(path).fileName()),
                            this, [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    menu->setEnabled(number > 0);
}

} // namespace counterpoint::ui
