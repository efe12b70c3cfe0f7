#pragma once

#include "store/Project.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace counterpoint::test {

QString sourceDir();         // the checkout
QString sharedSeedsDir();    // ../shared/seeds: the third-party seed documents (test input only)
QString sampleArticlesDir(); // seeds/ of the checkout
QString testDataDir();       // tests/data
QString binaryDir();         // the build tree (the counterpoint executable lives here)
QString counterpointExecutable();

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// A fresh project in dir, opened read-write; fails the test (QVERIFY-style) if it cannot open.
std::unique_ptr<Project> createProject(const QTemporaryDir &dir,
                                       const QString &name = QStringLiteral("test.counterpoint"));

// Imports the file into the project and returns the article id (null on failure, with a
// QWARN of the reason).
QUuid importArticle(Project &project, const QString &path);

} // namespace counterpoint::test
