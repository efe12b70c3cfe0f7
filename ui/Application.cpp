#include "Application.h"

#include "MainWindow.h"

#include <QApplication>

namespace counterpoint::ui {

int runApplication(int &argc, char **argv)
{
    QApplication application(argc, argv);
    MainWindow window;
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    window.show();
    return QApplication::exec();
}

} // namespace counterpoint::ui
