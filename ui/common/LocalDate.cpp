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
        // An article's date is its day, as a paper prints it; the day in the reader's own time
        // zone, which "23:30Z" may not share with UTC.
        return locale.toString(time.toLocalTime().date(), QLocale::ShortFormat);
    }
    return iso;
}

} // namespace counterpoint::ui
