#pragma once

#include "domain/Article.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

class Project;

// One version of an article as the Versions dialog and `counterpoint versions` list it.
struct VersionEntry
{
    int version = 0;      // 1 for the first import; the current one is the highest
    bool current = false; // the text the article reads now
    QDateTime importedAt; // when this version became the article's text
    QDateTime replacedAt; // when the next one replaced it (invalid for the current one)
    QString sourceFileName;
    ArticleFormat format = ArticleFormat::PlainText;
    // How the annotations were placed when this version replaced the one before ("exact=3
    // moved=1 fuzzy=0 orphaned=0"); empty for the first import and for an update made before
    // this was recorded.
    QString anchorStates;
    QString text;
};

// A stretch where two versions differ: old[oldStart, oldEnd) became new[newStart, newEnd).
struct TextChange
{
    int oldStart = 0;
    int oldEnd = 0;
    int newStart = 0;
    int newEnd = 0;
};

namespace VersionHistory {

// Every kept version, oldest first, then the current text as the last.
Result<QList<VersionEntry>> of(const Project &project, const QUuid &articleId);
// The changes between two texts, from the word diff the re-anchoring uses (TextDiff).
QList<TextChange> changes(const QString &oldText, const QString &newText);
// What changed from older to newer as a unified diff, line by line, as `diff -u` writes it: a
// "--- version 1 (date, file)" and a "+++ version 2 (…)" line, then hunks ("@@ -12,7 +12,6 @@")
// of lines prefixed "-" (only in older), "+" (only in newer) or " " (context, up to `context`
// lines around each change). Empty when the two read the same.
QString unifiedDiff(const VersionEntry &older, const VersionEntry &newer, int context = 3);
// The anchor states as a user reads them: "3 exact, 1 moved, 0 fuzzy, 0 orphaned".
QString describeAnchorStates(const QString &anchorStates);

} // namespace VersionHistory

} // namespace counterpoint
