#include "MainWindow.h"

#include "AnnotationFilterModel.h"
#include "AnnotationListPanel.h"
#include "AnnotationTableModel.h"
#include "ArgumentMapView.h"
#include "ArticlePane.h"
#include "ArticleView.h"
#include "ExportDialog.h"
#include "Inspector.h"
#include "KindStyle.h"
#include "LinkDialog.h"
#include "PaneArea.h"
#include "PaneConnectors.h"
#include "SharedPassagesPanel.h"
#include "SourceViewer.h"
#include "TaskProgress.h"
#include "UpdateArticleDialog.h"

#include "edit/AnnotationCommands.h"
#include "edit/ArticleCommands.h"
#include "edit/EditHistory.h"
#include "exchange/common/AnnotationImport.h"
#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace counterpoint::ui {

namespace {

constexpr int maxRecentProjects = 8;

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(Project::fileSuffix(), Qt::CaseInsensitive) == 0;
}

QString projectFilter()
{
    return MainWindow::tr("Counterpoint projects (*.counterpoint)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_history(new EditHistory(this))
    , m_panes(new PaneArea(this))
    , m_articleList(new QListWidget(this))
    , m_list(new AnnotationListPanel(this))
    , m_inspector(new Inspector(this))
    , m_sharedPassages(new SharedPassagesPanel(this))
    , m_map(new ArgumentMapView(this))
    , m_targetSet(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Counterpoint"));
    setAcceptDrops(true);
    setCentralWidget(m_panes);
    m_panes->setPlaceholderText(
        tr("Open a project (Ctrl+O) or import articles (Ctrl+I), then double-click an article "
           "to read it here. Open several to read them side by side."));

    createActions();
    createDocks();
    createMenus();
    createStatusBar();

    connect(m_history, &EditHistory::failed, this,
            [this](const QString &message) { showError(tr("Cannot undo or redo"), message); });
    connect(m_panes, &PaneArea::panesChanged, this, [this] {
        updateActions();
        saveSession();
    });
    connect(m_panes, &PaneArea::activePaneChanged, this, &MainWindow::updateActions);
    m_panes->splitter()->setConnectorProvider(
        [this](ArticleView *left, ArticleView *right) { return connectorsBetween(left, right); });
    connect(m_list, &AnnotationListPanel::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_inspector, &Inspector::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_map, &ArgumentMapView::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_map, &ArgumentMapView::annotationSelected, this, &MainWindow::setCurrentAnnotation);
    connect(m_map, &ArgumentMapView::errorOccurred, this, &MainWindow::showError);
    connect(m_inspector, &Inspector::linkRequested, this, &MainWindow::linkFrom);
    m_inspector->setReattachAction(m_reattachAction);
    connect(m_sharedPassages, &SharedPassagesPanel::suggestionChosen, this,
            &MainWindow::showSharedPassage);
    connect(m_sharedPassages, &SharedPassagesPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_inspector, &Inspector::errorOccurred, this, [this](const QString &message) {
        showError(tr("Cannot change the annotation"), message);
    });
    connect(m_articleList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (ArticlePane *pane = openArticle(item->data(Qt::UserRole).toUuid()))
            pane->view()->setFocus();
    });

    resize(1400, 900);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_syncScrollAction->setChecked(
        settings.value(QStringLiteral("session/synchronizedScrolling"), false).toBool());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the project: let them go first.
    m_list->setProject(nullptr);
    m_inspector->setProject(nullptr, nullptr);
    m_sharedPassages->setProject(nullptr, nullptr);
    m_map->setProject(nullptr, nullptr, nullptr);
}

void MainWindow::createActions()
{
    for (AnnotationKind kind : allAnnotationKinds()) {
        auto *action =
            new QAction(KindStyle::icon(kind), tr("Tag as %1").arg(displayName(kind)), this);
        action->setIconText(displayName(kind));
        action->setShortcut(QKeySequence(KindStyle::shortcutKey(kind)));
        action->setToolTip(tr("Tag the selected passage as %1 (%2)")
                               .arg(displayName(kind).toLower(), KindStyle::shortcutKey(kind)));
        connect(action, &QAction::triggered, this, [this, kind] { tagSelection(kind); });
        m_kindActions.append(action);
    }
    m_importAction = new QAction(tr("&Import Articles…"), this);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseArticles);

    m_deleteAction = new QAction(tr("&Delete Annotation"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentAnnotation);

    m_linkAction = new QAction(tr("&Link to…"), this);
    m_linkAction->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(m_linkAction, &QAction::triggered, this, [this] { linkFrom(m_current); });

    m_updateArticleAction = new QAction(tr("&Update Article from File…"), this);
    m_updateArticleAction->setToolTip(
        tr("Replace the active pane's article with a newer version and re-anchor its annotations"));
    connect(m_updateArticleAction, &QAction::triggered, this, &MainWindow::chooseArticleUpdate);

    m_reattachAction = new QAction(tr("Re-&attach to Selection"), this);
    m_reattachAction->setToolTip(tr("Anchor the current annotation on the selected passage"));
    connect(m_reattachAction, &QAction::triggered, this, &MainWindow::reattachCurrentAnnotation);

    m_closePaneAction = new QAction(tr("&Close Pane"), this);
    m_closePaneAction->setShortcut(QKeySequence::Close);
    connect(m_closePaneAction, &QAction::triggered, this, [this] {
        if (m_panes->activePane())
            m_panes->closePane(m_panes->activePane());
    });

    m_syncScrollAction = new QAction(tr("&Synchronized Scrolling"), this);
    m_syncScrollAction->setCheckable(true);
    connect(m_syncScrollAction, &QAction::toggled, m_panes, &PaneArea::setSynchronizedScrolling);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // so that the menu is enabled or not from the start
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_updateArticleAction);
    m_importAnnotationsAction =
        file->addAction(tr("Import &Annotations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                        this, &MainWindow::chooseAnnotationFile);
    m_exportAction = file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                     this, &MainWindow::showExportDialog);
    file->addAction(m_map->exportAction());
    file->addSeparator();
    file->addAction(m_closePaneAction);
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_history->stack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_history->stack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere; Ctrl+Y too where the platform says so.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_kindActions);
    edit->addSeparator();
    edit->addAction(m_linkAction);
    edit->addAction(m_reattachAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(tr("&Find in Annotations"), QKeySequence::Find, m_list,
                    &AnnotationListPanel::focusSearch);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_syncScrollAction);
    // Ctrl+U: what browsers use for their page source.
    m_sourceAction = m_viewMenu->addAction(tr("S&ource"), QKeySequence(Qt::CTRL | Qt::Key_U), this,
                                           &MainWindow::showSource);
    m_viewMenu->addAction(tr("Move Pane &Left"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp), this, [this] {
                              if (m_panes->activePane())
                                  m_panes->movePane(m_panes->activePane(), -1);
                          });
    m_viewMenu->addAction(tr("Move Pane &Right"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown), this, [this] {
                              if (m_panes->activePane())
                                  m_panes->movePane(m_panes->activePane(), +1);
                          });
    m_viewMenu->addAction(tr("&Next Pane"), QKeySequence::NextChild, this, [this] {
        const QList<ArticlePane *> panes = m_panes->panes();
        if (panes.isEmpty())
            return;
        const int next = (int(panes.indexOf(m_panes->activePane())) + 1) % int(panes.size());
        panes.at(next)->view()->setFocus(Qt::TabFocusReason);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Counterpoint"), this, [this] {
        QMessageBox::about(this, tr("About Counterpoint"),
                           tr("<h3>Counterpoint %1</h3><p>Map the claims, counterclaims and "
                              "sources of articles read side by side.</p>")
                               .arg(QStringLiteral(COUNTERPOINT_VERSION)));
    });

    QToolBar *tools = addToolBar(tr("Tagging"));
    tools->setObjectName(QStringLiteral("taggingToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions(m_kindActions); // the coloured swatches double as the legend
    tools->addSeparator();
    m_targetSet->setToolTip(tr("New annotations go into this annotation set"));
    m_targetSet->setAccessibleName(tr("Annotation set for new annotations"));
    m_targetSet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tools->addWidget(new QLabel(tr("Set:"), tools));
    tools->addWidget(m_targetSet);
    tools->addSeparator();
    tools->addAction(m_linkAction);
    tools->addAction(m_deleteAction);
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &title, const QString &name, QWidget *widget,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleList->setWordWrap(true);
    m_articleList->setTextElideMode(Qt::ElideRight);
    addDock(tr("Articles"), QStringLiteral("articlesDock"), m_articleList, Qt::LeftDockWidgetArea);
    addDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    QDockWidget *annotations = addDock(tr("Annotations"), QStringLiteral("annotationsDock"), m_list,
                                       Qt::BottomDockWidgetArea);
    // Beside the list, not over the articles: reviewing suggestions means reading both panes.
    QDockWidget *passages = addDock(tr("Shared Passages"), QStringLiteral("sharedPassagesDock"),
                                    m_sharedPassages, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, passages);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("articlesDock")),
                 findChild<QDockWidget *>(QStringLiteral("inspectorDock"))},
                {230, 330}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("annotationsDock"))}, {260}, Qt::Vertical);
    // The map shares the bottom with the list, a tab away, until the analyst floats it to read
    // it large; closed until asked for.
    QDockWidget *map = addDock(tr("Argument Map"), QStringLiteral("argumentMapDock"), m_map,
                               Qt::BottomDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("annotationsDock")), map);
    map->toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    connect(map->toggleViewAction(), &QAction::triggered, this, [this, map](bool shown) {
        if (!shown)
            return;
        map->raise(); // its tab in front of the list's
        // A map needs more room than a list: give it a good part of the height when opened.
        if (!map->isFloating() && map->height() < height() / 3)
            resizeDocks({map}, {height() * 2 / 5}, Qt::Vertical);
    });
    map->hide();
    annotations->raise(); // the list is what a new window shows at the bottom
}

