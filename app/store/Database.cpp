#include "Database.h"

#include "Migrations.h"
#include "Project.h"
#include "SqlDialect.h"
#include "Transaction.h"
#include "log/LogCategories.h"
#include "store/OpenProjectFiles.h"
#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace counterpoint {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADatabase = 26,
};

int extendedCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

int primaryCode(const QSqlError &error)
{
    return extendedCode(error) < 0 ? -1 : extendedCode(error) & 0xff;
}

// Extended constraint codes that mean "this row is already there".
constexpr int sqliteConstraintPrimaryKey = 1555;
constexpr int sqliteConstraintUnique = 2067;

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

} // namespace

Database::Database(QString connectionName, ProjectLocation location,
                   std::unique_ptr<SqlDialect> dialect)
    : m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_filePath(m_location.toString())
{}

Database::~Database()
{
    if (!m_openFileKey.isEmpty())
        OpenProjectFiles::remove(m_openFileKey);
    m_preparedStatements.clear(); // every query must be gone before its connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::displayName() const
{
    return isServer() ? m_location.displayName() : quoted(m_filePath);
}

void Database::setReadOnly(const QString &notice)
{
    m_readOnly = true;
    m_readOnlyNotice = notice;
}

Result<std::unique_ptr<Database>> Database::open(const ProjectLocation &location,
                                                 const OpenOptions &options)
{
    return location.isServer() ? openServer(location, options)
                               : openSqlite(location.filePath(), options);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path,
                                                       const OpenOptions &options)
{
    auto plan = planOpening(path, ProjectFileState::of(path), options);
    if (!plan)
        return plan.error();
    if (options.mustBeNew && plan->access != OpenPlan::Access::Create)
        return Error{Error::Code::Duplicate,
                     tr("Cannot create %1: there is a file there already.").arg(quoted(path))};

    // Judge the header ourselves first: SQLite happily "opens" any file and only fails at the
    // first query, and a clear word here beats a driver message.
    // Not when a connection of ours has it open already: it is a project, and closing our own
    // descriptor of it would release that connection's locks (OpenProjectFiles).
    if (plan->access != OpenPlan::Access::Create && !OpenProjectFiles::isOpen(path)) {
        const auto header = SqliteFileHeader::read(path);
        if (!header)
            return header.error();
        // A file cut short is damaged for sure, and its header says so at no cost; damage
        // inside pages is left to ProjectCheck (issue 19: a quick_check on every open read the
        // whole file and was most of the cost of opening a large project).
        if (header->isTruncated()) {
            qCInfo(lcStore) << path << "is shorter than its header says:" << header->fileSize
                            << "bytes," << header->pageCount << "pages of" << header->pageSize;
            return Error{Error::Code::Corrupt,
                         tr("Cannot open %1: the project file is damaged (it was cut short); "
                            "open a backup copy of it instead.")
                             .arg(quoted(path))};
        }
    }

    const QString connectionName =
        u"counterpoint-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(connectionName, ProjectLocation::file(path),
                                                    std::make_unique<SqliteDialect>()));
    database->m_access = plan->access;
    database->m_readOnly = plan->isReadOnly();
    database->m_readOnlyNotice = plan->readOnlyNotice;
    database->m_durableCommits = options.durableCommits;

    // What SQLite opens: the file itself, or a private copy of it with its log.
    QString sqliteFile = QFileInfo(path).absoluteFilePath();
    if (plan->access == OpenPlan::Access::Snapshot) {
        auto snapshot = ProjectSnapshot::copy(path);
        if (!snapshot)
            return snapshot.error();
        database->m_snapshot = std::move(snapshot).value();
        sqliteFile = database->m_snapshot->filePath();
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return Error{
            Error::Code::Database,
            tr("Cannot open %1: Qt's SQLite driver is missing (install libqt6sql6-sqlite).")
                .arg(quoted(path))};

    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    // The same file, opened the same way, for a reader of our own (SqliteReader).
    QUrl uri = QUrl::fromLocalFile(sqliteFile);
    if (plan->access == OpenPlan::Access::Immutable) {
        // immutable=1: read the file as it is, creating no -wal or -shm beside it (there is no
        // log to read: planOpening made sure of that).
        uri.setQuery(QStringLiteral("immutable=1"));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    } else {
        // Read-write even when only reading (QueryOnly, Snapshot): query_only refuses writes, and
        // a read-write connection, closing last, folds the log back into the file and removes
        // the -wal and -shm it made; a read-only one would leave them beside the project.
        db.setDatabaseName(sqliteFile);
    }
    database->m_readerUri = uri.toString(QUrl::FullyEncoded);
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return database->errorFor(db.lastError(), tr("opening it"));

    if (auto healthy = database->checkHealth(); !healthy)
        return healthy.error();
    if (auto configured = database->configure(options.busyTimeoutMs); !configured)
        return configured.error();
    const int versionBefore = database->m_schemaVersion;
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    database->m_migratedOnOpen = database->m_schemaVersion != versionBefore;
    database->m_identity = FileIdentity::of(path);
    database->m_openFileKey = OpenProjectFiles::add(path);
    return database;
}

