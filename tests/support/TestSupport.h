#pragma once

#include "store/Project.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#define SKIP_WITHOUT_SHARED_DATA()                                                                 \
    do {                                                                                           \
        if (!counterpoint::test::hasSharedData())                                                  \
            QSKIP("needs ../shared (seeds/ and specs/), which was not beside the checkout when "   \
                  "the build was configured");                                                     \
    } while (false)

// A test of what only a project file has (its header, its -wal, its pragmas), in a run on the
// PostgreSQL back end.
#define SKIP_ON_SERVER(why)                                                                        \
    do {                                                                                           \
        if (counterpoint::test::onServer())                                                        \
            QSKIP("only a project file has this: " why);                                           \
    } while (false)

namespace counterpoint::test {

// True in the store suite's second run (COUNTERPOINT_TEST_BACKEND=postgresql, under
// pg_virtualenv): createProject() then makes each project a fresh database on that server.
bool onServer();
// A fresh, empty database on the test server (pg_virtualenv's PG* variables), as a
// postgresql:// address; empty (with a warning) when it cannot be made.
QString newServerDatabase();

QString sourceDir(); // the checkout
// ../shared as copied into the build tree at configure time: the third-party seed documents
// (seeds/, test input only) and specifications (specs/). Tests that read it start with
// SKIP_WITHOUT_SHARED_DATA().
QString sharedDir();
QString sharedSeedsDir();
bool hasSharedData();
QString sampleArticlesDir(); // seeds/ of the checkout
QString testDataDir();       // tests/data
QString binaryDir();         // the build tree (the counterpoint executable lives here)
QString counterpointExecutable();

// What a run of the counterpoint command line printed and returned: status -1 when it did not
// finish within the time allowed, -2 when it crashed.
struct CliResult
{
    int status = -1;
    QString out;
    QString err;
};
// Runs `counterpoint ARGUMENTS…` as a user would in a shell without a display (QT_QPA_PLATFORM,
// DISPLAY and XDG_RUNTIME_DIR removed: the command line must need none).
CliResult runCounterpoint(const QStringList &arguments, int timeoutMs = 60000);

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// A fresh project in dir, opened read-write; fails the test (QVERIFY-style) if it cannot open.
// In the PostgreSQL run, a fresh database on the test server instead (dir and name unused).
std::unique_ptr<Project> createProject(const QTemporaryDir &dir,
                                       const QString &name = QStringLiteral("test.counterpoint"));

// Imports the file into the project and returns the article id (null on failure, with a
// QWARN of the reason).
QUuid importArticle(Project &project, const QString &path);

} // namespace counterpoint::test
