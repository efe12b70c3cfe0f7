#pragma once

#include "ProjectCommand.h"

#include "anchor/ArticleUpdater.h"
#include "domain/Annotation.h"
#include "domain/Article.h"

namespace counterpoint {

// Puts a newer version of an article in place with its annotations re-anchored. Undo puts the
// version before it back with every annotation where it was; the project keeps each replaced
// version in the article's history either way, so no text is ever lost.
class UpdateArticleCommand final : public ProjectCommand
{
public:
    // Reads the article and its annotations as they are now, to return to on undo.
    static Result<std::unique_ptr<UpdateArticleCommand>> create(Project &project,
                                                                ArticleUpdate update);

    const ArticleUpdate &update() const { return m_update; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    UpdateArticleCommand(Project &project, ArticleUpdate update, Article before,
                         QList<Annotation> annotationsBefore);

    ArticleUpdate m_update;
    Article m_before;
    QList<Annotation> m_annotationsBefore;
};

} // namespace counterpoint
