#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

// One row of a project's change log (issue 13 item 7): what one commit changed, who made it and
// when. Every commit appends its rows in the same transaction, so that another window or process
// reads what changed from the last change it saw instead of reloading the project.
struct ChangeRecord
{
    // What changed: one row of a table, or a list as a whole (sets, actors, tags, dismissed
    // passages, settings, memos: rowId names the memo's article or actor), or everything (a bulk
    // write: an import, a merge, a copy).
    enum class Entity {
        Annotation,
        Relation,
        Article,
        Sets,
        Actors,
        Tags,
        Dismissed,
        Settings,
        Memos,
        All
    };
    enum class Action { Added, Changed, Removed };

    qint64 id = 0; // grows in commit order
    QDateTime at;
    QString author;
    Entity entity = Entity::All;
    Action action = Action::Changed;
    QUuid rowId;        // the annotation, relation or article; null for a list
    QUuid articleId;    // an annotation's article (what a view needs when it went)
    qint64 version = 0; // the row's version after the change; 0 when it went or has none
};

// The change_log table on the project's connection; writes run in the caller's transaction.
class ChangeLogTable final
{
public:
    explicit ChangeLogTable(const Database &database);

    // Appends the changes (their ids are set here, after the newest one), in one transaction the
    // caller holds with the write lock, so that ids grow in commit order.
    Status append(QList<ChangeRecord> &changes, const QString &author, const QDateTime &at) const;
    // The changes after the one with id after, oldest first.
    Result<QList<ChangeRecord>> since(qint64 after) const;
    Result<qint64> newestId() const; // 0 for an empty log
    // The newest change of one row: who changed it last and when (none for a row not in the log).
    Result<std::optional<ChangeRecord>> lastChangeOf(ChangeRecord::Entity entity,
                                                     const QUuid &rowId) const;

private:
    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
