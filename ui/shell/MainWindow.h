#pragma once

#include "anchor/SameClaimSuggestions.h"
#include "domain/Kinds.h"
#include "domain/Memo.h"
#include "store/Project.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;
class QUndoGroup;

namespace counterpoint {
class EditHistory;
class ProjectSession;
namespace search {
struct SearchHit;
}
} // namespace counterpoint

namespace counterpoint::ui {

class AnnotationListPanel;
class ArgumentMapView;
class ArticlePane;
class ArticleUpdateFlow;
class ArticleActions;
class ArticleListModel;
class ChartsView;
class BackupFlow;
class IntegrityCheckFlow;
class ExportDialog;
class ExportFlow;
class MemoDialog;
class PreferencesDialog;
class PrintFlow;
class ImportFlow;
class Inspector;
class PaneArea;
class ProjectLifecycle;
class ProjectPanes;
class SharedPassagesPanel;
class SearchPanel;

// Where analysts work: the project's articles in a list, any number of them side by side in
// reader panes, the annotation list and the inspector. The shell only: the open project and
// every edit of it are the ProjectSession's, the views read its read model, and opening,
// importing, updating and exporting are flows of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A project file opens; any other file is imported into the open project.
    void openFile(const QString &path);
    bool openProject(const QString &path);
    void importArticles(const QStringList &paths);
    // Opens the project (the last session's when none is given) with the panes it had open.
    void restoreSession(const QString &projectPath = {});

    ProjectSession *session() const { return m_session.get(); }
    BackupFlow *backups() const { return m_backups; }
    IntegrityCheckFlow *integrity() const { return m_integrity; }
    Project *project() const;
    EditHistory *history() const;
    PaneArea *paneArea() const { return m_panes; }
    AnnotationListPanel *annotationList() const { return m_list; }
    Inspector *inspector() const { return m_inspector; }
    ArgumentMapView *argumentMap() const { return m_map; }
    ChartsView *charts() const { return m_charts; }
    SharedPassagesPanel *sharedPassages() const { return m_sharedPassages; }
    SearchPanel *searchPanel() const { return m_search; }
    QUuid currentAnnotation() const { return m_current; }

    ArticlePane *openArticle(const QUuid &articleId);
    // Tags the active pane's selection (snapped to words) as kind; returns the new id or null.
    QUuid tagSelection(AnnotationKind kind);
    void goToAnnotation(const QUuid &id);
    void setCurrentAnnotation(const QUuid &id);
    // Reads a newer file of the article and, once the user has seen what happens to its
    // annotations, puts it in place (undoable).
    void updateArticleFromFile(const QUuid &articleId, const QString &path);
    // Anchors the current annotation on the active pane's selection, typically an orphan.
    bool reattachCurrentAnnotation();
    // Links two annotations (undoable); false with a message when the project refuses.
    bool linkAnnotations(const QUuid &from, const QUuid &to, RelationKind kind);
    // Asks, at a screen position, how a dragged annotation relates to the one it was dropped on.
    void offerLink(const QUuid &from, const QUuid &to, const QPoint &globalPosition);
    // Opens both articles of a shared passage side by side with the passage marked in each.
    void showSharedPassage(const SameClaimSuggestion &suggestion);
    void markChosenSharedPassage();
    // A hit of the Search panel in its pane (opened if need be), its passage selected; a hit in
    // a memo opens the memo.
    void showSearchHit(const search::SearchHit &hit);

    // File › Export, File › Import Annotations and View › Source. The dialogs open without a
    // modal loop, and the import takes its file from the caller, so tests drive them directly.
    ExportDialog *showExportDialog();
    PreferencesDialog *showPreferences(); // Edit › Preferences
    // Edit › Project Memo… and Article › Article Memo…: the memo in a dialog, saved as it closes.
    MemoDialog *openMemo(MemoSubject subject, const QUuid &subjectId, const QString &name);
    bool importAnnotationsFrom(const QString &path);
    void showSource();

    // What the flows report through: a message box that does not block (tests can see it) and
    // the status bar.
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &message, int timeoutMs);

    // The project life cycle's side: the window shows the new session, or none.
    void adoptSession(std::unique_ptr<ProjectSession> session);
    void closeProject();
    QAction *synchronizedScrollingAction() const { return m_syncScrollAction; }
    // View › Coding Stripes, kept in the settings; File › Print Article… and Print Preview….
    QAction *codingStripesAction() const { return m_stripesAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    PrintFlow *printing() const { return m_print.get(); }
    // A coding stripe's label: the annotation's actor and tags.
    QString stripeLabel(const Annotation &annotation) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The title of the article or the name of the actor whose memo a search hit is in.
    QString memoSubjectName(const search::SearchHit &hit) const;
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void showViewsOf(ProjectSession *session);
    void refreshArticleList();
    void refreshSets();
    void updateActions();
    void updatePlaceholder();
    void updateCounts();
    void afterReset();
    void deleteCurrentAnnotation(); // asks first when Preferences say so
    void deleteWithoutAsking();
    void linkFrom(const QUuid &from);
    QString describe(const Annotation &annotation) const;

    std::unique_ptr<ProjectSession> m_session;
    QUndoGroup *m_undoGroup = nullptr;
    PaneArea *m_panes = nullptr;
    ProjectPanes *m_projectPanes = nullptr;
    // The Articles dock: title, publisher, date and annotation count, sortable by each.
    QTreeView *m_articleList = nullptr;
    ArticleListModel *m_articleModel = nullptr;
    QSortFilterProxyModel *m_articleSort = nullptr;
    AnnotationListPanel *m_list = nullptr;
    Inspector *m_inspector = nullptr;
    SharedPassagesPanel *m_sharedPassages = nullptr;
    SearchPanel *m_search = nullptr;
    ArgumentMapView *m_map = nullptr;
    ChartsView *m_charts = nullptr;
    QComboBox *m_targetSet = nullptr;
    QUuid m_current;

    ProjectLifecycle *m_lifecycle = nullptr;
    std::unique_ptr<ImportFlow> m_import;
    std::unique_ptr<ArticleUpdateFlow> m_update;
    ArticleActions *m_articleActions = nullptr; // the Article menu (issue 17)
    std::unique_ptr<ExportFlow> m_export;
    std::unique_ptr<PrintFlow> m_print;
    BackupFlow *m_backups = nullptr;
    IntegrityCheckFlow *m_integrity = nullptr;

    QList<QAction *> m_kindActions;
    QAction *m_importAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_updateArticleAction = nullptr;
    QAction *m_reattachAction = nullptr;
    QAction *m_closePaneAction = nullptr;
    QAction *m_syncScrollAction = nullptr;
    QAction *m_stripesAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAnnotationsAction = nullptr;
    QAction *m_sourceAction = nullptr;
    QAction *m_findAction = nullptr; // in the active pane
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_searchProjectAction = nullptr; // the Search panel, its field focused
    QAction *m_saveCopyAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_manageTagsAction = nullptr;
    QAction *m_manageActorsAction = nullptr;
    QAction *m_manageSetsAction = nullptr;
    QAction *m_projectMemoAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<AnnotationKind, QLabel *> m_countLabels;
    QLabel *m_readOnlyLabel = nullptr;
};

} // namespace counterpoint::ui