Status Database::checkStillInPlace() const
{
    if (!m_identity.known)
        return success();
    const FileIdentity now = FileIdentity::of(m_filePath);
    if (now == m_identity)
        return success();
    qCInfo(lcStore) << m_filePath << "is no longer the file that was opened:"
                    << (now.known ? "another file is at its path" : "nothing is at its path");
    return Error{Error::Code::Io,
                 now.known ? tr("Cannot save to %1: another file has replaced it since it was "
                                "opened, so the last change is not in it. Open it again.")
                                 .arg(displayName())
                           : tr("Cannot save to %1: it was moved or deleted, or its disk was "
                                "removed, since it was opened, so the last change is not there.")
                                 .arg(displayName())};
}

Status Database::checkHealth()
{
    // Cheap and sure only: page 1 (the schema), the application id and the schema version. A
    // damaged page further in is reported by the query that reads it (errorFor: "damaged", one
    // line) and found ahead of time by ProjectCheck.
    auto identity =
        query(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                             " (SELECT user_version FROM pragma_user_version),"
                             " (SELECT count(*) FROM sqlite_schema)"));
    if (!identity)
        return identity.error();
    if (!identity->next())
        return errorFor(identity->lastError(), tr("reading it"));
    const qint32 applicationId = identity->value(0).toInt();
    const int version = identity->value(1).toInt();
    const int objects = identity->value(2).toInt();

    const bool empty = applicationId == 0 && version == 0 && objects == 0;
    // Only a file this connection has just created may become a project.
    if (empty && m_access != OpenPlan::Access::Create)
        return Error{Error::Code::NotAProject,
                     tr("Cannot open %1: it is an empty SQLite database, not a Counterpoint "
                        "project.")
                         .arg(displayName())};
    if (!empty && applicationId != Project::applicationId)
        return Error{Error::Code::NotAProject,
                     tr("Cannot open %1: it is an SQLite database of another program, not a "
                        "Counterpoint project.")
                         .arg(displayName())};
    if (version > latestSchemaVersion)
        return Error{Error::Code::TooNew,
                     tr("Cannot open %1: it was written by a newer version of Counterpoint "
                        "(project format %2; this version reads up to %3). Please update "
                        "Counterpoint.")
                         .arg(displayName())
                         .arg(version)
                         .arg(latestSchemaVersion)};
    if (m_readOnly && version < latestSchemaVersion)
        return Error{Error::Code::ReadOnly,
                     tr("Cannot open %1: it was written by an older version of Counterpoint and "
                        "must be upgraded, but it is read-only.")
                         .arg(displayName())};
    m_schemaVersion = version;
    return success();
}

