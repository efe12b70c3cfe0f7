#include "LockWait.h"

#include "log/LogCategories.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace counterpoint::lockwait {

namespace {

Waiter &waiter()
{
    static Waiter installedWaiter;
    return installedWaiter;
}

// How long each try waits in SQLite's busy handler before the cancel flag is looked at again.
constexpr int tryMs = 100;

} // namespace

void install(Waiter newWaiter)
{
    waiter() = std::move(newWaiter);
}

const Waiter &installed()
{
    return waiter();
}

bool waitUntilWritable(const QString &fileUri, const std::atomic_bool &cancel)
{
    const QString name = u"counterpoint-lockwait-" + QUuid::createUuid().toString(QUuid::Id128);
    bool writable = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(tryMs));
        db.setDatabaseName(fileUri);
        if (db.open()) {
            QSqlQuery query(db);
            while (!cancel.load()) {
                if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    query.exec(QStringLiteral("ROLLBACK"));
                    writable = true;
                    break;
                }
                QThread::msleep(tryMs);
            }
        } else {
            qCInfo(lcStore) << "cannot watch" << fileUri << "for its write lock";
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return writable;
}

} // namespace counterpoint::lockwait
