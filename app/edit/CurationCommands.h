#pragma once

#include "ProjectCommand.h"

#include "domain/Annotation.h"

#include <QList>
#include <QSet>
#include <QUuid>

namespace counterpoint {

// Settles a disagreement (issue 14 item 5): adds the consensus annotation together with the
// versions it came from, in one transaction; undo removes it (its sources go with it), redo
// restores it with the same id and sources.
class AddConsensusCommand final : public ProjectCommand
{
public:
    AddConsensusCommand(Project &project, Annotation draft, QList<QUuid> sources,
                        const QString &text);
    const Annotation &annotation() const { return m_annotation; }

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    Annotation m_annotation;
    QList<QUuid> m_sources;
};

// Settles a disagreement by leaving versions out of the consensus set; undo takes them back.
class RejectVersionsCommand final : public ProjectCommand
{
public:
    RejectVersionsCommand(Project &project, const QUuid &consensusSetId, QList<QUuid> versions,
                          const QString &text);

protected:
    Status doApply() override;
    Status doRevert() override;

private:
    QUuid m_consensusSetId;
    QList<QUuid> m_versions;
    QSet<QUuid> m_added; // those this command rejected, not rejected before
};

} // namespace counterpoint
