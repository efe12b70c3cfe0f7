// CSV as RFC 4180 describes it: UTF-8 without a byte order mark, CRLF between records, a cell
// quoted when it holds a comma, a quote or a line break. Positions are Unicode code points, as in
// the W3C export, so that both agree and a script's len() counts the same way.
#include "ExportData.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace counterpoint::exporting {

namespace {

QString inverseName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Rebuts:
        return QStringLiteral("rebutted-by");
    case RelationKind::Supports:
        return QStringLiteral("supported-by");
    case RelationKind::Cites:
        return QStringLiteral("cited-by");
    case RelationKind::SameClaim:
        return QStringLiteral("same-claim");
    }
    return {};
}

// A spreadsheet runs a cell that starts with one of these as a formula (tab, CR and LF can start
// one too after the program strips them): a leading apostrophe makes it text again. All are ASCII,
// so the first byte of the UTF-8 tells.
bool needsNeutralising(QByteArrayView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\n':
        return true;
    default:
        return false;
    }
}

// The bytes that make a cell need quotes, as a table: one load a byte rather than four compares.
constexpr auto quoteTriggers = [] {
    std::array<bool, 256> triggers{};
    triggers[','] = triggers['"'] = triggers['\n'] = triggers['\r'] = true;
    return triggers;
}();

bool needsQuotes(QByteArrayView cell)
{
    return std::any_of(cell.begin(), cell.end(),
                       [](char c) { return quoteTriggers[static_cast<unsigned char>(c)]; });
}

// Writes one record straight into memory reserved for it (see Sink::reserve()), without a
// temporary buffer a cell or a size check a piece: the caller reserves the most the record can
// take, from maxCellSize() and maxNumberSize.
class RecordWriter
{
public:
    explicit RecordWriter(char *at)
        : m_end(at)
    {}

    // Quoted, neutralised, and every byte a quote that gets doubled.
    static constexpr qsizetype maxCellSize(qsizetype size) { return 2 * size + 3; }
    static constexpr qsizetype maxNumberSize = 11; // "-2147483648"

    RecordWriter &raw(QByteArrayView bytes)
    {
        if (!bytes.isEmpty()) // memcpy wants a valid pointer even for no bytes
            std::memcpy(m_end, bytes.data(), size_t(bytes.size()));
        m_end += bytes.size();
        return *this;
    }
    RecordWriter &raw(char c)
    {
        *m_end++ = c;
        return *this;
    }
    // One cell (UTF-8), quoted when it holds a comma, a quote or a line break.
    RecordWriter &cell(QByteArrayView cell)
    {
        const bool neutralise = needsNeutralising(cell);
        if (!needsQuotes(cell)) { // the common case: copied as it is
            if (neutralise)
                raw('\'');
            return raw(cell);
        }
        raw('"');
        if (neutralise)
            raw('\'');
        const char *run = cell.data();
        const char *const end = run + cell.size();
        while (const auto *quote = static_cast<const char *>(std::memchr(run, '"', end - run))) {
            raw(QByteArrayView(run, quote + 1)).raw('"'); // the quote, doubled
            run = quote + 1;
        }
        return raw(QByteArrayView(run, end)).raw('"');
    }
    RecordWriter &number(int value)
    {
        m_end = std::to_chars(m_end, m_end + maxNumberSize, value).ptr;
        return *this;
    }
    const char *end() const { return m_end; }

private:
    char *m_end;
};

QByteArray csvCell(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray cell(RecordWriter::maxCellSize(utf8.size()), Qt::Uninitialized);
    RecordWriter writer(cell.data());
    writer.cell(utf8);
    cell.resize(writer.end() - cell.constData());
    return cell;
}

// Each item's name as a finished cell, worked out once rather than once a row.
template<class Item> QHash<const Item *, QByteArray> nameCells(const QHash<QUuid, Item> &items)
{
    QHash<const Item *, QByteArray> cells;
    for (const Item &item : items)
        cells.insert(&item, csvCell(item.name));
    return cells;
}

// What a hash holds for key, by reference (no copy, no reference count touched a row), or
// nothing.
template<class Key> const QByteArray &valueOr(const QHash<Key, QByteArray> &hash, const Key &key)
{
    static const QByteArray none;
    const auto found = hash.constFind(key);
    return found == hash.constEnd() ? none : *found;
}

} // namespace

