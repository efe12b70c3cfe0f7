#include "AnnotationTable.h"

#include "Database.h"
#include "RowMapping.h"
#include "SqlDialect.h"
#include "StoreMessages.h"

#include <QHash>

#include <algorithm>

namespace counterpoint {

using codec::idFrom;
using codec::idText;

AnnotationTable::AnnotationTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

Status AnnotationTable::forEach(const std::function<void(Annotation &&)> &visit) const
{
    // Tags first, so each annotation is complete when it is handed on and nothing needs to
    // hold every row at once.
    auto tagRows = m_database.query(QStringLiteral(
        "SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id"));
    if (!tagRows)
        return tagRows.error();
    QHash<QUuid, QList<QUuid>> tagsOf;
    while (tagRows->next())
        tagsOf[idFrom(tagRows->value(0))].append(idFrom(tagRows->value(1)));
    // Table order, no ORDER BY: sorting makes SQLite visit the rows through the index in random
    // order, three times slower on a large project.
    auto rows = m_database.query(u"SELECT " + QLatin1StringView(rows::annotationColumns) +
                                 u" FROM annotation");
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Annotation annotation = rows::annotationFrom(*rows);
        annotation.tagIds = tagsOf.value(annotation.id);
        visit(std::move(annotation));
    }
    return success();
}