void MainWindow::createStatusBar()
{
    for (AnnotationKind kind : allAnnotationKinds()) {
        // A swatch before each count, so the status bar doubles as the colour legend.
        auto *swatch = new QLabel(this);
        const int side = swatch->fontMetrics().height();
        swatch->setPixmap(KindStyle::icon(kind).pixmap(QSize(side, side), devicePixelRatio()));
        auto *label = new QLabel(this);
        label->setToolTip(tr("Number of %1 annotations").arg(displayName(kind).toLower()));
        statusBar()->addPermanentWidget(swatch);
        statusBar()->addPermanentWidget(label);
        m_countLabels.insert(kind, label);
    }
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    connect(m_list->model(), &AnnotationTableModel::countsChanged, this, &MainWindow::updateCounts);
    updateCounts();
}

void MainWindow::openFile(const QString &path)
{
    if (isProjectFile(path))
        openProject(path);
    else
        importArticles({path});
}

bool MainWindow::openProject(const QString &path)
{
    auto opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    closeProject();
    m_project = std::move(opened).value();
    connectProject();
    showProject();
    addRecentProject(m_project->filePath());
    if (m_project->isReadOnly())
        showError(tr("Opened read-only"), m_project->readOnlyNotice());
    saveSession();
    return true;
}

void MainWindow::closeProject()
{
    m_panes->closeAll();
    m_history->clear();
    m_list->setProject(nullptr);
    m_inspector->setProject(nullptr, nullptr);
    m_sharedPassages->setProject(nullptr, nullptr);
    m_map->setProject(nullptr, nullptr, nullptr);
    m_current = QUuid();
    m_relations.clear();
    m_project.reset();
}

