#include "DismissedPassageTable.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"

namespace counterpoint {

DismissedPassageTable::DismissedPassageTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Result<QList<DismissedPassage>> DismissedPassageTable::all() const
{
    auto rows = m_database.query(
        QStringLiteral("SELECT first_article, second_article, passage_key FROM dismissed_passage"
                       " ORDER BY dismissed_at, first_article, second_article, passage_key"));
    if (!rows)
        return rows.error();
    QList<DismissedPassage> passages;
    while (rows->next())
        passages.append({codec::idFrom(rows->value(0)), codec::idFrom(rows->value(1)),
                         rows->value(2).toString()});
    return passages;
}

Result<qsizetype> DismissedPassageTable::countOfArticle(const QUuid &articleId) const
{
    auto row = m_database.query(QStringLiteral("SELECT count(*) FROM dismissed_passage WHERE"
                                               " first_article = ? OR second_article = ?"),
                                {m_sql.id(articleId), m_sql.id(articleId)});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : 0;
}

Result<bool> DismissedPassageTable::insert(const DismissedPassage &passage)
{
    static const QStringList columns{QStringLiteral("first_article"),
                                     QStringLiteral("second_article"),
                                     QStringLiteral("passage_key"), QStringLiteral("dismissed_at")};
    auto stored =
        m_database.execute(m_sql.insertOrIgnore(QStringLiteral("dismissed_passage"), columns),
                           {m_sql.id(passage.firstArticle), m_sql.id(passage.secondArticle),
                            passage.key, m_sql.time(codec::now())});
    if (!stored)
        return stored.error();
    return *stored > 0;
}

Result<bool> DismissedPassageTable::remove(const DismissedPassage &passage)
{
    auto removed = m_database.execute(
        QStringLiteral("DELETE FROM dismissed_passage WHERE first_article = ? AND"
                       " second_article = ? AND passage_key = ?"),
        {m_sql.id(passage.firstArticle), m_sql.id(passage.secondArticle), passage.key});
    if (!removed)
        return removed.error();
    return *removed > 0;
}

} // namespace counterpoint
