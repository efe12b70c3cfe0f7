// CSV as RFC 4180 describes it: UTF-8 without a byte order mark, CRLF between records, a cell
// quoted when it holds a comma, a quote or a line break. Positions are Unicode code points, as in
// the W3C export, so that both agree and a script's len() counts the same way.
#include "exchange/common/ExportData.h"

#include <QtConcurrent/QtConcurrentRun>

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

// Everything a record needs besides its own row, worked out once before the first record and
// only read afterwards, so that several threads can format records at once.
class CsvRecords
{
public:
    explicit CsvRecords(const ExportData &data)
        : m_data(data)
        , m_setCells(nameCells(data.sets))
        , m_actorCells(nameCells(data.actors))
    {
        // The links of each annotation by the text of its id, as "kind:other id", sorted (stable
        // between runs, unlike the order of a hash) and joined. One flat list sorted once: a hash
        // of 40,000 small lists cost a tenth of a large export.
        struct Link
        {
            QUuid annotation;
            QByteArray text;
        };
        std::vector<Link> links;
        links.reserve(2 * size_t(data.allRelations.size()));
        for (const Relation &r : data.allRelations) {
            const QByteArray from = r.fromId.toByteArray(QUuid::WithoutBraces);
            const QByteArray to = r.toId.toByteArray(QUuid::WithoutBraces);
            links.push_back({r.fromId, toString(r.kind).toLatin1() + ':' + to});
            links.push_back({r.toId, inverseName(r.kind).toLatin1() + ':' + from});
        }
        std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
            return a.annotation != b.annotation ? a.annotation < b.annotation : a.text < b.text;
        });
        m_linksOf.reserve(qsizetype(links.size()));
        for (auto run = links.begin(); run != links.end();) {
            QByteArray joined = run->text;
            auto next = run + 1;
            for (; next != links.end() && next->annotation == run->annotation; ++next)
                joined += "; " + next->text;
            m_linksOf.insert(run->annotation.toByteArray(QUuid::WithoutBraces), joined);
            run = next;
        }
        for (const Tag &tag : data.tags)
            m_tagNames.insert(&tag, tag.name.toUtf8());
        for (const AnnotationKind kind : allAnnotationKinds())
            m_kinds.append(toString(kind).toUtf8());
        // A reviewed claim's verdict, as its last seven cells with the commas before them.
        for (const Verdict &verdict : data.verdicts) {
            m_verdictCells.insert(
                verdict.annotationId.toByteArray(QUuid::WithoutBraces),
                ',' + csvCell(verdict.rating) + ',' + QByteArray::number(verdict.ratingValue) +
                    ',' + QByteArray::number(verdict.worstRating) + ',' +
                    QByteArray::number(verdict.bestRating) + ',' + csvCell(verdict.reviewer) + ',' +
                    (verdict.date.isValid() ? verdict.date.toString(Qt::ISODate).toLatin1()
                                            : QByteArray()) +
                    ',' + csvCell(verdict.url));
        }
        for (const Article &article : data.articles) {
            m_offsets.emplace_back(article.text);
            m_articleCells.append(',' + csvCell(article.title) + ',' + csvCell(article.url) + ',');
            m_pageStarts.append(article.pageStarts);
        }
    }

    // The page or pages of a PDF article that hold the row's passage, "3" or "3–4" (an en dash:
    // a spreadsheet reads "3-4" as a date), empty for an article without pages and for an orphan,
    // whose range no longer says where its quote was.
    QByteArray pageCell(const StoredRow &a) const
    {
        const QList<int> &pages = m_pageStarts.at(a.article);
        if (pages.isEmpty() || a.anchorState == AnchorState::Orphaned)
            return {};
        const int first = pageOfOffset(pages, a.start);
        const int last = pageOfOffset(pages, std::max(a.start, a.end - 1));
        QByteArray cell = QByteArray::number(first);
        if (last != first)
            cell += "\xE2\x80\x93" + QByteArray::number(last); // U+2013 EN DASH in UTF-8
        return cell;
    }

    // Appends the record of row a to out; tagNames is scratch space, kept between calls so that
    // its memory is reused.
    void append(QByteArray &out, const StoredRow &a, QByteArray &tagNames) const
    {
        tagNames.resize(0); // resize, not clear(): keeps the capacity for the next row
        const auto tags = m_data.tagsOf(a);
        for (size_t i = 0; i < tags.size(); ++i) {
            if (i > 0)
                tagNames.append("; ");
            if (const Tag *tag = tags[i])
                tagNames.append(valueOr(m_tagNames, tag));
        }
        const QByteArrayView id = m_data.text(a, StoredRow::Id);
        // fromRawData: a key to look up with, without copying the bytes.
        const QByteArray &links = valueOr(m_linksOf, QByteArray::fromRawData(id.data(), id.size()));
        static const QByteArray noVerdict(",,,,,,,");
        const QByteArray &verdictCells =
            m_verdictCells.isEmpty()
                ? noVerdict
                : valueOr(m_verdictCells, QByteArray::fromRawData(id.data(), id.size()));
        const QByteArrayView set = valueOr(m_setCells, a.set);
        const QByteArrayView articleCells = m_articleCells.at(a.article);
        const QByteArrayView kind = m_kinds.at(int(a.kind));
        const QByteArrayView actor = valueOr(m_actorCells, a.actor);
        const QByteArrayView exact = m_data.text(a, StoredRow::Exact);
        const QByteArrayView prefix = m_data.text(a, StoredRow::Prefix);
        const QByteArrayView suffix = m_data.text(a, StoredRow::Suffix);
        const QByteArrayView comment = m_data.text(a, StoredRow::Comment);
        const QByteArrayView created = m_data.text(a, StoredRow::Created);
        const QByteArrayView modified = m_data.text(a, StoredRow::Modified);
        const QByteArrayView author = m_data.text(a, StoredRow::Author);
        const CodePointMap &offsets = m_offsets[size_t(a.article)];
        const QByteArray page = pageCell(a);

        using W = RecordWriter;
        const qsizetype most = id.size() + set.size() + articleCells.size() + kind.size() +
                               actor.size() + created.size() + modified.size() +
                               2 * W::maxNumberSize + W::maxCellSize(tagNames.size()) +
                               W::maxCellSize(exact.size()) + W::maxCellSize(prefix.size()) +
                               W::maxCellSize(suffix.size()) + W::maxCellSize(comment.size()) +
                               W::maxCellSize(author.size()) + W::maxCellSize(links.size()) +
                               std::max(verdictCells.size(), noVerdict.size()) + page.size() +
                               17 /* commas */ + 2 /* CRLF */;
        const qsizetype used = out.size();
        out.resize(used + most); // uninitialised; given back below
        W row(out.data() + used);
        row.raw(id).raw(',').raw(set).raw(articleCells).raw(kind).raw(',').raw(actor).raw(',');
        row.cell(tagNames).raw(',').cell(exact).raw(',').cell(prefix).raw(',').cell(suffix);
        row.raw(',').number(offsets.toCodePoints(a.start)).raw(',');
        row.number(offsets.toCodePoints(a.end)).raw(',').cell(comment).raw(',');
        row.raw(created).raw(',').raw(modified).raw(',').cell(author).raw(',').cell(links);
        row.raw(verdictCells.isEmpty() ? QByteArrayView(noVerdict) : QByteArrayView(verdictCells));
        row.raw(',').raw(page).raw("\r\n");
        out.resize(row.end() - out.constData()); // keeps the capacity
    }

    // The records of rows [first, last) in one buffer.
    QByteArray block(qsizetype first, qsizetype last) const
    {
        QByteArray out;
        out.reserve(blockReserve);
        QByteArray tagNames;
        for (qsizetype i = first; i < last; ++i)
            append(out, m_data.storedRows[size_t(i)], tagNames);
        return out;
    }

