// Rows to domain values, written once: each mapping reads its columns through a small Row
// adapter, so Qt SQL's rows and the bulk reader's bytes give the same values.
#pragma once

#include "StoreCodec.h"
#include "domain/Annotation.h"
#include "domain/Article.h"
#include "domain/Relation.h"

#include <QByteArrayView>
#include <QSqlQuery>
#include <QUtf8StringView>

namespace counterpoint::rows {

// The columns of each table in the order the mappings below read them.
inline constexpr auto annotationColumns =
    "id, article_id, set_id, kind, start_pos, end_pos, exact, prefix, suffix, actor_id, "
    "comment, author, created_at, modified_at, anchor_state, version";
inline constexpr auto relationColumns = "id, from_id, to_id, kind, comment, author, created_at";
inline constexpr auto articleColumns = "id, title, publisher, author, url, published, format, "
                                       "source_file_name, original, canonical_text, content_hash, "
                                       "imported_at";

// A Qt SQL row.
class QtRow
{
public:
    explicit QtRow(const QSqlQuery &query)
        : m_query(query)
    {}
    QString string(int column) const { return m_query.value(column).toString(); }
    QUuid id(int column) const { return codec::idFrom(m_query.value(column)); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QByteArray bytes(int column) const { return m_query.value(column).toByteArray(); }
    QDateTime time(int column) const { return codec::timeFrom(m_query.value(column)); }

private:
    const QSqlQuery &m_query;
};

// A row of UTF-8 bytes (SqliteReader::Rows, PrefetchedRows), read as Qt SQL would convert it.
template<class Rows> class BytesRow
{
public:
    explicit BytesRow(const Rows &rows)
        : m_rows(rows)
    {}
    QString string(int column) const { return QString::fromUtf8(m_rows.text(column)); }
    QUuid id(int column) const
    {
        const QByteArrayView text = m_rows.text(column);
        return QUuid::fromString(QUtf8StringView(text.data(), text.size()));
    }
    int integer(int column) const { return m_rows.integer(column); }
    QByteArray bytes(int column) const { return m_rows.text(column).toByteArray(); }
    QDateTime time(int column) const { return codec::timeFrom(string(column)); }

private:
    const Rows &m_rows;
};

// annotationColumns; the tags are read apart.
template<class Row> Annotation annotationFrom(const Row &row)
{
    Annotation a;
    a.id = row.id(0);
    a.articleId = row.id(1);
    a.setId = row.id(2);
    a.kind = annotationKindFromString(row.string(3)).value_or(AnnotationKind::Note);
    a.start = row.integer(4);
    a.end = row.integer(5);
    a.quote = {row.string(6), row.string(7), row.string(8)};
    a.actorId = row.id(9);
    a.comment = row.string(10);
    a.author = row.string(11);
    a.created = row.time(12);
    a.modified = row.time(13);
    a.anchorState = anchorStateFromString(row.string(14)).value_or(AnchorState::Exact);
    a.version = row.integer(15);
    return a;
}

// relationColumns.
template<class Row> Relation relationFrom(const Row &row)
{
    Relation r;
    r.id = row.id(0);
    r.fromId = row.id(1);
    r.toId = row.id(2);
    r.kind = relationKindFromString(row.string(3)).value_or(RelationKind::Rebuts);
    r.comment = row.string(4);
    r.author = row.string(5);
    r.created = row.time(6);
    return r;
}

// articleColumns.
template<class Row> Article articleFrom(const Row &row)
{
    Article a;
    a.id = row.id(0);
    a.title = row.string(1);
    a.publisher = row.string(2);
    a.author = row.string(3);
    a.url = row.string(4);
    a.published = row.string(5);
    a.format = articleFormatFromString(row.string(6));
    a.sourceFileName = row.string(7);
    a.original = row.bytes(8);
    a.text = row.string(9);
    a.contentHash = row.string(10);
    a.importedAt = row.time(11);
    return a;
}

inline Annotation annotationFrom(const QSqlQuery &query)
{
    return annotationFrom(QtRow(query));
}
inline Relation relationFrom(const QSqlQuery &query)
{
    return relationFrom(QtRow(query));
}
inline Article articleFrom(const QSqlQuery &query)
{
    return articleFrom(QtRow(query));
}

} // namespace counterpoint::rows
