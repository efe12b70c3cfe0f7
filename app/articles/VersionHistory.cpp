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
