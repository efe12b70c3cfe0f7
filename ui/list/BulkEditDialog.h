#pragma once

#include "edit/BulkEdit.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace counterpoint {
class Project;
}

namespace counterpoint::ui {

// The annotation list's bulk edit: one kind, actor, set for every annotation chosen, tags put on
// or taken off all of them (a tag some of them carry shows half checked and, left so, stays as
// each has it), or all of them deleted. Whatever is left at "keep" stays as each one has it.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const Project &project, const QList<Annotation> &annotations,
                   QWidget *parent = nullptr);

    BulkChange change() const;
    bool deleteChosen() const { return m_delete; }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *setBox() const { return m_set; }
    QListWidget *tagList() const { return m_tags; }
    QPushButton *deleteButton() const { return m_deleteButton; }

private:
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_set = nullptr;
    QListWidget *m_tags = nullptr;
    QPushButton *m_deleteButton = nullptr;
    bool m_delete = false;
};

} // namespace counterpoint::ui
