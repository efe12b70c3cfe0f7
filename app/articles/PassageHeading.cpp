#include "PassageHeading.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace counterpoint {

namespace {

// Beyond this a line is a paragraph of the body, not part of a heading.
constexpr qsizetype longestHeadingLine = 160;
// A heading with a byline and a date runs to a few lines; the body starts after them.
constexpr int headingLines = 6;
constexpr qsizetype longestName = 60; // a publisher's or an author's name

QDate relativeDate(const QString &line, const QDateTime &capturedAt)
{
    if (!capturedAt.isValid())
        return {};
    static const QRegularExpression ago(
        QStringLiteral("^(?:about\\s+)?(\\d+|an?|one)\\s+(second|minute|min|hour|hr|day|week)s?"
                       "\\s+ago$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString simple = line.simplified();
    if (simple.compare(u"today", Qt::CaseInsensitive) == 0 ||
        simple.compare(u"just now", Qt::CaseInsensitive) == 0)
        return capturedAt.toUTC().date();
    if (simple.compare(u"yesterday", Qt::CaseInsensitive) == 0)
        return capturedAt.toUTC().date().addDays(-1);
    const auto match = ago.match(simple);
    if (!match.hasMatch())
        return {};
    const QString count = match.captured(1).toLower();
    const qint64 n = count.at(0).isDigit() ? count.toLongLong() : 1;
    const QString unit = match.captured(2).toLower();
    qint64 seconds = n;
    if (unit.startsWith(u"min"))
        seconds = n * 60;
    else if (unit == u"hour" || unit == u"hr")
        seconds = n * 3600;
    else if (unit == u"day")
        seconds = n * 86400;
    else if (unit == u"week")
        seconds = n * 7 * 86400;
    return capturedAt.toUTC().addSecs(-seconds).date();
}

QDate absoluteDate(const QString &line)
{
    // ISO 8601, alone or at the start of a timestamp.
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ]|\\b)"));
    if (const auto match = iso.match(line); match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    // English month names, day before or after the month: what news sites print.
    static const QString month = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(month),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})\\b").arg(month),
        QRegularExpression::CaseInsensitiveOption);
    const QLocale english(QLocale::English);
    const auto fromParts = [&](const QString &name, const QString &day, const QString &year) {
        const QString monthName = name.left(3);
        for (int m = 1; m <= 12; ++m) {
            if (english.monthName(m, QLocale::ShortFormat)
                    .compare(monthName, Qt::CaseInsensitive) == 0)
                return QDate(year.toInt(), m, day.toInt());
        }
        return QDate();
    };
    if (const auto match = monthFirst.match(line); match.hasMatch())
        return fromParts(match.captured(1), match.captured(2), match.captured(3));
    if (const auto match = dayFirst.match(line); match.hasMatch())
        return fromParts(match.captured(2), match.captured(1), match.captured(3));
    return {};
}

// How much of a line is its date: a line that is mostly a date (with "Published", a weekday, a
// time) is a date line; a title that mentions one ("Tariff Tracker, June 14: …") is not.
bool isMostlyDate(const QString &line)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{4,}"));
    static const QStringList dateWords{
        QStringLiteral("published"), QStringLiteral("updated"),  QStringLiteral("posted"),
        QStringLiteral("monday"),    QStringLiteral("tuesday"),  QStringLiteral("wednesday"),
        QStringLiteral("thursday"),  QStringLiteral("friday"),   QStringLiteral("saturday"),
        QStringLiteral("sunday"),    QStringLiteral("january"),  QStringLiteral("february"),
        QStringLiteral("march"),     QStringLiteral("april"),    QStringLiteral("june"),
        QStringLiteral("july"),      QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"),   QStringLiteral("november"), QStringLiteral("december"),
        QStringLiteral("sept")};
    int others = 0;
    for (auto it = words.globalMatch(line); it.hasNext();) {
        if (!dateWords.contains(it.next().captured(0).toLower()))
            ++others;
    }
    return others == 0;
}

// "- Indian Express", "— Reuters", "Source: AP": the publisher a scraped block names.
QString dashedPublisher(const QString &line)
{
    static const QRegularExpression dashed(QStringLiteral("^(?:[-–—•|]\\s*|source:\\s*)(\\S.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = dashed.match(line);
    // A name: short, a few words, no sentence (a bulleted line of the body ends in a full stop).
    const QString name = match.captured(1).trimmed();
    if (!match.hasMatch() || name.size() > longestName || name.count(u' ') > 5 ||
        name.endsWith(u'.'))
        return {};
    return name;
}

QString bylineAuthor(const QString &line)
{
    static const QRegularExpression by(QStringLiteral("^(?:by|written by|from)\\s+(\\S.*)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto match = by.match(line);
    if (!match.hasMatch() || match.captured(1).size() > longestName)
        return {};
    // "By Jane Doe | May 3, 2025" or "By Jane Doe, May 3, 2025": the name before the date.
    QString name = match.captured(1);
    static const QRegularExpression separator(QStringLiteral("\\s*[|·•]\\s*"));
    name = name.section(separator, 0, 0);
    if (!absoluteDate(name).isNull())
        name = name.section(u',', 0, 0);
    return name.trimmed();
}

} // namespace

QDate dateOfLine(const QString &line, const QDateTime &capturedAt)
{
    const QString simple = line.simplified();
    if (simple.isEmpty() || simple.size() > longestHeadingLine)
        return {};
    if (const QDate relative = relativeDate(simple, capturedAt); relative.isValid())
        return relative;
    if (!isMostlyDate(simple))
        return {};
    return absoluteDate(simple);
}

PassageHeading readPassageHeading(const QString &passage, const QStringList &knownPublishers,
                                  const QDateTime &capturedAt)
{
    PassageHeading heading;
    QStringList lines;
    for (const QString &line : passage.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
        if (lines.size() == headingLines)
            break;
    }
    const auto isKnownPublisher = [&](const QString &line) {
        return std::any_of(knownPublishers.cbegin(), knownPublishers.cend(),
                           [&](const QString &known) {
                               return !known.trimmed().isEmpty() &&
                                      known.simplified().compare(line, Qt::CaseInsensitive) == 0;
                           });
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.size() > longestHeadingLine)
            break; // the body
        if (const QDate date = dateOfLine(line, capturedAt); date.isValid()) {
            if (heading.published.isEmpty())
                heading.published = date.toString(Qt::ISODate);
            if (const QString author = bylineAuthor(line);
                !author.isEmpty() && heading.author.isEmpty())
                heading.author = author;
            continue;
        }
        if (const QString author = bylineAuthor(line); !author.isEmpty()) {
            if (heading.author.isEmpty())
                heading.author = author;
            if (heading.published.isEmpty()) {
                if (const QDate date = absoluteDate(line); date.isValid())
                    heading.published = date.toString(Qt::ISODate);
            }
            continue;
        }
        if (const QString named = dashedPublisher(line); !named.isEmpty()) {
            if (heading.publisher.isEmpty())
                heading.publisher = named;
            continue;
        }
        // A name the block repeats as "- Name" below, or one the project knows as a publisher.
        const bool repeatedBelow = lines.mid(i + 1).contains(u"- " + line);
        if (line.size() <= longestName && heading.title.isEmpty() &&
            (repeatedBelow || isKnownPublisher(line))) {
            if (heading.publisher.isEmpty())
                heading.publisher = line;
            continue;
        }
        if (!heading.title.isEmpty())
            break; // the body begins
        heading.title = line;
    }
    return heading;
}

} // namespace counterpoint
