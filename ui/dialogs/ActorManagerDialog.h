#pragma once

#include "domain/Result.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace counterpoint {
class ProjectCommand;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

class MemoEditor;

// Edit › Manage Actors: every actor with how many annotations name it and its description;
// rename (edit the name in place), describe, merge into another (its annotations follow),
// delete (saying how many annotations lose it), and below the list the selected actor's memo
// (saved when the field loses the focus or the dialog closes). Each change is one undo step of the
// project's history; a role that may not manage the project's lists sees them read-only, with the
// reason.
class ActorManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsedColumn, DescriptionColumn };

    ActorManagerDialog(ProjectSession &session, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    MemoEditor *memoEditor() const { return m_memo; }
    void done(int result) override; // saves the memo being typed
    // What the buttons do once the user has answered; false with a message when refused.
    bool renameActor(const QUuid &id, const QString &name);
    bool describeActor(const QUuid &id, const QString &description);
    bool mergeActor(const QUuid &from, const QUuid &into);
    bool deleteActor(const QUuid &id);
    // The question Delete asks, with the count of annotations that name the actor.
    QString deleteQuestion(const QUuid &id) const;

signals:
    void errorOccurred(const QString &message);

private:
    void refill();
    void updateButtons();
    QUuid selectedActor() const;
    void chooseDescription();
    void chooseMergeTarget();
    void confirmDelete();
    bool perform(const QUuid &id,
                 const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make);

    ProjectSession &m_session;
    QTreeWidget *m_list = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_memoLabel = nullptr;
    MemoEditor *m_memo = nullptr;
    QPushButton *m_describe = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_filling = false;
    bool m_memoRefusedOnce = false;
};

} // namespace counterpoint::ui
