#include "MainWindow.h"

#include "ui/agreement/AgreementDialog.h"
#include "ui/agreement/MergeFlow.h"
#include "ui/articles/ArticleActions.h"
#include "ui/charts/ChartsView.h"
#include "ui/common/KindStyle.h"
#include "ui/common/LocalDate.h"
#include "ui/curation/CurationDialog.h"
#include "ui/dialogs/ActorManagerDialog.h"
#include "ui/dialogs/LinkDialog.h"
#include "ui/dialogs/MemoEditor.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/SetManagerDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/dialogs/TagManagerDialog.h"
#include "ui/help/UserGuide.h"
#include "ui/inspector/Inspector.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationListPanel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/list/ArticleListModel.h"
#include "ui/list/ArticleListView.h"
#include "ui/map/ArgumentMapView.h"
#include "ui/passages/SharedPassagesPanel.h"
#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/FindBar.h"
#include "ui/reader/PaneConnectors.h"
#include "ui/reader/SourceViewer.h"
#include "ui/search/SearchPanel.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/ArticleUpdateFlow.h"
#include "ui/shell/BackupFlow.h"
#include "ui/shell/DockFocus.h"
#include "ui/shell/ExportFlow.h"
#include "ui/shell/ImportFlow.h"
#include "ui/shell/IntegrityCheckFlow.h"
#include "ui/shell/PaneArea.h"
#include "ui/shell/PrintFlow.h"
#include "ui/shell/ProjectLifecycle.h"
#include "ui/shell/ProjectPanes.h"
#include "ui/shell/ScreenFit.h"
#include "ui/shell/ShortActionText.h"
#include "ui/shell/WhatsThis.h"

#include "edit/EditHistory.h"
#include "log/LogCategories.h"
#include "session/LiveRefresh.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "ui/shell/LockWaitDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace counterpoint::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_panes(new PaneArea(this))
    , m_projectPanes(new ProjectPanes(m_panes, this))
    , m_articleList(new ArticleListView(this))
    , m_articleModel(new ArticleListModel(this))
    , m_articleSort(new QSortFilterProxyModel(this))
    , m_list(new AnnotationListPanel(this))
    , m_inspector(new Inspector(this))
    , m_sharedPassages(new SharedPassagesPanel(this))
    , m_search(new SearchPanel(this))
    , m_map(new ArgumentMapView(this))
    , m_charts(new ChartsView(this))
    , m_targetSet(new QComboBox(this))
    , m_lifecycle(new ProjectLifecycle(*this))
    , m_import(std::make_unique<ImportFlow>(*this))
    , m_update(std::make_unique<ArticleUpdateFlow>(*this))
    , m_export(std::make_unique<ExportFlow>(*this))
    , m_print(std::make_unique<PrintFlow>(*this))
    , m_backups(new BackupFlow(*this))
    , m_integrity(new IntegrityCheckFlow(*this))
{
    installLockWaitDialog(); // an edit waits for another program's write lock, off this thread
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Counterpoint"));
    setAcceptDrops(true);
    setCentralWidget(m_panes);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    updatePlaceholder();

    connect(m_panes, &PaneArea::panesChanged, this, [this] {
        updateActions();
        m_lifecycle->saveSession();
    });
    connect(m_panes, &PaneArea::activePaneChanged, this, &MainWindow::updateActions);
    connect(m_projectPanes, &ProjectPanes::errorOccurred, this, &MainWindow::showError);
    connect(m_list, &AnnotationListPanel::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_list, &AnnotationListPanel::errorOccurred, this, &MainWindow::showError);
    connect(
        m_list->model(), &AnnotationTableModel::errorOccurred, this,
        [this](const QString &message) { showError(tr("Cannot list the annotations"), message); });
    connect(m_inspector, &Inspector::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_map, &ArgumentMapView::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_map, &ArgumentMapView::annotationSelected, this, &MainWindow::setCurrentAnnotation);
    connect(m_map, &ArgumentMapView::errorOccurred, this, &MainWindow::showError);
    connect(m_charts, &ChartsView::annotationActivated, this, &MainWindow::goToAnnotation);
    // A chart's bar or cell chooses its rows in the list first, so that a bulk edit reaches
    // them; the first of them then becomes the current annotation.
    connect(m_charts, &ChartsView::annotationsChosen, m_list,
            &AnnotationListPanel::selectAnnotations);
    connect(m_charts, &ChartsView::annotationSelected, this, &MainWindow::setCurrentAnnotation);
    connect(m_charts, &ChartsView::errorOccurred, this, &MainWindow::showError);
    connect(m_inspector, &Inspector::linkRequested, this, &MainWindow::linkFrom);
    m_inspector->setReattachAction(m_reattachAction);
    connect(m_sharedPassages, &SharedPassagesPanel::suggestionChosen, this,
            &MainWindow::showSharedPassage);
    connect(m_sharedPassages, &SharedPassagesPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_sharedPassages, &SharedPassagesPanel::suggestionsChanged, this,
            &MainWindow::markChosenSharedPassage);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showSearchHit);
    connect(m_search, &SearchPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_inspector, &Inspector::errorOccurred, this, [this](const QString &message) {
        showError(tr("Cannot change the annotation"), message);
    });
    // Enter or a double-click (the platform's activation) opens the article in a pane.
    connect(m_articleList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (ArticlePane *pane = openArticle(index.data(ArticleListModel::IdRole).toUuid()))
            pane->view()->setFocus();
    });

    // The first window fits the screen it opens on, whatever its size and scale factor; a
    // restored one too, should the screen have shrunk since (issue 20, defect 13).
    resize(ScreenFit::defaultSize(this));
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    ScreenFit::fit(this);
    m_syncScrollAction->setChecked(
        settings.value(QStringLiteral("session/synchronizedScrolling"), false).toBool());
    // Coding stripes on by default: at 1280x800 with two panes (about 300 px of text each) the
    // bars take about 25 px, and their labels come only where a pane keeps 50 characters a line
    // beside them (at 1920x1200, not at 1280x800).
    m_stripesAction->setChecked(
        settings.value(QStringLiteral("view/codingStripes"), true).toBool());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the session: let them go first.
    showViewsOf(nullptr);
}

