// The PostgreSQL half of Database: connecting to a server, telling a Counterpoint project
// database from an empty or foreign one, migrating it, and the server's errors in words.
#include "Database.h"

#include "Migrations.h"
#include "Project.h"
#include "SqlDialect.h"
#include "Transaction.h"
#include "log/LogCategories.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace counterpoint {

namespace {

// The project_info rows that make a database a Counterpoint project, and say its schema.
constexpr auto applicationKey = "application";
constexpr auto applicationName = "counterpoint";
constexpr auto schemaVersionKey = "schema_version";

// How long libpq waits for a server that does not answer, unless the address says otherwise.
constexpr int connectTimeoutSeconds = 10;

bool mentions(const QSqlError &error, const char *words)
{
    return error.text().contains(QLatin1StringView(words), Qt::CaseInsensitive);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ProjectLocation &location,
                                                       const OpenOptions &options)
{
    const QString connectionName =
        u"counterpoint-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(connectionName, location, std::make_unique<PostgresDialect>()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error{Error::Code::Database,
                     tr("Cannot open %1: Qt's PostgreSQL driver is missing (install "
                        "libqt6sql6-psql).")
                         .arg(location.displayName())};
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    db.setPassword(options.password);
    QStringList connectOptions;
    if (const QString extra = location.extraConnectOptions(); !extra.isEmpty())
        connectOptions.append(extra);
    if (location.option(QStringLiteral("connect_timeout")).isEmpty())
        connectOptions.append(QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds));
    if (location.option(QStringLiteral("application_name")).isEmpty())
        connectOptions.append(QStringLiteral("application_name=counterpoint"));
    db.setConnectOptions(connectOptions.join(u';'));
    // The password stays in this connection's memory only, for reconnecting; never written.
    const bool opened = db.open();
    if (!opened)
        return database->errorFor(db.lastError(), tr("connecting to it"));

    database->m_readOnly = options.readOnly;
    if (options.readOnly)
        database->m_readOnlyNotice = tr("%1 was opened read-only.").arg(location.displayName());
    database->m_busyTimeoutMs = options.busyTimeoutMs;

    auto user = database->query(QStringLiteral("SELECT current_user"));
    if (!user)
        return user.error();
    if (user->next())
        database->m_serverUser = user->value(0).toString();

    // A lock held longer than a file's busy timeout is refused as "locked", as on a file.
    QStringList settings{QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs),
                         QStringLiteral("SET client_min_messages = warning")};
    if (options.readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString &setting : std::as_const(settings)) {
        if (auto done = database->execute(setting); !done)
            return done.error();
    }
    database->m_sessionSettings = settings;

    if (auto healthy = database->checkServerHealth(options.createIfMissing && !options.readOnly);
        !healthy)
        return healthy.error();
    if (options.mustBeNew && database->m_schemaVersion != 0)
        return Error{
            Error::Code::Duplicate,
            tr("Cannot make %1 a new project: it is one already.").arg(location.displayName())};
    const int versionBefore = database->m_schemaVersion;
    if (auto migrated = database->migrateServer(); !migrated)
        return migrated.error();
    database->m_migratedOnOpen = database->m_schemaVersion != versionBefore;
    qCInfo(lcStore) << "opened" << location.toString() << "as" << database->m_serverUser;
    return database;
}

Status Database::reconnect() const
{
    if (!isServer() || m_inTransaction)
        return Error{Error::Code::Unreachable,
                     tr("Cannot reach %1; the change was not stored.").arg(displayName())};
    m_preparedStatements.clear(); // prepared on the connection that went
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return errorFor(db.lastError(), tr("connecting to it again"));
    for (const QString &setting : m_sessionSettings) {
        if (auto done = execute(setting); !done)
            return done.error();
    }
    // A notice is never replayed: the listener reads the log from the last change it saw.
    for (const QString &channel : m_channels) {
        if (!db.driver()->subscribeToNotification(channel))
            qCInfo(lcStore) << "cannot listen to" << channel << "on" << m_filePath << "again";
    }
    qCInfo(lcStore) << "connected to" << m_filePath << "again";
    return success();
}

