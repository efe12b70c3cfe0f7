// Counterpoint's entry point: a command when the arguments name one, otherwise the window.
#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "ui/shell/Application.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Qt warns on stderr when XDG_RUNTIME_DIR is unset (as in cron, CI, ssh), which would break the
// rule that a command prints one clear line on failure: give it the folder it would pick anyway.
void provideRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-") +
                         qEnvironmentVariable("USER", QStringLiteral("counterpoint"));
    if (!QDir().mkpath(path))
        return;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Counterpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("counterpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERPOINT_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (counterpoint::cli::isCommandLineInvocation(arguments)) {
        // Commands render articles through QTextDocument, which needs a GUI application but no
        // display: the offscreen platform serves a terminal or a build machine alike.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        provideRuntimeDirectory();
        QGuiApplication application(argc, argv);
        describeApplication();
        counterpoint::installTranslations();
        return counterpoint::cli::run(arguments);
    }
    if (!hasDisplay()) {
        std::fputs("counterpoint: there is no display to open the window on (neither DISPLAY nor "
                   "WAYLAND_DISPLAY is set); see “counterpoint --help” for the commands.\n",
                   stderr);
        return 1;
    }
    describeApplication();
    return counterpoint::ui::runApplication(argc, argv);
}
