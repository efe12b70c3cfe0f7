// Reads every annotation as StoredAnnotation rows (UTF-8 bytes straight from the file), for
// exports of a large project. One reading routine serves both connections: Qt SQL's, the
// always-correct path, and the bulk reader's (bulk/), where it is built.
#pragma once

#include "Project.h"
#include "StoreCodec.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace counterpoint {

class Database;

namespace stored {

// The SQL each connection runs: Qt SQL needs each text column cast to its bytes, the bulk
// reader is handed the bytes of a UTF-8 file as they are (a cast would only copy them again).
struct Queries
{
    QByteArray tags;        // annotation_id, tag_id
    QByteArray annotations; // the columns of rows::annotationColumns
};
Queries qtQueries(const Database &database);
Queries bulkQueries();

// The rows of a UTF-8 file as StoredAnnotations, through either connection: query runs one
// statement and gives its Rows (next(), isNull(), integer(), text()).
template<class Query>
Status readStoredAnnotations(const Query &query, const Queries &sql,
                             const std::function<void(StoredAnnotation &&)> &visit)
{
    using namespace codec;
    // Tags first, as in AnnotationTable::forEach(); sorted by annotation into one flat list and
    // found by binary search, which costs far less than a hash of 100,000 small lists. The sort
    // is stable, so each annotation's tags keep the order they were stored in.
    struct TagOf
    {
        IdKey annotation;
        QByteArray tagId;
    };
    std::vector<TagOf> tagsOf;
    auto tagRows = query(sql.tags.constData());
    if (!tagRows)
        return tagRows.error();
    QHash<QByteArray, QByteArray> tagIds; // one copy of each tag's id, shared by every mention
    for (;;) {
        auto row = tagRows->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        // Looked up by the bytes as read, copied only for the first mention of each tag. NULL
        // (which the schema does not allow) stays apart from an empty text.
        QByteArray tagId;
        if (!tagRows->isNull(1)) {
            const auto readTagId = tagRows->text(1);
            auto known =
                tagIds.constFind(QByteArray::fromRawData(readTagId.data(), readTagId.size()));
            if (known == tagIds.constEnd())
                known = tagIds.insert(ownedBytes(readTagId), storedIdText(*tagRows, 1));
            tagId = *known;
        }
        const auto annotationId = tagRows->text(0);
        tagsOf.push_back(
            {isIdText(annotationId) ? IdKey(annotationId) : IdKey(storedIdText(*tagRows, 0)),
             tagId});
    }
    const auto byAnnotation = [](const TagOf &a, const TagOf &b) {
        return a.annotation < b.annotation;
    };
    std::stable_sort(tagsOf.begin(), tagsOf.end(), byAnnotation);
    // The sorted keys on their own, searched once a row: 16 bytes an entry rather than 40 keeps
    // more of the binary search in cache.
    std::vector<IdKey> tagKeys;
    tagKeys.reserve(tagsOf.size());
    for (const TagOf &tag : tagsOf)
        tagKeys.push_back(tag.annotation);

    auto rows = query(sql.annotations.constData());
    if (!rows)
        return rows.error();
    static const auto kinds = storedNames(allAnnotationKinds());
    static const auto states = storedNames(QList<AnchorState>{
        AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned});
    // One row object for all rows, its buffers reused (see assignBytes()); a visitor that keeps
    // a column shares it, and the next row's write then leaves that copy alone.
    StoredAnnotation a;
    for (;;) {
        auto row = rows->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        assignIdText(a.id, *rows, 0);
        assignIdText(a.articleId, *rows, 1);
        assignIdText(a.setId, *rows, 2);
        a.kind = storedKind(rows->text(3), kinds, annotationKindFromString, AnnotationKind::Note);
        a.start = rows->integer(4);
        a.end = rows->integer(5);
        assignBytes(a.exact, rows->text(6));
        assignBytes(a.prefix, rows->text(7));
        assignBytes(a.suffix, rows->text(8));
        assignIdText(a.actorId, *rows, 9);
        const auto [first, last] = std::equal_range(tagKeys.begin(), tagKeys.end(), IdKey(a.id));
        a.tagIds.clear(); // keeps the capacity
        for (auto key = first; key != last; ++key)
            a.tagIds.append(tagsOf[size_t(key - tagKeys.begin())].tagId);
        assignBytes(a.comment, rows->text(10));
        assignBytes(a.author, rows->text(11));
        assignTimeText(a.created, rows->text(12));
        assignTimeText(a.modified, rows->text(13));
        a.anchorState =
            storedKind(rows->text(14), states, anchorStateFromString, AnchorState::Exact);
        visit(std::move(a));
    }
    return success();
}

// Through Qt SQL's connection, which alone sees what a write has not committed yet.
Status readThroughQt(const Database &database,
                     const std::function<void(StoredAnnotation &&)> &visit);

} // namespace stored

} // namespace counterpoint
