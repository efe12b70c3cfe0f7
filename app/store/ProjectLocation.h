// Where a project lives: a file, or a database on a PostgreSQL server (team mode). A server is
// named the way libpq names it, as a postgresql:// URI or a "host=… dbname=…" conninfo string,
// and parsed by libpq itself. A location never holds a password: it is shown in title bars,
// kept in the recent list and typed on command lines; libpq finds the password in ~/.pgpass,
// PGPASSFILE or a service file, or the window asks for it.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace counterpoint {

class ProjectLocation final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLocation)

public:
    ProjectLocation() = default;

    // Reads what a user typed for PROJECT: a postgresql:// (or postgres://) URI, a conninfo
    // string whose first word is a libpq keyword ("host=db dbname=team"), or else a file path.
    static Result<ProjectLocation> parse(const QString &text);
    static ProjectLocation file(const QString &path);
    // True when text is meant as a server, whether or not it parses.
    static bool looksLikeServer(const QString &text);

    bool isServer() const { return m_server; }
    bool isFile() const { return !m_server; }
    QString filePath() const { return m_path; } // empty for a server

    // The server's settings as libpq keywords, in the order given; never "password".
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    QString option(const QString &keyword) const;
    QString host() const { return option(QStringLiteral("host")); }
    int port() const; // -1 when not given (libpq's default, PGPORT)
    QString database() const { return option(QStringLiteral("dbname")); }
    QString user() const { return option(QStringLiteral("user")); }
    QString service() const { return option(QStringLiteral("service")); }
    // The same server with another database or user (server-init, tests, members).
    ProjectLocation withOption(const QString &keyword, const QString &value) const;

    // What reopens it: the path, or a postgresql:// URI without any password. For the recent
    // list, command lines and Project::filePath().
    QString toString() const;
    // As messages quote it: “/path/to/file” or “team” on db.example.org.
    QString displayName() const;
    // The libpq keywords that are not host, port, dbname, user (sslmode, service, …), as
    // "key='value'" pairs separated by ';' for Qt's QPSQL connect options.
    QString extraConnectOptions() const;

private:
    bool m_server = false;
    QString m_path;
    QList<QPair<QString, QString>> m_options;
};

} // namespace counterpoint