Project *MainWindow::project() const
{
    return m_session ? &m_session->project() : nullptr;
}

EditHistory *MainWindow::history() const
{
    return m_session ? &m_session->history() : nullptr;
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
    connect(m_importAction, &QAction::triggered, this, [this] { m_import->chooseArticles(); });

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
    connect(m_updateArticleAction, &QAction::triggered, this,
            [this] { m_update->chooseUpdateOfActivePane(); });

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

    m_stripesAction = new QAction(tr("Coding S&tripes"), this);
    m_stripesAction->setCheckable(true);
    m_stripesAction->setStatusTip(
        tr("Show a bar beside the text for every annotation, with its actor and tags"));
    connect(m_stripesAction, &QAction::toggled, this, [this](bool shown) {
        for (ArticlePane *pane : m_panes->panes())
            pane->view()->setStripesShown(shown);
        QSettings().setValue(QStringLiteral("view/codingStripes"), shown);
    });

    m_printAction = new QAction(tr("&Print Article…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the active pane's article with its highlights and "
                                   "coding stripes"));
    connect(m_printAction, &QAction::triggered, this, [this] { m_print->choosePrinter(); });
    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    connect(m_printPreviewAction, &QAction::triggered, this, [this] { m_print->showPreview(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this,
                    [this] { m_lifecycle->newProject(); });
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this,
                    [this] { m_lifecycle->chooseProject(); });
    file->addAction(tr("Connect to &Server…"), this, [this] { m_lifecycle->connectToServer(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_lifecycle->setRecentMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_updateArticleAction);
    m_importAnnotationsAction =
        file->addAction(tr("Import &Annotations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                        this, [this] { m_import->chooseAnnotationFile(); });
    m_exportAction = file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                     this, &MainWindow::showExportDialog);
    file->addAction(m_map->exportAction());
    file->addAction(m_charts->exportAction());
    file->addAction(tr("&Merge Project…"), this, [this] { MergeFlow(*this).chooseFile(); });
    file->addSeparator();
    m_saveCopyAction =
        file->addAction(tr("Save a &Copy…"), this, [this] { m_backups->chooseCopy(); });
    m_restoreAction = file->addAction(tr("Restore from &Backup…"), this,
                                      [this] { m_backups->chooseBackupToRestore(); });
    m_checkAction =
        file->addAction(tr("Chec&k Project"), this, [this] { m_integrity->checkNow(); });
    m_checkAction->setStatusTip(tr("Read every page of the project file and say whether it is "
                                   "damaged"));
    file->addSeparator();
    file->addAction(m_printAction);
    file->addAction(m_printPreviewAction);
    file->addSeparator();
    file->addAction(m_closePaneAction);
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One history per project: the group's actions follow whichever is open.
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere; Ctrl+Y too where the platform says so.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    keepTextShort(undo);
    keepTextShort(redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_kindActions);
    edit->addSeparator();
    m_manageTagsAction = edit->addAction(tr("Manage &Tags…"), this, [this] {
        if (!m_session)
            return;
        auto *dialog = new TagManagerDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TagManagerDialog::errorOccurred, this, [this](const QString &message) {
            showError(tr("Cannot change the tag"), message);
        });
        dialog->open();
    });
    m_manageActorsAction = edit->addAction(tr("Manage &Actors…"), this, [this] {
        if (!m_session)
            return;
        auto *dialog = new ActorManagerDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ActorManagerDialog::errorOccurred, this, [this](const QString &message) {
            showError(tr("Cannot change the actor"), message);
        });
        dialog->open();
    });
    m_manageTagsAction->setObjectName(QStringLiteral("manageTagsAction"));
    m_manageActorsAction->setObjectName(QStringLiteral("manageActorsAction"));
    m_manageSetsAction = edit->addAction(tr("Manage Annotation &Sets…"), this, [this] {
        if (!m_session)
            return;
        auto *dialog = new SetManagerDialog(*m_session, m_targetSet->currentData().toUuid(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SetManagerDialog::errorOccurred, this, [this](const QString &message) {
            showError(tr("Cannot change the annotation set"), message);
        });
        connect(dialog, &SetManagerDialog::currentSetChosen, this, [this](const QUuid &id) {
            refreshSets(); // a set made a moment ago is in the list
            m_targetSet->setCurrentIndex(std::max(0, m_targetSet->findData(id)));
        });
        dialog->open();
    });
    m_manageSetsAction->setObjectName(QStringLiteral("manageSetsAction"));
    m_projectMemoAction = edit->addAction(tr("Project &Memo…"), this, [this] {
        if (m_session)
            openMemo(MemoSubject::Project, {}, QString());
    });
    m_projectMemoAction->setObjectName(QStringLiteral("projectMemoAction"));
    QAction *preferences =
        edit->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                        &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    edit->addAction(m_linkAction);
    edit->addAction(m_reattachAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_list->editSelectedAction());
    edit->addSeparator();
    // Find in the active pane (issue 16): Ctrl+F and F3 as in Kate and Okular. The annotation
    // list's filter has a key of its own.
    auto withFindBar = [this](void (FindBar::*act)()) {
        return [this, act] {
            if (ArticlePane *pane = m_panes->activePane())
                (pane->findBar()->*act)();
        };
    };
    m_findAction = edit->addAction(tr("&Find in Article…"), QKeySequence::Find, this,
                                   withFindBar(&FindBar::activate));
    m_findNextAction = edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this,
                                       withFindBar(&FindBar::findNext));
    m_findPreviousAction = edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, this,
                                           withFindBar(&FindBar::findPrevious));
    edit->addAction(tr("Find in &Annotations"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                    m_list, &AnnotationListPanel::focusSearch);
    edit->addAction(m_searchProjectAction);

    // Article: clean-up, split and versions (ui/articles).
    m_articleActions = new ArticleActions(
        this,
        {[this] { return m_session.get(); },
         [this] { return m_panes->activePane() ? m_panes->activePane()->articleId() : QUuid(); },
         [this] {
             return m_panes->activePane() ? m_panes->activePane()->view()->selectedPassage()
                                          : TextRange();
         },
         [this](const QUuid &id) { openArticle(id); },
         [this](const QUuid &id, const QString &title) {
             openMemo(MemoSubject::Article, id, title);
         }});
    menuBar()->addMenu(m_articleActions->menu());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_syncScrollAction);
    m_viewMenu->addAction(m_stripesAction);
    m_viewMenu->addAction(tr("&Agreement…"), this,
                          [this] { AgreementDialog::showFor(this, session()); });
    m_viewMenu->addAction(tr("C&urate…"), this,
                          [this] { CurationDialog::showFor(this, session()); });
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
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        auto *dialog = new UserGuide(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    describeMainPanes(*this, help);
    help->addSeparator();
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
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleSort->setSourceModel(m_articleModel);
    m_articleSort->setSortRole(ArticleListModel::SortRole);
    m_articleSort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_articleList->setModel(m_articleSort);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAllColumnsShowFocus(true);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleList->setTextElideMode(Qt::ElideRight);
    // Unsorted until the user clicks a header: the project's own order (by import) comes first.
    m_articleList->setSortingEnabled(true);
    m_articleList->sortByColumn(-1, Qt::AscendingOrder);
    // The dock is narrow at 1280 px: the title takes what is left, the publisher a dozen
    // characters (elided, whole in the tooltip, wider by dragging), date and count what they need.
    QHeaderView *articleHeader = m_articleList->header();
    articleHeader->setStretchLastSection(false);
    articleHeader->setMinimumSectionSize(fontMetrics().averageCharWidth() * 3);
    articleHeader->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    articleHeader->setSectionResizeMode(ArticleListModel::PublisherColumn,
                                        QHeaderView::Interactive);
    articleHeader->resizeSection(ArticleListModel::PublisherColumn,
                                 fontMetrics().averageCharWidth() * 12);
    for (const int column :
         {int(ArticleListModel::DateColumn), int(ArticleListModel::AnnotationsColumn)})
        articleHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    QDockWidget *articles = addDock(tr("Articles"), QStringLiteral("articlesDock"), m_articleList,
                                    Qt::LeftDockWidgetArea);
    QDockWidget *inspector = addDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector,
                                     Qt::RightDockWidgetArea);
    // Panes never squeeze the side docks to slivers, and a squeezed width saved by an older
    // version cannot come back (issue 20, defect 1); the inspector is wide enough for its links
    // and the tag list (defect 8).
    articles->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    inspector->setMinimumWidth(std::max(320, fontMetrics().averageCharWidth() * 42));
    QDockWidget *annotations = addDock(tr("Annotations"), QStringLiteral("annotationsDock"), m_list,
                                       Qt::BottomDockWidgetArea);
    // Beside the list, not over the articles: reviewing suggestions means reading both panes.
    QDockWidget *passages = addDock(tr("Shared Passages"), QStringLiteral("sharedPassagesDock"),
                                    m_sharedPassages, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, passages);
    // The Search panel (issue 16) a tab beside them: its hits are read against the panes too.
    QDockWidget *searchDock =
        addDock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, searchDock);
    // Edit › Search Project (Ctrl+Shift+F) brings the panel to the front with the focus in its
    // field, once DockFocus has enabled the tab that came to the front.
    m_searchProjectAction = new QAction(tr("&Search Project…"), this);
    m_searchProjectAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    connect(m_searchProjectAction, &QAction::triggered, this, [this, searchDock] {
        searchDock->show();
        searchDock->raise();
        QTimer::singleShot(0, m_search, &SearchPanel::focusQuery);
    });
    resizeDocks({articles, inspector}, {230, inspector->minimumWidth() + 20}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("annotationsDock"))}, {260}, Qt::Vertical);
    // The map shares the bottom with the list, a tab away, until the analyst floats it to read
    // it large; closed until asked for.
    QDockWidget *map = addDock(tr("Argument Map"), QStringLiteral("argumentMapDock"), m_map,
                               Qt::BottomDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("annotationsDock")), map);
    map->toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    // Behind the list's tab the map is open but unseen: Ctrl+Shift+M brings it to the front
    // rather than closing it (issue 20, defect 4).
    connect(map, &QDockWidget::visibilityChanged, this, [map](bool visible) {
        if (visible || !map->isHidden())
            map->setProperty("behindTab", !visible);
    });
    connect(map->toggleViewAction(), &QAction::triggered, this, [this, map](bool shown) {
        if (!shown && map->property("behindTab").toBool()) {
            map->show();
            shown = true;
        }
        map->setProperty("behindTab", false);
        if (!shown)
            return;
        map->raise(); // its tab in front of the list's
        // A map needs more room than a list: give it a good part of the height when opened.
        if (!map->isFloating() && map->height() < height() / 3)
            resizeDocks({map}, {height() * 2 / 5}, Qt::Vertical);
    });
    map->hide();
    // The charts (issue 16 item 3) likewise: a tab beside the list, closed until asked for.
    QDockWidget *charts =
        addDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, charts);
    charts->toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    connect(charts, &QDockWidget::visibilityChanged, this, [charts](bool visible) {
        if (visible || !charts->isHidden())
            charts->setProperty("behindTab", !visible);
    });
    connect(charts->toggleViewAction(), &QAction::triggered, this, [this, charts](bool shown) {
        if (!shown && charts->property("behindTab").toBool()) {
            charts->show();
            shown = true;
        }
        charts->setProperty("behindTab", false);
        if (!shown)
            return;
        charts->raise();
        if (!charts->isFloating() && charts->height() < height() / 3)
            resizeDocks({charts}, {height() * 2 / 5}, Qt::Vertical);
        QTimer::singleShot(0, m_charts, [this] { m_charts->setFocus(Qt::ShortcutFocusReason); });
    });
    charts->hide();
    annotations->raise(); // the list is what a new window shows at the bottom
    // F6 goes from the reader to each dock in turn; docks behind a tab take no focus.
    new DockFocus(*this, [this]() -> QWidget * { return m_panes->activePane(); },
                  {articles, annotations, passages, searchDock, map, charts, inspector});
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
    if (ProjectLifecycle::isProjectFile(path))
        openProject(path);
    else
        importArticles({path});
}

