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
