#pragma once

#include "domain/Result.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>

class QColor;
class QComboBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace counterpoint {
class ProjectCommand;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

// Edit › Manage Tags: every tag with how many annotations carry it; rename (edit the name in
// place), recolour with a colour picker, merge into another, delete (saying how many
// annotations lose it), and file under a parent tag (issue 20: one level; the tags shown as a
// tree, the Parent box choosing among the top-level tags). Each change is one undo step of the
// project's history.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    TagManagerDialog(ProjectSession &session, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QComboBox *parentBox() const { return m_parent; }
    // What the buttons do once the user has answered; false with a message when refused.
    bool renameTag(const QUuid &id, const QString &name);
    bool recolorTag(const QUuid &id, const QColor &color);
    bool mergeTag(const QUuid &from, const QUuid &into);
    bool deleteTag(const QUuid &id);
    bool setTagParent(const QUuid &id, const QUuid &parentId); // null: to the top
    // The question Delete asks, with the count of annotations that carry the tag.
    QString deleteQuestion(const QUuid &id) const;

signals:
    void errorOccurred(const QString &message);

private:
    void refill();
    void updateControls();
    void refillParentChoices();
    QTreeWidgetItem *itemOf(const QUuid &id) const;
    QUuid selectedTag() const;
    void chooseColor();
    void chooseMergeTarget();
    void confirmDelete();
    bool perform(const QUuid &id,
                 const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make);

    ProjectSession &m_session;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_color = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    QComboBox *m_parent = nullptr;
    bool m_filling = false;
};

} // namespace counterpoint::ui