bool MainWindow::openProject(const QString &path)
{
    return m_lifecycle->openProject(path);
}

void MainWindow::restoreSession(const QString &projectPath)
{
    m_lifecycle->restoreSession(projectPath);
}

void MainWindow::importArticles(const QStringList &paths)
{
    m_import->importArticles(paths);
}

bool MainWindow::importAnnotationsFrom(const QString &path)
{
    return m_import->importAnnotationsFrom(path);
}

ExportDialog *MainWindow::showExportDialog()
{
    return m_export->showDialog();
}

void MainWindow::updateArticleFromFile(const QUuid &articleId, const QString &path)
{
    m_update->updateFromFile(articleId, path);
}

void MainWindow::showViewsOf(ProjectSession *session)
{
    m_list->setSession(session);
    m_inspector->setSession(session);
    m_sharedPassages->setSession(session);
    m_search->setSession(session);
    m_map->setSession(session, session ? m_list->model() : nullptr,
                      session ? m_list->filter() : nullptr);
    m_charts->setSession(session, session ? m_list->model() : nullptr,
                         session ? m_list->filter() : nullptr);
    m_projectPanes->setSession(session);
}

void MainWindow::closeProject()
{
    m_panes->closeAll();
    showViewsOf(nullptr);
    m_current = QUuid();
    if (m_session)
        m_undoGroup->removeStack(m_session->history().stack());
    m_session.reset();
    refreshArticleList();
    refreshSets();
    updateActions();
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    // What to do next depends on whether a project is open (issue 20, defect 16).
    m_panes->setPlaceholderText(
        m_session ? tr("Double-click an article in the Articles list to read it here, or import "
                       "articles (Ctrl+I). Open several to read them side by side.")
                  : tr("Open a project (Ctrl+O) or import articles (Ctrl+I), then double-click an "
                       "article to read it here. Open several to read them side by side."));
}

