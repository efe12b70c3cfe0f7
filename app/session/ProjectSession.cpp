#include "ProjectSession.h"

#include "LiveRefresh.h"
#include "ProjectReadModel.h"

#include "edit/AnnotationCommands.h"
#include "edit/ArticleCommands.h"
#include "edit/CommandGroup.h"
#include "edit/EditHistory.h"
#include "edit/NameCommands.h"
#include "edit/PassageCommands.h"
#include "import/ArticleImporter.h"
#include "log/LogCategories.h"
#include "store/LocalIdentity.h"
#include "store/LockWait.h"

#include <QCoreApplication>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ProjectSession)
};

using Field = UpdateAnnotationCommand::Field;

} // namespace

Result<std::unique_ptr<ProjectSession>> ProjectSession::open(const QString &path,
                                                             const OpenOptions &options)
{
    OpenOptions opening = options;
    // The window's author for local projects: the preferences' name, unless the caller gave one.
    if (opening.author.isEmpty())
        opening.author = configuredAuthorName();
    // A window waits for another program's write lock in a dialog of its own (lockwait): the
    // busy handler, which would freeze it, only bridges a moment.
    if (lockwait::installed())
        opening.busyTimeoutMs = qMin(opening.busyTimeoutMs, 250);
    auto project = Project::open(path, opening);
    if (!project)
        return project.error();
    return std::make_unique<ProjectSession>(std::move(project).value());
}