void MainWindow::connectProject()
{
    Project *project = m_project.get();
    auto panesOf = [this](const QUuid &articleId) { return m_panes->panesShowing(articleId); };
    connect(project, &Project::annotationAdded, this, [panesOf](const Annotation &annotation) {
        for (ArticlePane *pane : panesOf(annotation.articleId))
            pane->view()->putAnnotation(annotation);
    });
    connect(project, &Project::annotationChanged, this, [panesOf](const Annotation &annotation) {
        for (ArticlePane *pane : panesOf(annotation.articleId))
            pane->view()->putAnnotation(annotation);
    });
    connect(project, &Project::annotationRemoved, this,
            [this, panesOf](const QUuid &id, const QUuid &articleId) {
                for (ArticlePane *pane : panesOf(articleId))
                    pane->view()->removeAnnotation(id);
                if (id == m_current)
                    setCurrentAnnotation({});
            });
    connect(project, &Project::articleAdded, this, &MainWindow::refreshArticleList);
    connect(project, &Project::articleRemoved, this, [this, panesOf](const QUuid &id) {
        for (ArticlePane *pane : panesOf(id))
            m_panes->closePane(pane);
        refreshArticleList();
    });
    connect(project, &Project::articleChanged, this, [this, panesOf](const QUuid &id) {
        auto article = m_project->article(id);
        auto annotations = m_project->annotationsOfArticle(id);
        if (!article || !annotations)
            return;
        for (ArticlePane *pane : panesOf(id)) {
            // A new version re-renders; an edit of the details only changes the header.
            if (pane->view()->document()->characterCount() - 1 != article->text.size() ||
                ArticleDocument::canonicalText(*pane->view()->document()) != article->text) {
                pane->showArticle(*article);
                pane->view()->setAnnotations(*annotations);
            } else {
                pane->updateDetails(*article);
            }
        }
        refreshArticleList();
    });
    connect(project, &Project::annotationSetsChanged, this, &MainWindow::refreshSets);
    m_list->setProject(project);
    m_inspector->setProject(project, m_history);
    m_sharedPassages->setProject(project, m_history);
    m_map->setProject(project, m_list->model(), m_list->filter());

    // The connectors between panes draw the project's relations; kept here, not queried per
    // paint.
    auto relations = project->relations();
    m_relations = relations ? std::move(relations).value() : QList<Relation>();
    connect(project, &Project::relationAdded, this, [this](const Relation &relation) {
        m_relations.append(relation);
        m_panes->splitter()->updateConnectors();
    });
    connect(project, &Project::relationRemoved, this, [this](const Relation &relation) {
        m_relations.removeIf([&](const Relation &r) { return r.id == relation.id; });
        m_panes->splitter()->updateConnectors();
    });
    auto redraw = [this] { m_panes->splitter()->updateConnectors(); };
    connect(project, &Project::annotationAdded, this, redraw);
    connect(project, &Project::annotationChanged, this, redraw);
    connect(project, &Project::annotationRemoved, this, redraw);
}