void MainWindow::adoptSession(std::unique_ptr<ProjectSession> session)
{
    closeProject();
    m_session = std::move(session);
    ProjectSession *current = m_session.get();
    Project *project = &current->project();
    m_undoGroup->addStack(current->history().stack());
    m_undoGroup->setActiveStack(current->history().stack());
    connect(&current->history(), &EditHistory::failed, this,
            [this](const QString &message) { showError(tr("Cannot undo or redo"), message); });
    connect(project, &Project::annotationRemoved, this, [this](const QUuid &id) {
        if (id == m_current)
            setCurrentAnnotation({});
    });
    connect(project, &Project::articleAdded, this, &MainWindow::refreshArticleList);
    connect(project, &Project::articleRemoved, this, &MainWindow::refreshArticleList);
    connect(project, &Project::articleChanged, this, &MainWindow::refreshArticleList);
    connect(project, &Project::reset, this, &MainWindow::afterReset);
    // Others' commits appear in every view as they come (live refresh); the status bar says who.
    LiveRefresh *live = &current->liveRefresh();
    connect(live, &LiveRefresh::changedElsewhere, this,
            [this](const QStringList &authors, int count) {
                qCDebug(lcUi) << count << "changes by" << authors << "shown as they came";
                statusBar()->showMessage(tr("%1 changed the project; shown here as it is now.")
                                             .arg(authors.join(QStringLiteral(", "))),
                                         8000);
            });
    connect(live, &LiveRefresh::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(live, &LiveRefresh::recovered, this, [this] {
        statusBar()->showMessage(tr("Up to date again with %1.").arg(m_session->project().name()),
                                 5000);
    });
    connect(&current->readModel(), &ProjectReadModel::namesChanged, this, &MainWindow::refreshSets);
    connect(&current->readModel(), &ProjectReadModel::errorOccurred, this,
            [this](const QString &message) { showError(tr("Cannot read the project"), message); });
    showViewsOf(current);

    // A server project says where it lives and as whom, in the title and the status bar.
    setWindowTitle(
        project->isOnServer()
            ? tr("%1[*] — %2 — Counterpoint").arg(project->name(), project->whereAndWho())
            : tr("%1[*] — Counterpoint").arg(project->name()));
    setWindowFilePath(project->isOnServer() ? QString() : project->filePath());
    m_readOnlyLabel->setVisible(project->isReadOnly());
    m_backups->backUpOpenProject();   // once a day, off this thread
    m_integrity->checkInBackground(); // the open itself checked only the header
    if (project->isOnServer())
        statusBar()->showMessage(tr("Connected to %1").arg(project->whereAndWho()));
    refreshArticleList();
    refreshSets();
    updateActions();
    updatePlaceholder();
}

void MainWindow::afterReset()
{
    // The views reload themselves; the window keeps the current annotation if it is still there.
    refreshArticleList();
    if (!m_current.isNull() && !m_session->project().annotation(m_current)) {
        qCDebug(lcUi) << "The current annotation went in a bulk change";
        setCurrentAnnotation({});
    } else {
        setCurrentAnnotation(m_current);
    }
}

void MainWindow::refreshArticleList()
{
    const QModelIndex current = m_articleList->currentIndex();
    const QUuid selected =
        current.isValid() ? current.data(ArticleListModel::IdRole).toUuid() : QUuid();
    // The read model has read them already, after the same change.
    m_articleModel->setArticles(m_session ? m_session->readModel().articleSummaries()
                                          : QList<ArticleSummary>());
    if (const QModelIndex again = m_articleModel->indexOf(selected); again.isValid())
        m_articleList->setCurrentIndex(m_articleSort->mapFromSource(again));
}

void MainWindow::refreshSets()
{
    const QUuid current = m_targetSet->currentData().toUuid();
    m_targetSet->clear();
    if (!m_session)
        return;
    for (const AnnotationSet &set : m_session->readModel().annotationSets())
        m_targetSet->addItem(set.name, set.id);
    // The set chosen before, unless it went (deleted, its creation undone): the default then.
    int index = m_targetSet->findData(current);
    if (index < 0)
        index = m_targetSet->findData(m_session->project().defaultAnnotationSetId());
    m_targetSet->setCurrentIndex(std::max(0, index));
}

ArticlePane *MainWindow::openArticle(const QUuid &articleId)
{
    if (!m_session)
        return nullptr;
    const QList<ArticlePane *> showing = m_panes->panesShowing(articleId);
    if (!showing.isEmpty()) {
        m_panes->setActivePane(showing.first());
        return showing.first();
    }
    auto article = m_session->project().article(articleId);
    auto annotations = m_session->project().annotationsOfArticle(articleId);
    if (annotations) // not other analysts' sets while the project codes blind
        *annotations = m_session->readModel().visible(std::move(annotations).value());
    if (!article || !annotations) {
        showError(tr("Cannot open the article"),
                  article ? annotations.errorMessage() : article.errorMessage());
        return nullptr;
    }
    ArticlePane *pane = m_panes->addPane();
    pane->view()->setFont(Appearance::readerFont());
    pane->showArticle(*article);
    pane->view()->setAnnotations(*annotations);
    pane->view()->setCurrentAnnotation(m_current);
    pane->view()->setDescriber(
        [this](const Annotation &annotation) { return describe(annotation); });
    pane->view()->setStripeLabeller(
        [this](const Annotation &annotation) { return stripeLabel(annotation); });
    pane->view()->setStripesShown(m_stripesAction->isChecked());
    connect(pane->view(), &ArticleView::annotationClicked, this, &MainWindow::setCurrentAnnotation);
    connect(pane->view(), &ArticleView::linkDropped, this, &MainWindow::offerLink);
    // The Article menu's own actions on a selection, not copies: one enabled state, one tooltip.
    pane->view()->setContextActions(
        m_kindActions + QList<QAction *>{m_linkAction, m_reattachAction, m_deleteAction} +
        m_articleActions->selectionActions());
    connect(pane->view(), &QTextEdit::copyAvailable, this, &MainWindow::updateActions);
    return pane;
}

QUuid MainWindow::tagSelection(AnnotationKind kind)
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_session || !pane) {
        showStatus(tr("Open an article and select a passage to tag."), 5000);
        return {};
    }
    const TextRange passage = pane->view()->selectedPassage();
    if (passage.isEmpty()) {
        showStatus(tr("Select a passage in the article to tag it."), 5000);
        return {};
    }
    auto tagged = m_session->tagPassage(pane->articleId(), passage.start, passage.end, kind,
                                        m_targetSet->currentData().toUuid());
    if (!tagged) {
        showError(tr("Cannot tag the passage"), tagged.errorMessage());
        return {};
    }
    QTextCursor cursor = pane->view()->textCursor();
    cursor.clearSelection();
    pane->view()->setTextCursor(cursor);
    setCurrentAnnotation(tagged->id);
    showStatus(tr("Tagged as %1.").arg(displayName(kind).toLower()), 3000);
    return tagged->id;
}

