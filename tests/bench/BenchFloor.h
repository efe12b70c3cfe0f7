#pragma once

// The floor an import is measured against: rows read from one project file and inserted into
// another through prepared QSqlQuery statements in one transaction, nothing else. Shared by the
// import and scale benchmarks.
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

#include <cstdio>

namespace counterpoint::bench {

// A copy of the project file at from, at to, with no log of an earlier copy left beside it.
inline bool copyFresh(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

inline QSqlDatabase openSqlite(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return db;
    QSqlQuery pragma(db);
    // The pragmas every connection of the app sets (app/store/Database.cpp).
    for (const char *sql :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
        pragma.exec(QString::fromLatin1(sql));
    return db;
}

struct Rows
{
    QStringList columns;
    QList<QVariantList> values;
};

inline Rows readRows(QSqlDatabase &db, const QString &table)
{
    Rows rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT * FROM " + table))
        return rows;
    const QSqlRecord record = query.record();
    for (int c = 0; c < record.count(); ++c)
        rows.columns.append(record.fieldName(c));
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < record.count(); ++c)
            row.append(query.value(c));
        rows.values.append(row);
    }
    return rows;
}

inline bool insertRows(QSqlDatabase &db, const QString &table, const Rows &rows)
{
    QSqlQuery insert(db);
    QStringList marks;
    for (qsizetype c = 0; c < rows.columns.size(); ++c)
        marks.append(QStringLiteral("?"));
    if (!insert.prepare(u"INSERT INTO " + table + u" (" + rows.columns.join(u',') + u") VALUES (" +
                        marks.join(u',') + u')'))
        return false;
    for (const QVariantList &row : rows.values) {
        for (qsizetype c = 0; c < row.size(); ++c)
            insert.bindValue(int(c), row.at(c));
        if (!insert.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    return true;
}

// The tables an annotation import writes, in the order their keys need.
inline QStringList importedTables()
{
    return {QStringLiteral("annotation_set"), QStringLiteral("actor"), QStringLiteral("tag"),
            QStringLiteral("annotation"), QStringLiteral("annotation_tag")};
}

// Reads importedTables() of imported, then inserts them into target (a copy of the project the
// import started from, its default set removed first) in one transaction. Only the inserts and
// the commit are timed: seconds, and the annotations inserted. False on any failure.
inline bool insertLikeAnImport(const QString &imported, const QString &target, double &seconds,
                               qsizetype &annotations)
{
    QList<std::pair<QString, Rows>> tables;
    {
        QSqlDatabase source = openSqlite(imported, QStringLiteral("floor-source"));
        for (const QString &table : importedTables())
            tables.append({table, readRows(source, table)});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor-source"));
    bool ok = true;
    {
        QSqlDatabase db = openSqlite(target, QStringLiteral("floor-target"));
        // The project's own default set is there already.
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM annotation_set"));
        QElapsedTimer timer;
        timer.start();
        ok = db.transaction();
        for (const auto &[table, rows] : std::as_const(tables)) {
            ok = ok && insertRows(db, table, rows);
            if (table == u"annotation")
                annotations = rows.values.size();
        }
        ok = ok && db.commit();
        seconds = timer.nsecsElapsed() / 1e9;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor-target"));
    return ok;
}

} // namespace counterpoint::bench
