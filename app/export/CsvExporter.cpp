// CSV as RFC 4180 describes it: UTF-8 without a byte order mark, CRLF between records, a cell
// quoted when it holds a comma, a quote or a line break. Positions are Unicode code points, as in
// the W3C export, so that both agree and a script's len() counts the same way.
#include "ExportData.h"

#include <algorithm>
#include <charconv>
#include <iterator>

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

// Appends one cell (UTF-8) to a row, quoted when it holds a comma, a quote or a line break.
void csvCell(QByteArray &row, QByteArrayView cell)
{
    const bool neutralise = needsNeutralising(cell);
    bool quote = false;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        row.append('"');
    if (neutralise)
        row.append('\'');
    if (!quote) {
        row.append(cell);
        return;
    }
    qsizetype run = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == '"') {
            row.append(cell.sliced(run, i + 1 - run)).append('"'); // the quote, doubled
            run = i + 1;
        }
    }
    row.append(cell.sliced(run)).append('"');
}

QByteArray csvCell(const QString &text)
{
    QByteArray cell;
    csvCell(cell, text.toUtf8());
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

void appendNumber(QByteArray &row, int value)
{
    char digits[16];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    row.append(digits, written.ptr - digits);
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
    QByteArray row, tagNames;
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

        row.resize(0);
        row.append(id).append(',');
        row.append(valueOr(setCells, a.set));
        row.append(articleCells).append(kinds.at(int(a.kind))).append(',');
        row.append(valueOr(actorCells, a.actor)).append(',');
        csvCell(row, tagNames);
        row.append(',');
        csvCell(row, data.text(a, StoredRow::Exact));
        row.append(',');
        csvCell(row, data.text(a, StoredRow::Prefix));
        row.append(',');
        csvCell(row, data.text(a, StoredRow::Suffix));
        row.append(',');
        appendNumber(row, offsets.toCodePoints(a.start));
        row.append(',');
        appendNumber(row, offsets.toCodePoints(a.end));
        row.append(',');
        csvCell(row, data.text(a, StoredRow::Comment));
        row.append(',').append(data.text(a, StoredRow::Created)).append(',');
        row.append(data.text(a, StoredRow::Modified)).append(',');
        csvCell(row, data.text(a, StoredRow::Author));
        row.append(',');
        csvCell(row, links);
        row.append("\r\n");
        out << row;
        if (!ticker.step(++done))
            return cancelled();
    }
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting
