#pragma once

// The crash-and-concurrency harness (issue 18, item 10): runs the counterpoint command line as
// separate processes, kills some of them with SIGKILL at random moments, and checks afterwards
// that the project is whole and holds every write a command acknowledged. A write is
// acknowledged when the command printed its result and exited 0.
#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace counterpoint::harness {

// How much to do: the suite's short run, or the benchmark's long one (COUNTERPOINT_HARNESS_LONG).
struct Scale
{
    bool longRun = false;
    int killRunsPerKind = 12; // runs of each writing command, most of them killed
    int concurrentWrites = 6; // annotate calls per concurrent writer
    int windowWrites = 6;     // CLI writes per kind while the window is open
    static Scale fromEnvironment();
};

// The random seed of this run: COUNTERPOINT_HARNESS_SEED, or a fixed default; printed by the
// tests so that a failure can be replayed.
quint32 seed();

// One finished (or killed) run of the counterpoint executable.
struct CliRun
{
    QStringList arguments;
    bool killed = false;  // we sent SIGKILL before it exited
    bool crashed = false; // it died of a signal (ours or its own)
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    // Printed its result and exited 0.
    bool acknowledged() const { return !crashed && exitCode == 0 && !out.trimmed().isEmpty(); }
};

// Runs counterpoint with arguments; with killAfterMs >= 0, sends SIGKILL after that long unless
// it has exited by then.
CliRun runCli(const QStringList &arguments, int killAfterMs = -1);

// PRAGMA integrity_check on the file, through a connection of its own: "ok", or what SQLite said.
QString integrityCheck(const QString &projectPath);

// Whether a failed command's message is the clear "locked by another program" one, which a
// reader or writer may give while others hold the lock: the only error the harness allows.
bool isBusyMessage(const QString &message);

// An article of numbered sentences, each unique in it (so that "--exact" finds one place).
QString numberedArticle(const QString &title, int sentences, int variant = 0);
QString sentence(int number, int variant = 0); // the text of one of those sentences

// Tallies printed at the end of the benchmark run.
struct Figures
{
    int runs = 0;
    int kills = 0;
    int acknowledged = 0;
    int committedUnacknowledged = 0; // killed after the commit, before it said so
    int lost = 0;                    // acknowledged but not found: must stay 0
    int integrityFailures = 0;
    int busyRefusals = 0;
    void add(const Figures &other);
    QString line(const QString &what) const;
};

} // namespace counterpoint::harness
