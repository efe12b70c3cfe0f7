#include "CurationCommands.h"

#include "analysis/Curation.h"
#include "store/Project.h"

namespace counterpoint {

AddConsensusCommand::AddConsensusCommand(Project &project, Annotation draft, QList<QUuid> sources,
                                         const QString &text)
    : ProjectCommand(project, text)
    , m_annotation(std::move(draft))
    , m_sources(std::move(sources))
{}

Status AddConsensusCommand::doApply()
{
    return project().write([this]() -> Status {
        // The first time the project fills in id, quote and times; later redos restore them.
        auto added = project().addAnnotation(m_annotation);
        if (!added)
            return added.error();
        m_annotation = std::move(added).value();
        return project().setConsensusSources(m_annotation.id, m_sources);
    });
}

Status AddConsensusCommand::doRevert()
{
    return project().removeAnnotation(m_annotation.id);
}

RejectVersionsCommand::RejectVersionsCommand(Project &project, const QUuid &consensusSetId,
                                             QList<QUuid> versions, const QString &text)
    : ProjectCommand(project, text)
    , m_consensusSetId(consensusSetId)
    , m_versions(std::move(versions))
{}

Status RejectVersionsCommand::doApply()
{
    return project().write([this]() -> Status {
        auto rejected = analysis::rejectedVersions(project(), m_consensusSetId);
        if (!rejected)
            return rejected.error();
        m_added.clear();
        for (const QUuid &version : std::as_const(m_versions)) {
            if (!rejected->contains(version))
                m_added.insert(version);
        }
        rejected->unite(m_added);
        return analysis::setRejectedVersions(project(), m_consensusSetId, *rejected);
    });
}

Status RejectVersionsCommand::doRevert()
{
    return project().write([this]() -> Status {
        auto rejected = analysis::rejectedVersions(project(), m_consensusSetId);
        if (!rejected)
            return rejected.error();
        rejected->subtract(m_added);
        return analysis::setRejectedVersions(project(), m_consensusSetId, *rejected);
    });
}

} // namespace counterpoint