ProjectSession::ProjectSession(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_readModel(new ProjectReadModel(*m_project, this))
    , m_history(new EditHistory(this))
    , m_liveRefresh(new LiveRefresh(*m_project, this))
{}

ProjectSession::~ProjectSession()
{
    // The commands, the read model and the refresh refer to the project: they go first.
    delete m_liveRefresh;
    delete m_history;
    delete m_readModel;
}

Result<Annotation> ProjectSession::annotation(const QUuid &id, qint64 seenVersion) const
{
    if (id.isNull())
        return Error{Error::Code::NotFound, Messages::tr("No annotation is chosen.")};
    auto current = m_project->annotation(id);
    if (current && seenVersion != 0)
        current->version = seenVersion; // the change is made on what the user saw
    return current;
}

Status ProjectSession::keepIfRefused(Status status, const QUuid &annotationId,
                                     std::function<Status(const QUuid &)> redo, bool copyable)
{
    if (!status && status.error().code == Error::Code::Conflict)
        m_refused = {annotationId, std::move(redo), copyable};
    return status;
}

Result<QUuid> ProjectSession::resolveRefusedEdit(RefusedEditChoice choice)
{
    const RefusedEdit refused = std::exchange(m_refused, {});
    if (!refused.redo)
        return Error{Error::Code::NotFound, Messages::tr("There is no refused edit to resolve.")};
    switch (choice) {
    case RefusedEditChoice::KeepCopy:
        if (refused.copyable)
            break;
        [[fallthrough]]; // my deletion "as a copy": theirs stays, and that is all
    case RefusedEditChoice::Reload:
        // The views follow the project live; catch up now rather than at the next tick.
        if (auto caught = m_project->catchUp(); !caught)
            return caught.error();
        return refused.annotationId;
    case RefusedEditChoice::ApplyMine:
        if (Status done = refused.redo(refused.annotationId); !done)
            return done.error();
        return refused.annotationId;
    }
    // Theirs stays as it is; mine goes on a copy of the annotation as it is now.
    auto current = m_project->annotation(refused.annotationId);
    if (!current)
        return current.error();
    Annotation draft = *current;
    draft.id = QUuid::createUuid();
    draft.author.clear();
    draft.created = QDateTime();
    draft.modified = QDateTime();
    draft.version = 0;
    auto group =
        std::make_unique<CommandGroup>(*m_project, Messages::tr("Keep my change as a copy"));
    group->add(std::make_unique<AddAnnotationCommand>(*m_project, draft));
    if (Status added = m_history->perform(std::move(group)); !added)
        return added.error();
    if (Status done = refused.redo(draft.id); !done)
        return done.error();
    return draft.id;
}

Result<Annotation> ProjectSession::tagPassage(const QUuid &articleId, int start, int end,
                                              AnnotationKind kind, const QUuid &setId)
{
    Annotation draft;
    draft.articleId = articleId;
    draft.kind = kind;
    draft.start = start;
    draft.end = end;
    draft.setId = setId;
    auto command = std::make_unique<AddAnnotationCommand>(*m_project, draft);
    AddAnnotationCommand *added = command.get();
    if (Status done = m_history->perform(std::move(command)); !done)
        return done.error();
    return added->annotation();
}

Status ProjectSession::updateField(const QUuid &annotationId, int field,
                                   const std::function<void(Annotation &)> &change,
                                   qint64 seenVersion)
{
    auto before = annotation(annotationId, seenVersion);
    if (!before)
        return before.error();
    Annotation after = *before;
    change(after);
    if (after == *before)
        return success();
    return keepIfRefused(
        m_history->perform(std::make_unique<UpdateAnnotationCommand>(
            *m_project, std::move(before).value(), std::move(after), Field(field))),
        annotationId,
        [this, field, change](const QUuid &id) { return updateField(id, field, change, 0); });
}

Status ProjectSession::changeKind(const QUuid &annotationId, AnnotationKind kind,
                                  qint64 seenVersion)
{
    return updateField(
        annotationId, int(Field::Kind), [kind](Annotation &annotation) { annotation.kind = kind; },
        seenVersion);
}

Status ProjectSession::setActor(const QUuid &annotationId, const QUuid &actorId, qint64 seenVersion)
{
    return updateField(
        annotationId, int(Field::Actor),
        [actorId](Annotation &annotation) { annotation.actorId = actorId; }, seenVersion);
}

Status ProjectSession::setActorNamed(const QUuid &annotationId, const QString &name,
                                     qint64 seenVersion)
{
    const QString trimmed = name.trimmed();
    const QUuid known = trimmed.isEmpty() ? QUuid() : m_readModel->actorNamed(trimmed);
    if (trimmed.isEmpty() || !known.isNull())
        return setActor(annotationId, known, seenVersion);

    auto before = annotation(annotationId, seenVersion);
    if (!before)
        return before.error();
    auto create = std::make_unique<AddActorCommand>(*m_project, Actor{QUuid(), trimmed, {}});
    Annotation after = *before;
    after.actorId = create->actor().id;
    auto group = std::make_unique<CommandGroup>(*m_project, Messages::tr("Change actor"));
    group->add(std::move(create));
    group->add(std::make_unique<UpdateAnnotationCommand>(*m_project, std::move(before).value(),
                                                         std::move(after), Field::Actor));
    return keepIfRefused(m_history->perform(std::move(group)), annotationId,
                         [this, trimmed](const QUuid &id) { return setActorNamed(id, trimmed); });
}

Status ProjectSession::setTag(const QUuid &annotationId, const QUuid &tagId, bool on,
                              qint64 seenVersion)
{
    return updateField(
        annotationId, int(Field::Tags),
        [tagId, on](Annotation &annotation) {
            if (annotation.tagIds.contains(tagId) == on)
                return;
            annotation.tagIds.removeAll(tagId);
            if (on)
                annotation.tagIds.append(tagId);
        },
        seenVersion);
}

Status ProjectSession::addTagNamed(const QUuid &annotationId, const QString &name,
                                   qint64 seenVersion)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, Messages::tr("A tag needs a name.")};
    if (const QUuid known = m_readModel->tagNamed(trimmed); !known.isNull())
        return setTag(annotationId, known, true, seenVersion);

    auto before = annotation(annotationId, seenVersion);
    if (!before)
        return before.error();
    auto create = std::make_unique<AddTagCommand>(*m_project, Tag{QUuid(), trimmed, QColor()});
    Annotation after = *before;
    after.tagIds.append(create->tag().id);
    auto group = std::make_unique<CommandGroup>(*m_project, Messages::tr("Change tags"));
    group->add(std::move(create));
    group->add(std::make_unique<UpdateAnnotationCommand>(*m_project, std::move(before).value(),
                                                         std::move(after), Field::Tags));
    return keepIfRefused(m_history->perform(std::move(group)), annotationId,
                         [this, trimmed](const QUuid &id) { return addTagNamed(id, trimmed); });
}

Status ProjectSession::moveToSet(const QUuid &annotationId, const QUuid &setId, qint64 seenVersion)
{
    return updateField(
        annotationId, int(Field::Set),
        [setId](Annotation &annotation) { annotation.setId = setId; }, seenVersion);
}

Status ProjectSession::setComment(const QUuid &annotationId, const QString &comment,
                                  qint64 seenVersion)
{
    return updateField(
        annotationId, int(Field::Comment),
        [comment](Annotation &annotation) { annotation.comment = comment; }, seenVersion);
}

Status ProjectSession::reattach(const QUuid &annotationId, int start, int end, qint64 seenVersion)
{
    if (end <= start)
        return Error{Error::Code::Invalid,
                     Messages::tr("Select the passage to re-attach the annotation to.")};
    return updateField(
        annotationId, int(Field::Range),
        [start, end](Annotation &annotation) {
            annotation.start = start;
            annotation.end = end;
            annotation.anchorState = AnchorState::Exact;
        },
        seenVersion);
}

Status ProjectSession::deleteAnnotation(const QUuid &annotationId, qint64 seenVersion)
{
    auto before = annotation(annotationId, seenVersion);
    if (!before)
        return before.error();
    return keepIfRefused(
        m_history->perform(
            std::make_unique<RemoveAnnotationCommand>(*m_project, std::move(before).value())),
        annotationId, [this](const QUuid &id) { return deleteAnnotation(id); }, false);
}