Status writeCsv(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    out << "id,set,article title,article URL,kind,actor,tags,quote,prefix,suffix,start,end,"
           "comment,created,modified,author,related ids\r\n";

    // The links of each annotation by the text of its id, as "kind:other id", sorted (stable
    // between runs, unlike the order of a hash) and joined.
    QHash<QByteArray, QByteArrayList> related;
    for (const Relation &r : data.allRelations) {
        related[idText(r.fromId).toLatin1()].append(
            (toString(r.kind) + u':' + idText(r.toId)).toUtf8());
        related[idText(r.toId).toLatin1()].append(
            (inverseName(r.kind) + u':' + idText(r.fromId)).toUtf8());
    }
    QHash<QByteArray, QByteArray> linksOf;
    for (auto links = related.begin(); links != related.end(); ++links) {
        std::sort(links->begin(), links->end());
        linksOf.insert(links.key(), links->join("; "));
    }
    QHash<const Tag *, QByteArray> tagNamesOf;
    for (const Tag &tag : data.tags)
        tagNamesOf.insert(&tag, tag.name.toUtf8());
    const auto setCells = nameCells(data.sets);
    const auto actorCells = nameCells(data.actors);
    QByteArrayList kinds;
    for (const AnnotationKind kind : allAnnotationKinds())
        kinds.append(toString(kind).toUtf8());

    ProgressTicker ticker(progress, data.annotationCount());
    qsizetype articleIndex = -1;
    QByteArray articleCells; // title and URL, with the commas around them
    CodePointMap offsets;
    QByteArray tagNames;
    qint64 done = 0;
    for (const StoredRow &a : data.storedRows) {
        if (a.article != articleIndex) {
            articleIndex = a.article;
            const Article &article = data.articles.at(articleIndex);
            offsets = CodePointMap(article.text);
            articleCells = ',' + csvCell(article.title) + ',' + csvCell(article.url) + ',';
        }
        tagNames.resize(0); // resize, not clear(): keeps the capacity for the next row
        const auto tags = data.tagsOf(a);
        for (size_t i = 0; i < tags.size(); ++i) {
            if (i > 0)
                tagNames.append("; ");
            if (const Tag *tag = tags[i])
                tagNames.append(valueOr(tagNamesOf, tag));
        }
        const QByteArrayView id = data.text(a, StoredRow::Id);
        // fromRawData: a key to look up with, without copying the bytes.
        const QByteArray &links = valueOr(linksOf, QByteArray::fromRawData(id.data(), id.size()));
        const QByteArrayView set = valueOr(setCells, a.set);
        const QByteArrayView kind = kinds.at(int(a.kind));
        const QByteArrayView actor = valueOr(actorCells, a.actor);
        const QByteArrayView exact = data.text(a, StoredRow::Exact);
        const QByteArrayView prefix = data.text(a, StoredRow::Prefix);
        const QByteArrayView suffix = data.text(a, StoredRow::Suffix);
        const QByteArrayView comment = data.text(a, StoredRow::Comment);
        const QByteArrayView created = data.text(a, StoredRow::Created);
        const QByteArrayView modified = data.text(a, StoredRow::Modified);
        const QByteArrayView author = data.text(a, StoredRow::Author);

        using W = RecordWriter;
        const qsizetype most = id.size() + set.size() + articleCells.size() + kind.size() +
                               actor.size() + created.size() + modified.size() +
                               2 * W::maxNumberSize + W::maxCellSize(tagNames.size()) +
                               W::maxCellSize(exact.size()) + W::maxCellSize(prefix.size()) +
                               W::maxCellSize(suffix.size()) + W::maxCellSize(comment.size()) +
                               W::maxCellSize(author.size()) + W::maxCellSize(links.size()) +
                               16 /* commas */ + 2 /* CRLF */;
        W row(out.reserve(most));
        row.raw(id).raw(',').raw(set).raw(articleCells).raw(kind).raw(',').raw(actor).raw(',');
        row.cell(tagNames).raw(',').cell(exact).raw(',').cell(prefix).raw(',').cell(suffix);
        row.raw(',').number(offsets.toCodePoints(a.start)).raw(',');
        row.number(offsets.toCodePoints(a.end)).raw(',').cell(comment).raw(',');
        row.raw(created).raw(',').raw(modified).raw(',').cell(author).raw(',').cell(links);
        row.raw("\r\n");
        out.commit(row.end());
        if (!ticker.step(++done))
            return cancelled();
    }
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting
