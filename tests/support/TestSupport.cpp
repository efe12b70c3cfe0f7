#include "TestSupport.h"

#include "import/ArticleImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace counterpoint::test {

QString sourceDir()
{
    return QStringLiteral(COUNTERPOINT_SOURCE_DIR);
}
QString sharedDir()
{
    return QStringLiteral(COUNTERPOINT_SHARED_DIR);
}
QString sharedSeedsDir()
{
    return sharedDir() + QStringLiteral("/seeds");
}
bool hasSharedData()
{
    return QDir(sharedSeedsDir()).exists() && QDir(sharedDir() + QStringLiteral("/specs")).exists();
}
QString sampleArticlesDir()
{
    return sourceDir() + QStringLiteral("/seeds");
}
QString testDataDir()
{
    return sourceDir() + QStringLiteral("/tests/data");
}
QString binaryDir()
{
    return QStringLiteral(COUNTERPOINT_BINARY_DIR);
}
QString counterpointExecutable()
{
    return binaryDir() + QStringLiteral("/counterpoint");
}

CliResult runCounterpoint(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "XDG_RUNTIME_DIR"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.start(counterpointExecutable(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool onServer()
{
    return qEnvironmentVariable("COUNTERPOINT_TEST_BACKEND") == u"postgresql";
}

QString newServerDatabase()
{
    static int made = 0;
    const QString admin = QStringLiteral("counterpoint-test-admin");
    QSqlDatabase server = QSqlDatabase::database(admin, false);
    if (!server.isValid()) {
        server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        // Host, port, user and password come from the PG* variables pg_virtualenv sets.
        server.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
    }
    if (!server.isOpen() && !server.open()) {
        qWarning("cannot reach the test server: %s", qPrintable(server.lastError().text()));
        return {};
    }
    const QString name =
        QStringLiteral("cp_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    QSqlQuery create(server);
    // template0 and UTF8: the same database whatever the cluster's defaults.
    if (!create.exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name))) {
        qWarning("cannot create %s: %s", qPrintable(name), qPrintable(create.lastError().text()));
        return {};
    }
    return QStringLiteral("postgresql:///") + name;
}

std::unique_ptr<Project> createProject(const QTemporaryDir &dir, const QString &name)
{
    OpenOptions options;
    options.createIfMissing = true;
    const QString where = onServer() ? newServerDatabase() : dir.filePath(name);
    if (where.isEmpty())
        return nullptr;
    auto opened = Project::open(where, options);
    if (!opened) {
        qWarning("cannot create test project: %s", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return std::move(opened).value();
}

QUuid importArticle(Project &project, const QString &path)
{
    ArticleImporter importer(project);
    auto imported = importer.importFile(path);
    if (!imported) {
        qWarning("cannot import %s: %s", qPrintable(path), qPrintable(imported.errorMessage()));
        return {};
    }
    return imported->articleId;
}

} // namespace counterpoint::test
