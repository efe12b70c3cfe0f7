#pragma once

#include "domain/Annotation.h"
#include "domain/Result.h"

#include <QList>
#include <QSet>

#include <functional>

namespace counterpoint {

class Database;
class SqlDialect;

// The annotation table with the tags of each annotation (annotation_tag). Reads give the tags
// in one order (by id) whatever order they were ticked in. Writes run inside a transaction the
// caller holds; the caller has checked the range and filled in the quote.
class AnnotationTable final
{
public:
    explicit AnnotationTable(const Database &database);

    // Every annotation in table order, each complete with its tags.
    Status forEach(const std::function<void(Annotation &&)> &visit) const;
    Result<qsizetype> count() const;
    Result<qsizetype> countInSet(const QUuid &setId) const;
    Result<QSet<QUuid>> ids() const;
    Result<QList<Annotation>> ofArticle(const QUuid &articleId) const; // in reading order
    Result<Annotation> annotation(const QUuid &id) const;

    Result<qint64> versionOf(const QUuid &id) const; // 0 when there is no such annotation

    // insert() stores the version given (at least 1); update() and updatePlacement() raise it.
    Status insert(Annotation &annotation); // sorts its tags into the stored order
    // The same for many: multi-row statements of up to batchRows rows each, so that an import
    // of 100,000 annotations makes a few thousand calls into the database, not 300,000.
    Status insertMany(QList<Annotation> &annotations);
    static constexpr int batchRows = 64;
    Status update(Annotation &annotation); // every column but article, author and created
    // Only the placement: range, quote, anchor state and modified time.
    Status updatePlacement(const Annotation &annotation);
    Status moveToArticle(const QUuid &id, const QUuid &articleId);
    Result<int> remove(const QUuid &id); // how many rows went

private:
    enum class TagWrite { New, Replace };
    Status writeTags(Annotation &annotation, TagWrite mode);
    void sortTags(Annotation &annotation) const;
    // INSERT INTO table (columns) VALUES (?, …), … for rows rows: one statement per row count.
    Status insertRows(const QString &table, QLatin1StringView columns, int columnCount,
                      const QVariantList &values);
    Status attachTags(QList<Annotation> &annotations, const QString &sql,
                      const QVariantList &values) const;

    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
