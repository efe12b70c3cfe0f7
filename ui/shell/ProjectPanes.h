#pragma once

#include "ui/reader/PaneConnectors.h"

#include <QObject>
#include <QPointer>

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

class ArticleView;
class PaneArea;

// Keeps the open reader panes in step with the session's project: highlights come, change and
// go with their annotations, a new version of an article re-renders its panes, a removed article
// closes them, a reset reloads them all; and the connectors between neighbouring panes are drawn
// from the read model's relations.
class ProjectPanes final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectPanes(PaneArea *panes, QObject *parent = nullptr);

    void setSession(ProjectSession *session); // nullptr: nothing to follow
    // Every pane's article and highlights read anew.
    void reloadAll();
    QList<Connector> connectorsBetween(ArticleView *left, ArticleView *right) const;

signals:
    void errorOccurred(const QString &title, const QString &message);

private:
    void reloadArticle(const QUuid &articleId, bool highlightsToo);

    PaneArea *m_panes;
    QPointer<ProjectSession> m_session;
};

} // namespace counterpoint::ui
