#include "ExportData.h"

#include "log/LogCategories.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <tuple>

namespace counterpoint::exporting {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};
} // namespace

CodePointMap::CodePointMap(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            m_pairStarts.push_back(int(i++));
    }
}

int CodePointMap::toCodePoints(int utf16) const
{
    // Every pair that starts before the offset counts two units as one code point.
    const auto before = std::lower_bound(m_pairStarts.begin(), m_pairStarts.end(), utf16);
    return utf16 - int(before - m_pairStarts.begin());
}

int CodePointMap::toUtf16(int codePoints) const
{
    int utf16 = codePoints;
    for (const int pairStart : m_pairStarts) {
        if (pairStart >= utf16)
            break;
        ++utf16;
    }
    return utf16;
}

const Article *ExportData::articleOf(const Annotation &annotation) const
{
    const auto found = articleIndex.constFind(annotation.articleId);
    return found == articleIndex.constEnd() ? nullptr : &articles.at(*found);
}

QString ExportData::articleIri(const Article &article)
{
    return article.url.isEmpty() ? urn(article.id) : article.url;
}

namespace {

QByteArray idBytes(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toLatin1();
}

template<class Item> const Item *findIn(const QHash<QUuid, Item> &items, const QUuid &id)
{
    const auto found = items.constFind(id);
    return found == items.constEnd() ? nullptr : &*found;
}

// Looks up an item by the stored text of its id; null when there is none.
template<class Item> class ByIdText
{
public:
    explicit ByIdText(const QHash<QUuid, Item> &items)
    {
        for (const Item &item : items)
            m_items.insert(idBytes(item.id), &item);
    }
    const Item *find(const QByteArray &id) const { return m_items.value(id); }

private:
    QHash<QByteArray, const Item *> m_items;
};

// Room in text for one more row of rowSize bytes. Once a thousand of the rowsExpected rows are
// in, the buffer is sized for all of them at the same average, plus a tenth: growing 38 MB by
// doubling would copy it over and over. Never beyond mostBytes (the project file's size, which
// holds all of that text), should the first rows be far longer than the rest; rowsExpected and
// mostBytes are 0 when unknown.
void reserveText(QByteArray &text, qsizetype rowSize, qsizetype rowsRead, qsizetype rowsExpected,
                 qint64 mostBytes)
{
    const qsizetype needed = text.size() + rowSize;
    if (needed <= text.capacity())
        return;
    qsizetype wanted = std::max(needed, 2 * text.capacity());
    if (rowsRead >= 1000 && rowsExpected > rowsRead && mostBytes > 0) {
        const qint64 estimate = qint64(text.size()) / rowsRead * rowsExpected * 11 / 10;
        wanted = std::max(needed, qsizetype(std::min(estimate, mostBytes)));
    }
    text.reserve(wanted);
}

// A few annotations out of many are looked up one by one: reading every row to keep fifty (the
// export dialog's preview) took as long as exporting them all.
bool looksUpEach(const ExportScope &scope)
{
    constexpr qsizetype lookupLimit = 1000;
    return scope.kind == ExportScope::Kind::Annotations &&
           scope.annotationIds.size() <= lookupLimit;
}

// The annotations scope names by id, each once; an id that names none is passed over, as a full
// read would.
Status forEachListedAnnotation(const Project &project, const ExportScope &scope,
                               const std::function<void(Annotation &&)> &visit)
{
    QSet<QUuid> seen;
    for (const QUuid &id : scope.annotationIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto annotation = project.annotation(id);
        if (!annotation) {
            if (annotation.error().code == Error::Code::NotFound)
                continue;
            return annotation.error();
        }
        visit(std::move(annotation).value());
    }
    return success();
}

// Appends the stored rows in scope to data, the articles they name to articleIds in first-use
// order; each row's article is its index in articleIds until the caller sorts the articles.
Status readStoredRows(const Project &project, const ExportScope &scope, ExportData &data,
                      QList<QUuid> &articleIds, QList<Relation> &relations)
{
    QSet<QByteArray> wanted;
    for (const QUuid &id :
         scope.kind == ExportScope::Kind::Sets ? scope.setIds : scope.annotationIds)
        wanted.insert(idBytes(id));
    const ByIdText<AnnotationSet> sets(data.sets);
    const ByIdText<Actor> actors(data.actors);
    const ByIdText<Tag> tags(data.tags);
    QHash<QByteArray, qsizetype> articleOrdinal;
    qsizetype rowsExpected = 0; // known for the whole project only
    const qint64 fileSize = QFileInfo(project.filePath()).size(); // 0 for a server
    if (auto count = project.annotationCount(); count && scope.kind == ExportScope::Kind::Project) {
        rowsExpected = *count;
        data.storedRows.reserve(size_t(rowsExpected));
    }
    const auto keep = [&](StoredAnnotation &&a) {
        if (scope.kind != ExportScope::Kind::Project &&
            !wanted.contains(scope.kind == ExportScope::Kind::Sets ? a.setId : a.id))
            return;
        StoredRow row;
        auto ordinal = articleOrdinal.constFind(a.articleId);
        if (ordinal == articleOrdinal.constEnd()) {
            ordinal = articleOrdinal.insert(a.articleId, articleIds.size());
            articleIds.append(QUuid::fromString(QLatin1StringView(a.articleId)));
        }
        row.article = *ordinal;
        row.start = a.start;
        row.end = a.end;
        row.kind = a.kind;
        row.anchorState = a.anchorState;
        row.set = sets.find(a.setId);
        row.actor = actors.find(a.actorId);
        row.firstTag = qsizetype(data.storedTags.size());
        row.tagCount = a.tagIds.size();
        for (const QByteArray &tagId : std::as_const(a.tagIds))
            data.storedTags.push_back(tags.find(tagId));
        // Copied into one buffer, in the order of StoredRow::Text: the driver's own copies are
        // freed at once and their memory reused for the next row, rather than 800,000 small
        // buffers kept to the end. One size check a row, not one a text.
        const QByteArray *texts[StoredRow::TextCount] = {
            &a.id, &a.exact, &a.prefix, &a.suffix, &a.comment, &a.author, &a.created, &a.modified};
        qsizetype rowSize = 0;
        for (int i = 0; i < StoredRow::TextCount; ++i)
            rowSize += row.textSizes[i] = texts[i]->size();
        row.textOffset = data.storedText.size();
        reserveText(data.storedText, rowSize, qsizetype(data.storedRows.size()), rowsExpected,
                    fileSize);
        data.storedText.resize(row.textOffset + rowSize); // uninitialised, filled here
        char *to = data.storedText.data() + row.textOffset;
        for (const QByteArray *text : texts) {
            if (!text->isEmpty())
                std::memcpy(to, text->constData(), size_t(text->size()));
            to += text->size();
        }
        data.storedRows.push_back(row);
    };
    if (looksUpEach(scope)) {
        if (Status read = forEachListedAnnotation(
                project, scope,
                [&keep](Annotation &&annotation) { keep(storedAnnotationOf(annotation)); });
            !read)
            return read;
        auto all = project.relations();
        if (!all)
            return all.error();
        relations = std::move(all).value();
        return success();
    }
    // The relations come with the rows, from the same snapshot of the file.
    return project.forEachStoredAnnotation(keep, &relations);
}

} // namespace

