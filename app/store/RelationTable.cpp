#include "RelationTable.h"

#include "Database.h"
#include "RowMapping.h"
#include "SqlDialect.h"

namespace counterpoint {

RelationTable::RelationTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

const char *RelationTable::allQuery()
{
    return "SELECT id, from_id, to_id, kind, comment, author, created_at FROM relation"
           " ORDER BY created_at, id";
}

Result<QList<Relation>> RelationTable::select(const QString &sql, const QVariantList &values) const
{
    auto rows = m_database.query(sql, values);
    if (!rows)
        return rows.error();
    QList<Relation> relations;
    while (rows->next())
        relations.append(rows::relationFrom(*rows));
    return relations;
}

Result<QList<Relation>> RelationTable::all() const
{
    return select(QString::fromLatin1(allQuery()), {});
}

Result<QList<Relation>> RelationTable::of(const QUuid &annotationId) const
{
    return select(u"SELECT " + QLatin1StringView(rows::relationColumns) +
                      u" FROM relation WHERE from_id = ? OR to_id = ? ORDER BY created_at, id",
                  {m_sql.id(annotationId), m_sql.id(annotationId)});
}

Result<QList<Relation>> RelationTable::ofArticle(const QUuid &articleId) const
{
    return select(u"SELECT " + QLatin1StringView(rows::relationColumns) +
                      u" FROM relation WHERE from_id IN (SELECT id FROM annotation WHERE"
                      u" article_id = ?) OR to_id IN (SELECT id FROM annotation WHERE"
                      u" article_id = ?) ORDER BY created_at, id",
                  {m_sql.id(articleId), m_sql.id(articleId)});
}

Result<std::optional<Relation>> RelationTable::relation(const QUuid &id) const
{
    auto found = select(u"SELECT " + QLatin1StringView(rows::relationColumns) +
                            u" FROM relation WHERE id = ?",
                        {m_sql.id(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Relation>();
    return std::optional<Relation>(found->first());
}

Result<bool> RelationTable::links(const QUuid &fromId, const QUuid &toId, RelationKind kind) const
{
    auto existing = m_database.query(
        QStringLiteral("SELECT 1 FROM relation WHERE from_id = ? AND to_id = ? AND kind = ?"),
        {m_sql.id(fromId), m_sql.id(toId), toString(kind)});
    if (!existing)
        return existing.error();
    return existing->next();
}

Status RelationTable::insert(const Relation &relation)
{
    auto stored = m_database.execute(
        u"INSERT INTO relation (" + QLatin1StringView(rows::relationColumns) +
            u") VALUES (?, ?, ?, ?, ?, ?, ?)",
        {m_sql.id(relation.id), m_sql.id(relation.fromId), m_sql.id(relation.toId),
         toString(relation.kind), relation.comment, relation.author, m_sql.time(relation.created)});
    if (!stored)
        return stored.error();
    return success();
}

Status RelationTable::remove(const QUuid &id)
{
    auto removed =
        m_database.execute(QStringLiteral("DELETE FROM relation WHERE id = ?"), {m_sql.id(id)});
    if (!removed)
        return removed.error();
    return success();
}

} // namespace counterpoint