void MainWindow::goToAnnotation(const QUuid &id)
{
    if (!m_session || id.isNull())
        return;
    auto annotation = m_session->project().annotation(id);
    if (!annotation) {
        showError(tr("Cannot show the annotation"), annotation.errorMessage());
        return;
    }
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
    // Delete in the list with several rows chosen deletes them all, in one undo step.
    const int chosen = int(m_list->selectedIds().size());
    if (m_session && chosen > 1 && m_list->isAncestorOf(QApplication::focusWidget())) {
        if (!PreferencesDialog::confirmBeforeDelete()) {
            m_list->deleteSelected();
            return;
        }
        auto *question = new QMessageBox(
            QMessageBox::Question, tr("Delete Annotations"),
            tr("Delete the %n annotation(s) and their links? Edit › Undo brings them back.",
               nullptr, chosen),
            QMessageBox::Yes | QMessageBox::No, this);
        question->setObjectName(QStringLiteral("confirmDelete"));
        question->setAttribute(Qt::WA_DeleteOnClose);
        question->setDefaultButton(QMessageBox::No);
        const QList<QUuid> ids = m_list->selectedIds();
        connect(question, &QMessageBox::finished, this, [this, ids](int answer) {
            if (answer == QMessageBox::Yes && m_session && m_list->selectedIds() == ids)
                m_list->deleteSelected();
        });
        question->open();
        return;
    }
    if (!m_session || m_current.isNull())
        return;
    if (PreferencesDialog::confirmBeforeDelete()) {
        // Not exec(): the question must not stall the caller, and tests answer it.
        auto *question =
            new QMessageBox(QMessageBox::Question, tr("Delete Annotation"),
                            tr("Delete the annotation and its links? Edit › Undo brings it back."),
                            QMessageBox::Yes | QMessageBox::No, this);
        question->setObjectName(QStringLiteral("confirmDelete"));
        question->setAttribute(Qt::WA_DeleteOnClose);
        question->setDefaultButton(QMessageBox::No);
        const QUuid id = m_current;
        connect(question, &QMessageBox::finished, this, [this, id](int answer) {
            if (answer == QMessageBox::Yes && m_session && id == m_current)
                deleteWithoutAsking();
        });
        question->open();
        return;
    }
    deleteWithoutAsking();
}

