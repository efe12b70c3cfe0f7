#include "ProjectPanes.h"

#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/shell/PaneArea.h"

#include "import/ArticleDocument.h"
#include "log/LogCategories.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

namespace counterpoint::ui {

namespace {

// Where position of the old text is in the new one: the words that begin there, found nearest
// to it; failing that, the same share of the text.
int samePlace(const QString &oldText, const QString &newText, int position)
{
    if (position <= 0 || oldText.isEmpty())
        return 0;
    const QString words = oldText.mid(position, 60);
    if (!words.isEmpty()) {
        const qsizetype after = newText.indexOf(words, std::max(0, position - 1));
        const qsizetype before = newText.lastIndexOf(words, position);
        if (after >= 0 && (before < 0 || after - position <= position - before))
            return int(after);
        if (before >= 0)
            return int(before);
    }
    return int(qint64(position) * newText.size() / oldText.size());
}

} // namespace

ProjectPanes::ProjectPanes(PaneArea *panes, QObject *parent)
    : QObject(parent)
    , m_panes(panes)
{
    m_panes->splitter()->setConnectorProvider(
        [this](ArticleView *left, ArticleView *right) { return connectorsBetween(left, right); });
}

void ProjectPanes::setSession(ProjectSession *session)
{
    if (m_session) {
        disconnect(&m_session->project(), nullptr, this, nullptr);
        disconnect(&m_session->readModel(), nullptr, this, nullptr);
    }
    m_session = session;
    if (!session) {
        m_panes->splitter()->updateConnectors();
        return;
    }
    Project *project = &session->project();
    auto putInPanes = [this](const Annotation &annotation) {
        // While the project codes blind, other analysts' sets are not the viewer's to see.
        const bool hidden = m_session && m_session->readModel().isHidden(annotation);
        for (ArticlePane *pane : m_panes->panesShowing(annotation.articleId)) {
            if (hidden)
                pane->view()->removeAnnotation(annotation.id);
            else
                pane->view()->putAnnotation(annotation);
        }
        m_panes->splitter()->updateConnectors();
    };
    connect(project, &Project::annotationAdded, this, putInPanes);
    connect(project, &Project::annotationChanged, this, putInPanes);
    connect(project, &Project::annotationRemoved, this,
            [this](const QUuid &id, const QUuid &articleId) {
                for (ArticlePane *pane : m_panes->panesShowing(articleId))
                    pane->view()->removeAnnotation(id);
                m_panes->splitter()->updateConnectors();
            });
    connect(project, &Project::articleRemoved, this, [this](const QUuid &id) {
        for (ArticlePane *pane : m_panes->panesShowing(id))
            m_panes->closePane(pane);
    });
    connect(project, &Project::articleChanged, this,
            [this](const QUuid &id) { reloadArticle(id, false); });
    connect(project, &Project::reset, this, &ProjectPanes::reloadAll);
    connect(&session->readModel(), &ProjectReadModel::hiddenSetsChanged, this,
            &ProjectPanes::reloadAll);
    connect(&session->readModel(), &ProjectReadModel::relationsChanged, this,
            [this] { m_panes->splitter()->updateConnectors(); });
    m_panes->splitter()->updateConnectors();
}

void ProjectPanes::reloadArticle(const QUuid &id, bool highlightsToo)
{
    const QList<ArticlePane *> showing = m_panes->panesShowing(id);
    if (!m_session || showing.isEmpty())
        return;
    Project &project = m_session->project();
    auto article = project.article(id);
    auto annotations = project.annotationsOfArticle(id);
    if (annotations)
        *annotations = m_session->readModel().visible(std::move(annotations).value());
    if (!article || !annotations) {
        if (!article && article.error().code == Error::Code::NotFound) {
            // Gone in a bulk change: its panes go with it.
            qCDebug(lcUi) << "Article" << id << "is gone; closing its panes";
            for (ArticlePane *pane : showing)
                m_panes->closePane(pane);
            return;
        }
        const QString message = article ? annotations.errorMessage() : article.errorMessage();
        qCWarning(lcUi) << "Cannot refresh the panes of article" << id << ":" << message;
        emit errorOccurred(tr("Cannot show the article"), message);
        return;
    }
    for (ArticlePane *pane : showing) {
        // A new version re-renders; an edit of the details only changes the header, so that
        // the pane keeps its place.
        const QString shown = ArticleDocument::canonicalText(*pane->view()->document());
        if (shown != article->text) {
            // The reader keeps their place: the line at the top is found again (issue 20, 6).
            const int top = samePlace(shown, article->text, pane->view()->firstVisiblePosition());
            pane->showArticle(*article);
            pane->view()->setAnnotations(*annotations);
            if (top > 0)
                pane->view()->scrollPositionToTop(top);
        } else {
            pane->updateDetails(*article);
            if (highlightsToo)
                pane->view()->setAnnotations(*annotations);
        }
    }
}

void ProjectPanes::reloadAll()
{
    QList<QUuid> articles;
    for (ArticlePane *pane : m_panes->panes()) {
        if (!articles.contains(pane->articleId()))
            articles.append(pane->articleId());
    }
    for (const QUuid &id : std::as_const(articles))
        reloadArticle(id, true);
    m_panes->splitter()->updateConnectors();
}

QList<Connector> ProjectPanes::connectorsBetween(ArticleView *left, ArticleView *right) const
{
    QList<Connector> connectors;
    if (!m_session)
        return connectors;
    for (const Relation &relation : m_session->readModel().relations()) {
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

} // namespace counterpoint::ui
