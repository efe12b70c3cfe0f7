#pragma once

#include "edit/AnnotationCommands.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace counterpoint {
class EditHistory;
class Project;
} // namespace counterpoint

namespace counterpoint::ui {

// Edits the current annotation: kind, actor, tags, set and comment, and shows its links. Every
// change goes through the edit history, so it is saved at once and can be undone.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(QWidget *parent = nullptr);

    void setProject(Project *project, EditHistory *history);
    void showAnnotation(const QUuid &id); // null: nothing to inspect
    QUuid annotationId() const { return m_id; }
    // Offered under an orphaned annotation, whose passage is gone from the article's text.
    void setReattachAction(QAction *action);

signals:
    void errorOccurred(const QString &message);
    void annotationActivated(const QUuid &id); // the other end of a link was clicked
    void linkRequested(const QUuid &from);     // "Link to…"

private:
    using Field = UpdateAnnotationCommand::Field;

    void refresh();
    void refillChoices();
    void edit(Field field, const std::function<void(Annotation &)> &change);
    void chooseActor();
    void addTag();
    void toggleTag(const QUuid &tagId, bool on);
    void commitComment();
    void removeAnnotation();
    void removeSelectedRelation();

    Project *m_project = nullptr;
    EditHistory *m_history = nullptr;
    QUuid m_id;
    bool m_filling = false;

    QLabel *m_quote = nullptr;
    QLabel *m_where = nullptr;
    QWidget *m_orphanBar = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_newTag = nullptr;
    QComboBox *m_set = nullptr;
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
