#include "Harness.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace counterpoint::harness {

Scale Scale::fromEnvironment()
{
    Scale scale;
    if (qEnvironmentVariableIntValue("COUNTERPOINT_HARNESS_LONG") > 0) {
        scale.longRun = true;
        scale.killRunsPerKind = 80;
        scale.concurrentWrites = 40;
        scale.windowWrites = 30;
    }
    return scale;
}

quint32 seed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("COUNTERPOINT_HARNESS_SEED").toUInt(&ok);
    return ok ? given : 18u;
}

CliRun runCli(const QStringList &arguments, int killAfterMs)
{
    CliRun run;
    run.arguments = arguments;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(test::counterpointExecutable(), arguments);
    if (!process.waitForStarted(10000)) {
        run.crashed = true;
        run.err = process.errorString();
        return run;
    }
    if (killAfterMs >= 0 && !process.waitForFinished(qMax(1, killAfterMs))) {
        process.kill(); // SIGKILL: no handler, no cleanup, as a power cut or the OOM killer
        run.killed = true;
    }
    process.waitForFinished(60000);
    run.elapsedMs = clock.elapsed();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    // It may have exited on its own just before the signal arrived.
    if (run.killed && !run.crashed)
        run.killed = false;
    return run;
}

QString integrityCheck(const QString &projectPath)
{
    const QString connection = QStringLiteral("harness-check-") + QUuid::createUuid().toString();
    QString answer;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(projectPath);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!database.open()) {
            answer = database.lastError().text();
        } else {
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                answer = query.lastError().text();
            } else {
                QStringList lines;
                while (query.next())
                    lines.append(query.value(0).toString());
                answer = lines.join(u"; ");
            }
            query.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return answer;
}

bool isBusyMessage(const QString &message)
{
    const QString line = message.trimmed();
    return !line.contains(u'\n') && line.contains(QStringLiteral("is locked by another program"));
}

QString sentence(int number, int variant)
{
    static const char *const subjects[] = {"The council", "A resident", "The ferry operator",
                                           "The chair",   "A critic",   "The harbour master"};
    static const char *const verbs[] = {"said",    "argued",   "denied",
                                        "claimed", "reported", "confirmed"};
    static const char *const objects[] = {"the timetable works", "crews are short",
                                          "costs will rise",     "the vote was fair",
                                          "crossings are late",  "the budget holds"};
    return QStringLiteral("Sentence %1 (v%2): %3 %4 that %5.")
        .arg(number, 4, 10, QLatin1Char('0'))
        .arg(variant)
        .arg(QLatin1StringView(subjects[number % 6]), QLatin1StringView(verbs[(number / 6) % 6]),
             QLatin1StringView(objects[(number / 36) % 6]));
}

QString numberedArticle(const QString &title, int sentences, int variant)
{
    QString text = title + QStringLiteral("\n\n");
    for (int i = 0; i < sentences; ++i) {
        text += sentence(i, variant);
        text += (i % 5 == 4) ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return text + u'\n';
}

void Figures::add(const Figures &other)
{
    runs += other.runs;
    kills += other.kills;
    acknowledged += other.acknowledged;
    committedUnacknowledged += other.committedUnacknowledged;
    lost += other.lost;
    integrityFailures += other.integrityFailures;
    busyRefusals += other.busyRefusals;
}

QString Figures::line(const QString &what) const
{
    return QStringLiteral("%1: %2 runs, %3 kills, %4 acknowledged writes, %5 committed but not "
                          "acknowledged, %6 busy refusals, %7 integrity failures, %8 lost writes")
        .arg(what, -20)
        .arg(runs)
        .arg(kills)
        .arg(acknowledged)
        .arg(committedUnacknowledged)
        .arg(busyRefusals)
        .arg(integrityFailures)
        .arg(lost);
}

} // namespace counterpoint::harness