Result<ExportData> loadExportData(const Project &project, const ExportScope &scope,
                                  AnnotationForm form, bool everyArticle)
{
    ExportData data;
    data.projectName = project.name();

    // Actors, tags and sets first: the stored rows point at them.
    auto actors = project.actors();
    auto tags = project.tags();
    auto sets = project.annotationSets();
    if (!actors)
        return actors.error();
    if (!tags)
        return tags.error();
    if (!sets)
        return sets.error();
    for (const Actor &actor : std::as_const(*actors))
        data.actors.insert(actor.id, actor);
    for (const Tag &tag : std::as_const(*tags))
        data.tags.insert(tag.id, tag);
    for (const AnnotationSet &set : std::as_const(*sets))
        data.sets.insert(set.id, set);

    QList<QUuid> articlesInScope;
    QList<Relation> allRelations;
    if (form == AnnotationForm::StoredText) {
        if (const Status read = readStoredRows(project, scope, data, articlesInScope, allRelations);
            !read)
            return read.error();
    } else {
        const QSet<QUuid> wanted(
            scope.kind == ExportScope::Kind::Sets
                ? QSet<QUuid>(scope.setIds.begin(), scope.setIds.end())
                : QSet<QUuid>(scope.annotationIds.begin(), scope.annotationIds.end()));
        // Streamed and sorted once below: annotations() would sort them a first time for
        // nothing.
        const auto keep = [&](Annotation &&annotation) {
            const bool inScope =
                scope.kind == ExportScope::Kind::Project ||
                wanted.contains(scope.kind == ExportScope::Kind::Sets ? annotation.setId
                                                                      : annotation.id);
            if (inScope)
                data.annotations.append(std::move(annotation));
        };
        const Status read = looksUpEach(scope) ? forEachListedAnnotation(project, scope, keep)
                                               : project.forEachAnnotation(keep);
        if (!read)
            return read.error();
        auto relations = project.relations();
        if (!relations)
            return relations.error();
        allRelations = std::move(relations).value();
        QSet<QUuid> seen;
        for (const Annotation &annotation : std::as_const(data.annotations)) {
            if (!seen.contains(annotation.articleId)) {
                seen.insert(annotation.articleId);
                articlesInScope.append(annotation.articleId);
            }
        }
    }

    if (everyArticle && scope.kind == ExportScope::Kind::Project) {
        auto titles = project.articleTitles();
        if (!titles)
            return titles.error();
        const QSet<QUuid> known(articlesInScope.cbegin(), articlesInScope.cend());
        for (const ArticleTitle &title : std::as_const(*titles)) {
            if (!known.contains(title.id))
                articlesInScope.append(title.id);
        }
    }
    // Only the articles in scope, one by one: articleSummaries() counts every article's
    // annotations by kind, which costs seconds on a large project.
    for (const QUuid &id : std::as_const(articlesInScope)) {
        auto article = project.article(id);
        if (!article)
            return article.error();
        data.articles.append(std::move(article).value());
    }
    // The order the article list shows: by import time, then title.
    std::sort(data.articles.begin(), data.articles.end(), [](const Article &a, const Article &b) {
        return std::pair(a.importedAt, a.title) < std::pair(b.importedAt, b.title);
    });
    for (qsizetype i = 0; i < data.articles.size(); ++i)
        data.articleIndex.insert(data.articles.at(i).id, i);
    // Annotations in the project's article order, then by position, so every format reads the
    // articles in the order the article list shows them; equal ranges by id, so that the order
    // does not depend on how the rows were read (all of them, or a few looked up by id).
    std::sort(data.annotations.begin(), data.annotations.end(),
              [&](const Annotation &a, const Annotation &b) {
                  const qsizetype ia = data.articleIndex.value(a.articleId);
                  const qsizetype ib = data.articleIndex.value(b.articleId);
                  if (ia != ib)
                      return ia < ib;
                  if (a.start != b.start || a.end != b.end)
                      return std::pair(a.start, a.end) < std::pair(b.start, b.end);
                  return a.id < b.id;
              });
    for (StoredRow &row : data.storedRows)
        row.article = data.articleIndex.value(articlesInScope.at(row.article));
    std::sort(data.storedRows.begin(), data.storedRows.end(),
              [&data](const StoredRow &a, const StoredRow &b) {
                  if (std::tie(a.article, a.start, a.end) != std::tie(b.article, b.start, b.end))
                      return std::tie(a.article, a.start, a.end) <
                             std::tie(b.article, b.start, b.end);
                  return data.text(a, StoredRow::Id) < data.text(b, StoredRow::Id);
              });

    // Which annotations are in scope, to keep the relations that touch them. For the whole
    // project that is every relation: both ends are annotations of it (foreign keys), and
    // parsing 100,000 ids into a set only to find that cost a tenth of a CSV export.
    const bool wholeProject = scope.kind == ExportScope::Kind::Project;
    QSet<QUuid> annotationIds;
    if (!wholeProject) {
        annotationIds.reserve(data.annotationCount());
        for (const Annotation &annotation : std::as_const(data.annotations))
            annotationIds.insert(annotation.id);
        for (const StoredRow &row : data.storedRows)
            annotationIds.insert(
                QUuid::fromString(QLatin1StringView(data.text(row, StoredRow::Id))));
    }
    const auto inScope = [&](const QUuid &id) {
        return wholeProject || annotationIds.contains(id);
    };
    // Verdicts are few (one per reviewed claim): read them all, keep those in scope.
    auto verdicts = project.verdicts();
    if (!verdicts)
        return verdicts.error();
    for (const Verdict &verdict : std::as_const(*verdicts)) {
        if (inScope(verdict.annotationId))
            data.verdicts.insert(verdict.annotationId, verdict);
    }
    data.defaultSet = data.sets.value(project.defaultAnnotationSetId());
    // Memos are few (one per article and actor at most): read them all.
    auto memos = project.memos();
    if (!memos)
        return memos.error();
    for (const Memo &memo : std::as_const(*memos)) {
        if (memo.subject == MemoSubject::Project)
            data.projectMemo = memo.text;
        else if (memo.subject == MemoSubject::Article)
            data.articleMemos.insert(memo.subjectId, memo.text);
        else
            data.actorMemos.insert(memo.subjectId, memo.text);
    }

    for (const Relation &relation : std::as_const(allRelations)) {
        const bool from = inScope(relation.fromId);
        const bool to = inScope(relation.toId);
        if (from || to)
            data.allRelations.append(relation);
        if (from && to)
            data.relations.append(relation);
    }

    QSet<QUuid> seenActors, seenTags, seenSets;
    const auto use = [](const auto *item, QSet<QUuid> &seen, QList<QUuid> &used) {
        if (item && !seen.contains(item->id)) {
            seen.insert(item->id);
            used.append(item->id);
        }
    };
    for (const Annotation &annotation : std::as_const(data.annotations)) {
        use(findIn(data.actors, annotation.actorId), seenActors, data.usedActors);
        for (const QUuid &tagId : annotation.tagIds)
            use(findIn(data.tags, tagId), seenTags, data.usedTags);
        use(findIn(data.sets, annotation.setId), seenSets, data.usedSets);
    }
    for (const StoredRow &row : data.storedRows) {
        use(row.actor, seenActors, data.usedActors);
        for (const Tag *tag : data.tagsOf(row))
            use(tag, seenTags, data.usedTags);
        use(row.set, seenSets, data.usedSets);
    }
    return data;
}

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = text.data();
    const char *end = begin + text.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void Sink::jsonUtf8(QByteArrayView text)
{
    appendJsonString(m_buffer, text);
    if (m_buffer.size() >= capacity)
        drain();
}

