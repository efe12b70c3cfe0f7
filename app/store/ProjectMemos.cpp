// Project's memos (issue 20), kept apart from Project.cpp, which is long enough.
#include "Project.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"
#include "StoreTables.h"

namespace counterpoint {

Permission Project::memoPermission(MemoSubject subject)
{
    return subject == MemoSubject::Article ? Permission::ManageArticles : Permission::ManageLists;
}

Result<std::optional<Memo>> Project::memo(MemoSubject subject, const QUuid &subjectId) const
{
    return m_tables->memos.of(subject, subjectId);
}

Result<QList<Memo>> Project::memos() const
{
    return m_tables->memos.all();
}

Result<Memo> Project::setMemo(MemoSubject subject, const QUuid &subjectId, const QString &text)
{
    if (auto allowed = checkMay(memoPermission(subject)); !allowed)
        return allowed.error();
    if (subject != MemoSubject::Project && subjectId.isNull())
        return Error{Error::Code::Invalid, subject == MemoSubject::Article
                                               ? tr("A memo on an article needs its article.")
                                               : tr("A memo on an actor needs its actor.")};
    Memo memo;
    const Status written = write([&]() -> Status {
        if (subject != MemoSubject::Project) {
            const QString table = subject == MemoSubject::Article ? QStringLiteral("article")
                                                                  : QStringLiteral("actor");
            auto found =
                m_database->query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table),
                                  {m_database->dialect().id(subjectId)});
            if (!found)
                return found.error();
            const bool exists = found->next();
            found = Error{}; // the row goes before the statements that follow
            if (!exists)
                return Error{Error::Code::NotFound,
                             subject == MemoSubject::Article
                                 ? tr("There is no such article in %1.").arg(file())
                                 : tr("There is no such actor in %1.").arg(file())};
        }
        memo.subject = subject;
        memo.subjectId = subject == MemoSubject::Project ? QUuid() : subjectId;
        memo.text = normalizedMemoText(text);
        memo.author = m_author;
        memo.modified = codec::now();
        if (memo.text.isEmpty()) {
            auto removed = m_tables->memos.remove(subject, memo.subjectId);
            if (!removed)
                return removed.error();
            if (*removed == 0)
                return success(); // there was none: nothing changes, nothing to announce
            recordChange(ChangeRecord::Entity::Memos, ChangeRecord::Action::Removed,
                         memo.subjectId);
        } else {
            auto stored = m_tables->memos.put(memo);
            if (!stored)
                return stored.error();
            memo = *stored;
            recordChange(ChangeRecord::Entity::Memos, ChangeRecord::Action::Changed, memo.subjectId,
                         {}, memo.version);
        }
        afterCommit([this] { emit memosChanged(); });
        return success();
    });
    if (!written)
        return written.error();
    return memo;
}

} // namespace counterpoint
