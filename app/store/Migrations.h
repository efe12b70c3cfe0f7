#pragma once

#include <QString>
#include <QStringList>

namespace counterpoint {

enum class Backend { SQLite, PostgreSQL };

// The numbered schema scripts compiled into the application, one chain per back end.
namespace Migrations {

// The script that brings a project from version - 1 to version; empty if there is none.
QString script(Backend backend, int version);

// A script's statements, one per entry: QSqlQuery::exec() runs one statement at a time. A
// statement ends with ';' at the end of a line, but a trigger (CREATE TRIGGER ... BEGIN, whose
// body holds statements of its own) ends only at a line that is END;.
QStringList statements(const QString &script);

} // namespace Migrations

} // namespace counterpoint
