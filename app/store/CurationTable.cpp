#include "CurationTable.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"

namespace counterpoint {

CurationTable::CurationTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Result<QList<SetRole>> CurationTable::roles() const
{
    auto rows = m_database.query(
        QStringLiteral("SELECT id, owner, consensus FROM annotation_set ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<SetRole> roles;
    while (rows->next())
        roles.append({codec::idFrom(rows->value(0)), rows->value(1).toString(),
                      rows->value(2).toInt() != 0});
    return roles;
}

Result<int> CurationTable::setOwner(const QUuid &setId, const QString &owner)
{
    return m_database.execute(
        QStringLiteral("UPDATE annotation_set SET owner = ?, version = version + 1 WHERE id = ?"),
        {owner, m_sql.id(setId)});
}

Result<int> CurationTable::setConsensus(const QUuid &setId, bool consensus)
{
    return m_database.execute(
        QStringLiteral(
            "UPDATE annotation_set SET consensus = ?, version = version + 1 WHERE id = ?"),
        {consensus ? 1 : 0, m_sql.id(setId)});
}

Result<QList<QUuid>> CurationTable::sources(const QUuid &annotationId) const
{
    auto rows = m_database.query(QStringLiteral("SELECT source_id FROM consensus_source WHERE "
                                                "annotation_id = ? ORDER BY source_id"),
                                 {m_sql.id(annotationId)});
    if (!rows)
        return rows.error();
    QList<QUuid> sources;
    while (rows->next())
        sources.append(codec::idFrom(rows->value(0)));
    return sources;
}

Status CurationTable::setSources(const QUuid &annotationId, const QList<QUuid> &sources)
{
    if (auto cleared = m_database.execute(
            QStringLiteral("DELETE FROM consensus_source WHERE annotation_id = ?"),
            {m_sql.id(annotationId)});
        !cleared)
        return cleared.error();
    static const QStringList columns{QStringLiteral("annotation_id"), QStringLiteral("source_id")};
    for (const QUuid &source : sources) {
        if (auto stored = m_database.execute(
                m_sql.insertOrIgnore(QStringLiteral("consensus_source"), columns),
                {m_sql.id(annotationId), m_sql.id(source)});
            !stored)
            return stored.error();
    }
    return success();
}

Status CurationTable::changeDefaultSetId(const QUuid &from, const QUuid &to)
{
    if (auto moved = m_database.execute(QStringLiteral("UPDATE annotation_set SET id = ? WHERE "
                                                       "id = ?"),
                                        {m_sql.id(to), m_sql.id(from)});
        !moved)
        return moved.error();
    if (auto noted = m_database.execute(
            QStringLiteral("UPDATE project_info SET value = ? WHERE key = 'default_set'"),
            {codec::idText(to)});
        !noted)
        return noted.error();
    return success();
}

Result<QString> CurationTable::setting(const QString &key) const
{
    auto row =
        m_database.query(QStringLiteral("SELECT value FROM project_info WHERE key = ?"), {key});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QString();
}

Status CurationTable::setSetting(const QString &key, const QString &value)
{
    if (auto cleared =
            m_database.execute(QStringLiteral("DELETE FROM project_info WHERE key = ?"), {key});
        !cleared)
        return cleared.error();
    if (auto stored = m_database.execute(
            QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?)"), {key, value});
        !stored)
        return stored.error();
    return success();
}

} // namespace counterpoint
