#include "OpenProjectFiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace counterpoint {

namespace {

QMutex &mutex()
{
    static QMutex instance;
    return instance;
}

// Canonical path → connections open on it.
QHash<QString, int> &openFiles()
{
    static QHash<QString, int> files;
    return files;
}

// The same file whatever name it is given (realpath: no descriptor opened).
QString key(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

QString OpenProjectFiles::add(const QString &path)
{
    const QString added = key(path);
    const QMutexLocker locker(&mutex());
    ++openFiles()[added];
    return added;
}

void OpenProjectFiles::remove(const QString &added)
{
    const QMutexLocker locker(&mutex());
    auto found = openFiles().find(added);
    if (found != openFiles().end() && --found.value() <= 0)
        openFiles().erase(found);
}

bool OpenProjectFiles::isOpen(const QString &path)
{
    const QString asked = key(path);
    const QMutexLocker locker(&mutex());
    return openFiles().contains(asked);
}

} // namespace counterpoint
