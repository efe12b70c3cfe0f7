#include "MemoEditor.h"

#include "ManagerKeys.h"

#include "edit/EditHistory.h"
#include "edit/MemoCommands.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace counterpoint::ui {

MemoEditor::MemoEditor(ProjectSession &session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("memoEditor"));
    setTabChangesFocus(true); // a memo is prose: Tab leaves it, as in a form
    setAccessibleName(tr("Memo"));
    connect(&session.project(), &Project::memosChanged, this, &MemoEditor::reload);
    connect(&session.project(), &Project::reset, this, &MemoEditor::reload);
    reload();
}

bool MemoEditor::editable() const
{
    if (m_subject != MemoSubject::Project && m_subjectId.isNull())
        return false;
    return m_session.project().may(Project::memoPermission(m_subject));
}

void MemoEditor::setSubject(MemoSubject subject, const QUuid &subjectId, const QString &name)
{
    if (subject == m_subject && subjectId == m_subjectId) {
        m_name = name;
        return;
    }
    save();
    m_subject = subject;
    m_subjectId = subjectId;
    m_name = name;
    document()->setModified(false);
    reload();
}

void MemoEditor::reload()
{
    if (m_saving || document()->isModified())
        return; // typing not saved yet wins; it is saved over the memo as it is then
    QString text;
    if (m_subject == MemoSubject::Project || !m_subjectId.isNull()) {
        auto current = MemoEdits::text(m_session.project(), m_subject, m_subjectId);
        if (!current) {
            emit errorOccurred(current.errorMessage());
            return;
        }
        text = *current;
    }
    m_stored = text;
    if (toPlainText() != text) {
        const bool kept = blockSignals(true);
        setPlainText(text);
        blockSignals(kept);
    }
    document()->setModified(false);
    const bool writable = editable();
    setReadOnly(!writable);
    const QString whyNot = m_session.project().whyNot(Project::memoPermission(m_subject));
    if (m_subject != MemoSubject::Project && m_subjectId.isNull())
        setPlaceholderText(m_subject == MemoSubject::Actor ? tr("Choose an actor to read its memo.")
                                                           : tr("Open an article first."));
    else if (!writable)
        setPlaceholderText(whyNot);
    else
        setPlaceholderText(m_subject == MemoSubject::Project
                               ? tr("Notes on the project as a whole: its questions, its "
                                    "sampling, what to look at next.")
                               : tr("Notes, saved when you leave this field."));
}

bool MemoEditor::save()
{
    if (!editable() || normalizedMemoText(toPlainText()) == m_stored) {
        document()->setModified(false);
        return true;
    }
    auto command =
        MemoEdits::set(m_session.project(), m_subject, m_subjectId, m_name, toPlainText());
    if (!command) {
        emit errorOccurred(command.errorMessage());
        return false;
    }
    m_saving = true;
    const Status done = m_session.history().perform(std::move(*command));
    m_saving = false;
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    document()->setModified(false);
    reload();
    return true;
}

void MemoEditor::focusOutEvent(QFocusEvent *event)
{
    // A context menu over the text takes the focus for a moment: the typing goes on after it.
    if (event->reason() != Qt::PopupFocusReason)
        save();
    QPlainTextEdit::focusOutEvent(event);
}

MemoDialog::MemoDialog(ProjectSession &session, MemoSubject subject, const QUuid &subjectId,
                       const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_editor(new MemoEditor(session, this))
{
    setObjectName(QStringLiteral("memoDialog"));
    setWindowTitle(subject == MemoSubject::Project ? tr("Project Memo")
                                                   : tr("Memo on “%1”").arg(name));
    m_editor->setSubject(subject, subjectId, name);
    connect(m_editor, &MemoEditor::errorOccurred, this, &MemoDialog::errorOccurred);
    addUndoKeys(*this, session.history());
    auto *hint = new QLabel(tr("Saved as you close this window or leave the text; Edit › Undo "
                               "takes a save back."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    // Room for a paragraph of about 70 characters a line, as a reading column.
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 24);
}

void MemoDialog::done(int result)
{
    // Refused (and said so): the text stays, to be copied or saved again; closed a second time,
    // the dialog closes.
    if (!m_editor->save() && !std::exchange(m_refusedOnce, true))
        return;
    QDialog::done(result);
}

} // namespace counterpoint::ui
