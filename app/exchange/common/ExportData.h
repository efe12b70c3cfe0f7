#pragma once

#include "Export.h"
#include "domain/Actor.h"
#include "domain/Annotation.h"
#include "domain/AnnotationSet.h"
#include "domain/Article.h"
#include "domain/Relation.h"
#include "domain/Tag.h"
#include "domain/Verdict.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QMultiHash>
#include <QStringBuilder>
#include <QVarLengthArray>

#include <array>
#include <span>
#include <vector>

namespace counterpoint::exporting {

// Offsets in Unicode code points for one text, from the UTF-16 offsets the app keeps inside, and
// back. Only the surrogate pairs are remembered, so a long text costs almost nothing.
class CodePointMap
{
public:
    CodePointMap() = default;
    explicit CodePointMap(QStringView text);
    int toCodePoints(int utf16) const;
    int toUtf16(int codePoints) const;

private:
    std::vector<int> m_pairStarts; // UTF-16 index of each high surrogate that starts a pair
};

// One annotation of an export as the database keeps it, for the formats that print its columns
// unchanged (CSV, JSON-LD): its text stays the UTF-8 the database holds, its references are
// resolved once. Plain data, so that sorting 100,000 of them moves little; the text and tags
// live in ExportData (see ExportData::text() and tagsOf()).
struct StoredRow
{
    enum Text { Id, Exact, Prefix, Suffix, Comment, Author, Created, Modified, TextCount };

    qsizetype article = 0; // index in ExportData::articles
    int start = 0;         // UTF-16 offsets, as in Annotation
    int end = 0;
    AnnotationKind kind = AnnotationKind::Claim;
    AnchorState anchorState = AnchorState::Exact;
    // Into the hashes of the same ExportData, filled before any row; null when unknown.
    const AnnotationSet *set = nullptr;
    const Actor *actor = nullptr;
    qsizetype firstTag = 0; // in ExportData::storedTags, in stored order, null when unknown
    qsizetype tagCount = 0;
    qsizetype textOffset = 0; // in ExportData::storedText, where the row's texts follow in order
    std::array<qsizetype, TextCount> textSizes{};
};

// How loadExportData() reads the annotations: as Annotation objects, or as stored text for the
// formats that only print it (cheaper by far for a large project).
enum class AnnotationForm { Objects, StoredText };

// Everything one export needs, read from the project once.
struct ExportData
{
    QString projectName;
    QList<Article> articles;              // with annotations in scope (or all), in project order
    QHash<QUuid, qsizetype> articleIndex; // id → index in articles
    QList<Annotation> annotations;        // in scope, by article and position (Objects)
    std::vector<StoredRow> storedRows;    // the same, for AnnotationForm::StoredText
    QByteArray storedText;                // the rows' text, one row after another
    std::vector<const Tag *> storedTags;  // the rows' tags, one row after another
    QList<Relation> relations;            // both ends in scope
    QList<Relation> allRelations;         // every relation touching an annotation in scope
    QHash<QUuid, Actor> actors;
    QHash<QUuid, Tag> tags;
    QHash<QUuid, AnnotationSet> sets;
    QList<QUuid> usedActors, usedTags, usedSets; // in first-use order, for stable output
    QHash<QUuid, Verdict> verdicts;              // by annotation, for the annotations in scope
    AnnotationSet defaultSet; // the project's, so that a re-import can keep its id
    // Memos (issue 20): the project's (empty when none), and the articles' and actors' by id,
    // every one the project has (a scope narrows which of them an export prints).
    QString projectMemo;
    QHash<QUuid, QString> articleMemos;
    QHash<QUuid, QString> actorMemos;

    qsizetype annotationCount() const { return annotations.size() + qsizetype(storedRows.size()); }
    QByteArrayView text(const StoredRow &row, StoredRow::Text which) const
    {
        qsizetype offset = row.textOffset;
        for (int before = 0; before < which; ++before)
            offset += row.textSizes[before];
        return QByteArrayView(storedText).sliced(offset, row.textSizes[which]);
    }
    std::span<const Tag *const> tagsOf(const StoredRow &row) const
    {
        return {storedTags.data() + row.firstTag, size_t(row.tagCount)};
    }
    const Article *articleOf(const Annotation &annotation) const;
    // The IRI an export names an article by: its URL when known, else a stable urn:uuid.
    static QString articleIri(const Article &article);
};

// everyArticle: the whole project's articles, also those without annotations (REFI-QDA carries a
// project's sources whether or not they are coded); only for the whole project's scope.
Result<ExportData> loadExportData(const Project &project, const ExportScope &scope,
                                  AnnotationForm form = AnnotationForm::Objects,
                                  bool everyArticle = false);

// Appends text (UTF-8) to out as a JSON string literal, quotes included.
void appendJsonString(QByteArray &out, QByteArrayView text);

// Buffers output and hands it to the device in large pieces; remembers the first write error.
class Sink
{
public:
    Sink(QIODevice &device, const QString &deviceName)
        : m_device(device)
        , m_name(deviceName)
    {
        m_buffer.reserve(capacity + 4096);
    }

