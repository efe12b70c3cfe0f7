// Test helper: holds an exclusive lock on an SQLite file from a separate process, the way another
// program busy writing a project would, until its standard input closes. With --write-lock it
// holds only the write lock, as another Counterpoint in the middle of a long import does: readers
// of the (WAL) project go on reading, writers wait.
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const bool writeLockOnly = argc == 3 && qstrcmp(argv[2], "--write-lock") == 0;
    if (argc != 2 && !writeLockOnly) {
        std::fputs("usage: holdlock DATABASE [--write-lock]\n", stderr);
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
        const bool locked =
            writeLockOnly
                ? query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                : query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
                      query.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
                      query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS lock_probe (x)"));
        if (!locked) {
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
