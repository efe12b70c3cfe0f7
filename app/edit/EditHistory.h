#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <QUuid>

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
    void clear()
    {
        m_stack.clear();
        m_versions.clear();
    }

    // The version this history's steps (done, undone or redone) last left each annotation at. An
    // undo or redo is made on that version only: when the annotation has another one, someone
    // else has changed it since, and the step is refused rather than applied over their work.
    // 0 when no step has touched it.
    qint64 versionLeft(const QUuid &annotationId) const { return m_versions.value(annotationId); }
    void noteVersion(const QUuid &annotationId, qint64 version)
    {
        m_versions.insert(annotationId, version);
    }

signals:
    // An undo or redo the project refused; the step is dropped from the history.
    void failed(const QString &message);

private:
    friend class ProjectCommand;
    void report(const QString &message) { emit failed(message); }

    QUndoStack m_stack;
    QHash<QUuid, qint64> m_versions;
};

} // namespace counterpoint
