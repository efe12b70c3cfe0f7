#pragma once

#include "domain/Result.h"
#include "domain/SetRole.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

class Database;
class SqlDialect;

// The sets' owners and consensus flags, the sources of consensus annotations and the
// project-wide settings (project_info).
class CurationTable final
{
public:
    explicit CurationTable(const Database &database);

    Result<QList<SetRole>> roles() const; // every set's, in the sets' order
    Result<int> setOwner(const QUuid &setId, const QString &owner);
    Result<int> setConsensus(const QUuid &setId, bool consensus);
    Result<QList<QUuid>> sources(const QUuid &annotationId) const;
    Status setSources(const QUuid &annotationId, const QList<QUuid> &sources);
    // The default set's id, in its row and in project_info, for a set no annotation is in.
    Status changeDefaultSetId(const QUuid &from, const QUuid &to);
    Result<QString> setting(const QString &key) const; // empty when unset
    Status setSetting(const QString &key, const QString &value);

private:
    const Database &m_database;
    const SqlDialect &m_sql;
};

} // namespace counterpoint
