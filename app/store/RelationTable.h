#pragma once

#include "domain/Relation.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

// The relation table: directed links between two annotations, unique by ends and kind.
class RelationTable final
{
public:
    explicit RelationTable(const Database &database);

    // Every relation in the order relations() gives them; the SQL the bulk reader runs too.
    static const char *allQuery();

    Result<QList<Relation>> all() const;
    Result<QList<Relation>> of(const QUuid &annotationId) const;
    // Those with an end in the article: what goes with it when it is removed.
    Result<QList<Relation>> ofArticle(const QUuid &articleId) const;
    Result<std::optional<Relation>> relation(const QUuid &id) const;
    Result<bool> links(const QUuid &fromId, const QUuid &toId, RelationKind kind) const;

    Status insert(const Relation &relation);
    Status remove(const QUuid &id);

private:
    Result<QList<Relation>> select(const QString &sql, const QVariantList &values) const;

    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
