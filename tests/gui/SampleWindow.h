#pragma once

// How every GUI test starts: settings in a scratch folder (no test sees another's session or
// the user's), a fresh copy of the sample project, and a shown main window open on it.
#include "TestSupport.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace counterpoint::test {

inline void useScratchSettings(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("settings"));
    // The daily backups and anything else under the app's data folder: not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

// The sample project copied into dir, writable; empty when it cannot be copied.
inline QString copySampleProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.counterpoint"));
    QFile::remove(path);
    if (!QFile::copy(binaryDir() + "/seeds/sample.counterpoint", path))
        return {};
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// A window on the project with a clean session, shown and exposed; null when the project did
// not open.
inline std::unique_ptr<ui::MainWindow> openWindowOn(const QString &projectPath)
{
    QSettings().clear();
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->restoreSession(projectPath);
    return window->project() ? std::move(window) : nullptr;
}

} // namespace counterpoint::test
