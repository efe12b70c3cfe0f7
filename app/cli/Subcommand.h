#pragma once

#include <QStringList>
#include <QTextStream>

namespace counterpoint::cli {

// Where a subcommand writes: results to out, one clear line per problem to err.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// One `counterpoint NAME …` command. run() gets the arguments after NAME and returns the exit
// status: 0 on success, otherwise non-zero after one clear line on err.
struct Subcommand
{
    QString name;
    QString synopsis; // "import PROJECT FILE..."
    QString summary;  // one line for --help
    int (*run)(const QStringList &arguments, Streams &streams);
};

// Exit statuses shared by all subcommands.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace counterpoint::cli
