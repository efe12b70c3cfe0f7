#include "FileFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace counterpoint::ui::FileFolders {

namespace {

QString settingsKey(const QString &kind)
{
    return QStringLiteral("fileDialogs/") + kind;
}

} // namespace

QString startFolder(const QString &kind, const QString &projectPath)
{
    const QString last = QSettings().value(settingsKey(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // A server project's "path" is a URI with no folder: it falls through to the documents.
    if (!projectPath.isEmpty()) {
        const QString folder = QFileInfo(projectPath).absolutePath();
        if (QFileInfo(projectPath).exists() && QFileInfo(folder).isDir())
            return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void remember(const QString &kind, const QString &chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    QSettings().setValue(settingsKey(kind), QFileInfo(chosenPath).absolutePath());
}

} // namespace counterpoint::ui::FileFolders
