#pragma once

#include "Reanchorer.h"
#include "domain/Annotation.h"
#include "domain/Article.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

class Project;

// A new version of an article with its annotations placed on it, ready to store (or to show
// first: nothing is written until apply()).
struct ArticleUpdate
{
    Article content; // the new version: id of the article it replaces, new text and original
    QString fileName;
    QList<Annotation> annotations; // every annotation of the article, re-anchored
    ReanchorSummary summary;

    // Leaves summary.matches[match] orphaned (its old quote kept, where its passage was) rather
    // than re-attached: the user said it is not the same passage. The counts follow.
    void orphanMatch(qsizetype match);
    // Every approximate match orphaned (the command line's --orphan-fuzzy).
    void orphanFuzzyMatches();
    bool isOrphaned(qsizetype match) const;
};

// Updates an article from a newer file: reads it with the importer, so its canonical text is made
// exactly as on import, re-anchors every annotation, and replaces the article's content in one
// transaction, keeping the previous version in its history.
class ArticleUpdater final
{
public:
    explicit ArticleUpdater(Project &project)
        : m_project(project)
    {}

    Result<ArticleUpdate> prepare(const QUuid &articleId, const QString &path) const;
    Status apply(const ArticleUpdate &update);
    // prepare() then apply().
    Result<ArticleUpdate> updateFromFile(const QUuid &articleId, const QString &path);

private:
    Project &m_project;
};

} // namespace counterpoint
