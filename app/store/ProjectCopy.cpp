#include "ProjectCopy.h"

#include "Database.h"
#include "Project.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QSqlField>
#include <QSqlRecord>

namespace counterpoint {

namespace {

// Parents before children, so that every foreign key finds its row. Tables a later schema adds
// (not in this list) follow in name order.
const QStringList &tablesInOrder()
{
    static const QStringList tables{QStringLiteral("annotation_set"),
                                    QStringLiteral("actor"),
                                    QStringLiteral("tag"),
                                    QStringLiteral("article"),
                                    QStringLiteral("article_version"),
                                    QStringLiteral("annotation"),
                                    QStringLiteral("annotation_tag"),
                                    QStringLiteral("relation"),
                                    QStringLiteral("dismissed_passage")};
    return tables;
}

// project_info rows that describe the database rather than the project: each side keeps its own.
bool describesTheDatabase(const QString &key)
{
    return key == u"application" || key == u"schema_version" || key == u"role_prefix";
}

Result<QStringList> tablesOf(const Database &database)
{
    auto rows = database.query(
        database.isServer()
            ? QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN "
                             "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                             "n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1")
            // The search index (search_article, search_annotation and their own tables) is
            // not copied: the destination's triggers index the rows as they arrive.
            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_%' "
                             "ESCAPE '\\' ORDER BY 1"));
    if (!rows)
        return rows.error();
    QStringList names;
    while (rows->next())
        names.append(rows->value(0).toString());
    return names;
}

Result<qsizetype> countOf(const Database &database, const QString &table)
{
    auto row = database.query(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : 0;
}

// Every row of table from one database into the other, column by column as they are stored.
Result<qsizetype> copyTable(const Database &from, const Database &to, const QString &table)
{
    // A child tag names its parent (schema 12): the parents go first.
    const QString order =
        table == u"tag" ? QStringLiteral(" ORDER BY parent_id IS NOT NULL") : QString();
    auto rows = from.query(QStringLiteral("SELECT * FROM %1%2").arg(table, order));
    if (!rows)
        return rows.error();
    const QSqlRecord record = rows->record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
        marks.append(QStringLiteral("?"));
    }
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(u", "), marks.join(u", "));
    qsizetype copied = 0;
    while (rows->next()) {
        QVariantList values;
        values.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            values.append(rows->value(i));
        if (auto stored = to.execute(insert, values); !stored)
            return stored.error();
        ++copied;
    }
    return copied;
}

} // namespace

Result<ProjectCopy::Counts> ProjectCopy::copy(const QString &source, const QString &destination)
{
    OpenOptions reading;
    reading.readOnly = true;
    auto from = Project::open(source, reading);
    if (!from)
        return from.error();
    OpenOptions writing;
    writing.createIfMissing = true;
    auto to = Project::open(destination, writing);
    if (!to)
        return to.error();
    const bool newFile = !(*to)->isOnServer();
    auto copied = copy(**from, **to);
    if (!copied && newFile) {
        // A refused copy leaves no half-made project file behind.
        to->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(destination + suffix);
    }
    return copied;
}

Result<ProjectCopy::Counts> ProjectCopy::copy(const Project &source, Project &destination)
{
    const Database &from = *source.m_database;
    const Database &to = *destination.m_database;
    if (from.schemaVersion() != to.schemaVersion())
        return Error{Error::Code::Invalid,
                     tr("Cannot copy %1 to %2: they are at different project formats (%3 and %4).")
                         .arg(from.displayName(), to.displayName())
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion())};
    Counts counts;
    const Status done = destination.writeInBulk([&]() -> Status {
        for (const QString &table : {QStringLiteral("article"), QStringLiteral("annotation")}) {
            auto present = countOf(to, table);
            if (!present)
                return present.error();
            if (*present > 0)
                return Error{Error::Code::Duplicate,
                             tr("Cannot copy into %1: it holds a project already (articles or "
                                "annotations). Copy into a new file, or a database fresh from "
                                "server-init.")
                                 .arg(to.displayName())};
        }
        // The destination's own default set (made when it was created) gives way to the source's.
        for (const QString &statement :
             {QStringLiteral("DELETE FROM annotation_set"), QStringLiteral("DELETE FROM actor"),
              QStringLiteral("DELETE FROM tag"), QStringLiteral("DELETE FROM change_log"),
              QStringLiteral("DELETE FROM project_info WHERE key = 'default_set'")}) {
            if (auto cleared = to.execute(statement); !cleared)
                return cleared.error();
        }
        auto info = from.query(QStringLiteral("SELECT key, value FROM project_info"));
        if (!info)
            return info.error();
        while (info->next()) {
            const QString key = info->value(0).toString();
            if (describesTheDatabase(key))
                continue;
            if (auto stored = to.execute(
                    QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?)"),
                    {key, info->value(1)});
                !stored)
                return stored.error();
        }

        auto sourceTables = tablesOf(from);
        if (!sourceTables)
            return sourceTables.error();
        auto destinationTables = tablesOf(to);
        if (!destinationTables)
            return destinationTables.error();
        QStringList order = tablesInOrder();
        for (const QString &table : std::as_const(*sourceTables)) {
            if (!order.contains(table) && table != u"project_info")
                order.append(table);
        }
        for (const QString &table : std::as_const(order)) {
            if (!sourceTables->contains(table))
                continue;
            if (!destinationTables->contains(table))
                return Error{Error::Code::Invalid,
                             tr("Cannot copy %1 to %2: %2 has no table %3.")
                                 .arg(from.displayName(), to.displayName(), table)};
            auto copied = copyTable(from, to, table);
            if (!copied)
                return copied.error();
            if (table == u"article")
                counts.articles = *copied;
            else if (table == u"annotation")
                counts.annotations = *copied;
            else if (table == u"relation")
                counts.relations = *copied;
        }
        return success();
    });
    if (!done)
        return done.error();
    auto defaultSet =
        to.query(QStringLiteral("SELECT value FROM project_info WHERE key = 'default_set'"));
    if (defaultSet && defaultSet->next())
        destination.m_defaultSetId = QUuid::fromString(defaultSet->value(0).toString());
    qCInfo(lcStore) << "copied" << from.filePath() << "to" << to.filePath() << ":"
                    << counts.articles << "articles," << counts.annotations << "annotations";
    return counts;
}

} // namespace counterpoint