void MainWindow::deleteWithoutAsking()
{
    if (Status done = m_session->deleteAnnotation(m_current); !done)
        showError(tr("Cannot delete the annotation"), done.errorMessage());
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

// The panes mark the passage the Shared Passages list has chosen, and nothing else: after a link
// or an update no mark stays on a passage the list no longer offers (issue 20, item 7).
void MainWindow::markChosenSharedPassage()
{
    const std::optional<SameClaimSuggestion> chosen = m_sharedPassages->chosenSuggestion();
    for (ArticlePane *pane : m_panes->panes()) {
        TextRange range;
        if (chosen) {
            const PassageMatch &match = chosen->passage.match;
            if (pane->articleId() == chosen->passage.firstArticle)
                range = {match.firstStart, match.firstEnd};
            else if (pane->articleId() == chosen->passage.secondArticle)
                range = {match.secondStart, match.secondEnd};
        }
        if (pane->view()->markedPassage() != range)
            pane->view()->setMarkedPassage(range);
    }
}

QString MainWindow::memoSubjectName(const search::SearchHit &hit) const
{
    if (hit.memoSubject == MemoSubject::Article) {
        auto article = m_session->project().article(hit.memoSubjectId);
        return article ? article->title : QString();
    }
    auto actors = m_session->project().actors();
    for (const Actor &actor : actors ? *actors : QList<Actor>()) {
        if (actor.id == hit.memoSubjectId)
            return actor.name;
    }
    return {};
}

void MainWindow::showSearchHit(const search::SearchHit &hit)
{
    if (!m_session)
        return;
    if (hit.field == search::HitField::Memo) {
        openMemo(hit.memoSubject, hit.memoSubjectId, memoSubjectName(hit));
        return;
    }
    if (hit.field != search::HitField::Text) {
        goToAnnotation(hit.annotationId);
        ArticlePane *pane = m_panes->activePane();
        auto annotation = m_session->project().annotation(hit.annotationId);
        // A hit in the quote: that part of the passage, selected.
        if (pane && annotation && hit.field == search::HitField::Quote &&
            annotation->anchorState != AnchorState::Orphaned &&
            hit.end <= annotation->end - annotation->start)
            pane->view()->selectPassage(
                {annotation->start + hit.start, annotation->start + hit.end});
        return;
    }
    ArticlePane *pane = openArticle(hit.articleId);
    if (!pane)
        return;
    m_panes->setActivePane(pane);
    pane->view()->selectPassage({hit.start, hit.end});
    pane->view()->revealPassage({hit.start, hit.end});
}

bool MainWindow::reattachCurrentAnnotation()
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_session || !pane || m_current.isNull())
        return false;
    auto annotation = m_session->project().annotation(m_current);
    if (!annotation) {
        showError(tr("Cannot re-attach the annotation"), annotation.errorMessage());
        return false;
    }
    const TextRange passage = pane->view()->selectedPassage();
    if (pane->articleId() != annotation->articleId || passage.isEmpty()) {
        showStatus(tr("Select the passage in the annotation's own article to re-attach it."), 5000);
        return false;
    }
    if (Status done = m_session->reattach(m_current, passage.start, passage.end); !done) {
        showError(tr("Cannot re-attach the annotation"), done.errorMessage());
        return false;
    }
    showStatus(tr("Re-attached to the selected passage."), 3000);
    return true;
}

