#pragma once

#include "domain/Memo.h"

#include <QDialog>
#include <QPlainTextEdit>

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

// A memo's plain text (issue 20), edited in place: what was typed is saved when the editor
// loses the focus, when it is pointed at another subject and when its window closes, each save
// one step of the project's undo history. Undo, another window or another analyst changing the
// memo: the editor shows it as it is, unless it holds typing not saved yet. A role that may not
// write the memo reads it, with the reason as the placeholder.
class MemoEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MemoEditor(ProjectSession &session, QWidget *parent = nullptr);

    // Saves what was typed for the subject shown so far, then shows this one's memo. name: the
    // article's title or the actor's name, for the undo entry. A null id for an article or
    // actor: nothing to edit.
    void setSubject(MemoSubject subject, const QUuid &subjectId, const QString &name);
    MemoSubject subject() const { return m_subject; }
    QUuid subjectId() const { return m_subjectId; }
    // Stores the typed text as one undo step when it differs from the memo; false (with
    // errorOccurred) when refused.
    bool save();

signals:
    void errorOccurred(const QString &message);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void reload();
    bool editable() const;

    ProjectSession &m_session;
    MemoSubject m_subject = MemoSubject::Project;
    QUuid m_subjectId;
    QString m_name;
    QString m_stored; // the memo as last read, to tell typing from it
    bool m_saving = false;
};

// Edit › Project Memo… and Article › Article Memo…: one memo in a window of its own, saved as it
// closes.
class MemoDialog final : public QDialog
{
    Q_OBJECT

public:
    MemoDialog(ProjectSession &session, MemoSubject subject, const QUuid &subjectId,
               const QString &name, QWidget *parent = nullptr);

    MemoEditor *editor() const { return m_editor; }
    void done(int result) override;

signals:
    void errorOccurred(const QString &message);

private:
    MemoEditor *m_editor;
    bool m_refusedOnce = false;
};

} // namespace counterpoint::ui
