#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace counterpoint {

class ProjectCommand;

// The undo history of a project's edits. An edit is applied before it enters the history, so an
// edit the project refuses (read-only file, stale annotation) never shows up as done.
class EditHistory final : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(QObject *parent = nullptr);

    QUndoStack *stack() { return &m_stack; }

    // Applies the command; on success it becomes the newest undoable step.
    Status perform(std::unique_ptr<ProjectCommand> command);
    void clear() { m_stack.clear(); }

signals:
    // An undo or redo the project refused; the step is dropped from the history.
    void failed(const QString &message);

private:
    friend class ProjectCommand;
    void report(const QString &message) { emit failed(message); }

    QUndoStack m_stack;
};

} // namespace counterpoint
