#include "BulkEdit.h"

#include "AnnotationCommands.h"
#include "CommandGroup.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QLocale>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::BulkEdit)
};

// A row of the choice that the change leaves as it is: it is still part of what the user chose
// on what they saw, so the step is refused when it has changed since (the first time: a redo
// touches no such row, and has nothing to check).
class UnchangedRowCheck final : public ProjectCommand
{
public:
    UnchangedRowCheck(Project &project, Annotation seen)
        : ProjectCommand(project, QString())
        , m_seen(std::move(seen))
    {}

protected:
    Status doApply() override
    {
        if (std::exchange(m_checked, true))
            return success();
        auto current = project().annotation(m_seen.id);
        if (!current)
            return current.error();
        if (current->version == m_seen.version)
            return success();
        QString quote = m_seen.quote.exact.simplified();
        if (quote.size() > 40)
            quote = quote.left(39) + u'…';
        auto last = project().lastChangeOf(ChangeRecord::Entity::Annotation, m_seen.id);
        if (last && *last && !(*last)->author.isEmpty())
            return Error{
                Error::Code::Conflict,
                Messages::tr("Cannot change the annotations: %1 changed “%2” at %3, "
                             "after it was read here. Nothing was changed.")
                    .arg((*last)->author, quote,
                         QLocale().toString((*last)->at.toLocalTime(), QLocale::ShortFormat))};
        return Error{Error::Code::Conflict,
                     Messages::tr("Cannot change the annotations: “%1” was changed after it was "
                                  "read here. Nothing was changed.")
                         .arg(quote)};
    }
    Status doRevert() override { return success(); }

private:
    Annotation m_seen;
    bool m_checked = false;
};

} // namespace

Annotation changedBy(const BulkChange &change, Annotation annotation)
{
    if (change.kind)
        annotation.kind = *change.kind;
    if (change.actorId)
        annotation.actorId = *change.actorId;
    for (const QUuid &tag : change.removeTagIds)
        annotation.tagIds.removeAll(tag);
    for (const QUuid &tag : change.addTagIds) {
        if (!annotation.tagIds.contains(tag))
            annotation.tagIds.append(tag);
    }
    if (change.setId)
        annotation.setId = *change.setId;
    return annotation;
}

std::unique_ptr<CommandGroup> bulkEditCommand(Project &project, const QList<Annotation> &seen,
                                              const BulkChange &change)
{
    auto group = std::make_unique<CommandGroup>(
        project, Messages::tr("Edit %n Annotation(s)", nullptr, int(seen.size())));
    int changed = 0;
    for (const Annotation &before : seen) {
        Annotation after = changedBy(change, before);
        if (after == before) {
            group->add(std::make_unique<UnchangedRowCheck>(project, before));
            continue;
        }
        ++changed;
        // Every field the change may touch at once; made on the version read, so that a row
        // changed since is refused rather than overwritten.
        group->add(std::make_unique<UpdateAnnotationCommand>(
            project, before, std::move(after), UpdateAnnotationCommand::Field::Other));
    }
    if (changed == 0)
        return nullptr;
    group->setText(Messages::tr("Edit %n Annotation(s)", nullptr, changed));
    return group;
}

std::unique_ptr<CommandGroup> bulkDeleteCommand(Project &project, const QList<Annotation> &seen)
{
    if (seen.isEmpty())
        return nullptr;
    auto group = std::make_unique<CommandGroup>(
        project, Messages::tr("Delete %n Annotation(s)", nullptr, int(seen.size())));
    for (const Annotation &annotation : seen)
        group->add(std::make_unique<RemoveAnnotationCommand>(project, annotation));
    return group;
}

} // namespace counterpoint