void Sink::jsonNumber(qint64 value)
{
    m_buffer.append(QByteArray::number(value));
}

void Sink::drain()
{
    write(m_buffer);
    m_buffer.resize(0); // keeps the capacity for the next piece
}

void Sink::write(QByteArrayView bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    errno = 0;
    if (m_device.write(bytes.data(), bytes.size()) == bytes.size())
        return;
    m_failed = true;
    m_cause = writeFailureCause(m_device, errno);
    qCDebug(lcExchange) << "writing" << m_name << "failed:" << m_cause;
}

Status Sink::flush()
{
    drain();
    if (m_failed)
        return writeFailed(m_name, m_cause);
    return success();
}

QString iso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // By hand: QDateTime::toString costs more than the rest of a CSV row together.
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    const int year = date.year();
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = '.';
    put(20, clock.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QString urn(const QUuid &id)
{
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Error cancelled()
{
    return {Error::Code::Cancelled, Messages::tr("The export was cancelled.")};
}

Error writeFailed(const QString &deviceName, const QString &cause)
{
    return {Error::Code::Io, Messages::tr("Cannot write %1: %2").arg(deviceName, cause)};
}

QString writeFailureCause(const QIODevice &device, int errnoAfterWrite)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const QString reason = device.errorString();
    // A file reports ENOSPC as a ResourceError; another device can only leave errno or its
    // words. "Unknown error" is what QIODevice says when the device gave no reason at all.
    const bool full = (file && file->error() == QFileDevice::ResourceError) ||
                      errnoAfterWrite == ENOSPC || errnoAfterWrite == EDQUOT ||
                      reason == QString::fromLocal8Bit(std::strerror(ENOSPC));
    if (full)
        return Messages::tr("the disk is full (no space left on the device)");
    if (reason.isEmpty() || reason == u"Unknown error") {
        qCDebug(lcExchange) << "a write failed with no reason given; errno" << errnoAfterWrite;
        return errnoAfterWrite != 0 ? QString::fromLocal8Bit(std::strerror(errnoAfterWrite))
                                    : Messages::tr("the device took only part of the data");
    }
    return reason;
}

} // namespace counterpoint::exporting