QList<Connector> MainWindow::connectorsBetween(ArticleView *left, ArticleView *right) const
{
    QList<Connector> connectors;
    for (const Relation &relation : m_relations) {
        const int fromLeft = left->positionOf(relation.fromId);
        const int toRight = right->positionOf(relation.toId);
        if (fromLeft >= 0 && toRight >= 0) {
            connectors.append({fromLeft, toRight, relation.kind, true});
            continue;
        }
        const int toLeft = left->positionOf(relation.toId);
        const int fromRight = right->positionOf(relation.fromId);
        if (toLeft >= 0 && fromRight >= 0)
            connectors.append({toLeft, fromRight, relation.kind, false});
    }
    return connectors;
}

void MainWindow::showProject()
{
    setWindowTitle(tr("%1[*] — Counterpoint").arg(m_project->name()));
    setWindowFilePath(m_project->filePath());
    m_readOnlyLabel->setVisible(m_project->isReadOnly());
    refreshArticleList();
    refreshSets();
    updateActions();
}

void MainWindow::refreshArticleList()
{
    const QUuid selected = m_articleList->currentItem()
                               ? m_articleList->currentItem()->data(Qt::UserRole).toUuid()
                               : QUuid();
    m_articleList->clear();
    if (!m_project)
        return;
    auto summaries = m_project->articleSummaries();
    if (!summaries) {
        showError(tr("Cannot list the articles"), summaries.errorMessage());
        return;
    }
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto *item = new QListWidgetItem(summary.title, m_articleList);
        item->setData(Qt::UserRole, summary.id);
        QStringList details;
        if (!summary.publisher.isEmpty())
            details.append(summary.publisher);
        if (!summary.published.isEmpty())
            details.append(summary.published);
        item->setToolTip(details.join(QStringLiteral(" · ")));
        if (summary.id == selected)
            m_articleList->setCurrentItem(item);
    }
}

void MainWindow::refreshSets()
{
    const QUuid current = m_targetSet->currentData().toUuid();
    m_targetSet->clear();
    if (!m_project)
        return;
    for (const AnnotationSet &set : *m_project->annotationSets())
        m_targetSet->addItem(set.name, set.id);
    const int index =
        m_targetSet->findData(current.isNull() ? m_project->defaultAnnotationSetId() : current);
    m_targetSet->setCurrentIndex(std::max(0, index));
}

ArticlePane *MainWindow::openArticle(const QUuid &articleId)
{
    if (!m_project)
        return nullptr;
    const QList<ArticlePane *> showing = m_panes->panesShowing(articleId);
    if (!showing.isEmpty()) {
        m_panes->setActivePane(showing.first());
        return showing.first();
    }
    auto article = m_project->article(articleId);
    auto annotations = m_project->annotationsOfArticle(articleId);
    if (!article || !annotations) {
        showError(tr("Cannot open the article"),
                  article ? annotations.errorMessage() : article.errorMessage());
        return nullptr;
    }
    ArticlePane *pane = m_panes->addPane();
    pane->showArticle(*article);
    pane->view()->setAnnotations(*annotations);
    pane->view()->setCurrentAnnotation(m_current);
    pane->view()->setDescriber(
        [this](const Annotation &annotation) { return describe(annotation); });
    connect(pane->view(), &ArticleView::annotationClicked, this, &MainWindow::setCurrentAnnotation);
    connect(pane->view(), &ArticleView::linkDropped, this, &MainWindow::offerLink);
    pane->view()->setContextActions(
        m_kindActions + QList<QAction *>{m_linkAction, m_reattachAction, m_deleteAction});
    connect(pane->view(), &QTextEdit::copyAvailable, this, &MainWindow::updateActions);
    return pane;
}

