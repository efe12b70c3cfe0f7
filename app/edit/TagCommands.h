#pragma once

#include "ProjectCommand.h"

#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace counterpoint {

// The tag manager's edits, for the window (each one undo step) and `counterpoint tags` alike.
// Each is checked when made (a name taken, a tag gone) and applied in one transaction.
class TagEdits final
{
    Q_DECLARE_TR_FUNCTIONS(TagEdits)

public:
    // How many annotations carry each tag; a tag nobody uses is absent.
    static Result<QHash<QUuid, int>> usage(const Project &project);
    static Result<Tag> named(const Project &project, const QString &name); // case-insensitive

    static Result<std::unique_ptr<ProjectCommand>> rename(Project &project, const QUuid &tagId,
                                                          const QString &newName);
    static Result<std::unique_ptr<ProjectCommand>> recolor(Project &project, const QUuid &tagId,
                                                           const QColor &color);
    // Files the tag under parentId (issue 20), or makes it top-level (a null id). One level only:
    // refused in words when the parent is under another tag or the tag has tags under it.
    static Result<std::unique_ptr<ProjectCommand>> setParent(Project &project, const QUuid &tagId,
                                                             const QUuid &parentId);
    // The tags filed under the tag (its children), by name.
    static Result<QList<Tag>> childrenOf(const Project &project, const QUuid &tagId);
    // The tag goes, and from every annotation that carries it; its children become top-level.
    // Undo puts it back on them, and them back under it.
    static Result<std::unique_ptr<ProjectCommand>> remove(Project &project, const QUuid &tagId);
    // Every annotation carrying `from` carries `into` instead, and `from` goes. Tags under `from`
    // go under `into` (under `into`'s parent when `into` is itself a child of another tag; to
    // the top when `into` is the last level and was under `from`, `into` taking its place).
    static Result<std::unique_ptr<ProjectCommand>> merge(Project &project, const QUuid &fromId,
                                                         const QUuid &intoId);
};

} // namespace counterpoint