bool MainWindow::linkAnnotations(const QUuid &from, const QUuid &to, RelationKind kind)
{
    if (!m_session)
        return false;
    if (auto linked = m_session->link(from, to, kind); !linked) {
        showError(tr("Cannot link the annotations"), linked.errorMessage());
        return false;
    }
    showStatus(tr("Linked: %1.").arg(displayName(kind).toLower()), 3000);
    return true;
}

void MainWindow::offerLink(const QUuid &from, const QUuid &to, const QPoint &globalPosition)
{
    if (!m_session || !m_session->isWritable())
        return;
    // Only a guess at the likely relation: without the annotation, the list's order stands.
    auto source = m_session->project().annotation(from);
    if (!source)
        qCDebug(lcUi) << "Cannot read the dragged annotation:" << source.errorMessage();
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
    if (!m_session || from.isNull())
        return;
    auto *dialog = new LinkDialog(m_session->project(), m_list->model(), from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LinkDialog::linkChosen, this, [this](const Relation &relation) {
        linkAnnotations(relation.fromId, relation.toId, relation.kind);
    });
    dialog->open();
}

QString MainWindow::describe(const Annotation &annotation) const
{
    QString text = QStringLiteral("<b>%1</b>").arg(displayName(annotation.kind).toHtmlEscaped());
    if (!m_session)
        return text;
    const ProjectReadModel &names = m_session->readModel();
    if (!annotation.actorId.isNull())
        text += QStringLiteral(" · ") + names.actorName(annotation.actorId).toHtmlEscaped();
    const QString tags = names.tagNames(annotation.tagIds);
    if (!tags.isEmpty())
        text += QStringLiteral("<br>") + tr("Tags: %1").arg(tags.toHtmlEscaped());
    if (!annotation.comment.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(annotation.comment.toHtmlEscaped());
    return text;
}

QString MainWindow::stripeLabel(const Annotation &annotation) const
{
    if (!m_session)
        return {};
    const ProjectReadModel &names = m_session->readModel();
    QStringList parts;
    if (!annotation.actorId.isNull())
        parts.append(names.actorName(annotation.actorId));
    const QString tags = names.tagNames(annotation.tagIds);
    if (!tags.isEmpty())
        parts.append(tags);
    return parts.join(QStringLiteral(" · "));
}

MemoDialog *MainWindow::openMemo(MemoSubject subject, const QUuid &subjectId, const QString &name)
{
    if (!m_session)
        return nullptr;
    auto *dialog = new MemoDialog(*m_session, subject, subjectId, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemoDialog::errorOccurred, this,
            [this](const QString &message) { showError(tr("Cannot save the memo"), message); });
    dialog->open();
    return dialog;
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] {
        for (ArticlePane *pane : m_panes->panes())
            pane->view()->setFont(Appearance::readerFont());
    });
    dialog->open();
    return dialog;
}

