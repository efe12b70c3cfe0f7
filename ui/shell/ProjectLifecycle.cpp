#include "ProjectLifecycle.h"

#include "ui/dialogs/ConnectDialog.h"
#include "ui/dialogs/FileFolders.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/PaneConnectors.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PaneArea.h"

#include "log/LogCategories.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/ProjectLocation.h"

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
    // A server's address names a project as a file does (the window's command line, recents).
    if (ProjectLocation::looksLikeServer(path))
        return true;
    return QFileInfo(path).suffix().compare(Project::fileSuffix(), Qt::CaseInsensitive) == 0;
}

bool ProjectLifecycle::openProject(const QString &path)
{
    QString notice;
    auto opened = ProjectLocation::looksLikeServer(path)
                      ? ConnectDialog::openServerProject(&m_window, path, {}, false, &notice)
                      : ProjectSession::open(path);
    if (!opened && opened.error().code == Error::Code::Cancelled)
        return false;
    if (!opened) {
        m_window.showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    m_window.adoptSession(std::move(opened).value());
    Project &project = m_window.session()->project();
    addRecentProject(project.filePath());
    if (project.isReadOnly())
        m_window.showError(tr("Opened read-only"), project.readOnlyNotice());
    if (!notice.isEmpty())
        m_window.showError(tr("Password not remembered"), notice);
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

void ProjectLifecycle::connectToServer()
{
    ConnectDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString notice;
    auto opened = ConnectDialog::openServerProject(&m_window, dialog.address(), dialog.password(),
                                                   dialog.rememberPassword(), &notice);
    if (!opened) {
        if (opened.error().code != Error::Code::Cancelled)
            m_window.showError(tr("Cannot connect to the server"), opened.errorMessage());
        return;
    }
    m_window.adoptSession(std::move(opened).value());
    Project &project = m_window.session()->project();
    addRecentProject(project.filePath());
    if (project.isReadOnly())
        m_window.showError(tr("Opened read-only"), project.readOnlyNotice());
    if (!notice.isEmpty())
        m_window.showError(tr("Password not remembered"), notice);
    saveSession();
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
    const bool server = ProjectLocation::looksLikeServer(path);
    if (path.isEmpty() || (!server && !QFileInfo::exists(path))) {
        if (!path.isEmpty())
            qCDebug(lcUi) << "The last session's project" << path << "is gone; starting empty";
        return;
    }
    if (!openProject(path))
        return;
    PaneArea *panes = m_window.paneArea();
    // The panes of the last session come back with their project; any other project opens
    // with its first two articles side by side.
    if (server ? path == lastProject
               : QFileInfo(path).absoluteFilePath() == QFileInfo(lastProject).absoluteFilePath()) {
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
    // A server's address (never with a password: ProjectLocation refuses one) is kept as it is.
    const QString absolute =
        ProjectLocation::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
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
        const auto server = ProjectLocation::parse(path);
        const bool onServer = server && server->isServer();
        if (!onServer && !QFileInfo::exists(path))
            continue;
        const QString label = onServer ? server->displayName() : QFileInfo(path).fileName();
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(++number).arg(label), this,
                                          [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    menu->setEnabled(number > 0);
}

} // namespace counterpoint::ui
