#include "VersionHistory.h"

#include "anchor/TextDiff.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace counterpoint::VersionHistory {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::VersionHistory)
};

// A text's lines: where each begins, without the empty "line" after a final line break.
class Lines
{
public:
    explicit Lines(const QString &text)
        : m_text(text)
    {
        if (text.isEmpty())
            return;
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n' && i + 1 < text.size())
                m_starts.append(int(i + 1));
        }
    }
    int count() const { return int(m_starts.size()); }
    // The line that holds offset; count() for the end of a text that ends in a line break.
    int lineOf(int offset) const
    {
        if (offset >= m_text.size() && (m_text.isEmpty() || m_text.back() == u'\n'))
            return count();
        return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) -
                   m_starts.cbegin()) -
               1;
    }
    bool atLineStart(int offset) const { return offset == 0 || m_text.at(offset - 1) == u'\n'; }
    QStringView line(int index) const
    {
        const int start = m_starts.at(index);
        const int end = index + 1 < count() ? m_starts.at(index + 1) - 1 : int(m_text.size());
        QStringView text = QStringView(m_text).mid(start, end - start);
        if (text.endsWith(u'\n'))
            text.chop(1);
        return text;
    }

private:
    const QString &m_text;
    QList<int> m_starts;
};

// Lines [oldStart, oldEnd) of the old text became lines [newStart, newEnd) of the new one.
struct LineChange
{
    int oldStart, oldEnd, newStart, newEnd;
};

QString versionLabel(const VersionEntry &entry)
{
    QStringList facts{entry.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))};
    if (!entry.sourceFileName.isEmpty())
        facts.append(entry.sourceFileName);
    if (entry.current)
        facts.append(Messages::tr("current"));
    return Messages::tr("version %1 (%2)").arg(entry.version).arg(facts.join(QStringLiteral(", ")));
}

} // namespace

Result<QList<VersionEntry>> of(const Project &project, const QUuid &articleId)
{
    auto article = project.article(articleId);
    if (!article)
        return article.error();
    auto versions = project.articleVersions(articleId);
    if (!versions)
        return versions.error();
    QList<VersionEntry> entries;
    int last = 0;
    QString statesOnArrival; // recorded on the version that was replaced
    for (const ArticleVersion &kept : std::as_const(*versions)) {
        entries.append({kept.version, false, kept.importedAt, kept.replacedAt, kept.sourceFileName,
                        kept.format, statesOnArrival, kept.text});
        statesOnArrival = kept.anchorStates;
        last = std::max(last, kept.version);
    }
    entries.append({last + 1,
                    true,
                    article->importedAt,
                    {},
                    article->sourceFileName,
                    article->format,
                    statesOnArrival,
                    article->text});
    return entries;
}

QList<TextChange> changes(const QString &oldText, const QString &newText)
{
    const OffsetMap map = TextDiff::offsetMap(oldText, newText);
    QList<TextChange> changes;
    int oldAt = 0;
    int newAt = 0;
    const auto addChange = [&](int oldEnd, int newEnd) {
        if (oldEnd > oldAt || newEnd > newAt)
            changes.append({oldAt, oldEnd, newAt, newEnd});
    };
    for (const OffsetMap::Stretch &shared : map.stretches()) {
        addChange(shared.oldStart, shared.newStart);
        oldAt = shared.oldStart + shared.length;
        newAt = shared.newStart + shared.length;
    }
    addChange(int(oldText.size()), int(newText.size()));
    return changes;
}