bool Database::subscribe(const QString &channel)
{
    if (!isServer())
        return false;
    QSqlDatabase db = connection();
    if (!db.driver()->hasFeature(QSqlDriver::EventNotifications) ||
        !db.driver()->subscribeToNotification(channel))
        return false;
    if (!m_channels.contains(channel))
        m_channels.append(channel);
    return true;
}

Result<int> Database::serverSchemaVersion() const
{
    auto rows = query(QStringLiteral("SELECT key, value FROM project_info WHERE key IN (?, ?)"),
                      {QString::fromLatin1(applicationKey), QString::fromLatin1(schemaVersionKey)});
    if (!rows)
        return rows.error();
    bool ours = false;
    int version = -1;
    while (rows->next()) {
        if (rows->value(0).toString() == QLatin1StringView(applicationKey))
            ours = rows->value(1).toString() == QLatin1StringView(applicationName);
        else
            version = rows->value(1).toInt();
    }
    if (!ours || version < 1)
        return Error{Error::Code::NotAProject,
                     tr("Cannot open %1: it is a database of another program, not a "
                        "Counterpoint project.")
                         .arg(displayName())};
    return version;
}

Status Database::checkServerHealth(bool mayCreate)
{
    auto found = query(QStringLiteral(
        "SELECT to_regclass('project_info') IS NOT NULL,"
        " (SELECT count(*) FROM pg_catalog.pg_class c"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))"));
    if (!found)
        return found.error();
    if (!found->next())
        return errorFor(found->lastError(), tr("reading it"));
    const bool hasProjectInfo = found->value(0).toBool();
    const qint64 tables = found->value(1).toLongLong();
    if (!hasProjectInfo) {
        if (tables > 0)
            return Error{Error::Code::NotAProject,
                         tr("Cannot open %1: it is a database of another program, not a "
                            "Counterpoint project.")
                             .arg(displayName())};
        if (!mayCreate)
            return Error{Error::Code::NotAProject,
                         tr("Cannot open %1: the database is empty. Make it a project with "
                            "“counterpoint server-init %2 --owner NAME”.")
                             .arg(displayName(), m_location.toString())};
        m_schemaVersion = 0;
        return success();
    }
    auto version = serverSchemaVersion();
    if (!version) {
        if (version.error().code == Error::Code::Denied)
            return Error{Error::Code::Denied,
                         tr("Cannot open %1: %2 is not a member of this project. Its owner can "
                            "add them with “counterpoint members %3 add %2 --role coder”.")
                             .arg(displayName(), m_serverUser, m_location.toString())};
        return version.error();
    }
    if (*version > latestSchemaVersion)
        return Error{Error::Code::TooNew,
                     tr("Cannot open %1: it was written by a newer version of Counterpoint "
                        "(project format %2; this version reads up to %3). Please update "
                        "Counterpoint.")
                         .arg(displayName())
                         .arg(*version)
                         .arg(latestSchemaVersion)};
    if (m_readOnly && *version < latestSchemaVersion)
        return Error{Error::Code::ReadOnly,
                     tr("Cannot open %1: it was written by an older version of Counterpoint and "
                        "must be upgraded, but it is open read-only.")
                         .arg(displayName())};
    m_schemaVersion = *version;
    return success();
}

