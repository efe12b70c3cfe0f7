#include "Application.h"

#include "MainWindow.h"

#include <QApplication>

namespace counterpoint::ui {

int runApplication(int &argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Counterpoint"));
    QApplication::setApplicationName(QStringLiteral("Counterpoint"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERPOINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("counterpoint"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("counterpoint")));

    MainWindow window;
    const QStringList arguments = QApplication::arguments();
    // A project given on the command line opens; an article is imported into the last
    // session's project; with no file the last session comes back.
    const QString file = arguments.value(1);
    const bool isProject = file.endsWith(u".counterpoint", Qt::CaseInsensitive);
    window.restoreSession(isProject ? file : QString());
    if (!file.isEmpty() && !isProject)
        window.importArticles({file});
    window.show();
    return QApplication::exec();
}

} // namespace counterpoint::ui
