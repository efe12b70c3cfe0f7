#include "BlindCoding.h"

#include "store/Project.h"

#include <algorithm>

namespace counterpoint::analysis {

bool isBlindCoding(const Project &project)
{
    auto value = project.setting(Project::blindCodingSetting());
    return value && *value == u"on";
}

Status setBlindCoding(Project &project, bool blind)
{
    return project.setSetting(Project::blindCodingSetting(),
                              blind ? QStringLiteral("on") : QStringLiteral("off"));
}

QSet<QUuid> hiddenSets(const QList<SetRole> &roles, const QString &me, bool blind)
{
    QSet<QUuid> hidden;
    if (!blind)
        return hidden;
    for (const SetRole &role : roles) {
        const bool mine = role.owner.compare(me.trimmed(), Qt::CaseInsensitive) == 0;
        if ((!role.owner.isEmpty() || role.consensus) && !mine)
            hidden.insert(role.setId);
    }
    return hidden;
}

QSet<QUuid> setsHiddenFromViewer(const Project &project)
{
    if (!isBlindCoding(project))
        return {};
    auto roles = project.annotationSetRoles();
    if (!roles)
        return {};
    const QString me = project.author().trimmed();
    if (project.isOnServer()) {
        if (project.role() == ProjectRole::Owner || project.role() == ProjectRole::Curator)
            return {};
    } else {
        const bool analyst = std::any_of(roles->cbegin(), roles->cend(), [&](const SetRole &role) {
            return role.owner.compare(me, Qt::CaseInsensitive) == 0;
        });
        if (!analyst)
            return {};
    }
    return hiddenSets(*roles, me, true);
}

} // namespace counterpoint::analysis