QUuid MainWindow::tagSelection(AnnotationKind kind)
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_project || !pane) {
        statusBar()->showMessage(tr("Open an article and select a passage to tag."), 5000);
        return {};
    }
    const TextRange passage = pane->view()->selectedPassage();
    if (passage.isEmpty()) {
        statusBar()->showMessage(tr("Select a passage in the article to tag it."), 5000);
        return {};
    }
    Annotation draft;
    draft.articleId = pane->articleId();
    draft.kind = kind;
    draft.start = passage.start;
    draft.end = passage.end;
    draft.setId = m_targetSet->currentData().toUuid();
    auto command = std::make_unique<AddAnnotationCommand>(*m_project, draft);
    AddAnnotationCommand *added = command.get();
    if (Status done = m_history->perform(std::move(command)); !done) {
        showError(tr("Cannot tag the passage"), done.errorMessage());
        return {};
    }
    const QUuid id = added->annotation().id;
    QTextCursor cursor = pane->view()->textCursor();
    cursor.clearSelection();
    pane->view()->setTextCursor(cursor);
    setCurrentAnnotation(id);
    statusBar()->showMessage(tr("Tagged as %1.").arg(displayName(kind).toLower()), 3000);
    return id;
}

void MainWindow::goToAnnotation(const QUuid &id)
{
    if (!m_project || id.isNull())
        return;
    auto annotation = m_project->annotation(id);
    if (!annotation)
        return;
    // Prefer the active pane when it shows the article already; else any pane; else a new one.
    ArticlePane *pane = m_panes->activePane();
    if (!pane || pane->articleId() != annotation->articleId)
        pane = openArticle(annotation->articleId);
    if (!pane)
        return;
    m_panes->setActivePane(pane);
    setCurrentAnnotation(id);
    pane->view()->revealAnnotation(id);
}

void MainWindow::setCurrentAnnotation(const QUuid &id)
{
    m_current = id;
    for (ArticlePane *pane : m_panes->panes())
        pane->view()->setCurrentAnnotation(id);
    if (m_inspector->annotationId() != id)
        m_inspector->showAnnotation(id);
    m_list->selectAnnotation(id);
    m_map->setCurrentAnnotation(id);
    updateActions();
}

void MainWindow::deleteCurrentAnnotation()
{
    if (!m_project || m_current.isNull())
        return;
    auto annotation = m_project->annotation(m_current);
    if (!annotation)
        return;
    Status done = m_history->perform(
        std::make_unique<RemoveAnnotationCommand>(*m_project, std::move(annotation).value()));
    if (!done)
        showError(tr("Cannot delete the annotation"), done.errorMessage());
}

void MainWindow::chooseArticleUpdate()
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_project || !pane)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Update “%1” from File").arg(pane->title()), QString(),
        tr("Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        updateArticleFromFile(pane->articleId(), path);
}

void MainWindow::updateArticleFromFile(const QUuid &articleId, const QString &path)
{
    if (!m_project)
        return;
    auto article = m_project->article(articleId);
    auto update = article ? ArticleUpdater(*m_project).prepare(articleId, path)
                          : Result<ArticleUpdate>(article.error());
    if (!update) {
        showError(tr("Cannot update the article"), update.errorMessage());
        return;
    }
    auto *dialog = new UpdateArticleDialog(article->title, *update, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, update = std::move(update).value()] {
        auto command = UpdateArticleCommand::create(*m_project, update);
        Status done =
            command ? m_history->perform(std::move(command).value()) : Status(command.error());
        if (!done) {
            showError(tr("Cannot update the article"), done.errorMessage());
            return;
        }
        const ReanchorSummary &summary = update.summary;
        statusBar()->showMessage(
            summary.orphaned == 0
                ? tr("Updated: every annotation found its passage.")
                : tr("Updated: %Ln annotation(s) lost their passage and wait to be re-attached.",
                     nullptr, summary.orphaned),
            8000);
    });
    dialog->open();
}

void MainWindow::showSharedPassage(const SameClaimSuggestion &suggestion)
{
    const PassageMatch &match = suggestion.passage.match;
    const QList<std::pair<QUuid, TextRange>> sides{
        {suggestion.passage.firstArticle, {match.firstStart, match.firstEnd}},
        {suggestion.passage.secondArticle, {match.secondStart, match.secondEnd}}};
    for (ArticlePane *pane : m_panes->panes())
        pane->view()->setMarkedPassage({});
    QList<ArticlePane *> shown;
    for (const auto &[articleId, range] : sides) {
        ArticlePane *pane = openArticle(articleId);
        if (!pane)
            return;
        pane->view()->setMarkedPassage(range);
        pane->view()->revealPassage(range);
        shown.append(pane);
    }
    // Next to each other, so the two passages can be read together.
    const qsizetype first = m_panes->panes().indexOf(shown.at(0));
    const qsizetype second = m_panes->panes().indexOf(shown.at(1));
    if (std::abs(first - second) > 1)
        m_panes->movePane(shown.at(1), int(first - second + (first < second ? 1 : -1)));
}

bool MainWindow::reattachCurrentAnnotation()
{
    ArticlePane *pane = m_panes->activePane();
    auto annotation = m_project && !m_current.isNull() ? m_project->annotation(m_current)
                                                       : Result<Annotation>(Error{});
    if (!pane || !annotation)
        return false;
    const TextRange passage = pane->view()->selectedPassage();
    if (pane->articleId() != annotation->articleId || passage.isEmpty()) {
        statusBar()->showMessage(
            tr("Select the passage in the annotation's own article to re-attach it."), 5000);
        return false;
    }
    Annotation after = *annotation;
    after.start = passage.start;
    after.end = passage.end;
    after.anchorState = AnchorState::Exact;
    Status done = m_history->perform(std::make_unique<UpdateAnnotationCommand>(
        *m_project, *annotation, after, UpdateAnnotationCommand::Field::Range));
    if (!done) {
        showError(tr("Cannot re-attach the annotation"), done.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Re-attached to the selected passage."), 3000);
    return true;
}

bool MainWindow::linkAnnotations(const QUuid &from, const QUuid &to, RelationKind kind)
{
    if (!m_project)
        return false;
    Relation relation;
    relation.fromId = from;
    relation.toId = to;
    relation.kind = kind;
    if (Status done =
            m_history->perform(std::make_unique<AddRelationCommand>(*m_project, relation));
        !done) {
        showError(tr("Cannot link the annotations"), done.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Linked: %1.").arg(displayName(kind).toLower()), 3000);
    return true;
}

void MainWindow::offerLink(const QUuid &from, const QUuid &to, const QPoint &globalPosition)
{
    if (!m_project || m_project->isReadOnly())
        return;
    auto source = m_project->annotation(from);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("relationMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Link as"));
    // The likely relation first, as in the Link dialog: a source supports, the rest rebut.
    QList<RelationKind> kinds = allRelationKinds();
    const RelationKind likely = source && source->kind == AnnotationKind::Source
                                    ? RelationKind::Supports
                                    : RelationKind::Rebuts;
    kinds.removeOne(likely);
    kinds.prepend(likely);
    for (RelationKind kind : std::as_const(kinds)) {
        QAction *action = menu->addAction(
            displayName(kind), this, [this, from, to, kind] { linkAnnotations(from, to, kind); });
        action->setData(int(kind));
    }
    menu->setActiveAction(menu->actions().value(1));
    // Not exec(): the drop must return to the dragging pane's event loop first.
    menu->popup(globalPosition);
}

void MainWindow::linkFrom(const QUuid &from)
{
    if (!m_project || from.isNull())
        return;
    auto *dialog = new LinkDialog(*m_project, m_list->model(), from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LinkDialog::linkChosen, this, [this](const Relation &relation) {
        linkAnnotations(relation.fromId, relation.toId, relation.kind);
    });
    dialog->open();
}

QString MainWindow::describe(const Annotation &annotation) const
{
    const AnnotationTableModel *names = m_list->model();
    QString text = QStringLiteral("<b>%1</b>").arg(displayName(annotation.kind).toHtmlEscaped());
    if (!annotation.actorId.isNull())
        text += QStringLiteral(" · ") + names->actorName(annotation.actorId).toHtmlEscaped();
    const QString tags = names->tagNames(annotation.tagIds);
    if (!tags.isEmpty())
        text += QStringLiteral("<br>") + tr("Tags: %1").arg(tags.toHtmlEscaped());
    if (!annotation.comment.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(annotation.comment.toHtmlEscaped());
    return text;
}

void MainWindow::importArticles(const QStringList &paths)
{
    if (!m_project) {
        showError(tr("No project is open"),
                  tr("Open or create a project first, then import “%1” into it.")
                      .arg(QFileInfo(paths.value(0)).fileName()));
        return;
    }
    ArticleImporter importer(*m_project);
    QStringList problems;
    int added = 0;
    QUuid last;
    for (const QString &path : paths) {
        auto imported = importer.importFile(path);
        if (!imported) {
            problems.append(imported.errorMessage());
            continue;
        }
        last = imported->articleId;
        if (!imported->alreadyPresent)
            ++added;
    }
    if (!last.isNull())
        openArticle(last);
    statusBar()->showMessage(tr("Imported %Ln article(s).", nullptr, added), 5000);
    if (!problems.isEmpty())
        showError(tr("Some files were not imported"), problems.join(u'\n'));
}

void MainWindow::restoreSession(const QString &projectPath)
{
    // Read everything first: opening the project saves the session anew.
    const QSettings settings;
    const QString lastProject = settings.value(QStringLiteral("session/project")).toString();
    const QStringList lastArticles =
        settings.value(QStringLiteral("session/articles")).toStringList();
    const QByteArray lastSplitter =
        settings.value(QStringLiteral("session/splitter")).toByteArray();

    const QString path = projectPath.isEmpty() ? lastProject : projectPath;
    if (path.isEmpty() || !QFileInfo::exists(path) || !openProject(path))
        return;
    // The panes of the last session come back with their project; any other project opens
    // with its first two articles side by side.
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(lastProject).absoluteFilePath()) {
        for (const QString &id : lastArticles)
            openArticle(QUuid::fromString(id));
        m_panes->splitter()->restoreState(lastSplitter);
    }
    if (m_panes->panes().isEmpty()) {
        if (auto summaries = m_project->articleSummaries()) {
            for (const ArticleSummary &summary : summaries->mid(0, 2))
                openArticle(summary.id);
        }
    }
    saveSession();
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("session/project"),
                      m_project ? m_project->filePath() : QString());
    QStringList articles;
    for (ArticlePane *pane : m_panes->panes())
        articles.append(pane->articleId().toString(QUuid::WithoutBraces));
    settings.setValue(QStringLiteral("session/articles"), articles);
    settings.setValue(QStringLiteral("session/splitter"), m_panes->splitter()->saveState());
    settings.setValue(QStringLiteral("session/synchronizedScrolling"),
                      m_syncScrollAction->isChecked());
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(++number).arg(QFileInfo(path).fileName()), this,
            [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(number > 0);
}

void MainWindow::newProject()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), QString(), projectFilter());
    if (path.isEmpty())
        return;
    if (!isProjectFile(path))
        path += u'.' + Project::fileSuffix();
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create the project"),
                  tr("“%1” already exists. Open it with File › Open Project.").arg(path));
        return;
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto created = Project::open(path, options);
    if (!created) {
        showError(tr("Cannot create the project"), created.errorMessage());
        return;
    }
    closeProject();
    m_project = std::move(created).value();
    connectProject();
    showProject();
    addRecentProject(path);
    saveSession();
}

