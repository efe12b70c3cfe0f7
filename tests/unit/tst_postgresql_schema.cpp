// The PostgreSQL migration chain (for the team server) applies to a real PostgreSQL, describes
// the same tables and columns as the SQLite chain, and enforces the same rules. Run under
// `pg_virtualenv`, which starts a throwaway cluster and sets the PG* variables.
#include "TestSupport.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace counterpoint;
using namespace counterpoint::test;

namespace {

using Columns = QMap<QString, QStringList>; // table → column names in order

} // namespace

class TestPostgresqlSchema final : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_server;

    bool run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_server);
        // PostgreSQL prepares only queries and DML: anything else runs as it is.
        bool ran = false;
        if (values.isEmpty()) {
            ran = query.exec(sql);
        } else {
            if (!query.prepare(sql)) {
                qWarning("prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                return false;
            }
            for (const QVariant &value : values)
                query.addBindValue(value);
            ran = query.exec();
        }
        if (!ran) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    Columns serverColumns()
    {
        Columns columns;
        QSqlQuery query(m_server);
        query.exec(
            QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                           " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"));
        while (query.next())
            columns[query.value(0).toString()].append(query.value(1).toString());
        return columns;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            QSKIP("no PostgreSQL server: run this test under pg_virtualenv");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("Qt's PostgreSQL driver is missing (libqt6sql6-psql)");
        m_server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server"));
        m_server.setHostName(qEnvironmentVariable("PGHOST"));
        m_server.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
        m_server.setUserName(qEnvironmentVariable("PGUSER"));
        m_server.setPassword(qEnvironmentVariable("PGPASSWORD"));
        m_server.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        m_server.setConnectOptions(QStringLiteral("connect_timeout=5"));
        QVERIFY2(m_server.open(), qPrintable(m_server.lastError().text()));
    }

    void appliesEveryMigrationInOrder()
    {
        QVERIFY(run(QStringLiteral("BEGIN")));
        for (int version = 1; version <= Database::latestSchemaVersion; ++version) {
            const QString script = Migrations::script(Backend::PostgreSQL, version);
            QVERIFY2(!script.isEmpty(),
                     qPrintable(QStringLiteral("no PostgreSQL migration %1").arg(version)));
            const QStringList statements = Migrations::statements(script);
            for (const QString &statement : statements)
                QVERIFY2(run(statement), qPrintable(statement));
        }
        QVERIFY(run(QStringLiteral("COMMIT")));
    }

    void describesSameTablesAsSqlite()
    {
        QTemporaryDir dir;
        auto project = createProject(dir);
        QVERIFY(project);
        const QString path = project->filePath();
        project.reset();
        Columns sqlite;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("local"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p"
                // The search index of a file (FTS5 and its own tables) has no server twin:
                // a search on a server reads the texts (issue 16).
                " WHERE m.type = 'table' AND m.name NOT LIKE 'search\\_%' ESCAPE '\\'"
                " ORDER BY m.name, p.cid"));
            while (query.next())
                sqlite[query.value(0).toString()].append(query.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("local"));
        QCOMPARE(serverColumns(), sqlite);
    }

    void enforcesTheSameRules()
    {
        const QString article = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString set = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(run(QStringLiteral("INSERT INTO annotation_set (id, name) VALUES (?, ?)"),
                    {set, QStringLiteral("Default")}));
        QVERIFY(run(QStringLiteral("INSERT INTO article (id, title, format, original, "
                                   "canonical_text, content_hash, imported_at)"
                                   " VALUES (?, ?, 'txt', ?, ?, 'h', '2025-05-02T00:00:00.000Z')"),
                    {article, QStringLiteral("Nvidia denies"), QByteArray("\x00\xff raw", 6),
                     QStringLiteral("Nvidia denies 🦞")}));
        for (const QString &id : {first, second}) {
            QVERIFY(run(QStringLiteral("INSERT INTO annotation (id, article_id, set_id, kind, "
                                       "start_pos, end_pos, exact,"
                                       " created_at, modified_at) VALUES (?, ?, ?, 'claim', 0, 6, "
                                       "'Nvidia', 't', 't')"),
                        {id, article, set}));
        }
        // The same CHECK, UNIQUE and foreign key rules as SQLite's schema.
        QVERIFY(!run(
            QStringLiteral(
                "INSERT INTO annotation (id, article_id, set_id, kind, start_pos, end_pos, exact,"
                " created_at, modified_at) VALUES ('x', ?, ?, 'opinion', 0, 6, 'N', 't', 't')"),
            {article, set}));
        QVERIFY(
            !run(QStringLiteral("INSERT INTO annotation_set (id, name) VALUES ('y', 'Default')")));
        QVERIFY(run(QStringLiteral("INSERT INTO relation (id, from_id, to_id, kind, created_at) "
                                   "VALUES ('r', ?, ?, 'rebuts', 't')"),
                    {first, second}));
        QVERIFY(!run(QStringLiteral("INSERT INTO relation (id, from_id, to_id, kind, created_at) "
                                    "VALUES ('s', ?, ?, 'rebuts', 't')"),
                     {first, first}));
        QVERIFY(!run(QStringLiteral("INSERT INTO relation (id, from_id, to_id, kind, created_at) "
                                    "VALUES ('t', ?, 'nowhere', 'cites', 't')"),
                     {first}));

        // Raw bytes come back unchanged, and deleting an article takes its annotations along.
        QSqlQuery bytes(m_server);
        bytes.exec(QStringLiteral("SELECT original FROM article"));
        QVERIFY(bytes.next());
        QCOMPARE(bytes.value(0).toByteArray(), QByteArray("\x00\xff raw", 6));
        QVERIFY(run(QStringLiteral("DELETE FROM article WHERE id = ?"), {article}));
        QSqlQuery left(m_server);
        left.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM annotation) + (SELECT count(*) FROM relation)"));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void cleanupTestCase()
    {
        m_server.close();
        m_server = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("server"));
    }
};

QTEST_MAIN(TestPostgresqlSchema)
#include "tst_postgresql_schema.moc"
