#pragma once

#include "CleanupSuggester.h"
#include "TextCuts.h"
#include "anchor/ArticleUpdater.h"
#include "domain/Annotation.h"
#include "domain/Article.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

class Project;

// Taking passages out of an article: the new version and where every annotation goes on it.
// Annotations in the removed text lose their passage (orphaned, with their quote kept): the
// caller asks before applying a plan that has any.
struct RemovalPlan
{
    ArticleUpdate update;
    QList<TextCut> cuts;             // normalized, in the current text
    QList<Annotation> inRemovedText; // annotations whose passage overlaps a cut
};

// A passage of an article made an article of its own.
struct SplitOptions
{
    // Empty: what the passage's heading says (readPassageHeading()), else the passage's first
    // line for the title and the source's publisher and date.
    QString title;
    QString publisher;
    QString published;
};

struct SplitPlan
{
    Article newArticle;           // with its id, ready to add
    QList<Annotation> moved;      // annotations inside the passage, placed on newArticle
    RemovalPlan source;           // the source without the passage; moved ones left out
    QList<Annotation> straddling; // annotations partly in the passage: they stay (orphaned)
};

// Prepares edits of an article's text; nothing is written (ArticleEditCommands apply them as
// undo steps). Every new version is a plain-text version of what the article reads now, kept in
// the article's history like an update from a file.
class ArticleEdits final
{
public:
    explicit ArticleEdits(const Project &project)
        : m_project(project)
    {}

    Result<RemovalPlan> prepareRemoval(const QUuid &articleId, const QList<TextCut> &cuts) const;
    // Removes every occurrence of exact (whole text, as written).
    Result<RemovalPlan> prepareRemovalOfText(const QUuid &articleId, const QString &exact) const;
    Result<SplitPlan> prepareSplit(const QUuid &articleId, int start, int end,
                                   const SplitOptions &options) const;
    // The content of an earlier version put back as the newest one, annotations re-anchored.
    Result<ArticleUpdate> prepareRestore(const QUuid &articleId, int version) const;

private:
    Result<RemovalPlan> plan(const Article &article, const QList<Annotation> &annotations,
                             const QList<TextCut> &cuts) const;

    const Project &m_project;
};

// The clean-up suggestions for an article, with the other articles of its publisher as the
// texts its lines may repeat.
Result<QList<CleanupSuggestion>> suggestCleanup(const Project &project, const QUuid &articleId);

// The first line of a passage, trimmed and shortened to a title.
QString titleFromPassage(const QString &passage);

} // namespace counterpoint
