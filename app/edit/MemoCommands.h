#pragma once

#include "ProjectCommand.h"

#include "domain/Memo.h"

#include <QCoreApplication>

#include <memory>

namespace counterpoint {

// Editing a memo (issue 20), for the window's memo editors (each save one undo step) and
// `counterpoint memo` alike: checked when made (a role that may not, a subject gone, nothing
// changed) and applied in one transaction. Undo puts the text back only over the memo as the
// step left it: one changed elsewhere since is kept, with a message.
class MemoEdits final
{
    Q_DECLARE_TR_FUNCTIONS(MemoEdits)

public:
    // The memo's text now (empty when there is none).
    static Result<QString> text(const Project &project, MemoSubject subject,
                                const QUuid &subjectId = {});
    // subjectName: the article's title or the actor's name, for the undo entry.
    static Result<std::unique_ptr<ProjectCommand>> set(Project &project, MemoSubject subject,
                                                       const QUuid &subjectId,
                                                       const QString &subjectName,
                                                       const QString &text);
};

} // namespace counterpoint