void MainWindow::chooseProject()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseArticles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!paths.isEmpty())
        importArticles(paths);
}

ExportDialog *MainWindow::showExportDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog =
        new ExportDialog(*m_project, *m_list->model(), m_list->filter()->visibleIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &path, const ExportOutcome &outcome) {
                statusBar()->showMessage(tr("Exported %Ln annotation(s), %1 and %2 to “%3”.",
                                            nullptr, outcome.annotations)
                                             .arg(tr("%Ln link(s)", nullptr, outcome.relations),
                                                  tr("%Ln article(s)", nullptr, outcome.articles),
                                                  QFileInfo(path).fileName()),
                                         10000);
            });
    connect(dialog, &ExportDialog::exportFailed, this,
            [this](const QString &, const QString &message) {
                showError(tr("Cannot export the annotations"), message);
            });
    connect(dialog, &ExportDialog::exportCancelled, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Export cancelled: “%1” was not written.").arg(QFileInfo(path).fileName()), 10000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseAnnotationFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Annotations"), QString(),
        tr("Web annotations and REFI-QDA projects (*.jsonld *.json *.qdpx);;All files (*)"));
    if (!path.isEmpty())
        importAnnotationsFrom(path);
}

bool MainWindow::importAnnotationsFrom(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!m_project) {
        showError(tr("No project is open"),
                  tr("Open or create a project first, then import “%1” into it.").arg(fileName));
        return false;
    }
    const std::unique_ptr<QProgressDialog> progress(createTaskProgress(
        this, tr("Reading “%1”…").arg(fileName), QStringLiteral("importProgress")));
    const auto cancelled = [this] {
        statusBar()->showMessage(tr("Import cancelled: the project is unchanged."), 10000);
        return false;
    };
    // Parsing a large file takes seconds and needs no project: off this thread, so the window
    // keeps painting and Cancel answers at once. A small one is read here, at once, without a
    // dialog flashing up.
    constexpr qint64 readHereBelow = 4 << 20;
    const Project *target = m_project.get();
    const auto read = QFileInfo(path).size() < readHereBelow
                          ? std::optional(AnnotationFile::read(path))
                          : runBusy(progress.get(), [path] { return AnnotationFile::read(path); });
    // The dialog is window-modal from the start, so nothing should have closed or replaced the
    // project meanwhile; should it have, the file is not imported into another one.
    if (!read || m_project.get() != target)
        return cancelled();
    if (!*read) {
        progress->close();
        showError(tr("Cannot import annotations"), read->errorMessage());
        return false;
    }
    progress->setLabelText(tr("Importing annotations from “%1”…").arg(fileName));
    auto imported = [&] {
        // One reload afterwards rather than a signal per annotation: thousands of them would
        // have the list and the panes redo their work thousands of times.
        const QSignalBlocker quiet(m_project.get());
        return (*read)->importInto(*m_project, progressCallback(progress.get()));
    }();
    progress->close();
    if (!imported) {
        if (imported.error().code == Error::Code::Cancelled)
            return cancelled();
        showError(tr("Cannot import annotations"), imported.errorMessage());
        return false;
    }
    reloadProjectViews();

    const AnnotationImportReport &report = *imported;
    // An undo step recorded before the import could put back a state the import replaced, or
    // remove what it linked to: the history ends here once the import has changed anything.
    const bool changed =
        report.added + report.updated + report.relationsAdded + report.articlesAdded > 0;
    const bool historyEnded = changed && m_history->stack()->count() > 0;
    if (changed)
        m_history->clear();
    QStringList lines;
    lines.append(tr("Added: %Ln annotation(s)", nullptr, report.added));
    lines.append(tr("Updated: %Ln annotation(s)", nullptr, report.updated));
    lines.append(tr("Unchanged: %Ln annotation(s)", nullptr, report.unchanged));
    if (report.relationsAdded > 0)
        lines.append(tr("Links added: %1").arg(report.relationsAdded));
    if (report.articlesAdded > 0)
        lines.append(tr("Articles added: %1").arg(report.articlesAdded));
    if (!report.skipped.isEmpty())
        lines.append(tr("Skipped: %Ln item(s), listed under Show Details", nullptr,
                        int(report.skipped.size())));
    if (historyEnded)
        lines.append(tr("Edits made before the import can no longer be undone."));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Annotations imported"),
                                tr("Imported “%1”.").arg(fileName), QMessageBox::Ok, this);
    box->setInformativeText(lines.join(u'\n'));
    if (!report.skipped.isEmpty())
        box->setDetailedText(report.skipped.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importReport"));
    box->open();
    statusBar()->showMessage(
        tr("Imported %Ln annotation(s) from “%1”.", nullptr, report.added + report.updated)
            .arg(fileName),
        10000);
    return true;
}

