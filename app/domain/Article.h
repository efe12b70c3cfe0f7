#pragma once

#include "Kinds.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace counterpoint {

QString toString(ArticleFormat format);
ArticleFormat articleFormatFromString(const QString &name);

// One article as imported: its original bytes, and the canonical plain text that the reader
// shows and that every annotation range refers to.
struct Article
{
    QUuid id;
    QString title;
    QString publisher;
    QString author;
    QString url;
    QString published; // as the source gives it, ISO 8601 where possible
    ArticleFormat format = ArticleFormat::PlainText;
    QString sourceFileName;
    QByteArray original;
    QString text; // canonical plain text
    QString contentHash;
    QDateTime importedAt;
    // Where each page begins in text (UTF-16 offsets, ascending; the first is 0), for an article
    // that has pages (a PDF); empty for one that has none.
    QList<int> pageStarts;

    friend bool operator==(const Article &, const Article &) = default;
};

// The page (1-based) that holds the character at offset, or 0 when the article has no pages.
int pageOfOffset(const QList<int> &pageStarts, int offset);
// "p. 3" or "pp. 3–4" for a range, empty when the article has no pages.
QString pageCitation(const QList<int> &pageStarts, int start, int end);

// An earlier version of an article, kept when the article was updated from a newer file.
struct ArticleVersion
{
    QUuid id;
    QUuid articleId;
    int version = 0; // 1 for the first import
    ArticleFormat format = ArticleFormat::PlainText;
    QString sourceFileName;
    QByteArray original;
    QString text;
    QString contentHash;
    QDateTime importedAt;
    QDateTime replacedAt;
    // How the annotations were placed on the version that replaced this one: "exact=3 moved=1
    // fuzzy=0 orphaned=0", empty for a version kept before that was recorded.
    QString anchorStates;
};

// What a listing shows without loading texts.
struct ArticleSummary
{
    QUuid id;
    QString title;
    QString publisher;
    QString published;
    int claims = 0;
    int counterclaims = 0;
    int sources = 0;
    int notes = 0;
};

// An article as a name for it: what the command line matches names against.
struct ArticleTitle
{
    QUuid id;
    QString title;
};

// A shared passage of two articles that the analysts do not want offered as the same claim.
struct DismissedPassage
{
    QUuid firstArticle;
    QUuid secondArticle;
    QString key;

    friend bool operator==(const DismissedPassage &, const DismissedPassage &) = default;
};

} // namespace counterpoint
