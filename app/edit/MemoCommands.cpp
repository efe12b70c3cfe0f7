#include "MemoCommands.h"

#include "store/Project.h"

namespace counterpoint {

namespace {

class SetMemoCommand final : public ProjectCommand
{
public:
    SetMemoCommand(Project &project, const QString &text, MemoSubject subject, QUuid subjectId,
                   QString before, QString after)
        : ProjectCommand(project, text)
        , m_subject(subject)
        , m_subjectId(subjectId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status doApply() override { return change(m_before, m_after); }
    Status doRevert() override { return change(m_after, m_before); }

private:
    Status change(const QString &from, const QString &to)
    {
        return project().write([&]() -> Status {
            auto current = MemoEdits::text(project(), m_subject, m_subjectId);
            if (!current)
                return current.error();
            if (*current != from)
                return Error{Error::Code::Conflict,
                             MemoEdits::tr("Cannot change the memo: it was changed elsewhere "
                                           "since.")};
            auto stored = project().setMemo(m_subject, m_subjectId, to);
            if (!stored)
                return stored.error();
            return success();
        });
    }

    MemoSubject m_subject;
    QUuid m_subjectId;
    QString m_before;
    QString m_after;
};

} // namespace

Result<QString> MemoEdits::text(const Project &project, MemoSubject subject, const QUuid &subjectId)
{
    auto memo = project.memo(subject, subjectId);
    if (!memo)
        return memo.error();
    return *memo ? (*memo)->text : QString();
}

Result<std::unique_ptr<ProjectCommand>> MemoEdits::set(Project &project, MemoSubject subject,
                                                       const QUuid &subjectId,
                                                       const QString &subjectName,
                                                       const QString &text)
{
    const Permission permission = Project::memoPermission(subject);
    if (!project.may(permission))
        return Error{project.isReadOnly() ? Error::Code::ReadOnly : Error::Code::Denied,
                     project.whyNot(permission)};
    auto before = MemoEdits::text(project, subject, subjectId);
    if (!before)
        return before.error();
    const QString after = normalizedMemoText(text);
    if (after == *before)
        return Error{Error::Code::Invalid, tr("The memo says that already.")};
    QString entry;
    switch (subject) {
    case MemoSubject::Project:
        entry = tr("Edit the project memo");
        break;
    case MemoSubject::Article:
        entry = tr("Edit the memo on the article “%1”").arg(subjectName);
        break;
    case MemoSubject::Actor:
        entry = tr("Edit the memo on the actor “%1”").arg(subjectName);
        break;
    }
    return std::unique_ptr<ProjectCommand>(
        new SetMemoCommand(project, entry, subject, subjectId, *before, after));
}

} // namespace counterpoint
