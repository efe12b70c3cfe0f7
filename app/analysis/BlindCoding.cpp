#include "BlindCoding.h"

#include "store/Project.h"

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

} // namespace counterpoint::analysis
