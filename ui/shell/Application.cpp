#include "Application.h"

#include "i18n/Translations.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>

namespace counterpoint::ui {

int runApplication(int &argc, char **argv)
{
    QApplication application(argc, argv);
    installTranslations();
    QApplication::setOrganizationName(QStringLiteral("Counterpoint"));
    QApplication::setApplicationName(QStringLiteral("Counterpoint"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERPOINT_VERSION));
    // The installed desktop entry and icon carry the app id (packaging/README.md): Wayland
    // matches the window to the entry by this name, and the icon theme finds the icon by it.
    QApplication::setDesktopFileName(QStringLiteral(COUNTERPOINT_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(COUNTERPOINT_APP_ID),
                         QIcon(QStringLiteral(":/counterpoint/icons/counterpoint.svg"))));

    Appearance::applySaved(); // the theme chosen in Preferences, before the window shows
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
