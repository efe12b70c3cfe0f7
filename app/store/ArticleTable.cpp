#include "ArticleTable.h"

#include "Database.h"
#include "RowMapping.h"
#include "SqlDialect.h"
#include "StoreMessages.h"
#include "log/LogCategories.h"

namespace counterpoint {

using codec::idFrom;
using codec::timeFrom;
using messages::notFound;

ArticleTable::ArticleTable(const Database &database)
    : m_database(database)
    , m_sql(database.dialect())
{}

QString ArticleTable::file() const
{
    return m_database.displayName();
}

Error ArticleTable::noSuchArticle(const QUuid &id) const
{
    return notFound(
        StoreMessages::tr("There is no article %1 in %2.").arg(codec::idText(id), file()));
}

Result<QList<ArticleSummary>> ArticleTable::summaries() const
{
    auto rows = m_database.query(QStringLiteral(
        "SELECT a.id, a.title, a.publisher, a.published,"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'claim'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = "
        "'counterclaim'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'source'),"
        " (SELECT count(*) FROM annotation n WHERE n.article_id = a.id AND n.kind = 'note')"
        " FROM article a ORDER BY a.imported_at, a.title, a.id"));
    if (!rows)
        return rows.error();
    QList<ArticleSummary> summaries;
    while (rows->next()) {
        summaries.append({idFrom(rows->value(0)), rows->value(1).toString(),
                          rows->value(2).toString(), rows->value(3).toString(),
                          rows->value(4).toInt(), rows->value(5).toInt(), rows->value(6).toInt(),
                          rows->value(7).toInt()});
    }
    return summaries;
}

Result<Article> ArticleTable::article(const QUuid &id) const
{
    auto row = m_database.query(u"SELECT " + QLatin1StringView(rows::articleColumns) +
                                    u" FROM article WHERE id = ?",
                                {m_sql.id(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return noSuchArticle(id);
    Article article = rows::articleFrom(*row);
    auto pages = pageStarts(id);
    if (!pages)
        return pages.error();
    article.pageStarts = std::move(pages).value();
    return article;
}

Result<QList<int>> ArticleTable::pageStarts(const QUuid &id) const
{
    auto rows = m_database.query(
        QStringLiteral("SELECT start_pos FROM article_page WHERE article_id = ? ORDER BY page"),
        {m_sql.id(id)});
    if (!rows)
        return rows.error();
    QList<int> starts;
    while (rows->next())
        starts.append(rows->value(0).toInt());
    return starts;
}

Status ArticleTable::storePageStarts(const QUuid &id, const QList<int> &starts)
{
    if (auto cleared = m_database.execute(
            QStringLiteral("DELETE FROM article_page WHERE article_id = ?"), {m_sql.id(id)});
        !cleared)
        return cleared.error();
    for (qsizetype page = 0; page < starts.size(); ++page) {
        if (auto stored = m_database.execute(
                QStringLiteral(
                    "INSERT INTO article_page (article_id, page, start_pos) VALUES (?, ?, ?)"),
                {m_sql.id(id), int(page + 1), starts.at(page)});
            !stored)
            return stored.error();
    }
    return success();
}

Result<QUuid> ArticleTable::findByHash(const QString &contentHash) const
{
    auto row = m_database.query(QStringLiteral("SELECT id FROM article WHERE content_hash = ?"),
                                {contentHash});
    if (!row)
        return row.error();
    return row->next() ? idFrom(row->value(0)) : QUuid();
}

QString ArticleTable::titleOf(const QUuid &id) const
{
    auto row =
        m_database.query(QStringLiteral("SELECT title FROM article WHERE id = ?"), {m_sql.id(id)});
    if (row && row->next() && !row->value(0).toString().isEmpty())
        return row->value(0).toString();
    return codec::idText(id);
}

Result<QString> ArticleTable::text(const QUuid &id) const
{
    if (const auto cached = m_texts.constFind(id); cached != m_texts.constEnd())
        return *cached;
    auto row = m_database.query(QStringLiteral("SELECT canonical_text FROM article WHERE id = ?"),
                                {m_sql.id(id)});
    if (!row)
        return row.error();
    if (!row->next())
        return noSuchArticle(id);
    const QString text = row->value(0).toString();
    m_texts.insert(id, text);
    return text;
}

Status ArticleTable::forgetTextsIfOthersWrote() const
{
    const std::optional<QString> counterQuery = m_sql.otherWritersCounterQuery();
    if (!counterQuery) {
        forgetTexts(); // the back end cannot tell: trust nothing read before
        return success();
    }
    auto row = m_database.query(*counterQuery);
    if (!row)
        return row.error();
    const qint64 counter = row->next() ? row->value(0).toLongLong() : -1;
    if (m_othersCounter && *m_othersCounter != counter && !m_texts.isEmpty()) {
        qCDebug(lcStore) << "Another connection changed" << m_database.filePath()
                         << "; the cached article texts are read again";
        forgetTexts();
    }
    m_othersCounter = counter;
    return success();
}

void ArticleTable::forgetTexts() const
{
    m_texts.clear();
}

Status ArticleTable::insert(const Article &article)
{
    auto stored =
        m_database.execute(u"INSERT INTO article (" + QLatin1StringView(rows::articleColumns) +
                               u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           {m_sql.id(article.id), article.title, article.publisher, article.author,
                            article.url, article.published, toString(article.format),
                            article.sourceFileName, m_sql.blob(article.original), article.text,
                            article.contentHash, m_sql.time(article.importedAt)});
    if (!stored)
        return stored.error();
    return storePageStarts(article.id, article.pageStarts);
}

Status ArticleTable::insertVersion(const ArticleVersion &version)
{
    auto kept = m_database.execute(
        QStringLiteral("INSERT INTO article_version (id, article_id, version, format,"
                       " source_file_name, original, canonical_text, content_hash,"
                       " imported_at, replaced_at, anchor_states)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_sql.id(version.id.isNull() ? QUuid::createUuid() : version.id),
         m_sql.id(version.articleId), version.version, toString(version.format),
         version.sourceFileName, m_sql.blob(version.original), version.text, version.contentHash,
         m_sql.time(version.importedAt), m_sql.time(version.replacedAt), version.anchorStates});
    if (!kept)
        return kept.error();
    return success();
}

Status ArticleTable::updateDetails(const Article &article)
{
    auto updated = m_database.execute(
        QStringLiteral("UPDATE article SET title = ?, publisher = ?, author = ?, url = ?, "
                       "published = ?, version = version + 1 WHERE id = ?"),
        {article.title, article.publisher, article.author, article.url, article.published,
         m_sql.id(article.id)});
    if (!updated)
        return updated.error();
    if (*updated == 0)
        return noSuchArticle(article.id);
    return success();
}

Status ArticleTable::remove(const QUuid &id)
{
    auto removed =
        m_database.execute(QStringLiteral("DELETE FROM article WHERE id = ?"), {m_sql.id(id)});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return noSuchArticle(id);
    m_texts.remove(id);
    return success();
}

Status ArticleTable::replaceContent(const Article &current, const Article &newContent,
                                    const QDateTime &replacedAt, const QString &anchorStates)
{
    auto next = m_database.query(
        QStringLiteral(
            "SELECT coalesce(max(version), 0) + 1 FROM article_version WHERE article_id = ?"),
        {m_sql.id(current.id)});
    if (!next)
        return next.error();
    const int version = next->next() ? next->value(0).toInt() : 1;
    auto kept = m_database.execute(
        QStringLiteral("INSERT INTO article_version (id, article_id, version, format,"
                       " source_file_name, original, canonical_text, content_hash,"
                       " imported_at, replaced_at, anchor_states)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_sql.id(QUuid::createUuid()), m_sql.id(current.id), version, toString(current.format),
         current.sourceFileName, m_sql.blob(current.original), current.text, current.contentHash,
         m_sql.time(current.importedAt), m_sql.time(replacedAt), anchorStates});
    if (!kept)
        return kept.error();
    auto updated = m_database.execute(
        QStringLiteral("UPDATE article SET format = ?, source_file_name = ?, original = ?,"
                       " canonical_text = ?, content_hash = ?, imported_at = ?,"
                       " version = version + 1 WHERE id = ?"),
        {toString(newContent.format), newContent.sourceFileName, m_sql.blob(newContent.original),
         newContent.text, newContent.contentHash, m_sql.time(replacedAt), m_sql.id(current.id)});
    if (!updated)
        return updated.error().code == Error::Code::Duplicate
                   ? Error{Error::Code::Duplicate,
                           StoreMessages::tr("The new version of “%1” is already in %2 as another "
                                             "article.")
                               .arg(current.title, file())}
                   : updated.error();
    m_texts.insert(current.id, newContent.text);
    return storePageStarts(current.id, newContent.pageStarts);
}

Result<QList<ArticleVersion>> ArticleTable::versions(const QUuid &articleId) const
{
    auto rows = m_database.query(
        QStringLiteral("SELECT id, article_id, version, format, source_file_name, original,"
                       " canonical_text, content_hash, imported_at, replaced_at, anchor_states"
                       " FROM article_version WHERE article_id = ? ORDER BY version"),
        {m_sql.id(articleId)});
    if (!rows)
        return rows.error();
    QList<ArticleVersion> versions;
    while (rows->next()) {
        versions.append(
            {idFrom(rows->value(0)), idFrom(rows->value(1)), rows->value(2).toInt(),
             articleFormatFromString(rows->value(3).toString()), rows->value(4).toString(),
             rows->value(5).toByteArray(), rows->value(6).toString(), rows->value(7).toString(),
             timeFrom(rows->value(8)), timeFrom(rows->value(9)), rows->value(10).toString()});
    }
    return versions;
}

} // namespace counterpoint