void MainWindow::showSource()
{
    ArticlePane *pane = m_panes->activePane();
    if (!m_session || !pane)
        return;
    auto article = m_session->project().article(pane->articleId());
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
    const bool writable = m_session && m_session->isWritable();
    const bool hasPane = m_panes->activePane() != nullptr;
    // What the project's role (team mode) allows; a refused action says why in its tooltip (so
    // allowed() comes first in each condition: the tooltip is set whatever else disables it).
    const auto allowed = [this](QAction *action, Permission permission) {
        const QString why = m_session ? m_session->project().whyNot(permission) : QString();
        // The action's own tooltip comes back once the role allows it again.
        if (!action->property("allowedToolTip").isValid())
            action->setProperty("allowedToolTip", action->toolTip());
        action->setToolTip(why.isEmpty() ? action->property("allowedToolTip").toString() : why);
        return m_session && why.isEmpty();
    };
    for (QAction *action : std::as_const(m_kindActions))
        action->setEnabled(allowed(action, Permission::AddAnnotations) && writable && hasPane);
    m_importAction->setEnabled(allowed(m_importAction, Permission::ManageArticles) && writable);
    m_importAnnotationsAction->setEnabled(
        allowed(m_importAnnotationsAction, Permission::AddAnnotations) && writable);
    m_exportAction->setEnabled(m_session != nullptr);
    // Copies and backups are of a local project's file.
    const bool local = m_session && QFileInfo(m_session->project().filePath()).isFile();
    m_saveCopyAction->setEnabled(local);
    m_checkAction->setEnabled(local);
    m_manageTagsAction->setEnabled(allowed(m_manageTagsAction, Permission::ManageLists));
    m_manageActorsAction->setEnabled(allowed(m_manageActorsAction, Permission::ManageLists));
    m_manageSetsAction->setEnabled(allowed(m_manageSetsAction, Permission::ManageLists));
    m_projectMemoAction->setEnabled(m_session != nullptr); // readers read it
    m_restoreAction->setEnabled(local && writable);
    m_sourceAction->setEnabled(hasPane);
    m_printAction->setEnabled(hasPane);
    m_printPreviewAction->setEnabled(hasPane);
    for (QAction *find : {m_findAction, m_findNextAction, m_findPreviousAction})
        find->setEnabled(hasPane);
    // A coder deletes only their own annotations; links anyone may add who may annotate.
    const bool mayChangeCurrent = [&] {
        if (!m_session || m_current.isNull() ||
            m_session->project().may(Permission::EditOthersWork))
            return allowed(m_deleteAction, Permission::EditOthersWork);
        auto current = m_session->project().annotation(m_current);
        if (current && current->author == m_session->project().author())
            return allowed(m_deleteAction, Permission::AddAnnotations);
        return allowed(m_deleteAction, Permission::EditOthersWork);
    }();
    m_deleteAction->setEnabled(mayChangeCurrent && writable && !m_current.isNull());
    m_linkAction->setEnabled(allowed(m_linkAction, Permission::AddAnnotations) && writable &&
                             !m_current.isNull());
    m_closePaneAction->setEnabled(hasPane);
    m_updateArticleAction->setEnabled(allowed(m_updateArticleAction, Permission::ManageArticles) &&
                                      writable && hasPane);
    // Re-attaching needs somewhere to attach to: a selection in the active pane.
    m_reattachAction->setEnabled(writable && hasPane && !m_current.isNull() &&
                                 m_panes->activePane()->view()->textCursor().hasSelection());
    m_targetSet->setEnabled(writable);
    // The Article menu's verbs: the pane's context menu shows two of them without the menu's
    // aboutToShow, so they follow the selection here too.
    m_articleActions->updateActions();
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
    qCDebug(lcUi) << "Shown to the user:" << title << "—" << message;
    statusBar()->showMessage(message, 10000);
    // Not exec(): a modal loop would stall the caller, and tests could not see the message.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_lifecycle->saveSession();
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
        (ProjectLifecycle::isProjectFile(url.toLocalFile()) ? projects : articles)
            .append(url.toLocalFile());
    }
    if (!projects.isEmpty())
        openProject(projects.first());
    if (!articles.isEmpty())
        importArticles(articles);
    event->acceptProposedAction();
}

} // namespace counterpoint::ui
