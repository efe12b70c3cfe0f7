#include "TestSupport.h"

#include "import/ArticleImporter.h"

#include <QDir>
#include <QFile>
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

std::unique_ptr<Project> createProject(const QTemporaryDir &dir, const QString &name)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto opened = Project::open(dir.filePath(name), options);
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
