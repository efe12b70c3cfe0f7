#pragma once

#include "domain/Article.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace counterpoint {

class Project;

struct ImportOutcome
{
    QUuid articleId;
    QString title;
    bool alreadyPresent = false; // same content was imported before: nothing was added
};

// Turns .txt, .md and .html files into Articles and stores them. Never touches the network or
// any file but the one it is given.
class ArticleImporter final
{
public:
    static constexpr qint64 maxFileSize = 50 * 1024 * 1024;

    explicit ArticleImporter(Project &project)
        : m_project(project)
    {}

    Result<ImportOutcome> importFile(const QString &path);

    // Reads and renders a file into an Article without storing it (no id yet).
    static Result<Article> readFile(const QString &path);
    // The same from bytes already in memory; fileName picks the format by its extension.
    static Result<Article> readBytes(const QByteArray &bytes, const QString &fileName);

private:
    Project &m_project;
};

} // namespace counterpoint
