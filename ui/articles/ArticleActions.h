#pragma once

#include "edit/WordSnapping.h"

#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

// The Article menu (issue 17): Remove from Article and Split into New Article on the active
// pane's selection, Suggest Clean-up…, Versions…, Edit Details… and Delete Article… of its article.
// The window hands it the session, the active pane's article and selection, and a way to open an
// article; each verb is one undo step in the session's history.
class ArticleActions final : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<ProjectSession *()> session;
        std::function<QUuid()> activeArticle;
        std::function<TextRange()> selection; // of the active pane, snapped to words
        std::function<void(const QUuid &)> openArticle;
        std::function<void(const QUuid &, const QString &)> openMemo; // the article's id, title
    };

    ArticleActions(QWidget *window, Hooks hooks);

    QMenu *menu() const { return m_menu; }
    // The two that work on a selection, for the reader's context menu.
    QList<QAction *> selectionActions() const;

    void removeSelection();
    void splitSelection();
    void suggestCleanup();
    void showVersions();
    void editDetails();   // title, publisher, author, date and URL
    void deleteArticle(); // asks first, naming what goes with it
    // Enables each verb for the active pane's article and selection; the menu calls it before it
    // shows, the window whenever the selection or the pane changes.
    void updateActions();
    void showMemo();

private:
    bool ready(QUuid &article) const; // says why not, when not

    QWidget *m_window;
    Hooks m_hooks;
    QMenu *m_menu;
    QAction *m_remove;
    QAction *m_split;
    QAction *m_cleanup;
    QAction *m_versions;
    QAction *m_details;
    QAction *m_delete;
    QAction *m_memo;
};

} // namespace counterpoint::ui
