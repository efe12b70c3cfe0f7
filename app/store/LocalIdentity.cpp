#include "LocalIdentity.h"

#include <QSettings>

namespace counterpoint {

QString configuredAuthorName()
{
    return QSettings().value(QStringLiteral("identity/authorName")).toString().trimmed();
}

} // namespace counterpoint