private:
    static constexpr qsizetype blockReserve = 1 << 20;

    const ExportData &m_data;
    QHash<QByteArray, QByteArray> m_linksOf;
    QHash<QByteArray, QByteArray> m_verdictCells; // by annotation id as stored
    QHash<const Tag *, QByteArray> m_tagNames;
    QHash<const AnnotationSet *, QByteArray> m_setCells;
    QHash<const Actor *, QByteArray> m_actorCells;
    QByteArrayList m_kinds;
    std::vector<CodePointMap> m_offsets; // by article index
    QByteArrayList m_articleCells;       // title and URL, with the commas around them
    QList<QList<int>> m_pageStarts;      // by article index, empty for an article without pages
};

} // namespace

Status writeCsv(const ExportData &data, Sink &out, const ExportProgress &progress, bool utf8Bom)
{
    if (utf8Bom)
        out << "\xEF\xBB\xBF";
    out << "id,set,article title,article URL,kind,actor,tags,quote,prefix,suffix,start,end,"
           "comment,created,modified,author,related ids,verdict,rating value,worst rating,"
           "best rating,reviewer,reviewed,review URL,page\r\n";
    const CsvRecords records(data);

    // Formatting the records costs far more than writing them, so a second thread formats
    // every other block while this one formats the block before it and writes both in order:
    // the output stays byte for byte what one thread writes, two blocks are held at a time,
    // and progress and cancellation stay on the caller's thread.
    constexpr qsizetype rowsPerBlock = 2048;
    const auto total = qsizetype(data.storedRows.size());
    for (qsizetype first = 0; first < total; first += 2 * rowsPerBlock) {
        const qsizetype second = std::min(first + rowsPerBlock, total);
        const qsizetype end = std::min(second + rowsPerBlock, total);
        QFuture<QByteArray> ahead;
        if (second < end)
            ahead =
                QtConcurrent::run([&records, second, end] { return records.block(second, end); });
        out << records.block(first, second);
        if (ahead.isValid())
            out << ahead.result();
        if (progress && !progress(end, total))
            return cancelled();
    }
    return out.flush();
}

} // namespace counterpoint::exporting