Status Database::configure(int busyTimeoutMs)
{
    // foreign_keys is a no-op inside a transaction, so it is set here, before any.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
    if (m_readOnly) {
        if (m_access != OpenPlan::Access::Immutable)
            pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    } else {
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: each commit is on the disk before it is reported done, so a power cut cannot
        // take back an edit the user saw saved. NORMAL would sync only at checkpoints
        // (bench_durability prints what the difference costs).
        pragmas.append(m_durableCommits ? QStringLiteral("PRAGMA synchronous = FULL")
                                        : QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (auto done = execute(pragma); !done)
            return done.error();
    }
    return success();
}

Status Database::migrate()
{
    if (m_schemaVersion >= latestSchemaVersion)
        return success();
    // A migration may rebuild a table (SQLite cannot widen a CHECK in place). With foreign keys
    // on, dropping the old table would delete every row that refers to it (ON DELETE CASCADE),
    // so they are off while migrating (the pragma is a no-op inside a transaction) and each
    // migration is checked before it commits.
    if (auto off = execute(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    const Status migrated = migrateWithForeignKeysOff();
    if (auto on = execute(QStringLiteral("PRAGMA foreign_keys = ON")); !on && migrated)
        return on.error();
    return migrated;
}

Status Database::checkForeignKeys(int version) const
{
    auto dangling = query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!dangling)
        return dangling.error();
    if (dangling->next())
        return Error{Error::Code::Database,
                     tr("Cannot upgrade %1: migration %2 would leave rows of %3 referring to "
                        "nothing.")
                         .arg(displayName())
                         .arg(version)
                         .arg(dangling->value(0).toString())};
    return success();
}

Status Database::migrateWithForeignKeysOff()
{
    for (int version = m_schemaVersion + 1; version <= latestSchemaVersion; ++version) {
        const QString script = Migrations::script(Backend::SQLite, version);
        if (script.isEmpty())
            return Error{Error::Code::Database,
                         tr("Cannot upgrade %1: migration %2 is missing from this build.")
                             .arg(displayName())
                             .arg(version)};
        // user_version is transactional: the schema and its number change together, or not at all.
        Transaction transaction(*this);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        const QStringList statements = Migrations::statements(script);
        for (const QString &statement : statements) {
            if (auto done = execute(statement); !done)
                return done.error();
        }
        if (auto checked = checkForeignKeys(version); !checked)
            return checked;
        if (auto done = execute(QStringLiteral("PRAGMA user_version = %1").arg(version)); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        m_schemaVersion = version;
    }
    return success();
}

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; the schema wants '' for "no text".
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
}

} // namespace

Result<QSqlQuery> Database::runUnprepared(const QString &sql, const QVariantList &values) const
{
    if (!values.isEmpty())
        return Error{Error::Code::Database,
                     tr("Error in %1: a statement that takes values cannot be prepared (%2).")
                         .arg(displayName(), sql.section(u' ', 0, 0))};
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return errorFor(query.lastError(), tr("running a query"));
    return query;
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &values) const
{
    if (!m_dialect->canPrepare(sql))
        return runUnprepared(sql, values);
    const auto attempt = [&]() -> Result<QSqlQuery> {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return errorFor(query.lastError(), tr("preparing a query"));
        bindAll(query, values);
        if (!query.exec())
            return errorFor(query.lastError(), tr("running a query"));
        return query;
    };
    auto first = attempt();
    // A read outside a transaction may simply be asked again of a server that came back (the
    // driver may notice the connection went when preparing as well as when running).
    if (first || first.error().code != Error::Code::Unreachable || m_inTransaction || !reconnect())
        return first;
    return attempt();
}

Result<int> Database::execute(const QString &sql, const QVariantList &values) const
{
    if (!m_dialect->canPrepare(sql)) {
        auto ran = runUnprepared(sql, values);
        if (!ran)
            return ran.error();
        return ran->numRowsAffected();
    }
    auto found = m_preparedStatements.find(sql);
    if (found == m_preparedStatements.end()) {
        QSqlQuery statement(connection());
        if (!statement.prepare(sql))
            return errorFor(statement.lastError(), tr("preparing a query"));
        found = m_preparedStatements.emplace(sql, std::move(statement)).first;
    }
    QSqlQuery &statement = found->second;
    bindAll(statement, values);
    const bool ran = statement.exec();
    const QSqlError error = statement.lastError();
    const int changed = ran ? statement.numRowsAffected() : 0;
    // Reset at once: a statement left mid-way would keep its read transaction open.
    statement.finish();
    if (!ran)
        return errorFor(error, tr("running a query"));
    return changed;
}

Error Database::errorFor(const QSqlError &error, const QString &doing) const
{
    if (isServer())
        return serverErrorFor(error, doing);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return {Error::Code::Locked,
                tr("%1 is locked by another program; try again when it has finished.")
                    .arg(displayName())};
    case SqliteReadOnly:
        return {Error::Code::ReadOnly, tr("Cannot change %1: it is read-only.").arg(displayName())};
    case SqliteCorrupt:
        qCInfo(lcStore) << m_filePath << "is damaged:" << detail << "while" << doing;
        return {Error::Code::Corrupt,
                tr("Cannot read %1: the project file is damaged; open a backup copy of it "
                   "instead.")
                    .arg(displayName())};
    case SqliteNotADatabase:
        return {
            Error::Code::NotADatabase,
            tr("Cannot open %1: it is not a Counterpoint project (not an SQLite database file).")
                .arg(displayName())};
    case SqliteFull:
        return {Error::Code::Io, tr("Cannot write %1: the disk is full.").arg(displayName())};
    case SqliteIoError:
    case SqliteCantOpen:
        return {Error::Code::Io, tr("Cannot use %1 (%2): %3.").arg(displayName(), doing, detail)};
    case SqliteConstraint:
        if (extendedCode(error) == sqliteConstraintUnique ||
            extendedCode(error) == sqliteConstraintPrimaryKey)
            return {Error::Code::Duplicate,
                    tr("%1 already holds this (%2).").arg(displayName(), detail)};
        return {Error::Code::Invalid, tr("%1 refused a change (%2).").arg(displayName(), detail)};
    default:
        return {Error::Code::Database,
                tr("Error in %1 while %2: %3.").arg(displayName(), doing, detail)};
    }
}

} // namespace counterpoint
