#pragma once

#include "domain/Memo.h"
#include "domain/Result.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

// The memos (memo): at most one per subject, the project's, an article's or an actor's.
class MemoTable final
{
public:
    explicit MemoTable(const Database &database);

    Result<std::optional<Memo>> of(MemoSubject subject, const QUuid &subjectId) const;
    Result<QList<Memo>> all() const; // the project's first, then articles', then actors'
    // Stores memo as its subject's memo, replacing the one it has (its version one more than
    // that one's); the caller checks that the subject exists.
    Result<Memo> put(Memo memo);
    Result<int> remove(MemoSubject subject, const QUuid &subjectId);

private:
    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
