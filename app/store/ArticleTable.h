#pragma once

#include "domain/Article.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace counterpoint {

class Database;
class SqlDialect;

// The article table and its version history, with the texts the writes anchor on. Every write
// runs inside a transaction its caller (Project) holds.
class ArticleTable final
{
public:
    explicit ArticleTable(const Database &database);

    Result<QList<ArticleSummary>> summaries() const;
    Result<Article> article(const QUuid &id) const;
    Result<QUuid> findByHash(const QString &contentHash) const; // null when absent
    // What messages call the article: its title, or its id when it has none or is gone.
    QString titleOf(const QUuid &id) const;

    // The canonical text, from the cache when it is known to be current (see below).
    Result<QString> text(const QUuid &id) const;
    // Forgets every cached text when another connection has committed since the last look.
    // Called at the start of each write, inside its transaction (which keeps other writers out
    // until it ends), and before a read outside one: a text another process replaced is never
    // anchored on or handed out.
    Status forgetTextsIfOthersWrote() const;
    void forgetTexts() const;

    Status insert(const Article &article);
    // A kept version as it was read (its id, number and times), for an article brought back.
    Status insertVersion(const ArticleVersion &version);
    Status updateDetails(const Article &article); // title, publisher, author, url, date
    Status remove(const QUuid &id);
    // Keeps current as the next version in the history and stores newContent's text and
    // original in its place; the details stay as the user may have edited them.
    // anchorStates says how the annotations were placed on newContent (kept with current).
    Status replaceContent(const Article &current, const Article &newContent,
                          const QDateTime &replacedAt, const QString &anchorStates);
    Result<QList<ArticleVersion>> versions(const QUuid &articleId) const;

    Result<QList<int>> pageStarts(const QUuid &id) const;

private:
    Status storePageStarts(const QUuid &id, const QList<int> &starts);
    QString file() const;
    Error noSuchArticle(const QUuid &id) const;

    const Database &m_database;
    const SqlDialect &m_sql;
    mutable QHash<QUuid, QString> m_texts;
    mutable std::optional<qint64> m_othersCounter; // the last value of the dialect's counter
};

} // namespace counterpoint