    Sink &operator<<(QByteArrayView bytes)
    {
        if (bytes.size() >= capacity) { // a large block goes to the device without a copy
            drain();
            write(bytes);
            return *this;
        }
        m_buffer.append(bytes);
        if (m_buffer.size() >= capacity)
            drain();
        return *this;
    }
    Sink &operator<<(const char *text) { return *this << QByteArrayView(text); }
    Sink &operator<<(const QByteArray &bytes) { return *this << QByteArrayView(bytes); }
    Sink &operator<<(const QString &text) { return *this << QByteArrayView(text.toUtf8()); }
    template<class A, class B> Sink &operator<<(const QStringBuilder<A, B> &text)
    {
        return *this << QString(text);
    }
    Sink &operator<<(char c)
    {
        m_buffer.append(c);
        return *this;
    }
    // Room for at most size bytes at the end of the buffer, to write into directly: one size
    // check for a whole record instead of one per piece. commit() with the end of what was
    // written gives the rest back.
    char *reserve(qsizetype size)
    {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + size); // new bytes are left uninitialised
        return m_buffer.data() + used;
    }
    void commit(const char *end)
    {
        m_buffer.resize(end - m_buffer.constData()); // keeps the capacity
        if (m_buffer.size() >= capacity)
            drain();
    }
    // A JSON string literal, quotes included.
    void jsonString(QStringView text) { jsonUtf8(text.toUtf8()); }
    void jsonUtf8(QByteArrayView text);
    void jsonNumber(qint64 value);

    // Hands what is buffered to the device; fails if any write so far failed.
    Status flush();
    const QString &name() const { return m_name; }

private:
    void drain();
    void write(QByteArrayView bytes);
    static constexpr qsizetype capacity = 1 << 16;
    QIODevice &m_device;
    QString m_name;
    QByteArray m_buffer;
    bool m_failed = false;
    QString m_cause; // why the first failed write failed, read at once: later calls may reset it
};

QString iso(const QDateTime &time); // ISO 8601 in UTC with milliseconds, as the database keeps
QString urn(const QUuid &id);       // urn:uuid:…
QString idText(const QUuid &id);    // without braces

Error cancelled();
Error writeFailed(const QString &deviceName, const QString &cause);
// Why a write to device failed, in words: "the disk is full" when it is (a file's ENOSPC, or
// errnoAfterWrite, errno as the failed write left it), else the device's own reason.
QString writeFailureCause(const QIODevice &device, int errnoAfterWrite = 0);

// Calls progress every so often; false once the user cancelled.
class ProgressTicker
{
public:
    ProgressTicker(const ExportProgress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {}
    bool step(qint64 done)
    {
        if (!m_progress || (done % 500 != 0 && done != m_total))
            return true;
        return m_progress(done, m_total);
    }
    bool finish() { return !m_progress || m_progress(m_total, m_total); }

private:
    const ExportProgress &m_progress;
    qint64 m_total;
};

// One writer per format.
Status writeJsonLd(const ExportData &data, Sink &sink, const ExportProgress &progress);
// utf8Bom: begin with EF BB BF, for Excel (see ExportOptions).
Status writeCsv(const ExportData &data, Sink &sink, const ExportProgress &progress,
                bool utf8Bom = false);
Status writeMarkdownReport(const ExportData &data, Sink &sink, const ExportProgress &progress);
Status writeHtmlReport(const ExportData &data, Sink &sink, const ExportProgress &progress);
Status writePdfReport(const ExportData &data, QIODevice &device, const QString &deviceName,
                      const ExportProgress &progress);
Status writeQdpx(const ExportData &data, QIODevice &device, const QString &deviceName,
                 const ExportProgress &progress);
Status writeAif(const ExportData &data, Sink &sink, const ExportProgress &progress);
// schema.org ClaimReview JSON-LD: one review per claim or counterclaim with a verdict.
Status writeClaimReview(const ExportData &data, Sink &sink, const ExportProgress &progress);
// The claims and counterclaims of data that have a verdict, in the export's order.
QList<const Annotation *> reviewedClaims(const ExportData &data);
// What a ClaimReview export of data leaves out that Google requires or recommends, a line each.
QStringList claimReviewWarnings(const ExportData &data);

} // namespace counterpoint::exporting
