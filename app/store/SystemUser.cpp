#include "SystemUser.h"

#include "log/LogCategories.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace counterpoint {

QString systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER set; the account database still knows.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    qCDebug(lcStore) << "No user name in the environment or the account database: authors are"
                        " recorded as \"unknown\"";
    return QStringLiteral("unknown");
}

} // namespace counterpoint