Result<Relation> ProjectSession::link(const QUuid &from, const QUuid &to, RelationKind kind)
{
    Relation relation;
    relation.fromId = from;
    relation.toId = to;
    relation.kind = kind;
    auto command = std::make_unique<AddRelationCommand>(*m_project, relation);
    AddRelationCommand *added = command.get();
    if (Status done = m_history->perform(std::move(command)); !done)
        return done.error();
    return added->relation();
}

Status ProjectSession::unlink(const QUuid &relationId)
{
    for (const Relation &relation : m_readModel->relations()) {
        if (relation.id == relationId)
            return m_history->perform(
                std::make_unique<RemoveRelationCommand>(*m_project, relation));
    }
    return Error{Error::Code::NotFound, Messages::tr("That link is no longer in the project.")};
}

Result<Relation> ProjectSession::linkSharedPassage(const SameClaimSuggestion &suggestion)
{
    const PassageMatch &match = suggestion.passage.match;
    // A passage not annotated yet takes the kind of the one that is: the same claim twice.
    AnnotationKind kind = AnnotationKind::Claim;
    for (const QUuid &id : {suggestion.firstAnnotation, suggestion.secondAnnotation}) {
        if (id.isNull())
            continue;
        auto existing = m_project->annotation(id);
        if (!existing)
            return existing.error();
        kind = existing->kind;
    }
    auto group = std::make_unique<CommandGroup>(
        *m_project, Messages::tr("Link shared passage as the same claim"));
    // Ids chosen here, so the link in the same step can name annotations not stored yet.
    auto onPassage = [&](const QUuid &existing, const QUuid &articleId, int start, int end) {
        if (!existing.isNull())
            return existing;
        Annotation draft;
        draft.id = QUuid::createUuid();
        draft.articleId = articleId;
        draft.kind = kind;
        draft.start = start;
        draft.end = end;
        group->add(std::make_unique<AddAnnotationCommand>(*m_project, draft));
        return draft.id;
    };
    const QUuid first = onPassage(suggestion.firstAnnotation, suggestion.passage.firstArticle,
                                  match.firstStart, match.firstEnd);
    const QUuid second = onPassage(suggestion.secondAnnotation, suggestion.passage.secondArticle,
                                   match.secondStart, match.secondEnd);
    Relation relation;
    relation.fromId = second;
    relation.toId = first;
    relation.kind = RelationKind::SameClaim;
    auto linkCommand = std::make_unique<AddRelationCommand>(*m_project, relation);
    AddRelationCommand *linked = linkCommand.get();
    group->add(std::move(linkCommand));
    if (Status done = m_history->perform(std::move(group)); !done)
        return done.error();
    return linked->relation();
}

Status ProjectSession::dismissPassage(const SharedPassage &passage)
{
    return m_history->perform(std::make_unique<DismissPassageCommand>(
        *m_project, DismissedPassage{passage.firstArticle, passage.secondArticle, passage.key}));
}

ArticleImportSummary ProjectSession::importArticles(const QStringList &paths)
{
    ArticleImporter importer(*m_project);
    ArticleImportSummary summary;
    for (const QString &path : paths) {
        auto imported = importer.importFile(path);
        if (!imported) {
            summary.problems.append(imported.errorMessage());
            continue;
        }
        summary.lastArticle = imported->articleId;
        if (!imported->alreadyPresent)
            ++summary.added;
    }
    return summary;
}

Result<ArticleUpdate> ProjectSession::prepareArticleUpdate(const QUuid &articleId,
                                                           const QString &path) const
{
    return ArticleUpdater(*m_project).prepare(articleId, path);
}

Status ProjectSession::applyArticleUpdate(const ArticleUpdate &update)
{
    auto command = UpdateArticleCommand::create(*m_project, update);
    if (!command)
        return command.error();
    return m_history->perform(std::move(command).value());
}

Result<AnnotationImportOutcome> ProjectSession::importAnnotations(const AnnotationFile &file,
                                                                  const ExportProgress &progress)
{
    AnnotationImportOutcome outcome;
    Status written = m_project->writeInBulk([&]() -> Status {
        auto imported = file.importInto(*m_project, progress);
        if (!imported)
            return imported.error();
        outcome.report = std::move(imported).value();
        return success();
    });
    if (!written)
        return written.error();
    const AnnotationImportReport &report = outcome.report;
    outcome.changed =
        report.added + report.updated + report.relationsAdded + report.articlesAdded > 0;
    if (outcome.changed) {
        outcome.historyEnded = m_history->stack()->count() > 0;
        if (outcome.historyEnded)
            qCDebug(lcEdit) << "An annotation import changed the project: the undo history of"
                            << m_history->stack()->count() << "step(s) ends here";
        m_history->clear();
    }
    return outcome;
}

} // namespace counterpoint
