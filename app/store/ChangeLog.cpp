#include "ChangeLog.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"

#include <optional>

namespace counterpoint {

namespace {

constexpr auto changeColumns =
    "id, changed_at, author, entity, action, row_id, article_id, version";

QString entityName(ChangeRecord::Entity entity)
{
    using Entity = ChangeRecord::Entity;
    switch (entity) {
    case Entity::Annotation:
        return QStringLiteral("annotation");
    case Entity::Relation:
        return QStringLiteral("relation");
    case Entity::Article:
        return QStringLiteral("article");
    case Entity::Sets:
        return QStringLiteral("sets");
    case Entity::Actors:
        return QStringLiteral("actors");
    case Entity::Tags:
        return QStringLiteral("tags");
    case Entity::Dismissed:
        return QStringLiteral("dismissed");
    case Entity::Settings:
        return QStringLiteral("settings");
    case Entity::Memos:
        return QStringLiteral("memos");
    case Entity::All:
        break;
    }
    return QStringLiteral("all");
}

ChangeRecord::Entity entityFrom(const QString &name)
{
    using Entity = ChangeRecord::Entity;
    for (Entity entity :
         {Entity::Annotation, Entity::Relation, Entity::Article, Entity::Sets, Entity::Actors,
          Entity::Tags, Entity::Dismissed, Entity::Settings, Entity::Memos}) {
        if (entityName(entity) == name)
            return entity;
    }
    return Entity::All; // a kind of change this version does not know: reload everything
}

QString actionName(ChangeRecord::Action action)
{
    switch (action) {
    case ChangeRecord::Action::Added:
        return QStringLiteral("added");
    case ChangeRecord::Action::Removed:
        return QStringLiteral("removed");
    case ChangeRecord::Action::Changed:
        break;
    }
    return QStringLiteral("changed");
}

ChangeRecord::Action actionFrom(const QString &name)
{
    if (name == u"added")
        return ChangeRecord::Action::Added;
    if (name == u"removed")
        return ChangeRecord::Action::Removed;
    return ChangeRecord::Action::Changed;
}

ChangeRecord changeFrom(const QSqlQuery &row)
{
    ChangeRecord change;
    change.id = row.value(0).toLongLong();
    change.at = codec::timeFrom(row.value(1));
    change.author = row.value(2).toString();
    change.entity = entityFrom(row.value(3).toString());
    change.action = actionFrom(row.value(4).toString());
    change.rowId = codec::idFrom(row.value(5));
    change.articleId = codec::idFrom(row.value(6));
    change.version = row.value(7).toLongLong();
    return change;
}

} // namespace

ChangeLogTable::ChangeLogTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Result<qint64> ChangeLogTable::newestId() const
{
    auto row = m_database.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : qint64(0);
}

Status ChangeLogTable::append(QList<ChangeRecord> &changes, const QString &author,
                              const QDateTime &at) const
{
    if (changes.isEmpty())
        return success();
    // Under the write lock no other writer appends meanwhile: the newest id plus one is next.
    auto newest = newestId();
    if (!newest)
        return newest.error();
    qint64 id = *newest;
    for (ChangeRecord &change : changes) {
        change.id = ++id;
        change.author = author;
        change.at = at;
        auto stored = m_database.execute(
            u"INSERT INTO change_log (" + QLatin1StringView(changeColumns) +
                u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {change.id, m_sql.time(at), author, entityName(change.entity),
             actionName(change.action),
             change.rowId.isNull() ? QString() : codec::idText(change.rowId),
             change.articleId.isNull() ? QString() : codec::idText(change.articleId),
             change.version});
        if (!stored)
            return stored.error();
    }
    return success();
}

Result<QList<ChangeRecord>> ChangeLogTable::since(qint64 after) const
{
    auto rows = m_database.query(u"SELECT " + QLatin1StringView(changeColumns) +
                                     u" FROM change_log WHERE id > ? ORDER BY id",
                                 {after});
    if (!rows)
        return rows.error();
    QList<ChangeRecord> changes;
    while (rows->next())
        changes.append(changeFrom(*rows));
    return changes;
}

Result<std::optional<ChangeRecord>> ChangeLogTable::lastChangeOf(ChangeRecord::Entity entity,
                                                                 const QUuid &rowId) const
{
    auto row = m_database.query(u"SELECT " + QLatin1StringView(changeColumns) +
                                    u" FROM change_log WHERE row_id = ? AND entity = ?"
                                    u" ORDER BY id DESC LIMIT 1",
                                {codec::idText(rowId), entityName(entity)});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<ChangeRecord>();
    return std::optional<ChangeRecord>(changeFrom(*row));
}

} // namespace counterpoint