QString unifiedDiff(const VersionEntry &older, const VersionEntry &newer, int context)
{
    const QList<TextChange> found = changes(older.text, newer.text);
    if (found.isEmpty())
        return {};
    const Lines oldLines(older.text);
    const Lines newLines(newer.text);
    // Each change as the whole lines it touches. Whole lines taken out or put in (every edge at
    // a line's start) are just those lines; a change inside a line takes the line on both sides.
    // The text between two changes is the same in both, so lines between them pair up.
    QList<LineChange> lineChanges;
    for (const TextChange &change : found) {
        const bool wholeLines =
            oldLines.atLineStart(change.oldStart) && oldLines.atLineStart(change.oldEnd) &&
            newLines.atLineStart(change.newStart) && newLines.atLineStart(change.newEnd);
        const auto endLine = [wholeLines](const Lines &lines, int end) {
            const int line = lines.lineOf(end);
            return std::min(lines.count(), wholeLines ? line : line + 1);
        };
        LineChange lines{oldLines.lineOf(change.oldStart), endLine(oldLines, change.oldEnd),
                         newLines.lineOf(change.newStart), endLine(newLines, change.newEnd)};
        if (!lineChanges.isEmpty() && (lines.oldStart < lineChanges.last().oldEnd ||
                                       lines.newStart < lineChanges.last().newEnd)) {
            LineChange &last = lineChanges.last(); // on a line the one before touched
            last.oldEnd = std::max(last.oldEnd, lines.oldEnd);
            last.newEnd = std::max(last.newEnd, lines.newEnd);
        } else {
            lineChanges.append(lines);
        }
    }

    QString out = u"--- " + versionLabel(older) + u"\n+++ " + versionLabel(newer) + u'\n';
    // Hunks: changes closer than twice the context share one.
    for (qsizetype first = 0; first < lineChanges.size();) {
        qsizetype last = first;
        while (last + 1 < lineChanges.size() &&
               lineChanges.at(last + 1).oldStart - lineChanges.at(last).oldEnd <= 2 * context)
            ++last;
        const int oldFrom = std::max(0, lineChanges.at(first).oldStart - context);
        const int newFrom =
            lineChanges.at(first).newStart - (lineChanges.at(first).oldStart - oldFrom);
        const int oldTo = std::min(oldLines.count(), lineChanges.at(last).oldEnd + context);
        const int newTo = lineChanges.at(last).newEnd + (oldTo - lineChanges.at(last).oldEnd);
        // As diff -u counts: from 1, and a range of no lines names the line before it.
        const auto range = [](int from, int to) {
            const int count = to - from;
            return count == 1
                       ? QString::number(from + 1)
                       : QStringLiteral("%1,%2").arg(count == 0 ? from : from + 1).arg(count);
        };
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldFrom, oldTo), range(newFrom, newTo));
        // A text's last line without a line break says so, as diff does, so that patch
        // rebuilds the text exactly.
        const auto put = [&out](QChar sign, const Lines &lines, const QString &text, int line) {
            out += sign;
            out += lines.line(line);
            out += u'\n';
            if (line == lines.count() - 1 && !text.endsWith(u'\n'))
                out += QStringLiteral("\\ No newline at end of file\n");
        };
        int oldAt = oldFrom;
        for (qsizetype i = first; i <= last; ++i) {
            const LineChange &change = lineChanges.at(i);
            for (; oldAt < change.oldStart; ++oldAt)
                put(u' ', oldLines, older.text, oldAt);
            for (int line = change.oldStart; line < change.oldEnd; ++line)
                put(u'-', oldLines, older.text, line);
            for (int line = change.newStart; line < change.newEnd; ++line)
                put(u'+', newLines, newer.text, line);
            oldAt = change.oldEnd;
        }
        for (; oldAt < oldTo; ++oldAt)
            put(u' ', oldLines, older.text, oldAt);
        first = last + 1;
    }
    return out;
}

QString describeAnchorStates(const QString &anchorStates)
{
    if (anchorStates.isEmpty())
        return {};
    QMap<QString, QString> counts;
    const auto parts = QStringView(anchorStates).split(u' ', Qt::SkipEmptyParts);
    for (const auto part : parts) {
        const auto pair = part.split(u'=');
        if (pair.size() == 2)
            counts.insert(pair.at(0).toString(), pair.at(1).toString());
    }
    return Messages::tr("%1 exact, %2 moved, %3 fuzzy, %4 orphaned")
        .arg(counts.value(QStringLiteral("exact"), QStringLiteral("0")),
             counts.value(QStringLiteral("moved"), QStringLiteral("0")),
             counts.value(QStringLiteral("fuzzy"), QStringLiteral("0")),
             counts.value(QStringLiteral("orphaned"), QStringLiteral("0")));
}

} // namespace counterpoint::VersionHistory