void MainWindow::reloadProjectViews()
{
    m_list->reload();
    auto relations = m_project->relations();
    m_relations = relations ? std::move(relations).value() : QList<Relation>();
    for (ArticlePane *pane : m_panes->panes()) {
        if (auto annotations = m_project->annotationsOfArticle(pane->articleId()))
            pane->view()->setAnnotations(*annotations);
    }
    refreshArticleList();
    refreshSets();
    setCurrentAnnotation(m_current);
    m_inspector->showAnnotation(m_current);
    m_panes->splitter()->updateConnectors();
    // Both catch up lazily: the map when it is next shown, the passages on their next search.
    m_map->setProject(m_project.get(), m_list->model(), m_list->filter());
    m_sharedPassages->setProject(m_project.get(), m_history);
}

void MainWindow::showSource()
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_project || !pane)
        return;
    auto article = m_project->article(pane->articleId());
    if (!article) {
        showError(tr("Cannot show the source"), article.errorMessage());
        return;
    }
    auto *viewer = new SourceViewer(*article, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void MainWindow::updateActions()
{
    const bool writable = m_project && !m_project->isReadOnly();
    const bool hasPane = m_panes->activePane() != nullptr;
    for (QAction *action : std::as_const(m_kindActions))
        action->setEnabled(writable && hasPane);
    m_importAction->setEnabled(writable);
    m_importAnnotationsAction->setEnabled(writable);
    m_exportAction->setEnabled(m_project != nullptr);
    m_sourceAction->setEnabled(hasPane);
    m_deleteAction->setEnabled(writable && !m_current.isNull());
    m_linkAction->setEnabled(writable && !m_current.isNull());
    m_closePaneAction->setEnabled(hasPane);
    m_updateArticleAction->setEnabled(writable && hasPane);
    m_reattachAction->setEnabled(writable && hasPane && !m_current.isNull());
    m_targetSet->setEnabled(writable);
}

void MainWindow::updateCounts()
{
    const QHash<AnnotationKind, int> counts = m_list->model()->countsByKind();
    for (AnnotationKind kind : allAnnotationKinds())
        m_countLabels.value(kind)->setText(
            tr("%1: %L2").arg(displayName(kind)).arg(counts.value(kind)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Not exec(): a modal loop would stall the caller, and tests could not see the message.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList projects;
    QStringList articles;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        (isProjectFile(url.toLocalFile()) ? projects : articles).append(url.toLocalFile());
    }
    if (!projects.isEmpty())
        openProject(projects.first());
    if (!articles.isEmpty())
        importArticles(articles);
    event->acceptProposedAction();
}

} // namespace counterpoint::ui
