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

// Edit › Manage Sets: every annotation set with how many annotations it holds and whose it is
// (an analyst's, the consensus, the default); create, rename (in place), delete (saying what
// goes with it) and choose the set new annotations go into. Each change to the project is one
// undo step; only the owner and curators change sets, as the server insists in team mode.
class SetManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsedColumn, WhoseColumn };

    // current: the set new annotations go into now.
    SetManagerDialog(ProjectSession &session, const QUuid &current, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QUuid currentSet() const { return m_current; }
    // What the buttons do once the user has answered; false with a message when refused.
    bool createSet(const QString &name);
    bool renameSet(const QUuid &id, const QString &name);
    bool deleteSet(const QUuid &id);
    void makeCurrent(const QUuid &id);
    // The question Delete asks, naming what goes with the set.
    QString deleteQuestion(const QUuid &id) const;

signals:
    void errorOccurred(const QString &message);
    void currentSetChosen(const QUuid &id); // new annotations go into it

private:
    void refill();
    void updateButtons();
    QUuid selectedSet() const;
    void chooseName();
    void confirmDelete();
    bool perform(const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make);

    ProjectSession &m_session;
    QUuid m_current;
    QUuid m_created; // selected once it is listed
    QTreeWidget *m_list = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_makeCurrent = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_filling = false;
};

} // namespace counterpoint::ui
