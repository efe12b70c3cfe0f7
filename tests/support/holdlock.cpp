// Test helper: holds an exclusive lock on an SQLite file from a separate process, the way another
// program busy writing a project would, until its standard input closes.
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fputs("usage: holdlock DATABASE\n", stderr);
        return 2;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 1;
        QSqlQuery query(db);
        // Exclusive locking mode keeps the lock after the first write and shuts out readers,
        // even of a WAL database.
        if (!query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
            !query.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
            !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS lock_probe (x)"))) {
            std::fprintf(stderr, "cannot lock: %s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        std::puts("locked");
        std::fflush(stdout);
        char buffer[64];
        while (std::fgets(buffer, sizeof buffer, stdin)) {
        }
        query.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    return 0;
}
