// fuzz-replay [--isolated] TARGET FILE...: feeds each file to the target's importer, as the fuzzer
// did, in an ordinary (g++) build. A file passes when the importer gives a result, or an error in
// one line that names the file. With --isolated each file is read by a child process, so that a
// crash is reported by file name and as exit status 3 (which ctest's WILL_FAIL can expect, while
// it counts a crash of the test itself as an error whatever WILL_FAIL says).
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

namespace {

// What the importer said, on one line of the terminal: control characters (a NUL in a title)
// shown as \u escapes instead of cutting the line short.
QByteArray printable(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown.toLocal8Bit();
}

constexpr int exitCrashed = 3;

// Each file through a child fuzz-replay: 0 when all passed, 1 when one failed, 3 when one crashed.
int replayIsolated(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    int status = 0;
    for (int i = 3; i < argc; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[i])});
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
            std::printf("%s: did not finish in 120 s\n", argv[i]);
            status = exitCrashed;
        } else if (child.exitStatus() == QProcess::CrashExit) {
            std::printf("%s: CRASHED the importer\n", argv[i]);
            status = exitCrashed;
        } else if (child.exitCode() != 0 && status == 0) {
            status = 1;
        }
        std::fflush(stdout);
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--isolated") == 0)
        return argc < 4 ? 2 : replayIsolated(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz-replay [--isolated] TARGET FILE...\n");
        return 2;
    }
    const QString target = QString::fromLocal8Bit(argv[1]);
    if (!counterpoint::fuzz::targetNames().contains(target)) {
        std::fprintf(stderr, "fuzz-replay: there is no target “%s”\n", argv[1]);
        return 2;
    }
    if (!counterpoint::fuzz::initialize())
        return 1;
    int failures = 0;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read it: %s\n", argv[i],
                         qPrintable(file.errorString()));
            ++failures;
            continue;
        }
        // The file's own name, with the target's extension: the format is chosen by it.
        const QString fileName = QFileInfo(path).completeBaseName() + u'.' +
                                 QFileInfo(counterpoint::fuzz::defaultFileName(target)).suffix();
        const auto answer = counterpoint::fuzz::run(target, file.readAll(), fileName);
        if (answer) {
            std::printf("%s: read: %s\n", argv[i], printable(*answer).constData());
            continue;
        }
        const QString message = answer.errorMessage();
        std::printf("%s: refused: %s\n", argv[i], printable(message).constData());
        if (message.trimmed().isEmpty() || message.trimmed().contains(u'\n')) {
            std::fprintf(stderr, "%s: the error is not one line\n", argv[i]);
            ++failures;
        } else if (!message.contains(fileName)) {
            std::fprintf(stderr, "%s: the error does not name the file (%s)\n", argv[i],
                         qPrintable(fileName));
            ++failures;
        }
    }
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}