Result<qsizetype> AnnotationTable::count() const
{
    auto row = m_database.query(QStringLiteral("SELECT count(*) FROM annotation"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : 0;
}

Result<qsizetype> AnnotationTable::countInSet(const QUuid &setId) const
{
    auto row = m_database.query(QStringLiteral("SELECT count(*) FROM annotation WHERE set_id = ?"),
                                {m_sql.id(setId)});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : 0;
}

Result<QSet<QUuid>> AnnotationTable::ids() const
{
    auto rows = m_database.query(QStringLiteral("SELECT id FROM annotation"));
    if (!rows)
        return rows.error();
    QSet<QUuid> ids;
    while (rows->next())
        ids.insert(idFrom(rows->value(0)));
    return ids;
}

// Tag ids of many annotations in one pass, so listing 100,000 annotations stays two queries.
Status AnnotationTable::attachTags(QList<Annotation> &annotations, const QString &sql,
                                   const QVariantList &values) const
{
    auto rows = m_database.query(sql, values);
    if (!rows)
        return rows.error();
    QHash<QUuid, qsizetype> indexOf;
    indexOf.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size(); ++i)
        indexOf.insert(annotations.at(i).id, i);
    while (rows->next()) {
        const auto found = indexOf.constFind(idFrom(rows->value(0)));
        if (found != indexOf.constEnd())
            annotations[*found].tagIds.append(idFrom(rows->value(1)));
    }
    return success();
}

Result<QList<Annotation>> AnnotationTable::ofArticle(const QUuid &articleId) const
{
    auto rows =
        m_database.query(u"SELECT " + QLatin1StringView(rows::annotationColumns) +
                             u" FROM annotation WHERE article_id = ? ORDER BY start_pos, end_pos",
                         {m_sql.id(articleId)});
    if (!rows)
        return rows.error();
    QList<Annotation> annotations;
    while (rows->next())
        annotations.append(rows::annotationFrom(*rows));
    if (auto tagged =
            attachTags(annotations,
                       QStringLiteral("SELECT t.annotation_id, t.tag_id FROM annotation_tag t"
                                      " JOIN annotation a ON a.id = t.annotation_id"
                                      " WHERE a.article_id = ? ORDER BY t.annotation_id, t.tag_id"),
                       {m_sql.id(articleId)});
        !tagged)
        return tagged.error();
    return annotations;
}

Result<Annotation> AnnotationTable::annotation(const QUuid &id) const
{
    auto row = m_database.query(u"SELECT " + QLatin1StringView(rows::annotationColumns) +
                                    u" FROM annotation WHERE id = ?",
                                {m_sql.id(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return messages::notFound(StoreMessages::tr("There is no annotation %1 in %2.")
                                      .arg(idText(id), m_database.displayName()));
    QList<Annotation> one{rows::annotationFrom(*row)};
    if (auto tagged = attachTags(
            one,
            QStringLiteral(
                "SELECT annotation_id, tag_id FROM annotation_tag WHERE annotation_id = ?"
                " ORDER BY tag_id"),
            {m_sql.id(id)});
        !tagged)
        return tagged.error();
    return one.first();
}

// Sorts the annotation's tags into the order every read gives them back in (by id, which both
// back ends can sort by; neither keeps the order rows were written in), then stores them.
void AnnotationTable::sortTags(Annotation &annotation) const
{
    std::sort(annotation.tagIds.begin(), annotation.tagIds.end(),
              [](const QUuid &a, const QUuid &b) { return idText(a) < idText(b); });
}

Status AnnotationTable::writeTags(Annotation &annotation, TagWrite mode)
{
    sortTags(annotation);
    if (mode == TagWrite::Replace) {
        auto cleared =
            m_database.execute(QStringLiteral("DELETE FROM annotation_tag WHERE annotation_id = ?"),
                               {m_sql.id(annotation.id)});
        if (!cleared)
            return cleared.error();
    }
    QSet<QUuid> seen;
    for (const QUuid &tagId : annotation.tagIds) {
        if (seen.contains(tagId))
            continue;
        seen.insert(tagId);
        auto stored = m_database.execute(
            QStringLiteral("INSERT INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?)"),
            {m_sql.id(annotation.id), m_sql.id(tagId)});
        if (!stored)
            return stored.error();
    }
    return success();
}

Status AnnotationTable::insert(Annotation &annotation)
{
    auto stored = m_database.execute(
        u"INSERT INTO annotation (" + QLatin1StringView(rows::annotationColumns) +
            u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {m_sql.id(annotation.id), m_sql.id(annotation.articleId), m_sql.id(annotation.setId),
         toString(annotation.kind), annotation.start, annotation.end, annotation.quote.exact,
         annotation.quote.prefix, annotation.quote.suffix, m_sql.optionalId(annotation.actorId),
         annotation.comment, annotation.author, m_sql.time(annotation.created),
         m_sql.time(annotation.modified), toString(annotation.anchorState),
         qMax<qint64>(annotation.version, 1)});
    if (!stored)
        return stored.error();
    annotation.version = qMax<qint64>(annotation.version, 1);
    return writeTags(annotation, TagWrite::New);
}

Status AnnotationTable::insertRows(const QString &table, QLatin1StringView columns, int columnCount,
                                   const QVariantList &values)
{
    const qsizetype rows = values.size() / columnCount;
    if (rows == 0)
        return success();
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columnCount; ++c)
        row += QStringLiteral(", ?");
    row += u')';
    QString sql = u"INSERT INTO " + table + u" (" + columns + u") VALUES " + row;
    sql.reserve(sql.size() + (row.size() + 2) * rows);
    for (qsizetype r = 1; r < rows; ++r)
        sql += u", " + row;
    // Database::execute() prepares each distinct statement once: one per row count.
    auto stored = m_database.execute(sql, values);
    if (!stored)
        return stored.error();
    return success();
}

Status AnnotationTable::insertMany(QList<Annotation> &annotations)
{
    static const QString annotationTable = QStringLiteral("annotation");
    static const QString tagTable = QStringLiteral("annotation_tag");
    constexpr int columns = 16;
    QVariantList rows, tags;
    const auto flushTags = [&]() -> Status {
        Status stored = insertRows(tagTable, QLatin1StringView("annotation_id, tag_id"), 2, tags);
        tags.clear();
        return stored;
    };
    for (qsizetype from = 0; from < annotations.size(); from += batchRows) {
        const qsizetype to = std::min<qsizetype>(from + batchRows, annotations.size());
        rows.clear();
        rows.reserve((to - from) * columns);
        for (qsizetype i = from; i < to; ++i) {
            Annotation &a = annotations[i];
            a.version = qMax<qint64>(a.version, 1);
            rows << m_sql.id(a.id) << m_sql.id(a.articleId) << m_sql.id(a.setId) << toString(a.kind)
                 << a.start << a.end << a.quote.exact << a.quote.prefix << a.quote.suffix
                 << m_sql.optionalId(a.actorId) << a.comment << a.author << m_sql.time(a.created)
                 << m_sql.time(a.modified) << toString(a.anchorState) << a.version;
        }
        if (Status stored = insertRows(annotationTable, QLatin1StringView(rows::annotationColumns),
                                       columns, rows);
            !stored)
            return stored;
        for (qsizetype i = from; i < to; ++i) {
            Annotation &a = annotations[i];
            sortTags(a);
            QSet<QUuid> seen;
            for (const QUuid &tagId : std::as_const(a.tagIds)) {
                if (seen.contains(tagId))
                    continue;
                seen.insert(tagId);
                tags << m_sql.id(a.id) << m_sql.id(tagId);
                if (tags.size() == 2 * batchRows) {
                    if (Status stored = flushTags(); !stored)
                        return stored;
                }
            }
        }
    }
    return flushTags();
}

Status AnnotationTable::update(Annotation &annotation)
{
    auto updated = m_database.execute(
        QStringLiteral("UPDATE annotation SET set_id = ?, kind = ?, start_pos = ?, end_pos = ?,"
                       " exact = ?, prefix = ?, suffix = ?, actor_id = ?, comment = ?,"
                       " modified_at = ?, anchor_state = ?, version = version + 1 WHERE id = ?"),
        {m_sql.id(annotation.setId), toString(annotation.kind), annotation.start, annotation.end,
         annotation.quote.exact, annotation.quote.prefix, annotation.quote.suffix,
         m_sql.optionalId(annotation.actorId), annotation.comment, m_sql.time(annotation.modified),
         toString(annotation.anchorState), m_sql.id(annotation.id)});
    if (!updated)
        return updated.error();
    return writeTags(annotation, TagWrite::Replace);
}

Status AnnotationTable::updatePlacement(const Annotation &annotation)
{
    auto stored = m_database.execute(
        QStringLiteral("UPDATE annotation SET start_pos = ?, end_pos = ?, exact = ?,"
                       " prefix = ?, suffix = ?, anchor_state = ?, modified_at = ?,"
                       " version = version + 1 WHERE id = ?"),
        {annotation.start, annotation.end, annotation.quote.exact, annotation.quote.prefix,
         annotation.quote.suffix, toString(annotation.anchorState), m_sql.time(annotation.modified),
         m_sql.id(annotation.id)});
    if (!stored)
        return stored.error();
    return success();
}

Status AnnotationTable::moveToArticle(const QUuid &id, const QUuid &articleId)
{
    auto moved =
        m_database.execute(QStringLiteral("UPDATE annotation SET article_id = ? WHERE id = ?"),
                           {m_sql.id(articleId), m_sql.id(id)});
    if (!moved)
        return moved.error();
    return success();
}

Result<qint64> AnnotationTable::versionOf(const QUuid &id) const
{
    auto row = m_database.query(QStringLiteral("SELECT version FROM annotation WHERE id = ?"),
                                {m_sql.id(id)});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : qint64(0);
}

Result<int> AnnotationTable::remove(const QUuid &id)
{
    return m_database.execute(QStringLiteral("DELETE FROM annotation WHERE id = ?"),
                              {m_sql.id(id)});
}

} // namespace counterpoint