Status Database::migrateServer()
{
    if (m_schemaVersion >= latestSchemaVersion)
        return success();
    // DDL is transactional in PostgreSQL: the whole upgrade happens, or none of it. The write
    // lock keeps two clients from upgrading at once; the second finds it done.
    Transaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (m_schemaVersion > 0) {
        auto version = serverSchemaVersion();
        if (!version)
            return version.error();
        m_schemaVersion = *version;
    } else {
        auto found = query(QStringLiteral("SELECT to_regclass('project_info') IS NOT NULL"));
        if (!found)
            return found.error();
        if (found->next() && found->value(0).toBool()) {
            auto version = serverSchemaVersion(); // made a project meanwhile
            if (!version)
                return version.error();
            m_schemaVersion = *version;
        }
    }
    const int from = m_schemaVersion;
    for (int version = from + 1; version <= latestSchemaVersion; ++version) {
        const QString script = Migrations::script(Backend::PostgreSQL, version);
        if (script.isEmpty())
            return Error{Error::Code::Database,
                         tr("Cannot upgrade %1: migration %2 is missing from this build.")
                             .arg(displayName())
                             .arg(version)};
        const QStringList statements = Migrations::statements(script);
        for (const QString &statement : statements) {
            if (auto done = execute(statement); !done) {
                if (done.error().code == Error::Code::Denied)
                    return Error{Error::Code::Denied,
                                 tr("Cannot open %1: it must be upgraded to this version of "
                                    "Counterpoint, and %2 may not change its tables. Ask the "
                                    "project's owner to open it once.")
                                     .arg(displayName(), m_serverUser)};
                return done.error();
            }
        }
    }
    if (from == 0) {
        if (auto done = execute(
                QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?)"),
                {QString::fromLatin1(applicationKey), QString::fromLatin1(applicationName)});
            !done)
            return done.error();
    }
    if (auto done =
            execute(QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {QString::fromLatin1(schemaVersionKey), QString::number(latestSchemaVersion)});
        !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_schemaVersion = latestSchemaVersion;
    return success();
}

Error Database::serverErrorFor(const QSqlError &error, const QString &doing) const
{
    const QString state = error.nativeErrorCode();
    const QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const QString who = m_serverUser.isEmpty() ? m_location.user() : m_serverUser;
    if (mentions(error, "no password supplied"))
        return {Error::Code::PasswordNeeded,
                tr("Cannot connect to %1: the server asks for a password and none was found "
                   "(in ~/.pgpass, PGPASSFILE or a service file).")
                    .arg(displayName())};
    if (mentions(error, "password authentication failed"))
        return {Error::Code::PasswordNeeded,
                tr("Cannot connect to %1: the server refused the password.").arg(displayName())};
    if (state == u"23505")
        return {Error::Code::Duplicate,
                tr("%1 already holds this (%2).").arg(displayName(), detail)};
    if (state.startsWith(u"23"))
        return {Error::Code::Invalid, tr("%1 refused a change (%2).").arg(displayName(), detail)};
    if (state == u"42501")
        return {Error::Code::Denied, tr("%1 refused this: %2 may not do it in this project (%3).")
                                         .arg(displayName(), who, detail)};
    if (state == u"25006")
        return {Error::Code::ReadOnly, tr("Cannot change %1: it is read-only.").arg(displayName())};
    if (state == u"55P03" || state == u"40P01" || state == u"40001")
        return {Error::Code::Locked,
                tr("%1 is busy with another analyst's change; try again in a moment.")
                    .arg(displayName())};
    if (state == u"3D000")
        return {Error::Code::NotFound,
                tr("Cannot open %1: there is no such database on the server.").arg(displayName())};
    if (state == u"28000" || state == u"28P01")
        return {Error::Code::Denied, tr("Cannot connect to %1: the server does not let %2 in (%3).")
                                         .arg(displayName(), who, detail)};
    if (state.startsWith(u"08") || state.startsWith(u"57P") ||
        mentions(error, "could not connect") || mentions(error, "server closed the connection") ||
        mentions(error, "no connection") || mentions(error, "connection to server") ||
        mentions(error, "could not translate host") || !connection().isOpen())
        return {Error::Code::Unreachable,
                tr("Cannot reach %1: %2. Nothing since the last saved change was lost; edits "
                   "are refused until the server answers again.")
                    .arg(displayName(), detail.section(u'\n', 0, 0))};
    return {Error::Code::Database,
            tr("Error in %1 while %2: %3.").arg(displayName(), doing, detail)};
}

} // namespace counterpoint
