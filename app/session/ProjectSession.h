#pragma once

#include "anchor/ArticleUpdater.h"
#include "anchor/SameClaimSuggestions.h"
#include "domain/Annotation.h"
#include "domain/Relation.h"
#include "domain/Result.h"
#include "exchange/common/AnnotationImport.h"
#include "store/Project.h"

#include <QObject>

#include <memory>

namespace counterpoint {

class EditHistory;
class LiveRefresh;
class ProjectReadModel;

// What importing article files did: how many were new, the last one read (to show it), and a
// line for each file that could not be read.
struct ArticleImportSummary
{
    int added = 0;
    QUuid lastArticle;
    QStringList problems;
};

// What importing an annotation file did, and whether the undo history had to end there.
struct AnnotationImportOutcome
{
    AnnotationImportReport report;
    bool changed = false;
    bool historyEnded = false; // there were steps to undo, and they can no longer be
};

// One open project as the window works on it: the project, its undo history and the read model
// every view shares, and the edits a user makes, each one undo step that is either done or
// refused with a message. No widgets, so every flow is tested without a window.
class ProjectSession final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<ProjectSession>> open(const QString &path,
                                                        const OpenOptions &options = {});
    explicit ProjectSession(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectSession() override;

    Project &project() const { return *m_project; }
    ProjectReadModel &readModel() const { return *m_readModel; }
    EditHistory &history() const { return *m_history; }
    bool isWritable() const { return !m_project->isReadOnly(); }

    // Live refresh: what other windows and processes commit appears in every view (issue 13
    // item 7); its timer runs while the session does.
    LiveRefresh &liveRefresh() const { return *m_liveRefresh; }

    // Annotations. Each verb is one undo step; a verb that changes nothing records none.
    // seenVersion: the version of the annotation the user saw when they made the change
    // (Annotation::version as a view read it); when the annotation has changed since, the edit is
    // refused (Error::Code::Conflict) and kept for resolveRefusedEdit(). 0: on the annotation as
    // it is now.
    Result<Annotation> tagPassage(const QUuid &articleId, int start, int end, AnnotationKind kind,
                                  const QUuid &setId = {});
    Status changeKind(const QUuid &annotationId, AnnotationKind kind, qint64 seenVersion = 0);
    Status setActor(const QUuid &annotationId, const QUuid &actorId, qint64 seenVersion = 0);
    // By name, as typed: a name no actor has yet makes a new actor, in the same undo step. An
    // empty name leaves the annotation without an actor.
    Status setActorNamed(const QUuid &annotationId, const QString &name, qint64 seenVersion = 0);
    Status setTag(const QUuid &annotationId, const QUuid &tagId, bool on, qint64 seenVersion = 0);
    // Puts the tag of that name on the annotation, making the tag first (same step) if needed.
    Status addTagNamed(const QUuid &annotationId, const QString &name, qint64 seenVersion = 0);
    Status moveToSet(const QUuid &annotationId, const QUuid &setId, qint64 seenVersion = 0);
    // Typing: consecutive comment edits of one annotation merge into one undo step.
    Status setComment(const QUuid &annotationId, const QString &comment, qint64 seenVersion = 0);
    // Anchors the annotation on another passage of its article (an orphan found again).
    Status reattach(const QUuid &annotationId, int start, int end, qint64 seenVersion = 0);
    Status deleteAnnotation(const QUuid &annotationId, qint64 seenVersion = 0);

    // An edit refused because someone changed the annotation after the user saw it: what the
    // user chooses to do with theirs.
    enum class RefusedEditChoice {
        Reload,    // drop mine; the views show theirs (they do already, live)
        ApplyMine, // make my change again, on the annotation as it is now
        KeepCopy,  // leave theirs, and make my change on a copy of the annotation
    };
    bool hasRefusedEdit() const { return bool(m_refused.redo); }
    // The copy KeepCopy made, or the annotation ApplyMine changed.
    Result<QUuid> resolveRefusedEdit(RefusedEditChoice choice);

    // Relations
    Result<Relation> link(const QUuid &from, const QUuid &to, RelationKind kind);
    Status unlink(const QUuid &relationId);

    // Shared passages: annotate both sides where needed and link them as the same claim (one
    // step), or stop suggesting the passage.
    Result<Relation> linkSharedPassage(const SameClaimSuggestion &suggestion);
    Status dismissPassage(const SharedPassage &passage);

    // Articles
    ArticleImportSummary importArticles(const QStringList &paths);
    Result<ArticleUpdate> prepareArticleUpdate(const QUuid &articleId, const QString &path) const;
    Status applyArticleUpdate(const ArticleUpdate &update);

    // Stores the annotations of a file read already, in one bulk write that views hear as one
    // reset(). Once it has changed anything, the undo history ends: a step recorded before could
    // put back a state the import replaced.
    Result<AnnotationImportOutcome> importAnnotations(const AnnotationFile &file,
                                                      const ExportProgress &progress = {});

private:
    Result<Annotation> annotation(const QUuid &id, qint64 seenVersion = 0) const;
    Status updateField(const QUuid &annotationId, int field,
                       const std::function<void(Annotation &)> &change, qint64 seenVersion);
    // Keeps a refused edit (redo makes it again on an annotation, as it is then) for
    // resolveRefusedEdit(), when status is a conflict; hands status on.
    Status keepIfRefused(Status status, const QUuid &annotationId,
                         std::function<Status(const QUuid &)> redo, bool copyable = true);

    struct RefusedEdit
    {
        QUuid annotationId;
        std::function<Status(const QUuid &)> redo;
        bool copyable = true; // a deletion is not: keeping it "as a copy" keeps theirs
    };

    std::unique_ptr<Project> m_project;
    ProjectReadModel *m_readModel = nullptr;
    EditHistory *m_history = nullptr;
    LiveRefresh *m_liveRefresh = nullptr;
    RefusedEdit m_refused;
};

} // namespace counterpoint
