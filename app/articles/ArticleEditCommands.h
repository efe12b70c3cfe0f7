#pragma once

#include "ArticleEdits.h"
#include "edit/ProjectCommand.h"

#include <memory>

namespace counterpoint {

// The edits of ArticleEdits as undo steps. Removing passages and restoring a version are article
// updates (UpdateArticleCommand: undo puts the text and every annotation back); splitting adds an
// article, moves annotations into it and updates the source, all in one transaction.
namespace ArticleEditCommands {

Result<std::unique_ptr<ProjectCommand>> removal(Project &project, const RemovalPlan &plan);
Result<std::unique_ptr<ProjectCommand>> restore(Project &project, const ArticleUpdate &update,
                                                int version);
Result<std::unique_ptr<ProjectCommand>> split(Project &project, const SplitPlan &plan);

// The article's title, publisher, author, date and URL as edited; undo puts the ones before back.
// Either way only over the details as the step found them: changed elsewhere since, it refuses.
// Null when the edit changes nothing.
Result<std::unique_ptr<ProjectCommand>> details(Project &project, const Article &edited);

// What goes with an article when it is deleted.
struct ArticleContents
{
    int annotations = 0;
    int relations = 0; // links from or to its annotations
    int versions = 0;  // kept earlier versions
};
Result<ArticleContents> contentsOf(const Project &project, const QUuid &articleId);
// "3 annotations, 2 links, 1 version", for the confirmation and the command line's report.
QString describe(const ArticleContents &contents);
// The article goes with its annotations, their links, verdicts and consensus sources, its kept
// versions and its dismissed shared passages; undo brings every one of them back as it was.
Result<std::unique_ptr<ProjectCommand>> deletion(Project &project, const QUuid &articleId);

} // namespace ArticleEditCommands

class SplitArticleCommand final : public ProjectCommand
{
public:
    SplitArticleCommand(Project &project, SplitPlan plan, Article sourceBefore,
                        QList<Annotation> annotationsBefore);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    SplitPlan m_plan;
    Article m_sourceBefore;
    QList<Annotation> m_annotationsBefore; // of the source, as they were
};

} // namespace counterpoint
