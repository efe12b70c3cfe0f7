#include "StoredAnnotationReader.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace counterpoint {

StoredAnnotation storedAnnotationOf(const Annotation &annotation)
{
    const auto id = [](const QUuid &value) { return codec::idText(value).toUtf8(); };
    StoredAnnotation a;
    a.id = id(annotation.id);
    a.articleId = id(annotation.articleId);
    a.setId = id(annotation.setId);
    a.kind = annotation.kind;
    a.start = annotation.start;
    a.end = annotation.end;
    a.exact = annotation.quote.exact.toUtf8();
    a.prefix = annotation.quote.prefix.toUtf8();
    a.suffix = annotation.quote.suffix.toUtf8();
    a.actorId = annotation.actorId.isNull() ? QByteArray() : id(annotation.actorId);
    for (const QUuid &tagId : std::as_const(annotation.tagIds))
        a.tagIds.append(id(tagId));
    a.comment = annotation.comment.toUtf8();
    a.author = annotation.author.toUtf8();
    a.created = codec::timeText(annotation.created).toUtf8();
    a.modified = codec::timeText(annotation.modified).toUtf8();
    a.anchorState = annotation.anchorState;
    return a;
}

namespace stored {

namespace {

// Qt SQL's rows read as SqliteReader::Rows are, for readStoredAnnotations().
class QtRows
{
public:
    explicit QtRows(QSqlQuery query)
        : m_query(std::move(query))
    {}
    Result<bool> next() { return m_query.next(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QByteArray text(int column) const { return m_query.value(column).toByteArray(); }

private:
    QSqlQuery m_query;
};

} // namespace

Queries qtQueries(const Database &database)
{
    // The same columns as UTF-8 bytes: a blob reads without SQLite translating it to UTF-16 and
    // Qt copying it into a QString, which an export would only convert back to UTF-8.
    const SqlDialect &sql = database.dialect();
    const auto bytes = [&sql](const char *column) {
        return sql.asUtf8Bytes(QString::fromLatin1(column));
    };
    QStringList columns;
    for (const char *column :
         {"id", "article_id", "set_id", "kind", "start_pos", "end_pos", "exact", "prefix", "suffix",
          "actor_id", "comment", "author", "created_at", "modified_at", "anchor_state"})
        columns.append(QByteArrayView(column) == "start_pos" || QByteArrayView(column) == "end_pos"
                           ? QString::fromLatin1(column)
                           : bytes(column));
    return {(u"SELECT " + bytes("annotation_id") + u", " + bytes("tag_id") +
             u" FROM annotation_tag ORDER BY annotation_id, tag_id")
                .toUtf8(),
            (u"SELECT " + columns.join(u", ") + u" FROM annotation").toUtf8()};
}

Queries bulkQueries()
{
    return {"SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id",
            "SELECT id, article_id, set_id, kind, start_pos, end_pos, exact, prefix, suffix, "
            "actor_id, comment, author, created_at, modified_at, anchor_state FROM annotation"};
}

Status readThroughQt(const Database &database,
                     const std::function<void(StoredAnnotation &&)> &visit)
{
    const auto query = [&database](const char *sql) -> Result<QtRows> {
        auto rows = database.query(QString::fromUtf8(sql));
        if (!rows)
            return rows.error();
        return QtRows(std::move(*rows));
    };
    return readStoredAnnotations(query, qtQueries(database), visit);
}

} // namespace stored

} // namespace counterpoint
