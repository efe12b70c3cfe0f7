#include "LocalDate.h"

#include <QDateTime>
#include <QLocale>

namespace counterpoint::ui {

QString localDate(const QString &iso)
{
    const QString trimmed = iso.trimmed();
    const QLocale locale;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    }
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (time.isValid()) {
        // Shown in the reader's own time zone: "09:30Z" is a different hour here.
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    }
    return iso;
}

} // namespace counterpoint::ui
