#pragma once

#include "domain/Annotation.h"
#include "domain/Result.h"
#include "domain/Verdict.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

// Edits the current annotation: kind, actor, tags, set, comment and (a claim's) verdict, and
// shows its links. Every change is one of the session's edits, so it is saved at once and can
// be undone; the names and links it offers come from the session's read model.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    void showAnnotation(const QUuid &id); // null: nothing to inspect
    QUuid annotationId() const { return m_id; }
    // Offered under an orphaned annotation, whose passage is gone from the article's text.
    void setReattachAction(QAction *action);

signals:
    void errorOccurred(const QString &message);
    void annotationActivated(const QUuid &id); // the other end of a link was clicked
    void linkRequested(const QUuid &from);     // "Link to…"

private:
    void refresh();
    // Runs an edit of the session unless the form is being filled; a refusal is reported and
    // the form shows the annotation as it is.
    void edit(const std::function<Status()> &change);
    // An edit refused because someone changed the annotation after the form showed it: asks
    // whether to reload, apply mine on top or keep mine as a copy.
    void resolveRefusedEdit(const QString &message);
    void chooseActor();
    void addTag();
    void toggleTag(const QUuid &tagId, bool on);
    void commitComment();
    void removeAnnotation();
    void removeSelectedRelation();
    // The verdict row (claims and counterclaims): each change is one undo step.
    void fillVerdict(const Annotation &annotation);
    void chooseRating();
    void editVerdict(const std::function<void(Verdict &)> &change);

    ProjectSession *m_session = nullptr;
    QUuid m_id;
    bool m_filling = false;
    qint64 m_version = 0; // of the annotation as the form shows it: what an edit is made on

    QLabel *m_quote = nullptr;
    QLabel *m_where = nullptr;
    QWidget *m_orphanBar = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_newTag = nullptr;
    QComboBox *m_set = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QWidget *m_verdictRow = nullptr;
    QComboBox *m_rating = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QDateEdit *m_reviewDate = nullptr;
    QLineEdit *m_reviewUrl = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QTimer *m_commentTimer = nullptr;
    QListWidget *m_relations = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace counterpoint::ui
