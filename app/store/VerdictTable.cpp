#include "VerdictTable.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreCodec.h"

#include <QSqlQuery>

namespace counterpoint {

namespace {

const QString columns = QStringLiteral(
    "annotation_id, rating, rating_value, worst_rating, best_rating, reviewer, reviewed_on, url");

Verdict verdictFrom(const QSqlQuery &row)
{
    Verdict verdict;
    verdict.annotationId = codec::idFrom(row.value(0));
    verdict.rating = row.value(1).toString();
    verdict.ratingValue = row.value(2).toInt();
    verdict.worstRating = row.value(3).toInt();
    verdict.bestRating = row.value(4).toInt();
    verdict.reviewer = row.value(5).toString();
    verdict.date = QDate::fromString(row.value(6).toString(), Qt::ISODate);
    verdict.url = row.value(7).toString();
    return verdict;
}

} // namespace

VerdictTable::VerdictTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Result<std::optional<Verdict>> VerdictTable::of(const QUuid &annotationId) const
{
    auto row = m_database.query(
        QStringLiteral("SELECT %1 FROM claim_review WHERE annotation_id = ?").arg(columns),
        {m_sql.id(annotationId)});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Verdict>();
    return std::optional<Verdict>(verdictFrom(*row));
}

Result<QList<Verdict>> VerdictTable::all() const
{
    auto rows = m_database.query(
        QStringLiteral("SELECT %1 FROM claim_review ORDER BY annotation_id").arg(columns));
    if (!rows)
        return rows.error();
    QList<Verdict> verdicts;
    while (rows->next())
        verdicts.append(verdictFrom(*rows));
    return verdicts;
}

Status VerdictTable::put(const Verdict &verdict)
{
    if (auto removed = remove(verdict.annotationId); !removed)
        return removed.error();
    if (auto stored = m_database.execute(
            QStringLiteral("INSERT INTO claim_review (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(columns),
            {m_sql.id(verdict.annotationId), verdict.rating.trimmed(), verdict.ratingValue,
             verdict.worstRating, verdict.bestRating, verdict.reviewer.trimmed(),
             verdict.date.isValid() ? verdict.date.toString(Qt::ISODate) : QString(),
             verdict.url.trimmed()});
        !stored)
        return stored.error();
    return success();
}

Result<int> VerdictTable::remove(const QUuid &annotationId)
{
    return m_database.execute(QStringLiteral("DELETE FROM claim_review WHERE annotation_id = ?"),
                              {m_sql.id(annotationId)});
}

} // namespace counterpoint
