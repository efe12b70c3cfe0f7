#pragma once

#include "domain/Result.h"
#include "domain/Verdict.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

// The verdicts on claims (claim_review): one row per reviewed annotation.
class VerdictTable final
{
public:
    explicit VerdictTable(const Database &database);

    Result<std::optional<Verdict>> of(const QUuid &annotationId) const;
    Result<QList<Verdict>> all() const; // by annotation id
    Status put(const Verdict &verdict); // adds it, or replaces the annotation's verdict
    Result<int> remove(const QUuid &annotationId);

private:
    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
