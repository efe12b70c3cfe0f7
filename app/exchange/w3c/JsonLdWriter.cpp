// W3C Web Annotation (JSON-LD): one AnnotationCollection whose single page holds every
// annotation, then one linking annotation per relation. What the model has no term for (actor,
// annotation set, anchor state, the articles themselves) goes under the "cp:" prefix, so another
// client reads the standard part and our importer can restore the rest exactly.
//
// The output is written as a stream, not built as a QJsonDocument: 100,000 annotations as a DOM
// would cost several times the memory and time of the text itself.
#include "exchange/common/ExportData.h"

#include <QCoreApplication>

namespace counterpoint::exporting {

namespace {

void field(Sink &out, const char *name)
{
    out << '"' << QByteArrayView(name) << "\":";
}

void stringField(Sink &out, const char *name, QStringView value)
{
    field(out, name);
    out.jsonString(value);
}

void creator(Sink &out, const QString &author)
{
    if (author.isEmpty())
        return; // unknown: no creator rather than a person called ""
    field(out, "creator");
    out << "{\"type\":\"Person\",\"name\":";
    out.jsonString(author);
    out << '}';
}

void writeArticles(const ExportData &data, Sink &out)
{
    field(out, "cp:articles");
    out << '[';
    bool first = true;
    for (const Article &article : data.articles) {
        out << (first ? "\n  {" : ",\n  {");
        first = false;
        stringField(out, "id", urn(article.id));
        out << ',';
        stringField(out, "cp:title", article.title);
        if (!article.url.isEmpty()) {
            out << ',';
            stringField(out, "cp:url", article.url);
        }
        out << ',';
        stringField(out, "cp:publisher", article.publisher);
        out << ',';
        stringField(out, "cp:author", article.author);
        out << ',';
        stringField(out, "cp:published", article.published);
        out << ',';
        stringField(out, "cp:format", toString(article.format));
        out << ',';
        stringField(out, "cp:sourceFileName", article.sourceFileName);
        out << ',';
        stringField(out, "cp:contentHash", article.contentHash);
        out << ',';
        stringField(out, "cp:importedAt", iso(article.importedAt));
        if (const QString memo = data.articleMemos.value(article.id); !memo.isEmpty()) {
            out << ',';
            stringField(out, "cp:memo", memo);
        }
        out << ',';
        // The canonical text travels along, so the export can be opened by a colleague whose
        // project does not hold the articles yet.
        stringField(out, "cp:text", article.text);
        // The file as it was imported (Markdown, HTML, PDF), so that a re-import keeps its
        // format and bytes; left out only for a plain text that is the text itself.
        if (article.format != ArticleFormat::PlainText ||
            article.original != article.text.toUtf8()) {
            out << ',';
            stringField(out, "cp:original", QString::fromLatin1(article.original.toBase64()));
        }
        // Where a PDF's pages begin in the text, so that a re-import can still cite pages.
        if (!article.pageStarts.isEmpty()) {
            out << ",\"cp:pageStarts\":[";
            for (qsizetype i = 0; i < article.pageStarts.size(); ++i) {
                if (i > 0)
                    out << ',';
                out.jsonNumber(article.pageStarts.at(i));
            }
            out << ']';
        }
        out << '}';
    }
    out << "],\n";
}

template<class Item, class Write>
void writeList(Sink &out, const char *name, const QList<QUuid> &ids,
               const QHash<QUuid, Item> &items, Write write)
{
    field(out, name);
    out << '[';
    bool first = true;
    for (const QUuid &id : ids) {
        out << (first ? "{" : ",{");
        first = false;
        const Item &item = items[id];
        stringField(out, "id", urn(item.id));
        out << ',';
        stringField(out, "name", item.name);
        write(item);
        out << '}';
    }
    out << "],\n";
}

// The parts of an annotation that depend on what it points at, written out once per set, actor,
// tag and article rather than once per annotation.
class Fragments
{
public:
    explicit Fragments(const ExportData &data)
    {
        for (const AnnotationSet &set : data.sets)
            m_sets.insert(&set, namedRef("cp:set", set.id, set.name));
        for (const Actor &actor : data.actors)
            m_actors.insert(&actor, namedRef("cp:actor", actor.id, actor.name));
        for (const Tag &tag : data.tags) {
            QByteArray text = ",{\"id\":";
            appendJsonString(text, urn(tag.id).toUtf8());
            text += ",\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":";
            appendJsonString(text, tag.name.toUtf8());
            m_tags.insert(&tag, text + '}');
        }
        for (const AnnotationKind kind : allAnnotationKinds())
            m_kinds.append(json(toString(kind)));
        for (const AnchorState state :
             {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned})
            m_states.append(json(toString(state)));
        for (const Verdict &verdict : data.verdicts) {
            QByteArray text = ",\"cp:verdict\":{\"cp:rating\":" + json(verdict.rating) +
                              ",\"cp:ratingValue\":" + QByteArray::number(verdict.ratingValue) +
                              ",\"cp:worstRating\":" + QByteArray::number(verdict.worstRating) +
                              ",\"cp:bestRating\":" + QByteArray::number(verdict.bestRating);
            if (!verdict.reviewer.isEmpty())
                text += ",\"cp:reviewer\":" + json(verdict.reviewer);
            if (verdict.date.isValid())
                text += ",\"cp:reviewed\":" + json(verdict.date.toString(Qt::ISODate));
            if (!verdict.url.isEmpty())
                text += ",\"cp:url\":" + json(verdict.url);
            m_verdicts.insert(verdict.annotationId.toByteArray(QUuid::WithoutBraces), text + '}');
        }
    }
    // The verdict of the annotation whose id (as stored) is id, empty when it has none.
    const QByteArray &verdict(QByteArrayView id) const
    {
        static const QByteArray none;
        if (m_verdicts.isEmpty())
            return none;
        const auto found = m_verdicts.constFind(QByteArray::fromRawData(id.data(), id.size()));
        return found == m_verdicts.constEnd() ? none : *found;
    }
    // By reference, empty for an unknown one: no copy and no reference count touched a row.
    const QByteArray &set(const AnnotationSet *set) const { return find(m_sets, set); }
    const QByteArray &actor(const Actor *actor) const { return find(m_actors, actor); }
    const QByteArray &tag(const Tag *tag) const { return find(m_tags, tag); }
    const QByteArray &kind(AnnotationKind kind) const { return m_kinds.at(int(kind)); }
    const QByteArray &state(AnchorState state) const { return m_states.at(int(state)); }
    // "source" and "cp:article" of the target.
    static QByteArray target(const Article &article)
    {
        QByteArray text = "\"source\":";
        appendJsonString(text, ExportData::articleIri(article).toUtf8());
        text += ",\"cp:article\":";
        appendJsonString(text, urn(article.id).toUtf8());
        return text;
    }

private:
    template<class Item>
    static const QByteArray &find(const QHash<const Item *, QByteArray> &fragments,
                                  const Item *item)
    {
        static const QByteArray none;
        const auto found = fragments.constFind(item);
        return found == fragments.constEnd() ? none : *found;
    }
    static QByteArray json(const QString &text)
    {
        QByteArray literal;
        appendJsonString(literal, text.toUtf8());
        return literal;
    }
    static QByteArray namedRef(const char *name, const QUuid &id, const QString &label)
    {
        QByteArray text = ",\"" + QByteArray(name) + "\":{\"id\":";
        appendJsonString(text, urn(id).toUtf8());
        text += ",\"name\":";
        appendJsonString(text, label.toUtf8());
        return text + '}';
    }

