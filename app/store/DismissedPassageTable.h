#pragma once

#include "domain/Article.h"
#include "domain/Result.h"

#include <QList>

namespace counterpoint {

class Database;
class SqlDialect;

// Shared passages dismissed as "same claim" suggestions; they go with either of their articles.
class DismissedPassageTable final
{
public:
    explicit DismissedPassageTable(const Database &database);

    Result<QList<DismissedPassage>> all() const;
    Result<qsizetype> countOfArticle(const QUuid &articleId) const;
    // Dismissing twice is not an error: a second analyst may have done it first. Tells whether
    // a row was added.
    Result<bool> insert(const DismissedPassage &passage);
    Result<bool> remove(const DismissedPassage &passage); // whether a row went

private:
    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
