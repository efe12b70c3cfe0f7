#pragma once

#include "ProjectFile.h"
#include "ProjectLocation.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace counterpoint {

struct OpenOptions;
class SqlDialect;

// One open connection to a project: a file (SQLite) or a database on a PostgreSQL server. Checks
// that it is a healthy Counterpoint project before anything is written to it, sets the pragmas
// (SQLite) and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int latestSchemaVersion = 12;

    static Result<std::unique_ptr<Database>> open(const ProjectLocation &location,
                                                  const OpenOptions &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        const OpenOptions &options);
    // A database on a PostgreSQL server. The password, if any, is used for connecting only.
    static Result<std::unique_ptr<Database>> openServer(const ProjectLocation &location,
                                                        const OpenOptions &options);
    ~Database();

    // The path, or the server's address as a postgresql:// URI (no password): what reopens it.
    QString filePath() const { return m_filePath; }
    const ProjectLocation &location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    // The server role this connection works as (current_user); empty for a file.
    QString serverUser() const { return m_serverUser; }
    QString displayName() const; // the file name (or database and server) as messages quote it
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyNotice() const { return m_readOnlyNotice; }
    // Refuses writes from now on (a reader on a server), saying why.
    void setReadOnly(const QString &notice);
    // Whether opening brought the schema up to date (the server's grants then follow it).
    bool migratedOnOpen() const { return m_migratedOnOpen; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const;
    // The file as a file: URI for a read-only connection of our own (SqliteReader), with the
    // options Qt's connection was opened with.
    QString readerUri() const { return m_readerUri; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    // The SQL of this connection's back end, for the tables and transactions.
    const SqlDialect &dialect() const { return *m_dialect; }

    // One statement with bound values; SQL text is constant, values are always bound.
    // query() is for statements that return rows; it hands the rows to the caller.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;
    // execute() is for everything else and returns how many rows changed. Its statements are
    // prepared once and reused: parsing SQL was half the cost of storing an annotation.
    Result<int> execute(const QString &sql, const QVariantList &values = {}) const;

    // After a commit, before it is reported saved: an error when the file at the path is no longer
    // the one that was opened (moved, deleted, replaced, or its disk unmounted), since the
    // commit then went to a file the user can no longer reach.
    Status checkStillInPlace() const;

    // A server connection that dropped (the server restarted, the network went): connects again,
    // once, when no transaction is open; a transaction that was open is lost as a whole, never
    // half of it.
    Status reconnect() const;
    // A server: asks for the notices sent on channel (LISTEN), again after every reconnect; the
    // driver's notification() signal brings them. False when the driver cannot.
    bool subscribe(const QString &channel);
    void setInTransaction(bool open) const { m_inTransaction = open; }

    // A user-readable Error for a failed statement, naming the project file.
    Error errorFor(const QSqlError &error, const QString &doing) const;

private:
    Database(QString connectionName, ProjectLocation location, std::unique_ptr<SqlDialect> dialect);
    Status checkHealth();
    Status configure(int busyTimeoutMs);
    Status migrate();
    Status migrateWithForeignKeysOff();
    Status checkForeignKeys(int version) const;
    Status checkServerHealth(bool mayCreate);
    Status migrateServer();
    Result<int> serverSchemaVersion() const;
    Error serverErrorFor(const QSqlError &error, const QString &doing) const;
    // A statement the back end cannot prepare, run as it is (it takes no values).
    Result<QSqlQuery> runUnprepared(const QString &sql, const QVariantList &values) const;

    std::unique_ptr<SqlDialect> m_dialect;
    mutable std::unordered_map<QString, QSqlQuery> m_preparedStatements;
    std::unique_ptr<ProjectSnapshot> m_snapshot; // the copy SQLite reads, if it reads one
    QString m_openFileKey; // in OpenProjectFiles while this connection is open
    QString m_connectionName;
    ProjectLocation m_location;
    QString m_filePath;
    QString m_serverUser;
    bool m_migratedOnOpen = false;
    mutable bool m_inTransaction = false;
    QStringList m_sessionSettings; // run again on reconnecting
    QStringList m_channels;        // listened to again on reconnecting
    OpenPlan::Access m_access = OpenPlan::Access::ReadWrite;
    FileIdentity m_identity;
    bool m_readOnly = false;
    bool m_durableCommits = true;
    QString m_readOnlyNotice;
    QString m_readerUri;
    int m_busyTimeoutMs = 0;
    int m_schemaVersion = 0;
};

} // namespace counterpoint