    QHash<const AnnotationSet *, QByteArray> m_sets;
    QHash<const Actor *, QByteArray> m_actors;
    QHash<const Tag *, QByteArray> m_tags;
    QByteArrayList m_kinds, m_states;
    QHash<QByteArray, QByteArray> m_verdicts; // by annotation id as stored
};

// Text the database keeps in a form JSON needs no escaping for (ids, ISO times), in quotes.
void plain(Sink &out, QByteArrayView text)
{
    out << '"' << text << '"';
}

void writeAnnotation(const ExportData &data, const Fragments &fragments, Sink &out,
                     const StoredRow &a, const QByteArray &target, const CodePointMap &offsets)
{
    out << "\n  {\"id\":\"urn:uuid:" << data.text(a, StoredRow::Id)
        << "\",\"type\":\"Annotation\",\"motivation\":\"classifying\",\"created\":";
    plain(out, data.text(a, StoredRow::Created));
    out << ",\"modified\":";
    plain(out, data.text(a, StoredRow::Modified));
    // No creator at all for an annotation whose author is unknown (one imported without one):
    // an empty name would read as a person called "".
    if (const auto author = data.text(a, StoredRow::Author); !author.isEmpty()) {
        out << ",\"creator\":{\"type\":\"Person\",\"name\":";
        out.jsonUtf8(author);
        out << '}';
    }
    out << fragments.set(a.set) << fragments.actor(a.actor)
        << ",\"cp:anchorState\":" << fragments.state(a.anchorState)
        << fragments.verdict(data.text(a, StoredRow::Id))
        << ",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":"
        << fragments.kind(a.kind) << '}';
    for (const Tag *tag : data.tagsOf(a))
        out << fragments.tag(tag); // empty for an unknown tag
    if (!data.text(a, StoredRow::Comment).isEmpty()) {
        out << ",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"format\":\"text/"
               "plain\",\"value\":";
        out.jsonUtf8(data.text(a, StoredRow::Comment));
        out << '}';
    }
    out << "],\"target\":{\"type\":\"SpecificResource\"," << target
        << ",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":";
    out.jsonUtf8(data.text(a, StoredRow::Exact));
    out << ",\"prefix\":";
    out.jsonUtf8(data.text(a, StoredRow::Prefix));
    out << ",\"suffix\":";
    out.jsonUtf8(data.text(a, StoredRow::Suffix));
    out << '}';
    // An orphan's passage is no longer in the text: its quote and state say what it was, and
    // no position pretends to say where it is.
    if (a.anchorState != AnchorState::Orphaned) {
        // The model counts code points; the app counts UTF-16 units. This is the one place
        // where the two meet on the way out.
        out << ",{\"type\":\"TextPositionSelector\",\"start\":";
        out.jsonNumber(offsets.toCodePoints(a.start));
        out << ",\"end\":";
        out.jsonNumber(offsets.toCodePoints(a.end));
        out << '}';
    }
    out << "]}}";
}

void writeLink(Sink &out, const Relation &r)
{
    out << "\n  {";
    stringField(out, "id", urn(r.id));
    out << ",\"type\":\"Annotation\",\"motivation\":\"linking\",";
    stringField(out, "created", iso(r.created));
    out << ',';
    creator(out, r.author);
    out << ",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",";
    stringField(out, "value", toString(r.kind));
    out << '}';
    if (!r.comment.isEmpty()) {
        out << ",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"format\":\"text/plain\",";
        stringField(out, "value", r.comment);
        out << '}';
    }
    // Target order carries the direction: the first end links to the second.
    out << "],\"target\":[";
    out.jsonString(urn(r.fromId));
    out << ',';
    out.jsonString(urn(r.toId));
    out << "]}";
}

} // namespace

Status writeJsonLd(const ExportData &data, Sink &out, const ExportProgress &progress)
{
    // Every term written outside the W3C's context is defined here, inline, so a JSON-LD
    // processor keeps it (an undefined "description" or "color" is dropped on expansion) and
    // nobody needs to fetch a second context to read it.
    out << "{\"@context\":[\"http://www.w3.org/ns/anno.jsonld\","
           "{\"cp\":\"https://counterpoint.example.org/ns#\","
           "\"description\":\"dcterms:description\",\"color\":\"cp:color\"}],\n";
    // The collection and its one page name each other, as the model's paging asks.
    const QString collectionId = urn(QUuid::createUuid());
    const QString pageId = urn(QUuid::createUuid());
    stringField(out, "id", collectionId);
    out << ",\"type\":\"AnnotationCollection\",";
    stringField(out, "label", data.projectName);
    out << ",\"generator\":{\"type\":\"Software\",";
    stringField(out, "name", QString(u"Counterpoint " + QCoreApplication::applicationVersion()));
    out << ",\"homepage\":\"https://counterpoint.example.org\"},";
    stringField(out, "generated", iso(QDateTime::currentDateTimeUtc()));
    out << ",\"total\":";
    out.jsonNumber(data.annotationCount() + data.relations.size());
    out << ",\n";

    // The project's memo (issue 20), so that a re-import into a new project keeps it.
    if (!data.projectMemo.isEmpty()) {
        stringField(out, "cp:memo", data.projectMemo);
        out << ",\n";
    }
    writeArticles(data, out);
    // Which set is the project's default, so that an import into a new project keeps its id.
    if (!data.defaultSet.id.isNull()) {
        field(out, "cp:defaultSet");
        out << '{';
        stringField(out, "id", urn(data.defaultSet.id));
        out << ',';
        stringField(out, "name", data.defaultSet.name);
        out << ',';
        stringField(out, "description", data.defaultSet.description);
        out << "},\n";
    }
    writeList(out, "cp:sets", data.usedSets, data.sets, [&](const AnnotationSet &set) {
        out << ',';
        stringField(out, "description", set.description);
    });
    writeList(out, "cp:actors", data.usedActors, data.actors, [&](const Actor &actor) {
        out << ',';
        stringField(out, "description", actor.description);
        if (const QString memo = data.actorMemos.value(actor.id); !memo.isEmpty()) {
            out << ',';
            stringField(out, "cp:memo", memo);
        }
    });
    writeList(out, "cp:tags", data.usedTags, data.tags, [&](const Tag &tag) {
        out << ',';
        stringField(out, "color", tag.color.name());
        // The tag it is filed under (issue 20), named in full so that an import makes it too.
        if (const auto parent = data.tags.constFind(tag.parentId);
            !tag.parentId.isNull() && parent != data.tags.cend()) {
            out << ",\"cp:parent\":{";
            stringField(out, "id", urn(parent->id));
            out << ',';
            stringField(out, "name", parent->name);
            out << ',';
            stringField(out, "color", parent->color.name());
            out << '}';
        }
    });

    stringField(out, "last", pageId);
    out << ",\n\"first\":{";
    stringField(out, "id", pageId);
    out << ",\"type\":\"AnnotationPage\",";
    stringField(out, "partOf", collectionId);
    out << ",\"startIndex\":0,\"items\":[";
    ProgressTicker ticker(progress, data.annotationCount());
    const Fragments fragments(data);
    qsizetype articleIndex = -1;
    QByteArray target;
    CodePointMap offsets;
    qint64 done = 0;
    bool first = true;
    for (const StoredRow &annotation : data.storedRows) {
        if (annotation.article != articleIndex) {
            articleIndex = annotation.article;
            const Article &article = data.articles.at(articleIndex);
            target = Fragments::target(article);
            offsets = CodePointMap(article.text);
        }
        if (!first)
            out << ',';
        first = false;
        writeAnnotation(data, fragments, out, annotation, target, offsets);
        if (!ticker.step(++done))
            return cancelled();
    }
    for (const Relation &relation : data.relations) {
        if (!first)
            out << ',';
        first = false;
        writeLink(out, relation);
    }
    out << "\n]}}\n";
    if (!ticker.finish())
        return cancelled();
    return out.flush();
}

} // namespace counterpoint::exporting
