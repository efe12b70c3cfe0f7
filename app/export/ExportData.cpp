#include "ExportData.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace counterpoint::exporting {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("counterpoint::export", text);
}
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

Result<ExportData> loadExportData(const Project &project, const ExportScope &scope)
{
    ExportData data;
    data.projectName = project.name();

    const QSet<QUuid> wanted(
        scope.kind == ExportScope::Kind::Sets
            ? QSet<QUuid>(scope.setIds.begin(), scope.setIds.end())
            : QSet<QUuid>(scope.annotationIds.begin(), scope.annotationIds.end()));
    // Streamed and sorted once below: annotations() would sort them a first time for nothing.
    const Status read = project.forEachAnnotation([&](Annotation &&annotation) {
        const bool inScope =
            scope.kind == ExportScope::Kind::Project ||
            wanted.contains(scope.kind == ExportScope::Kind::Sets ? annotation.setId
                                                                  : annotation.id);
        if (inScope)
            data.annotations.append(std::move(annotation));
    });
    if (!read)
        return read.error();

    QSet<QUuid> annotationsInScope;
    annotationsInScope.reserve(data.annotations.size());
    QList<QUuid> articlesInScope;
    for (const Annotation &annotation : std::as_const(data.annotations)) {
        annotationsInScope.insert(annotation.id);
        if (!data.articleIndex.contains(annotation.articleId)) {
            data.articleIndex.insert(annotation.articleId, -1);
            articlesInScope.append(annotation.articleId);
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
    // articles in the order the article list shows them.
    std::stable_sort(data.annotations.begin(), data.annotations.end(),
                     [&](const Annotation &a, const Annotation &b) {
                         const qsizetype ia = data.articleIndex.value(a.articleId);
                         const qsizetype ib = data.articleIndex.value(b.articleId);
                         if (ia != ib)
                             return ia < ib;
                         return std::pair(a.start, a.end) < std::pair(b.start, b.end);
                     });

    auto relations = project.relations();
    if (!relations)
        return relations.error();
    for (const Relation &relation : std::as_const(*relations)) {
        const bool from = annotationsInScope.contains(relation.fromId);
        const bool to = annotationsInScope.contains(relation.toId);
        if (from || to)
            data.allRelations.append(relation);
        if (from && to)
            data.relations.append(relation);
    }

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

    QSet<QUuid> seenActors, seenTags, seenSets;
    for (const Annotation &annotation : std::as_const(data.annotations)) {
        if (!annotation.actorId.isNull() && !seenActors.contains(annotation.actorId) &&
            data.actors.contains(annotation.actorId)) {
            seenActors.insert(annotation.actorId);
            data.usedActors.append(annotation.actorId);
        }
        for (const QUuid &tagId : annotation.tagIds) {
            if (!seenTags.contains(tagId) && data.tags.contains(tagId)) {
                seenTags.insert(tagId);
                data.usedTags.append(tagId);
            }
        }
        if (!seenSets.contains(annotation.setId) && data.sets.contains(annotation.setId)) {
            seenSets.insert(annotation.setId);
            data.usedSets.append(annotation.setId);
        }
    }
    return data;
}

void Sink::jsonString(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_buffer.append('"');
    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_buffer.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_buffer.append("\\\"", 2);
            break;
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_buffer.append(escaped, sizeof escaped);
        }
        }
    }
    m_buffer.append(run, end - run);
    m_buffer.append('"');
    if (m_buffer.size() >= capacity)
        drain();
}

void Sink::jsonNumber(qint64 value)
{
    m_buffer.append(QByteArray::number(value));
}

void Sink::drain()
{
    if (!m_failed && !m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_failed = true;
    }
    m_buffer.resize(0); // keeps the capacity for the next piece
}

Status Sink::flush()
{
    drain();
    if (m_failed)
        return writeFailed(m_name, m_device.errorString());
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
    return {Error::Code::Cancelled, tr("The export was cancelled.")};
}

Error writeFailed(const QString &deviceName, const QString &cause)
{
    return {Error::Code::Io, tr("Cannot write %1: %2").arg(deviceName, cause)};
}

} // namespace counterpoint::exporting
