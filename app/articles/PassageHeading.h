#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace counterpoint {

// What the first lines of a passage say about the article it is, when they look like a heading
// and a byline (a scraped page's "related articles" each begin with their publisher, a date and
// a title). Each field is empty when the lines do not say.
struct PassageHeading
{
    QString title;     // the first line that is not a date, byline or publisher line
    QString publisher; // "- Indian Express", or a line naming one of knownPublishers
    QString author;    // "By Jane Doe"
    QString published; // ISO 8601 date (yyyy-MM-dd) from a line that is a date
};

// Reads the heading of passage. knownPublishers: the publishers of the project's articles, so
// that a line naming one alone is read as the publisher; capturedAt: when the text was taken
// (the source's import), against which "26 minutes ago" or "yesterday" is a date.
PassageHeading readPassageHeading(const QString &passage, const QStringList &knownPublishers,
                                  const QDateTime &capturedAt);

// A date as a line of a heading writes it: ISO 8601 ("2025-05-03", "2025-05-03T09:30:00Z"),
// English month names ("May 3, 2025", "3 May 2025", "Sat, 3 May 2025"), with words around it
// ("Published May 3, 2025 09:30", "Updated: 3 May 2025") or relative to capturedAt ("26 minutes
// ago", "an hour ago", "2 days ago", "yesterday"); invalid when the line is not one.
QDate dateOfLine(const QString &line, const QDateTime &capturedAt);

} // namespace counterpoint
